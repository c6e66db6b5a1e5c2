package jos.kernel.sched;

import jos.hw.Atomic;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.memory.SpinLock;

/**
 * One CPU's run queue, a kernel-heap block: a FIFO list of ready threads per priority level and a bitmap
 * of the non-empty levels, so the highest ready priority is one count-leading-zeros (O(1), as in seL4's
 * and Zircon's schedulers). The running thread is not queued; it goes back to its level's tail when it
 * is preempted or yields (round robin on a quantum of timer ticks).
 *
 * <p>{@link #LOCK} guards the lists, the bitmap, {@link #COUNT} and the queue links of the threads on
 * them; every other CPU only takes this lock (to queue a woken thread or take work), never two run queue
 * locks at once. {@link #CURRENT}, {@link #CURRENT_PRIORITY} and the words after them are written by the
 * owning CPU only; others read them as hints (placement). Pure logic on addresses, so it runs on
 * HotSpot's simulated machine as well.
 */
@Struct(size = RunQueue.SIZE)
public final class RunQueue {
    /** The queue's spin lock (memory.SpinLock). */
    @Field(Type.U64) public static final int LOCK = 0;
    /** Bit p set: level p has a queued thread. */
    @Field(Type.U64) public static final int BITMAP = 8;
    /** The owning CPU's id. */
    @Field(Type.U32) public static final int CPU = 16;
    /** Threads queued. */
    @Field(Type.U32) public static final int COUNT = 20;
    /** The thread running on the CPU, 0 while it is in its idle context. */
    @Field(Type.U64) public static final int CURRENT = 24;
    /** The running thread's priority, {@link #IDLE_PRIORITY} in the idle context. */
    @Field(Type.U32) public static final int CURRENT_PRIORITY = 32;
    /** Set when a thread that should run before the current one became ready; cleared at the switch. */
    @Field(Type.U32) public static final int NEED_RESCHED = 36;
    /** The idle context's kernel rsp while a thread runs (Switch saves the context below it). */
    @Field(Type.U64) public static final int IDLE_RSP = 40;
    /** The context switched away from, seen to once the switch is done (0: the idle context). */
    @Field(Type.U64) public static final int PREVIOUS = 48;
    /** Context switches made on this CPU. */
    @Field(Type.U64) public static final int SWITCHES = 56;
    /** Threads this CPU took from other CPUs' queues. */
    @Field(Type.U64) public static final int TAKEN = 64;
    /** Timer ticks in a quantum. */
    @Field(Type.U32) public static final int QUANTUM = 72;
    /** Queued threads free to run on any CPU: what work taking looks for. */
    @Field(Type.U32) public static final int MOVABLE = 76;
    /** Set when the idle context waits for a thread that has ended: the CPU goes back to it at once. */
    @Field(Type.U32) public static final int IDLE_WANTED = 80;
    /**
     * Nonzero: this CPU's next return to ring 3 from a system call takes the general path (SyscallEntry
     * tests only this word): set after NEED_RESCHED, IDLE_WANTED, a kill of the thread running here, or a
     * thread switched in that is killed or whose frame the kernel rewrote; cleared by that path first.
     */
    @Field(Type.U32) public static final int RETURN_WORK = 84;
    /** The first and last thread of each level. */
    @Field(value = Type.U64, count = RunQueue.PRIORITIES) public static final int HEADS = 88;
    @Field(value = Type.U64, count = RunQueue.PRIORITIES) public static final int TAILS = HEADS + 8 * RunQueue.PRIORITIES;
    /** Direct switches (Scheduler.switchDirect: an IPC partner run without this queue) made on this CPU. */
    @Field(Type.U64) public static final int DIRECT = TAILS + 8 * RunQueue.PRIORITIES;

    public static final int SIZE = DIRECT + 8;

    /** Priority levels, one bit each of {@link #BITMAP}. */
    public static final int PRIORITIES = jos.abi.Scheduling.PRIORITIES;
    /** The priority the idle context runs at: below every thread's. */
    public static final int IDLE_PRIORITY = -1;

    private RunQueue() {
    }

