package jos.kernel.syscall;

import jos.hw.Naked;
import jos.kernel.process.UserThread;
import jos.kernel.cpu.Selectors;
import jos.kernel.process.UserFrame;
import jos.kernel.process.UserReturn;
import jos.kernel.smp.PerCpu;

/**
 * The target of {@code syscall} (IA32_LSTAR). The CPU arrives with interrupts off (SFMASK), the user's
 * rip in rcx and rflags in r11, still on the user stack and with the user's GS.base. The entry swaps GS,
 * parks the user rsp in PerCpu SYSCALL_USER_RSP, moves to the current thread's kernel stack (its block's
 * base, PerCpu CURRENT_THREAD: the stack grows down below the block) and saves every user register into
 * the thread's {@link UserFrame}: the general registers, rip (rcx), rflags (r11), rsp, and the FS and GS
 * bases (rdmsr of IA32_FS_BASE and IA32_KERNEL_GS_BASE, where swapgs has put the user's). It calls
 * {@code jos_kernel_syscall(frame)} ({@link Syscalls#dispatch}), which leaves the result in the frame's
 * rax, and leaves through the one return path.
 *
 * <p>The return path, {@code jos_user_return}, follows in the same body, so it is in the image whenever
 * the entry is; the exception stubs (returning to ring 3) and process.UserThread#switchTo jump to it. On
 * the current thread's kernel stack it asks {@code jos_kernel_user_return} (process.UserReturn#path,
 * which ends the thread rather than return to a non-user rip), loads the FS and GS bases with wrmsr, then
 * leaves with sysretq (rcx = rip, r11 = rflags) or with iretq from an iret frame built below the thread
 * block, every other general register from the frame. An exit never comes back: it switches to the
 * kernel context (process.UserThread#exit).
 */
