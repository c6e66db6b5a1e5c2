package jos.kernel.ipc;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * What one IPC operation did, in a record its caller passes (per CPU, or on its stack): the result for
 * the calling thread when it does not block, whether it blocks, the threads it made runnable, and the
 * capability transfer to perform. The operation has already written every woken thread's results
 * (rax and the message registers) into its frame, and the current thread's message registers into its
 * frame; the syscall layer puts {@link #RESULT} in rax, hands {@link #WOKEN} to the scheduler, and either
 * runs {@link #SWITCH_TO} directly (the partner of a call or reply, the fast path) or makes it ready too.
 */
@Struct(size = Outcome.SIZE)
public final class Outcome {
    /** The calling thread's rax if it does not block (0 or a negative jos.abi.Errors code). */
    @Field(Type.U64) public static final int RESULT = 0;
    /** 1 if the calling thread is now blocked: the scheduler must take it off the CPU. */
    @Field(Type.U32) public static final int BLOCKED = 8;
    /** The number of capabilities to transfer from {@link #CAPS_FROM} to {@link #CAPS_TO} (0-3). */
    @Field(Type.U32) public static final int CAPS = 12;
    /** Threads made runnable, 0 where none. */
    @Field(value = Type.U64, count = Outcome.MAX_WOKEN) public static final int WOKEN = 16;
    /** A thread made runnable that the calling thread, now blocked, can switch to directly; or 0. */
    @Field(Type.U64) public static final int SWITCH_TO = 32;
    /** The sender and receiver of the capabilities of the message delivered. */
    @Field(Type.U64) public static final int CAPS_FROM = 40;
    @Field(Type.U64) public static final int CAPS_TO = 48;

    public static final int SIZE = 56;
    /** One operation wakes at most two threads besides SWITCH_TO (a receive: an abandoned caller and a plain sender). */
    public static final int MAX_WOKEN = 2;

    private Outcome() {
    }

    static void clear(long outcome) {
        // Unrolled stores: a call of the runtime's memset costs some 17 instructions more here (scripts/bench ipc).
        for (int i = 0; i < SIZE; i += 8) Memory.write64(outcome + i, 0);
    }

    public static long result(long outcome) {
        return Memory.read64(outcome + RESULT);
    }

    public static boolean blocked(long outcome) {
        return Memory.read32(outcome + BLOCKED) != 0;
    }

    public static long woken(long outcome, int i) {
        return Memory.read64(outcome + WOKEN + 8L * i);
    }

    public static long switchTo(long outcome) {
        return Memory.read64(outcome + SWITCH_TO);
    }

    public static int caps(long outcome) {
        return Memory.read32(outcome + CAPS);
    }

    static void result(long outcome, long value) {
        Memory.write64(outcome + RESULT, value);
    }

    static void block(long outcome) {
        Memory.write32(outcome + BLOCKED, 1);
    }

    /** Records thread as made runnable; the first free slot (MAX_WOKEN bounds what one operation wakes). */
    static void wake(long outcome, long thread) {
        long at = Memory.read64(outcome + WOKEN) == 0 ? outcome + WOKEN : outcome + WOKEN + 8;
        Memory.write64(at, thread);
    }

    static void switchTo(long outcome, long thread) {
        Memory.write64(outcome + SWITCH_TO, thread);
    }
}
