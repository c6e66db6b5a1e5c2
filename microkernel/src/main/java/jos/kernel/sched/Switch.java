package jos.kernel.sched;

import jos.hw.Memory;
import jos.hw.Naked;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.cpu.Rflags;

/**
 * The context switch's assembly. {@link #swap} keeps a context on its own stack, in this order from the
 * saved rsp up: the CPU's INTERRUPT_DEPTH, the runtime's RUNTIME_STACK_LIMIT (per-CPU words that belong to the
 * stack being left), RFLAGS, r15, r14, r13, r12, rbp, rbx and the return address;
 * every other register is the caller's to lose (System V). Each thread also has a context of that shape
 * in its block ({@link Thread#RESUME}, built once by {@link #prepareResume}) returning into
 * {@code jos_sched_thread_start}, which moves to the top of the thread's stack, finishes the switch
 * (Scheduler.started) and leaves for ring 3 through the one return path, {@code jos_user_return}: a new
 * thread starts from it, and so does one that blocked with nothing on its stack (the IPC fast path's
 * direct switch). Since that code runs below the block, the context itself is never overwritten.
 *
 * <p>The x87/SSE registers are saved with fxsave into the thread block's FXSAVE image when a thread is
 * switched out and loaded with fxrstor when one is switched in; the kernel never uses them, so what is
 * saved at the switch is exactly the program's (fxsaveq and fxrstorq: the 64-bit image, full rip-relative FPU pointers).
 */
final class Switch {
    /** Byte offsets in a switched-out stack (from the saved rsp). */
    static final int SAVED_DEPTH = 0, SAVED_STACK_LIMIT = 8, SAVED_RFLAGS = 16, SAVED_RBP = 56,
            SAVED_RETURN = 72, SAVED_BYTES = 80;
    /** The FXSAVE image's control word and MXCSR, and the values a clean x87/SSE state has (SDM: after FNINIT and reset). */
    static final int FX_FCW = 0, FX_MXCSR = 24, CLEAN_FCW = 0x37f, CLEAN_MXCSR = 0x1f80;

    private Switch() {
    }

    /** A clean x87/SSE state in image (512 bytes, zeroed first). */
    static void cleanFxState(long image) {
        Memory.fill(image, (byte) 0, Thread.FX_STATE_BYTES);
        Memory.write16(image + FX_FCW, (short) CLEAN_FCW);
        Memory.write32(image + FX_MXCSR, CLEAN_MXCSR);
    }

    /**
     * Builds thread's resume context ({@link Thread#RESUME}): it continues at start with interrupts off,
     * rbp 0 (the frame-pointer chain of stack traces ends there), the thread's stack limit and interrupt
     * depth 0. Returns its address, the rsp {@link #swap} loads.
     */
    static long prepareResume(long thread, long start) {
        long context = thread + Thread.RESUME;
        Memory.fill(context, (byte) 0, SAVED_BYTES);
        Memory.write64(context + SAVED_STACK_LIMIT, Memory.read64(thread + Thread.STACK_LIMIT));
        Memory.write64(context + SAVED_RFLAGS, Rflags.RESERVED_ONE);
        Memory.write64(context + SAVED_RETURN, start);
        return context;
    }

    /**
     * Saves this context (see the class comment) and stores its rsp at saveRspAt (rdi), then continues the
     * context whose rsp is at loadRspFrom (rsi). Returns when something switches back to this one.
     */
    @Naked({
            "pushq %rbx",
            "pushq %rbp",
            "pushq %r12",
            "pushq %r13",
            "pushq %r14",
            "pushq %r15",
            "pushfq",
            "cli",
            "pushq %gs:" + PerCpu.RUNTIME_STACK_LIMIT,
            "movl %gs:" + PerCpu.INTERRUPT_DEPTH + ", %eax",
            "pushq %rax",
            "movq %rsp, (%rdi)",
            "movq (%rsi), %rsp",
            "popq %rax",
            "movl %eax, %gs:" + PerCpu.INTERRUPT_DEPTH,
            "popq %gs:" + PerCpu.RUNTIME_STACK_LIMIT,
            "popfq",
            "popq %r15",
            "popq %r14",
            "popq %r13",
            "popq %r12",
            "popq %rbp",
            "popq %rbx",
            "ret"})
    static native void swap(long saveRspAt, long loadRspFrom);

    /**
     * Where a resume context continues: on the top of the current thread's stack (the context lies in the
     * block, above it), finish the switch to it, then the return path to ring 3.
     */
    @Naked({
            "leaq jos_sched_thread_start(%rip), %rax",
            "ret",
            "jos_sched_thread_start:",
            "movq %gs:" + PerCpu.CURRENT_THREAD + ", %rsp",
            "call jos_kernel_sched_started",
            "jmp jos_user_return"})
    static native long startAddress();

    @Naked({"fxsaveq (%rdi)", "ret"})
    static native void fxsave(long image);

    @Naked({"fxrstorq (%rdi)", "ret"})
    static native void fxrstor(long image);

    /** RFLAGS, to tell whether interrupts are on. */
    @Naked({"pushfq", "popq %rax", "ret"})
    static native long flags();
}