    /** Makes the zeroed block at queue the empty run queue of cpu, with quantum ticks per quantum. */
    public static void init(long queue, int cpu, int quantum) {
        Memory.fill(queue, (byte) 0, SIZE);
        Memory.write32(queue + CPU, cpu);
        Memory.write32(queue + CURRENT_PRIORITY, IDLE_PRIORITY);
        Memory.write32(queue + QUANTUM, quantum);
    }

    static long read(long thread, int field) {
        return Memory.read64(thread + Thread.SCHED + field);
    }

    static int read32(long thread, int field) {
        return Memory.read32(thread + Thread.SCHED + field);
    }

    static void write(long thread, int field, long value) {
        Memory.write64(thread + Thread.SCHED + field, value);
    }

    static void write32(long thread, int field, int value) {
        Memory.write32(thread + Thread.SCHED + field, value);
    }

    /**
     * Queues thread at the tail of its level; true if it should run before the CPU's current context
     * (higher priority than the running thread, or the CPU is idle), which also sets {@link #NEED_RESCHED}.
     */
    public static boolean enqueue(long queue, long thread) {
        SpinLock.acquire(queue + LOCK);
        append(queue, thread);
        boolean preempt = read32(thread, SchedState.PRIORITY) > Memory.read32(queue + CURRENT_PRIORITY);
        if (preempt) requestResched(queue);
        SpinLock.release(queue + LOCK);
        return preempt;
    }

    /**
     * Takes the first thread of the highest non-empty level if that level is at least minPriority; 0 if
     * there is none.
     */
    public static long take(long queue, int minPriority) {
        // An empty queue is read without the lock (an idle CPU looks several times per wake-up). A thread
        // queued meanwhile is not lost: enqueue stores BITMAP with a full barrier before it reads
        // CURRENT_PRIORITY, and the CPU looking here stored its CURRENT_PRIORITY with one (setCurrent)
        // before its idle loop's look, so either that look sees the bit or enqueue sees the CPU idle and
        // sends the wake-up IPI.
        if (Atomic.load64(queue + BITMAP) == 0) return 0;
        SpinLock.acquire(queue + LOCK);
        long bitmap = Memory.read64(queue + BITMAP);
        long thread = 0;
        if (bitmap != 0 && highest(bitmap) >= minPriority) {
            thread = Memory.read64(queue + HEADS + 8L * highest(bitmap));
            unlink(queue, thread);
        }
        SpinLock.release(queue + LOCK);
        return thread;
    }

    /** The highest level with a queued thread, or {@link #IDLE_PRIORITY} (a hint: no lock). */
    public static int highestReady(long queue) {
        long bitmap = Atomic.load64(queue + BITMAP);
        return bitmap == 0 ? IDLE_PRIORITY : highest(bitmap);
    }

    /** Takes thread off queue if it is still queued there; false if it was not. */
    public static boolean remove(long queue, long thread) {
        SpinLock.acquire(queue + LOCK);
        boolean there = read(thread, SchedState.QUEUE) == queue;
        if (there) unlink(queue, thread);
        SpinLock.release(queue + LOCK);
        return there;
    }

    /**
     * Moves thread, if it is still queued on queue, to the tail of the level its priority now names (after
     * Scheduler.setPriority); true if it should then run before the CPU's current context, which also sets
     * {@link #NEED_RESCHED}. False if it was not queued there or already at that level.
     */
    public static boolean requeue(long queue, long thread) {
        SpinLock.acquire(queue + LOCK);
        boolean moved = read(thread, SchedState.QUEUE) == queue && read32(thread, SchedState.LEVEL) != read32(thread, SchedState.PRIORITY);
        boolean preempt = false;
        if (moved) {
            unlink(queue, thread);
            append(queue, thread);
            preempt = read32(thread, SchedState.PRIORITY) > Memory.read32(queue + CURRENT_PRIORITY);
            if (preempt) requestResched(queue);
        }
        SpinLock.release(queue + LOCK);
        return preempt;
    }

