package jos.kernel.x86.user;

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
 * bases stay in their MSRs (only a context switch moves them: UserFrame#saveBases). It calls
 * {@code jos_kernel_syscall(frame)} (jos.kernel.syscall.Syscalls#dispatch, a layer up), which leaves the result in the frame's
 * rax, and leaves through the one return path.
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
            "movq %gs:" + PerCpu.SYSCALL_USER_RSP + ", %rax",
            "movq %rax, " + (UserFrame.IN_THREAD_BLOCK + UserFrame.RSP) + "(%rsp)",
            "cld",
            "leaq " + UserFrame.IN_THREAD_BLOCK + "(%rsp), %rdi",
            "call jos_kernel_syscall",
            "jmp jos_user_return",
            ".globl jos_user_return",
            "jos_user_return:",
            "cli",
            "movq %gs:" + PerCpu.CURRENT_THREAD + ", %rsp",
            "leaq " + UserFrame.IN_THREAD_BLOCK + "(%rsp), %rdi",
            "call jos_kernel_user_return",
            "movq %gs:" + PerCpu.CURRENT_THREAD + ", %rsp",
            "cmpl $" + UserReturn.SYSRET + ", %eax",
            "jne 1f",
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
