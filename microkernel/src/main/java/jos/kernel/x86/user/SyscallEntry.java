package jos.kernel.x86.user;

import jos.abi.Calls;
import jos.hw.Cpu;
import jos.hw.Naked;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.cpu.Rflags;
import jos.kernel.x86.cpu.Selectors;
import jos.x86.Msr;

/**
 * The target of {@code syscall} and the MSRs that make it so (IA32_LSTAR). The CPU arrives with interrupts off (SFMASK), the user's
 * rip in rcx and rflags in r11, still on the user stack and with the user's GS.base. The entry swaps GS,
 * parks the user rsp in PerCpu SYSCALL_USER_RSP, moves to the current thread's kernel stack (its block's
 * base, PerCpu CURRENT_THREAD: the stack grows down below the block) and saves every user register into
 * the thread's {@link UserFrame}: the general registers, rip (rcx), rflags (r11) and rsp; the FS and GS
 * bases stay in their MSRs (only a context switch moves them: UserFrame#switchBases). call and reply_recv go
 * to the IPC fast path, {@code jos_kernel_syscall_ipc(frame)} (jos.kernel.syscall.IpcFastPath#serve, a layer
 * up, without a stack check); every other call to the first level of the dispatch,
 * {@code jos_kernel_syscall_first(frame)} (jos.kernel.syscall.FastCalls#serve, also without one). Then the
 * entry does what they say ({@link #NEXT_EXIT} and the others): the general
 * dispatch {@code jos_kernel_syscall(frame)} (jos.kernel.syscall.Syscalls#dispatch), ...; each leaves the result
 * in the frame's rax. It leaves with sysretq at once when this CPU has no return work (the word PerCpu RETURN_WORK points
 * at: a reschedule, the idle context, a kill, a rewritten frame) and rip and rsp are below the top user
 * page; else through the one return path.
 *
 * <p>The return path, {@code jos_user_return}, follows in the same body, so it is in the image whenever
 * the entry is; the exception stubs (returning to ring 3) and process.UserThread#switchTo jump to it. On
 * the current thread's kernel stack it asks {@code jos_kernel_user_return} (process.UserReturn#path,
 * which ends the thread rather than return to a non-user rip), then
 * leaves with sysretq (rcx = rip, r11 = rflags) or with iretq from an iret frame built below the thread
 * block, every other general register from the frame. An exit never comes back: it switches to the
 * kernel context (process.UserThread#exit).
 */
public final class SyscallEntry {
    /** RFLAGS bits syscall clears on entry ({@link Rflags#SYSCALL_MASK}: TF, IF, DF, NT, AC). */
    static final long FMASK = Rflags.SYSCALL_MASK;

    /**
     * What the dispatch's first level (jos_kernel_syscall_first) and the IPC fast path (jos_kernel_syscall_ipc)
     * tell the entry to do next: leave (the result is in the frame's rax), run the general dispatch
     * (jos_kernel_syscall), the general path's rest of an IPC call (jos_kernel_syscall_ipc_complete), or
     * move to the top of the stack of the thread the fast path switched to, finish the switch there
     * (jos_kernel_sched_resumed) and leave with that thread's frame; then leave.
     */
    public static final int NEXT_EXIT = 0, NEXT_GENERAL = 1, NEXT_IPC_COMPLETE = 2, NEXT_RESUME = 3;

    private SyscallEntry() {
    }

    /** Lets this CPU's user programs make system calls: EFER.SCE, STAR, LSTAR = the entry, SFMASK. */
    public static void enableOnThisCpu() {
        Cpu.writeMsr(Msr.IA32_STAR, Selectors.STAR);
        Cpu.writeMsr(Msr.IA32_LSTAR, address());
        Cpu.writeMsr(Msr.IA32_FMASK, FMASK);
        Cpu.writeMsr(Msr.IA32_EFER, Cpu.readMsr(Msr.IA32_EFER) | Msr.EFER_SCE);
    }

