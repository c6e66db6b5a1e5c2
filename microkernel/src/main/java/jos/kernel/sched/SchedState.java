package jos.kernel.sched;

import jos.abi.Errors;
import jos.hw.Atomic;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The scheduler's fields of a thread, inside the thread block's {@link Thread#SCHED} area (offsets are
 * relative to the area: {@code thread + Thread.SCHED + SchedState.PRIORITY}). {@link #STATE} moves only
 * by compare-and-exchange (wake and block may race on two CPUs); the queue links belong to the run queue
 * whose lock the thread is under ({@link #QUEUE}).
 */
@Struct(size = SchedState.SIZE)
public final class SchedState {
    /** The next and previous thread on the same run-queue level (0 at the ends). */
    @Field(Type.U64) public static final int NEXT = 0;
    @Field(Type.U64) public static final int PREV = 8;
    /** The run queue the thread is queued on, 0 while it is not queued. */
    @Field(Type.U64) public static final int QUEUE = 16;
    /** The thread's kernel rsp while it is switched out (Switch saves its context below it). */
    @Field(Type.U64) public static final int KERNEL_RSP = 24;
    /** 0 (lowest) to {@link RunQueue#PRIORITIES} - 1. */
    @Field(Type.U32) public static final int PRIORITY = 32;
    /** The one CPU the thread may run on, or {@link #ANY_CPU}. */
    @Field(Type.U32) public static final int AFFINITY = 36;
    /** The CPU the thread last ran on ({@link #ANY_CPU} before its first run). */
    @Field(Type.U32) public static final int LAST_CPU = 40;
    /** Timer ticks left of its quantum. */
    @Field(Type.U32) public static final int QUANTUM_LEFT = 44;
    /** One of the states below. */
    @Field(Type.U32) public static final int STATE = 48;
    /** {@link #KILLED}, {@link #FREE_ON_EXIT}. */
    @Field(Type.U32) public static final int FLAGS = 52;
    /** 1 from the switch to the thread until the next context has left its stack (Scheduler.finishSwitch). */
    @Field(Type.U32) public static final int ON_CPU = 56;
    /** 1 + the CPU whose idle context waits for this thread to end (Scheduler.idleUntilDead), or 0. */
    @Field(Type.U32) public static final int WAITER = 60;
    /** How often the thread was switched to. */
    @Field(Type.U64) public static final int SWITCHES = 64;
    /**
     * The level the thread is queued at and whether it was counted movable (RunQueue.MOVABLE) when queued:
     * unlinking uses these, so priority and affinity may change while it is queued (Scheduler.setPriority).
     */
    @Field(Type.U32) public static final int LEVEL = 72;
    @Field(Type.U32) public static final int QUEUED_MOVABLE = 76;
    /** The thread's own timer entry (sched.Timer), armed while it sleeps (Timers.sleepUntil). */
    @Field(value = Type.U64, count = Timer.SIZE / 8) public static final int SLEEP = 80;

    public static final int SIZE = SLEEP + Timer.SIZE;

    /** Affinity: free to run on every CPU. */
    public static final int ANY_CPU = jos.abi.Scheduling.ANY_CPU;

    /**
     * States. NEW: set up, never run. READY: queued (or being queued). RUNNING: on a CPU. WOKEN: running,
     * and a wake came before its block (the block returns at once). BLOCKED: stopped until a wake. YIELDING:
     * switched away while runnable, queued again once off its CPU. EXITING: switched away for good. DEAD:
     * no CPU runs on its stack any more (its block may be freed).
     */
    public static final int NEW = 0, READY = 1, RUNNING = 2, WOKEN = 3, BLOCKED = 4, YIELDING = 5, EXITING = 6, DEAD = 7;

    /**
     * Flags: end at the next return to user mode; give back the kernel stack once DEAD; the kernel rewrote
     * the frame's rip, rsp, rflags, rcx or r11, so its next return must ask UserReturn.decide again.
     */
    public static final int KILLED = 1, FREE_ON_EXIT = 2, FRAME_REWRITTEN = 4;
    /** The flags that make a thread's return to ring 3 take the general path (RunQueue.RETURN_WORK). */
    public static final int RETURN_FLAGS = KILLED | FRAME_REWRITTEN;

    private SchedState() {
    }

    /** 0 if priority and affinity are valid on a machine of cpus CPUs, else EINVAL. */
    public static long check(int priority, int affinity, int cpus) {
        if (priority < 0 || priority >= RunQueue.PRIORITIES) return Errors.EINVAL;
        if (affinity != ANY_CPU && (affinity < 0 || affinity >= cpus)) return Errors.EINVAL;
        return 0;
    }

    /** A NEW thread's fields: not queued, never run. */
    public static void init(long thread, int priority, int affinity, int flags) {
        Memory.fill(thread + Thread.SCHED, (byte) 0, SIZE);
        RunQueue.write32(thread, PRIORITY, priority);
        RunQueue.write32(thread, AFFINITY, affinity);
        RunQueue.write32(thread, LAST_CPU, ANY_CPU);
        RunQueue.write32(thread, FLAGS, flags);
        RunQueue.write32(thread, STATE, NEW);
    }

    /** The thread is switched to on cpu, with a fresh quantum of ticks. */
    static void switchedIn(long thread, int cpu, int quantum) {
        RunQueue.write32(thread, LAST_CPU, cpu);   // before ON_CPU: a kill that sees ON_CPU finds this CPU's queue
        Atomic.store32(thread + Thread.SCHED + ON_CPU, 1);
        Atomic.store32(thread + Thread.SCHED + STATE, RUNNING);
        RunQueue.write32(thread, QUANTUM_LEFT, quantum);
        RunQueue.write(thread, SWITCHES, RunQueue.read(thread, SWITCHES) + 1);
    }

    /** The CPU thread is pinned to, or {@link #ANY_CPU}. */
    public static int affinity(long thread) {
        return RunQueue.read32(thread, AFFINITY);
    }

    /** Priority of thread. */
    public static int priority(long thread) {
        return RunQueue.read32(thread, PRIORITY);
    }

    /** How often thread was switched to. */
    public static long switches(long thread) {
        return RunQueue.read(thread, SWITCHES);
    }

    /** Sets flag in the thread's FLAGS (atomically: other CPUs set others). */
    static void setFlag(long thread, int flag) {
        long flags = thread + Thread.SCHED + FLAGS;
        for (;;) {
            int f = Atomic.load32(flags);
            if (Atomic.compareAndExchange32(flags, f, f | flag) == f) return;
        }
    }

    /** Clears flag in the thread's FLAGS. */
    static void clearFlag(long thread, int flag) {
        long flags = thread + Thread.SCHED + FLAGS;
        for (;;) {
            int f = Atomic.load32(flags);
            if ((f & flag) == 0 || Atomic.compareAndExchange32(flags, f, f & ~flag) == f) return;
        }
    }

    /** Gives back the thread's kernel stack once it is DEAD (its process was reaped while it ran its end). */
    public static void markFreeOnExit(long thread) {
        setFlag(thread, FREE_ON_EXIT);
    }
}
