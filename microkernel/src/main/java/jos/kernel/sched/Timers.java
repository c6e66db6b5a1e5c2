package jos.kernel.sched;

import jos.hw.Atomic;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SpinLock;
import jos.kernel.smp.ApplicationProcessors;
import jos.kernel.x86.PerCpu;

/**
 * Per-CPU timer queues: each CPU has a list of {@link Timer} entries sorted by deadline, under its own
 * lock, that its own timer tick expires (the caller fires what {@link #due} hands it, with the lock held,
 * then {@link #advance}s it). An entry is armed on the queue of the CPU that arms it and stays there;
 * the thread it wakes may run elsewhere. No lock is shared by all CPUs: arming takes one queue's lock,
 * and only a cancel from another CPU touches that CPU's lock. Resolution is the tick (ApicTimer.HZ):
 * an entry fires on the first tick at or after its deadline, never before.
 *
 * <p>Lock order: an entry's ARM_LOCK, then a queue's LOCK, then what firing takes (a notification's lock,
 * then a run queue's). Firing under the queue's lock is what makes {@link #cancel} a barrier: once it
 * returns, no CPU fires the entry any more, so its owner may free the memory it lives in.
 */
@Struct(size = Timers.SIZE)
public final class Timers {
    @Field(Type.U64) public static final int LOCK = 0;
    /** The first entry (earliest deadline), 0 if none. */
    @Field(Type.U64) public static final int HEAD = 8;
    /** Entries fired so far. */
    @Field(Type.U64) public static final int FIRED = 16;
    @Field(Type.U64) public static final int CPU = 24;

    public static final int SIZE = 32;
    /** The shortest period a periodic timer may have: a shorter one would fire on every tick regardless. */
    public static final long MIN_PERIOD = 1_000_000L;

    /** Each CPU's queue (heap blocks), by CPU id; 0 until {@link #init}. */
    static final long[] QUEUES = new long[ApplicationProcessors.MAX_CPUS];

    private Timers() {
    }

    /** Gives cpus CPUs a timer queue each; false if the heap has no room. */
    public static boolean init(int cpus) {
        for (int cpu = 0; cpu < cpus; cpu++) {
            long queue = Heap.allocate(SIZE);
            if (queue == 0) return false;
            initQueue(queue, cpu);
            Atomic.store64(Memory.addressOf(QUEUES) + 8L * cpu, queue);
        }
        return true;
    }

    /** An empty queue at queue for cpu. */
    public static void initQueue(long queue, int cpu) {
        Memory.fill(queue, (byte) 0, SIZE);
        Memory.write64(queue + CPU, cpu);
    }

    /** This CPU's queue, 0 before {@link #init}. */
    public static long mine() {
        int cpu = PerCpu.cpuId();
        return cpu >= 0 && cpu < QUEUES.length ? Atomic.load64(Memory.addressOf(QUEUES) + 8L * cpu) : 0;
    }

    /** A new, unarmed entry at timer. */
    public static void initEntry(long timer) {
        Memory.fill(timer, (byte) 0, Timer.SIZE);
    }

    /**
     * Arms timer on queue: fires at deadline, then every period ns (0: once), waking target (bits 0) or
     * signalling bits to it. A timer armed before is cancelled first.
     */
    public static void arm(long queue, long timer, long deadline, long period, long target, long bits) {
        SpinLock.acquire(timer + Timer.ARM_LOCK);
        unlink(timer);
        SpinLock.acquire(queue + LOCK);
        Memory.write64(timer + Timer.DEADLINE, deadline);
        Memory.write64(timer + Timer.PERIOD, period);
        Memory.write64(timer + Timer.TARGET, target);
        Memory.write64(timer + Timer.BITS, bits);
        insert(queue, timer);
        SpinLock.release(queue + LOCK);
        SpinLock.release(timer + Timer.ARM_LOCK);
    }

    /** Takes timer off its queue, waiting for a firing in progress; true if it was armed. */
    public static boolean cancel(long timer) {
        SpinLock.acquire(timer + Timer.ARM_LOCK);
        boolean armed = unlink(timer);
        SpinLock.release(timer + Timer.ARM_LOCK);
        return armed;
    }

