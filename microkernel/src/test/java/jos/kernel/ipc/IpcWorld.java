package jos.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.abi.IpcBuffer;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.sched.Thread;
import jos.kernel.x86.user.UserFrame;

/**
 * Simulated memory holding IPC's objects for a test: thread blocks (zeroed Thread.SIZE blocks, each with
 * a two-page IPC buffer), endpoints, notifications, reply objects and one outcome record.
 */
final class IpcWorld implements AutoCloseable {
    static final long BASE = 0x40_0000_0000L;
    static final long BYTES = 32L << 20;

    final Machine machine;
    final long outcome;
    private final long bytes;
    private long next = BASE;

    IpcWorld() {
        this(BYTES);
    }

    /** A world of bytes of memory (small ones for tests that make thousands). */
    IpcWorld(long bytes) {
        this.bytes = bytes;
        machine = Machine.install();
        machine.memory().map(BASE, bytes);
        outcome = allocate(Outcome.SIZE, 64);
    }

    long allocate(long bytes, long alignment) {
        long at = (next + alignment - 1) & -alignment;
        next = at + bytes;
        if (next > BASE + this.bytes) throw new IllegalStateException("the test world's memory is full");
        Memory.fill(at, (byte) 0, bytes);
        return at;
    }

    long thread() {
        return thread(1);
    }

    long thread(int incarnation) {
        long thread = allocate(Thread.SIZE, 4096);
        IpcState.init(thread, allocate(IpcBuffer.SIZE, 4096), incarnation);
        return thread;
    }

    long endpoint() {
        long endpoint = allocate(Endpoint.SIZE, 64);
        Endpoint.init(endpoint);
        return endpoint;
    }

    long notification() {
        long notification = allocate(Notification.SIZE, 64);
        Notification.init(notification);
        return notification;
    }

    long reply() {
        long reply = allocate(Reply.SIZE, 64);
        Reply.init(reply);
        return reply;
    }

    /** Puts a call's registers in the thread's frame: the MessageInfo and words 0-3. */
    static void message(long thread, long info, long... words) {
        set(thread, UserFrame.RSI, info);
        for (int i = 0; i < 4; i++) set(thread, Transfer.wordRegister(i), i < words.length ? words[i] : 0);
    }

    static long[] words(long thread) {
        long[] out = new long[4];
        for (int i = 0; i < 4; i++) out[i] = get(thread, Transfer.wordRegister(i));
        return out;
    }

    static long get(long thread, int register) {
        return UserFrame.get(thread + Thread.FRAME, register);
    }

    static void set(long thread, int register, long value) {
        UserFrame.set(thread + Thread.FRAME, register, value);
    }

    long result() {
        return Outcome.result(outcome);
    }

    boolean blocked() {
        return Outcome.blocked(outcome);
    }

    long switchTo() {
        return Outcome.switchTo(outcome);
    }

    /** The threads the last operation made runnable (WOKEN then SWITCH_TO), in that order. */
    java.util.List<Long> woken() {
        var out = new java.util.ArrayList<Long>();
        for (int i = 0; i < Outcome.MAX_WOKEN; i++) if (Outcome.woken(outcome, i) != 0) out.add(Outcome.woken(outcome, i));
        if (switchTo() != 0) out.add(switchTo());
        return out;
    }

    static void assertUnlocked(long... objects) {
        for (long o : objects) assertEquals(0, Memory.read64(o + Endpoint.LOCK), "the lock of object 0x" + Long.toHexString(o) + " is free");
    }

    static void assertThreadsUnlocked(long... threads) {
        for (long t : threads) assertEquals(0, IpcState.get(t, IpcState.LOCK), "thread 0x" + Long.toHexString(t) + "'s IPC lock is free");
    }

    @Override
    public void close() {
        machine.close();
    }
}
