package jos.kernel.x86.cpu;

import jos.hw.Cpu;
import jos.hw.Naked;
import jos.kernel.x86.PerCpu;

/**
 * The target of {@code syscall} and the MSRs that make it so (IA32_LSTAR). The CPU arrives with interrupts off (SFMASK), the user's
 * rip in rcx and rflags in r11, still on the user stack and with the user's GS.base. The entry swaps GS,
 * keeps the user rsp in PerCpu SYSCALL_USER_RSP, moves to the kernel stack recorded in PerCpu
 * USER_RESUME_RSP (16-byte aligned, below the frames of the kernel code that entered user mode),
 * saves the user rsp, rcx, r11 and the argument registers abi.md promises to preserve (rdi, rsi, rdx, r10,
 * r8, r9), calls {@code jos_kernel_syscall(number, a0..a4)} (the {@code @Export} of {@code jos.kernel.syscall.Syscalls#dispatch}, above this layer) with (rax, rdi,
 * rsi, rdx, r10, r8) moved into the C argument registers, restores everything, swaps GS back and returns
 * with sysretq; the result is in rax. The callee-saved registers are kept by the C code itself, so no
 * kernel value reaches user mode. An exit never comes back here: it resumes the kernel (process.UserMode).
 */
public final class SyscallEntry {
    static final int IA32_EFER = 0xC000_0080, IA32_STAR = 0xC000_0081, IA32_LSTAR = 0xC000_0082, IA32_FMASK = 0xC000_0084;
    static final long EFER_SCE = 1;
    /** RFLAGS bits syscall clears on entry ({@link Rflags#SYSCALL_MASK}: TF, IF, DF, NT, AC). */
    static final long FMASK = Rflags.SYSCALL_MASK;

    private SyscallEntry() {
    }

    /** Lets this CPU's user programs make system calls: EFER.SCE, STAR, LSTAR = the entry, SFMASK. */
    public static void enableOnThisCpu() {
        Cpu.writeMsr(IA32_STAR, Selectors.STAR);
        Cpu.writeMsr(IA32_LSTAR, address());
        Cpu.writeMsr(IA32_FMASK, FMASK);
        Cpu.writeMsr(IA32_EFER, Cpu.readMsr(IA32_EFER) | EFER_SCE);
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