    /** Whether timer is on a queue. */
    public static boolean armed(long timer) {
        return Atomic.load64(timer + Timer.QUEUE) != 0;
    }

    /** Unlinks timer from the queue it is on (its ARM_LOCK held); true if it was on one. */
    private static boolean unlink(long timer) {
        long queue = Atomic.load64(timer + Timer.QUEUE);
        if (queue == 0) return false;   // only arm, under ARM_LOCK, puts it on a queue: it stays off
        SpinLock.acquire(queue + LOCK);
        boolean on = Memory.read64(timer + Timer.QUEUE) == queue;   // a one-shot may have fired meanwhile
        if (on) remove(queue, timer);
        SpinLock.release(queue + LOCK);
        return on;
    }

    public static void lock(long queue) {
        SpinLock.acquire(queue + LOCK);
    }

    public static void unlock(long queue) {
        SpinLock.release(queue + LOCK);
    }

    /** The queue's first entry if its deadline is at or before now, else 0 (the queue's lock held). */
    public static long due(long queue, long now) {
        long first = Memory.read64(queue + HEAD);
        return first != 0 && Timer.deadline(first) <= now ? first : 0;
    }

    /**
     * The due entry timer has been fired (the queue's lock held): a one-shot leaves the queue, a periodic
     * one moves to its first deadline after now (periods missed while the CPU did not tick are skipped).
     * A next deadline past the largest time a long holds is never reached: the entry leaves the queue as a
     * one-shot would (wrapping around would make it due again at once, and the tick would loop on it).
     */
    public static void advance(long queue, long timer, long now) {
        remove(queue, timer);
        Memory.write64(queue + FIRED, Memory.read64(queue + FIRED) + 1);
        long period = Timer.period(timer);
        if (period <= 0) return;
        long deadline = Timer.deadline(timer);
        long steps = (now - deadline) / period + 1;
        if (period > (Long.MAX_VALUE - deadline) / steps) return;
        Memory.write64(timer + Timer.DEADLINE, deadline + steps * period);
        insert(queue, timer);
    }

    /** Entries queue has fired so far. */
    public static long fired(long queue) {
        return Memory.read64(queue + FIRED);
    }

    /** The queue's entries, for reports and tests. */
    public static int count(long queue) {
        int n = 0;
        for (long t = Memory.read64(queue + HEAD); t != 0; t = Memory.read64(t + Timer.NEXT)) n++;
        return n;
    }

    public static long first(long queue) {
        return Memory.read64(queue + HEAD);
    }

    /** Inserts timer after every entry with an earlier or equal deadline (the queue's lock held). */
    private static void insert(long queue, long timer) {
        long deadline = Timer.deadline(timer);
        long link = queue + HEAD;
        for (long t = Memory.read64(link); t != 0 && Timer.deadline(t) <= deadline; t = Memory.read64(link)) link = t + Timer.NEXT;
        Memory.write64(timer + Timer.NEXT, Memory.read64(link));
        Memory.write64(link, timer);
        Atomic.store64(timer + Timer.QUEUE, queue);
    }

    /** Removes timer, which is on queue (the queue's lock held). */
    private static void remove(long queue, long timer) {
        long link = queue + HEAD;
        for (long t = Memory.read64(link); t != 0; t = Memory.read64(link)) {
            if (t == timer) {
                Memory.write64(link, Memory.read64(timer + Timer.NEXT));
                break;
            }
            link = t + Timer.NEXT;
        }
        Memory.write64(timer + Timer.NEXT, 0);
        Atomic.store64(timer + Timer.QUEUE, 0);
    }

    /**
     * The current thread sleeps until kernel time deadline: its own entry (SchedState.SLEEP) goes on this
     * CPU's queue and it blocks until the tick that finds the deadline passed wakes it (or a kill does).
     */
    public static void sleepUntil(long deadline) {
        long thread = PerCpu.currentThread(), queue = mine();
        long timer = thread + Thread.SCHED + SchedState.SLEEP;
        if (queue == 0) return;
        arm(queue, timer, deadline, 0, thread, 0);
        while (armed(timer) && !Scheduler.killed(thread)) Scheduler.block();   // a wake meant for an earlier block returns at once
        cancel(timer);   // woken by a kill: the entry must not outlive the call
    }
}
