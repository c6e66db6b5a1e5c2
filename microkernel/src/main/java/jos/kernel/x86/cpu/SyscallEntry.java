package jos.kernel.x86.cpu;

import jos.kernel.syscall.Syscalls;
import jos.hw.Naked;
import jos.kernel.x86.PerCpu;

/**
 * The target of {@code syscall} (IA32_LSTAR). The CPU arrives with interrupts off (SFMASK), the user's
 * rip in rcx and rflags in r11, still on the user stack and with the user's GS.base. The entry swaps GS,
 * keeps the user rsp in PerCpu SYSCALL_USER_RSP, moves to the kernel stack recorded in PerCpu
 * USER_RESUME_RSP (16-byte aligned, below the frames of the kernel code that entered user mode),
 * saves the user rsp, rcx, r11 and the argument registers abi.md promises to preserve (rdi, rsi, rdx, r10,
 * r8, r9), calls {@code jos_kernel_syscall(number, a0..a4)} ({@link Syscalls#dispatch}) with (rax, rdi,
 * rsi, rdx, r10, r8) moved into the C argument registers, restores everything, swaps GS back and returns
 * with sysretq; the result is in rax. The callee-saved registers are kept by the C code itself, so no
 * kernel value reaches user mode. An exit never comes back here: it resumes the kernel (process.UserMode).
 */
public final class SyscallEntry {
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
            "movq %gs:" + PerCpu.USER_RESUME_RSP + ", %rsp",
            "pushq %gs:" + PerCpu.SYSCALL_USER_RSP,
            "pushq %rcx",
            "pushq %r11",
            "pushq %rdi",
            "pushq %rsi",
            "pushq %rdx",
            "pushq %r10",
            "pushq %r8",
            "pushq %r9",
            "subq $8, %rsp",
            "cld",
            "movq %r8, %r9",
            "movq %r10, %r8",
            "movq %rdx, %rcx",
            "movq %rsi, %rdx",
            "movq %rdi, %rsi",
            "movq %rax, %rdi",
            "call jos_kernel_syscall",
            "addq $8, %rsp",
            "popq %r9",
            "popq %r8",
            "popq %r10",
            "popq %rdx",
            "popq %rsi",
            "popq %rdi",
            "popq %r11",
            "popq %rcx",
            "popq %rsp",
            "swapgs",
            "sysretq"})
    public static native long address();
}