    /** The entry's address. */
    @Naked({
            "leaq jos_syscall_entry(%rip), %rax",
            "ret",
            ".globl jos_syscall_entry",
            ".balign 16",
            "jos_syscall_entry:",
            "swapgs",
            "movq %rsp, %gs:" + PerCpu.SYSCALL_USER_RSP,
            "movq %gs:" + PerCpu.CURRENT_THREAD + ", %rsp",
            "movq %rax, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RAX) + "(%rsp)",
            "movq %rbx, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RBX) + "(%rsp)",
            "movq %rcx, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RCX) + "(%rsp)",
            "movq %rdx, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RDX) + "(%rsp)",
            "movq %rsi, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RSI) + "(%rsp)",
            "movq %rdi, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RDI) + "(%rsp)",
            "movq %rbp, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RBP) + "(%rsp)",
            "movq %r8, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R8) + "(%rsp)",
            "movq %r9, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R9) + "(%rsp)",
            "movq %r10, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R10) + "(%rsp)",
            "movq %r11, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R11) + "(%rsp)",
            "movq %r12, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R12) + "(%rsp)",
            "movq %r13, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R13) + "(%rsp)",
            "movq %r14, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R14) + "(%rsp)",
            "movq %r15, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R15) + "(%rsp)",
            "movq %rcx, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RIP) + "(%rsp)",
            "movq %r11, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RFLAGS) + "(%rsp)",
            "movq %gs:" + PerCpu.SYSCALL_USER_RSP + ", %rcx",
            "movq %rcx, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RSP) + "(%rsp)",
            "cld",
            "leaq " + UserFrame.IN_THREAD_BLOCK + "(%rsp), %rdi",
            "xorl %ebp, %ebp",
            "cmpq $" + Calls.CALL + ", %rax",
            "je 5f",
            "cmpq $" + Calls.REPLY_RECV + ", %rax",
            "je 5f",
            "call jos_kernel_syscall_first",
            "jmp 4f",
            "5:",
            "call jos_kernel_syscall_ipc",
            "4:",
            "testl %eax, %eax",
            "jz 3f",
            "leaq " + UserFrame.IN_THREAD_BLOCK + "(%rsp), %rdi",
            "cmpl $" + NEXT_GENERAL + ", %eax",
            "jne 6f",
            "call jos_kernel_syscall",
            "jmp 3f",
            "6:",
            "cmpl $" + NEXT_IPC_COMPLETE + ", %eax",
            "jne 7f",
            "call jos_kernel_syscall_ipc_complete",
            "jmp 3f",
            "7:",
            // NEXT_RESUME: CURRENT_THREAD is the thread switched to; its stack's top is its block.
            "movq %gs:" + PerCpu.CURRENT_THREAD + ", %rsp",
            "call jos_kernel_sched_resumed",
            "3:",
            // The common exit: no return work on this CPU (RunQueue.RETURN_WORK) and the frame as the entry
            // stored it, so UserReturn.decide would say SYSRET once rip and rsp are below the top user page.
            "cli",
            "movq %gs:" + PerCpu.RETURN_WORK + ", %rax",
            "cmpl $0, (%rax)",
            "jne jos_user_return",
            "movabsq $" + UserReturn.TOP_USER_PAGE + ", %rax",
            "cmpq %rax, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RIP) + "(%rsp)",
            "jae jos_user_return",
            "cmpq %rax, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RSP) + "(%rsp)",
            "jb 2f",
            ".globl jos_user_return",
            "jos_user_return:",
            "cli",
            "movq %gs:" + PerCpu.CURRENT_THREAD + ", %rsp",
            "leaq " + UserFrame.IN_THREAD_BLOCK + "(%rsp), %rdi",
            "xorl %ebp, %ebp",
            "call jos_kernel_user_return",
            "movq %gs:" + PerCpu.CURRENT_THREAD + ", %rsp",
            "cmpl $" + UserReturn.SYSRET + ", %eax",
            "jne 1f",
            "2:",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RAX) + "(%rsp), %rax",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RBX) + "(%rsp), %rbx",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RDX) + "(%rsp), %rdx",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RSI) + "(%rsp), %rsi",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RDI) + "(%rsp), %rdi",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RBP) + "(%rsp), %rbp",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R8) + "(%rsp), %r8",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R9) + "(%rsp), %r9",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R10) + "(%rsp), %r10",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R12) + "(%rsp), %r12",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R13) + "(%rsp), %r13",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R14) + "(%rsp), %r14",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.R15) + "(%rsp), %r15",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RIP) + "(%rsp), %rcx",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RFLAGS) + "(%rsp), %r11",
            "movq " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RSP) + "(%rsp), %rsp",
            "swapgs",
            "sysretq",
            "1:",
            "subq $" + UserReturn.IRET_SIZE + ", %rsp",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.RIP) + "(%rsp), %rax",
            "movq %rax, " + UserReturn.IRET_RIP + "(%rsp)",
            "movq $" + Selectors.USER_CODE + ", " + UserReturn.IRET_CS + "(%rsp)",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.RFLAGS) + "(%rsp), %rax",
            "movq %rax, " + UserReturn.IRET_RFLAGS + "(%rsp)",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.RSP) + "(%rsp), %rax",
            "movq %rax, " + UserReturn.IRET_RSP + "(%rsp)",
            "movq $" + Selectors.USER_DATA + ", " + UserReturn.IRET_SS + "(%rsp)",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.RAX) + "(%rsp), %rax",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.RBX) + "(%rsp), %rbx",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.RCX) + "(%rsp), %rcx",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.RDX) + "(%rsp), %rdx",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.RSI) + "(%rsp), %rsi",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.RDI) + "(%rsp), %rdi",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.RBP) + "(%rsp), %rbp",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.R8) + "(%rsp), %r8",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.R9) + "(%rsp), %r9",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.R10) + "(%rsp), %r10",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.R11) + "(%rsp), %r11",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.R12) + "(%rsp), %r12",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.R13) + "(%rsp), %r13",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.R14) + "(%rsp), %r14",
            "movq " + (UserReturn.IRET_SIZE + UserFrame.IN_THREAD_BLOCK + UserFrame.R15) + "(%rsp), %r15",
            "swapgs",
            "iretq"})
    public static native long address();
}