    /**
     * Work taking, by the CPU of queues[self] that found nothing to run: from the other queue with the
     * most queued threads free to move, the highest-priority one of them; 0 if none.
     */
    public static long takeWork(long[] queues, int count, int self) {
        long busiest = 0;
        int most = 0;
        for (int cpu = 0; cpu < count; cpu++) {
            long queue = queues[cpu];
            if (cpu == self || queue == 0) continue;
            int queued = Atomic.load32(queue + MOVABLE);
            if (queued > most) {
                most = queued;
                busiest = queue;
            }
        }
        if (busiest == 0) return 0;
        SpinLock.acquire(busiest + LOCK);
        long found = 0;
        long bitmap = Memory.read64(busiest + BITMAP);
        while (bitmap != 0 && found == 0) {
            int level = highest(bitmap);
            for (long t = Memory.read64(busiest + HEADS + 8L * level); t != 0 && found == 0; t = read(t, SchedState.NEXT)) {
                if (read32(t, SchedState.AFFINITY) == SchedState.ANY_CPU) found = t;
            }
            bitmap &= ~(1L << level);
        }
        if (found != 0) unlink(busiest, found);
        SpinLock.release(busiest + LOCK);
        if (found != 0) Memory.write64(queues[self] + TAKEN, Memory.read64(queues[self] + TAKEN) + 1);
        return found;
    }

    /**
     * The CPU to queue a woken thread on: its own if pinned; else the CPU it last ran on (the one waking
     * it, self, if it never ran) unless that CPU is busy and another is idle (nothing running or queued),
     * then the first idle one.
     */
    public static int place(long[] queues, int count, long thread, int self) {
        int pinned = read32(thread, SchedState.AFFINITY);
        if (pinned != SchedState.ANY_CPU) return pinned;
        int last = read32(thread, SchedState.LAST_CPU);
        if (last < 0 || last >= count || queues[last] == 0) last = self;
        if (idle(queues[last])) return last;
        for (int cpu = 0; cpu < count; cpu++) {
            if (queues[cpu] != 0 && idle(queues[cpu])) return cpu;
        }
        return last;
    }

    /** Whether the queue's CPU is in its idle context with nothing queued (a hint). */
    public static boolean idle(long queue) {
        return Atomic.load64(queue + CURRENT) == 0 && Atomic.load32(queue + COUNT) == 0;
    }

    /**
     * One timer tick of the running thread (on its CPU): when its quantum is used up it gets a new one,
     * and if a thread of its priority or higher is queued {@link #NEED_RESCHED} is set and true returned.
     */
    public static boolean tick(long queue, long thread) {
        int left = read32(thread, SchedState.QUANTUM_LEFT) - 1;
        if (left > 0) {
            write32(thread, SchedState.QUANTUM_LEFT, left);
            return false;
        }
        write32(thread, SchedState.QUANTUM_LEFT, Memory.read32(queue + QUANTUM));
        if (highestReady(queue) < read32(thread, SchedState.PRIORITY)) return false;
        requestResched(queue);
        return true;
    }

    /** Whether a thread that should run before the current one is ready on this queue. */
    public static boolean needResched(long queue) {
        return Atomic.load32(queue + NEED_RESCHED) != 0;
    }

    /** Sets NEED_RESCHED and then RETURN_WORK, in that order, so the return path sees it. */
    static void requestResched(long queue) {
        Atomic.store32(queue + NEED_RESCHED, 1);
        wantReturnWork(queue);
    }

    /** The queue's CPU takes the general return path next time ({@link #RETURN_WORK}); set after the reason. */
    public static void wantReturnWork(long queue) {
        Atomic.store32(queue + RETURN_WORK, 1);
    }

    /** Clears {@link #RETURN_WORK} before the general return path looks at every reason (a full barrier). */
    public static void takeReturnWork(long queue) {
        Atomic.exchange32(queue + RETURN_WORK, 0);
    }

