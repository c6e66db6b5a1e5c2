package jos.sys;

import jos.hw.Naked;

/**
 * The system-call stubs: {@code callN(number, a0, ..)} enters the kernel with number in rax and the
 * arguments in rdi, rsi, rdx, r10, r8, r9 (abi.md), and returns rax. The stubs only move registers:
 * the C calling convention brings the number and arguments in rdi, rsi, rdx, rcx, r8, r9 and the seventh
 * on the stack, and syscall itself clobbers rcx and r11, both caller-saved.
 */
public final class Syscall {
    private Syscall() {
    }

    @Naked({"movq %rdi, %rax", "syscall", "ret"})
    public static native long call0(long number);

    @Naked({"movq %rdi, %rax", "movq %rsi, %rdi", "syscall", "ret"})
    public static native long call1(long number, long a0);

    @Naked({"movq %rdi, %rax", "movq %rsi, %rdi", "movq %rdx, %rsi", "syscall", "ret"})
    public static native long call2(long number, long a0, long a1);

    @Naked({"movq %rdi, %rax", "movq %rsi, %rdi", "movq %rdx, %rsi", "movq %rcx, %rdx", "syscall", "ret"})
    public static native long call3(long number, long a0, long a1, long a2);

    @Naked({"movq %rdi, %rax", "movq %rsi, %rdi", "movq %rdx, %rsi", "movq %rcx, %rdx", "movq %r8, %r10", "syscall", "ret"})
    public static native long call4(long number, long a0, long a1, long a2, long a3);

    @Naked({"movq %rdi, %rax", "movq %rsi, %rdi", "movq %rdx, %rsi", "movq %rcx, %rdx", "movq %r8, %r10", "movq %r9, %r8",
            "syscall", "ret"})
    public static native long call5(long number, long a0, long a1, long a2, long a3, long a4);

    /** The sixth argument is the C convention's seventh, on the stack above the return address. */
    @Naked({"movq %rdi, %rax", "movq %rsi, %rdi", "movq %rdx, %rsi", "movq %rcx, %rdx", "movq %r8, %r10", "movq %r9, %r8",
            "movq 8(%rsp), %r9", "syscall", "ret"})
    public static native long call6(long number, long a0, long a1, long a2, long a3, long a4, long a5);
}