final class SyscallEntry {
    private SyscallEntry() {
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
            "movq %rax, " + (UserThread.FRAME + UserFrame.RAX) + "(%rsp)",
            "movq %rbx, " + (UserThread.FRAME + UserFrame.RBX) + "(%rsp)",
            "movq %rcx, " + (UserThread.FRAME + UserFrame.RCX) + "(%rsp)",
            "movq %rdx, " + (UserThread.FRAME + UserFrame.RDX) + "(%rsp)",
            "movq %rsi, " + (UserThread.FRAME + UserFrame.RSI) + "(%rsp)",
            "movq %rdi, " + (UserThread.FRAME + UserFrame.RDI) + "(%rsp)",
            "movq %rbp, " + (UserThread.FRAME + UserFrame.RBP) + "(%rsp)",
            "movq %r8, " + (UserThread.FRAME + UserFrame.R8) + "(%rsp)",
            "movq %r9, " + (UserThread.FRAME + UserFrame.R9) + "(%rsp)",
            "movq %r10, " + (UserThread.FRAME + UserFrame.R10) + "(%rsp)",
            "movq %r11, " + (UserThread.FRAME + UserFrame.R11) + "(%rsp)",
            "movq %r12, " + (UserThread.FRAME + UserFrame.R12) + "(%rsp)",
            "movq %r13, " + (UserThread.FRAME + UserFrame.R13) + "(%rsp)",
            "movq %r14, " + (UserThread.FRAME + UserFrame.R14) + "(%rsp)",
            "movq %r15, " + (UserThread.FRAME + UserFrame.R15) + "(%rsp)",
            "movq %rcx, " + (UserThread.FRAME + UserFrame.RIP) + "(%rsp)",
            "movq %r11, " + (UserThread.FRAME + UserFrame.RFLAGS) + "(%rsp)",
            "movq %gs:" + PerCpu.SYSCALL_USER_RSP + ", %rax",
            "movq %rax, " + (UserThread.FRAME + UserFrame.RSP) + "(%rsp)",
            "movl $" + UserFrame.IA32_FS_BASE + ", %ecx",
            "rdmsr",
            "movl %eax, " + (UserThread.FRAME + UserFrame.FS_BASE) + "(%rsp)",
            "movl %edx, " + (UserThread.FRAME + UserFrame.FS_BASE + 4) + "(%rsp)",
            "movl $" + UserFrame.IA32_KERNEL_GS_BASE + ", %ecx",
            "rdmsr",
            "movl %eax, " + (UserThread.FRAME + UserFrame.GS_BASE) + "(%rsp)",
            "movl %edx, " + (UserThread.FRAME + UserFrame.GS_BASE + 4) + "(%rsp)",
            "cld",
            "leaq " + UserThread.FRAME + "(%rsp), %rdi",
            "call jos_kernel_syscall",
            "jmp jos_user_return",
            ".globl jos_user_return",
            "jos_user_return:",
            "cli",
            "movq %gs:" + PerCpu.CURRENT_THREAD + ", %rsp",
            "leaq " + UserThread.FRAME + "(%rsp), %rdi",
            "call jos_kernel_user_return",
            "movq %gs:" + PerCpu.CURRENT_THREAD + ", %rsp",
            "movl %eax, %r12d",
            "movl $" + UserFrame.IA32_FS_BASE + ", %ecx",
            "movl " + (UserThread.FRAME + UserFrame.FS_BASE) + "(%rsp), %eax",
            "movl " + (UserThread.FRAME + UserFrame.FS_BASE + 4) + "(%rsp), %edx",
            "wrmsr",
            "movl $" + UserFrame.IA32_KERNEL_GS_BASE + ", %ecx",
            "movl " + (UserThread.FRAME + UserFrame.GS_BASE) + "(%rsp), %eax",
            "movl " + (UserThread.FRAME + UserFrame.GS_BASE + 4) + "(%rsp), %edx",
            "wrmsr",
            "cmpl $" + UserReturn.SYSRET + ", %r12d",
            "jne 1f",
            "movq " + (UserThread.FRAME + UserFrame.RAX) + "(%rsp), %rax",
            "movq " + (UserThread.FRAME + UserFrame.RBX) + "(%rsp), %rbx",
            "movq " + (UserThread.FRAME + UserFrame.RDX) + "(%rsp), %rdx",
            "movq " + (UserThread.FRAME + UserFrame.RSI) + "(%rsp), %rsi",
            "movq " + (UserThread.FRAME + UserFrame.RDI) + "(%rsp), %rdi",
            "movq " + (UserThread.FRAME + UserFrame.RBP) + "(%rsp), %rbp",
            "movq " + (UserThread.FRAME + UserFrame.R8) + "(%rsp), %r8",
            "movq " + (UserThread.FRAME + UserFrame.R9) + "(%rsp), %r9",
            "movq " + (UserThread.FRAME + UserFrame.R10) + "(%rsp), %r10",
            "movq " + (UserThread.FRAME + UserFrame.R12) + "(%rsp), %r12",
            "movq " + (UserThread.FRAME + UserFrame.R13) + "(%rsp), %r13",
            "movq " + (UserThread.FRAME + UserFrame.R14) + "(%rsp), %r14",
            "movq " + (UserThread.FRAME + UserFrame.R15) + "(%rsp), %r15",
            "movq " + (UserThread.FRAME + UserFrame.RIP) + "(%rsp), %rcx",
            "movq " + (UserThread.FRAME + UserFrame.RFLAGS) + "(%rsp), %r11",
            "movq " + (UserThread.FRAME + UserFrame.RSP) + "(%rsp), %rsp",
            "swapgs",
            "sysretq",
            "1:",
            "subq $" + UserReturn.IRET_SIZE + ", %rsp",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.RIP) + "(%rsp), %rax",
            "movq %rax, " + UserReturn.IRET_RIP + "(%rsp)",
            "movq $" + Selectors.USER_CODE + ", " + UserReturn.IRET_CS + "(%rsp)",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.RFLAGS) + "(%rsp), %rax",
            "movq %rax, " + UserReturn.IRET_RFLAGS + "(%rsp)",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.RSP) + "(%rsp), %rax",
            "movq %rax, " + UserReturn.IRET_RSP + "(%rsp)",
            "movq $" + Selectors.USER_DATA + ", " + UserReturn.IRET_SS + "(%rsp)",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.RAX) + "(%rsp), %rax",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.RBX) + "(%rsp), %rbx",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.RCX) + "(%rsp), %rcx",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.RDX) + "(%rsp), %rdx",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.RSI) + "(%rsp), %rsi",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.RDI) + "(%rsp), %rdi",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.RBP) + "(%rsp), %rbp",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.R8) + "(%rsp), %r8",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.R9) + "(%rsp), %r9",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.R10) + "(%rsp), %r10",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.R11) + "(%rsp), %r11",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.R12) + "(%rsp), %r12",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.R13) + "(%rsp), %r13",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.R14) + "(%rsp), %r14",
            "movq " + (UserReturn.IRET_SIZE + UserThread.FRAME + UserFrame.R15) + "(%rsp), %r15",
            "swapgs",
            "iretq"})
    static native long address();
}