    /**
     * Records thread (0: the idle context) as the CPU's running context and clears {@link #NEED_RESCHED},
     * which this switch serves, and with it {@link #RETURN_WORK} unless a reason is still set: a
     * NEED_RESCHED or IDLE_WANTED set meanwhile sets it again here (reasons are set before the word), and
     * a kill or frame rewrite of thread is looked at again after the switch (Scheduler.finishQuick). So a
     * thread woken on an idle CPU leaves for ring 3 by the system call's short exit, not the general path.
     */
    public static void setCurrent(long queue, long thread) {
        Atomic.store32(queue + CURRENT_PRIORITY, thread == 0 ? IDLE_PRIORITY : read32(thread, SchedState.PRIORITY));
        Atomic.store64(queue + CURRENT, thread);
        Atomic.store32(queue + NEED_RESCHED, 0);
        if (Atomic.load32(queue + RETURN_WORK) == 0) return;   // the IPC fast path's switches: nothing to serve
        takeReturnWork(queue);
        if (Atomic.load32(queue + NEED_RESCHED) != 0 || Atomic.load32(queue + IDLE_WANTED) != 0) wantReturnWork(queue);
    }

    /**
     * The highest set bit of a non-zero bitmap, by halves, unrolled (no library call: the IPC fast path
     * calls it without a stack check; Long.numberOfLeadingZeros would bring java.lang.Long's initialization
     * check and an exception test; the loop took about 40 instructions, this about 20).
     */
    private static int highest(long bitmap) {
        int bit = 0;
        long b = bitmap;
        if (b >>> 32 != 0) { bit += 32; b >>>= 32; }
        if (b >>> 16 != 0) { bit += 16; b >>>= 16; }
        if (b >>> 8 != 0) { bit += 8; b >>>= 8; }
        if (b >>> 4 != 0) { bit += 4; b >>>= 4; }
        if (b >>> 2 != 0) { bit += 2; b >>>= 2; }
        if (b >>> 1 != 0) bit += 1;
        return bit;
    }

    private static void append(long queue, long thread) {
        int level = read32(thread, SchedState.PRIORITY);
        boolean movable = read32(thread, SchedState.AFFINITY) == SchedState.ANY_CPU;
        write32(thread, SchedState.LEVEL, level);
        write32(thread, SchedState.QUEUED_MOVABLE, movable ? 1 : 0);
        long tail = Memory.read64(queue + TAILS + 8L * level);
        write(thread, SchedState.NEXT, 0);
        write(thread, SchedState.PREV, tail);
        write(thread, SchedState.QUEUE, queue);
        if (tail == 0) {
            Memory.write64(queue + HEADS + 8L * level, thread);
        } else {
            write(tail, SchedState.NEXT, thread);
        }
        Memory.write64(queue + TAILS + 8L * level, thread);
        Atomic.store64(queue + BITMAP, Memory.read64(queue + BITMAP) | 1L << level);   // a full barrier: see take
        Memory.write32(queue + COUNT, Memory.read32(queue + COUNT) + 1);
        if (movable) Memory.write32(queue + MOVABLE, Memory.read32(queue + MOVABLE) + 1);
    }

    private static void unlink(long queue, long thread) {
        int level = read32(thread, SchedState.LEVEL);
        long next = read(thread, SchedState.NEXT), prev = read(thread, SchedState.PREV);
        if (prev == 0) {
            Memory.write64(queue + HEADS + 8L * level, next);
        } else {
            write(prev, SchedState.NEXT, next);
        }
        if (next == 0) {
            Memory.write64(queue + TAILS + 8L * level, prev);
        } else {
            write(next, SchedState.PREV, prev);
        }
        if (Memory.read64(queue + HEADS + 8L * level) == 0) {
            Memory.write64(queue + BITMAP, Memory.read64(queue + BITMAP) & ~(1L << level));
        }
        write(thread, SchedState.NEXT, 0);
        write(thread, SchedState.PREV, 0);
        write(thread, SchedState.QUEUE, 0);
        Memory.write32(queue + COUNT, Memory.read32(queue + COUNT) - 1);
        if (read32(thread, SchedState.QUEUED_MOVABLE) != 0) Memory.write32(queue + MOVABLE, Memory.read32(queue + MOVABLE) - 1);
    }
}
