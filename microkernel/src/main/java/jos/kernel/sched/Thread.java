package jos.kernel.sched;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;
import jos.kernel.x86.user.UserFrame;

/**
 * The layout of a thread block (the thread control block), declared once. A block sits at the top of the
 * thread's own guarded kernel stack (memory.Stacks THREAD); a thread is named by the block's address, and
 * while it runs PerCpu CURRENT_THREAD and TSS.RSP0 hold that address, so entries from ring 3 save the user
 * registers into {@link #FRAME} and run on the stack just below the block.
 *
 * <p>Each layer that keeps per-thread state owns one area of the block and declares its fields inside it
 * relative to the area's start, so no two packages lay out the same bytes: the scheduler {@link #SCHED},
 * IPC {@link #IPC}, the process layer {@link #PROCESS}; {@link #FX_STATE} is the FXSAVE image of the
 * thread's x87/SSE registers (512 bytes, 16-byte aligned because the block's end is a page boundary and
 * the area ends the block). ThreadLayoutTest checks that the areas neither overlap nor leave the block.
 */
@Struct(size = Thread.SIZE)
public final class Thread {
    /** The complete user register state (x86.user.UserFrame), first so the entry assembly finds it at the block. */
    @Field(value = Type.U64, count = UserFrame.SIZE / 8) public static final int FRAME = UserFrame.IN_THREAD_BLOCK;
    /** The NUL-terminated name of the program (for reports), or 0. */
    @Field(Type.U64) public static final int NAME = 160;
    /** The thread's address space (PML4 physical address). */
    @Field(Type.U64) public static final int ROOT = 168;
    /** The runtime's stack limit (PerCpu RUNTIME_STACK_LIMIT) while the kernel runs on this thread's stack. */
    @Field(Type.U64) public static final int STACK_LIMIT = 176;
    /** The exit code, valid once the thread has ended. */
    @Field(Type.U32) public static final int EXIT_CODE = 184;
    /** The life-cycle state (process.UserThread's READY, RUNNING, ENDED). */
    @Field(Type.U32) public static final int STATE = 188;

    /** The scheduler's area: run-queue links, priority, affinity, saved kernel context. */
    @Field(value = Type.U64, count = 24) public static final int SCHED = 192;
    public static final int SCHED_BYTES = 192;
    /** IPC's area: what the thread waits on, its queue links, the message in transit, its reply slot. */
    @Field(value = Type.U64, count = 32) public static final int IPC = 384;
    public static final int IPC_BYTES = 256;
    /** The process layer's area: the owning process and the links of its thread list. */
    @Field(value = Type.U64, count = 8) public static final int PROCESS = 640;
    public static final int PROCESS_BYTES = 64;
    /** Free for later areas; the syscall layer's per-call records (syscall.CallRecord) take its first bytes. */
    @Field(value = Type.U64, count = 38) public static final int SPARE = 704;
    /**
     * The thread's resume context (Switch): a saved context in the shape Switch.swap loads, written once
     * when the thread is set up, that finishes a switch to the thread and leaves for ring 3 with its frame.
     * A new thread starts from it, and a thread that blocked in the IPC fast path continues from it, since
     * nothing of it is left on its stack (Scheduler.switchDirectResume).
     */
    @Field(value = Type.U64, count = 10) public static final int RESUME = 1008;
    public static final int RESUME_BYTES = 80;
    /** The FXSAVE image of the thread's x87 and SSE state. */
    @Field(value = Type.U64, count = 64) public static final int FX_STATE = 1088;
    public static final int FX_STATE_BYTES = 512;

    public static final int SIZE = 1600;

    private Thread() {
    }
}
