package jos.kernel.ipc;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.capability.KernelObject;
import jos.kernel.sched.Timer;

/**
 * A notification: a kernel-heap block, after the capability header, holding a word of pending bits
 * (signals OR into it, a wait takes and clears it), a FIFO queue of waiting threads, and the thread
 * bound to it (which receives the bits while it waits on an endpoint). The lock guards all of them and
 * the state of every thread queued here; the timer entry is the timer queues' (sched.Timers).
 */
@Struct(size = Notification.SIZE)
public final class Notification {
    @Field(value = Type.U64, count = 2) public static final int HEADER = 0;
    @Field(Type.U64) public static final int LOCK = KernelObject.SIZE;
    @Field(Type.U64) public static final int WORD = 24;
    @Field(Type.U64) public static final int WAIT_HEAD = 32;
    @Field(Type.U64) public static final int WAIT_TAIL = 40;
    @Field(Type.U64) public static final int BOUND = 48;
    /** Non-zero once the notification is being destroyed. */
    @Field(Type.U64) public static final int CLOSED = 56;
    /** Its timer (sched.Timer; timer_set), which signals it while armed; cancelled before the block is freed. */
    @Field(value = Type.U64, count = Timer.SIZE / 8) public static final int TIMER = 64;
    /** Where the tick that fires the timer gathers the threads its signal wakes (under the timer queue's lock). */
    @Field(value = Type.U64, count = Outcome.SIZE / 8) public static final int TIMER_OUTCOME = TIMER + Timer.SIZE;

    public static final int SIZE = TIMER_OUTCOME + Outcome.SIZE;

    private Notification() {
    }

    public static void init(long notification) {
        Memory.fill(notification + LOCK, (byte) 0, SIZE - LOCK);
    }
}
