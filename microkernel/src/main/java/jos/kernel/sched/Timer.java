package jos.kernel.sched;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * A timer: an entry of one CPU's {@link Timers} queue, kept in deadline order. A sleeping thread's entry
 * is inside its own block (SchedState.SLEEP); a notification's is inside the notification (ipc), so
 * arming never allocates. When its deadline passes, the tick of the CPU whose queue holds it fires it:
 * an entry with {@link #BITS} 0 wakes the thread {@link #TARGET}, one with bits signals them to the
 * notification {@link #TARGET} (the layer above does that: this layer knows no IPC). A periodic entry
 * then moves on by whole periods. Fields change only under the queue's lock, except {@link #ARM_LOCK}.
 */
@Struct(size = Timer.SIZE)
public final class Timer {
    /** The next entry on the same queue (a later or equal deadline), 0 at the end. */
    @Field(Type.U64) public static final int NEXT = 0;
    /** The queue (Timers) holding the entry, 0 while it is not armed. */
    @Field(Type.U64) public static final int QUEUE = 8;
    /** Kernel time (ns since boot, time.Clock) at or after which it fires. */
    @Field(Type.U64) public static final int DEADLINE = 16;
    /** Nanoseconds between firings, 0 for one shot. */
    @Field(Type.U64) public static final int PERIOD = 24;
    /** The thread to wake, or the notification to signal. */
    @Field(Type.U64) public static final int TARGET = 32;
    /** The bits to signal; 0 for a sleep (wake TARGET). */
    @Field(Type.U64) public static final int BITS = 40;
    /** Serializes arming and cancelling of this entry from several CPUs (memory.SpinLock; outside every queue's lock). */
    @Field(Type.U64) public static final int ARM_LOCK = 48;

    public static final int SIZE = 56;

    private Timer() {
    }

    public static long deadline(long timer) {
        return Memory.read64(timer + DEADLINE);
    }

    public static long period(long timer) {
        return Memory.read64(timer + PERIOD);
    }

    public static long target(long timer) {
        return Memory.read64(timer + TARGET);
    }

    public static long bits(long timer) {
        return Memory.read64(timer + BITS);
    }
}
