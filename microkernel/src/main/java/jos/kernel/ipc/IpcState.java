package jos.kernel.ipc;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.memory.SpinLock;
import jos.kernel.sched.Thread;

/**
 * IPC's fields of a thread block, at offsets relative to {@link Thread#IPC}. {@link #LOCK} guards the
 * others; a thread's state is only changed with its lock held, and while the thread is queued on an
 * object also under that object's lock (taken first). The message in transit is the sender's saved
 * frame and IPC buffer, which stay as they are while it is blocked; {@link #INFO} and {@link #BADGE} keep
 * what it sent with.
 */
@Struct(size = IpcState.SIZE)
public final class IpcState {
    /** The thread's IPC lock (memory.SpinLock word). */
    @Field(Type.U64) public static final int LOCK = 0;
    /** What the thread waits for: {@link #IDLE}, {@link #SENDING}, {@link #RECEIVING}, {@link #AWAITING_REPLY}, {@link #WAITING}. */
    @Field(Type.U32) public static final int STATE = 8;
    /** {@link #CALLING} while a queued send is the first half of a call. */
    @Field(Type.U32) public static final int FLAGS = 12;
    /** The endpoint or notification the thread is queued on, or 0. */
    @Field(Type.U64) public static final int WAITING_ON = 16;
    /** The queue links (threads). */
    @Field(Type.U64) public static final int NEXT = 24;
    @Field(Type.U64) public static final int PREVIOUS = 32;
    /** The MessageInfo of the queued send. */
    @Field(Type.U64) public static final int INFO = 40;
    /** The badge of the capability the queued send was made with. */
    @Field(Type.U64) public static final int BADGE = 48;
    /** The reply slot: the caller this thread must answer (0 if none), and that caller's {@link #SEQUENCE} then. */
    @Field(Type.U64) public static final int REPLY_TO = 56;
    @Field(Type.U64) public static final int REPLY_SEQUENCE = 64;
    /**
     * This thread's call number: the high 32 bits the incarnation its creator gave, the low ones counted
     * up on every call. A reply slot matches only while equal and the thread still awaits a reply, so a
     * reply to a caller that gave up, called again, or whose block now holds another thread fails.
     */
    @Field(Type.U64) public static final int SEQUENCE = 72;
    /** The bound notification, or 0. */
    @Field(Type.U64) public static final int BOUND = 80;
    /** The kernel address of the thread's IPC buffer (jos.abi.IpcBuffer, two pages), or 0. */
    @Field(Type.U64) public static final int BUFFER = 88;
    /** Kernel-set MessageInfo flags (REPLY_FAILED) added to the next message or bits this thread receives. */
    @Field(Type.U64) public static final int NOTE = 96;
    /** The user address the thread's IPC buffer is mapped at (process.IpcBuffers), or 0: then BUFFER is not the kernel's frames. */
    @Field(Type.U64) public static final int BUFFER_AT = 104;
    @Field(value = Type.U64, count = 18) public static final int RESERVED = 112;

    public static final int SIZE = 256;

    public static final int IDLE = 0;
    public static final int SENDING = 1;
    public static final int RECEIVING = 2;
    public static final int AWAITING_REPLY = 3;
    public static final int WAITING = 4;

    public static final int CALLING = 1;

    private IpcState() {
    }

    /**
     * Prepares a new thread's IPC state: nothing waited on, its IPC buffer at buffer (kernel address),
     * and its call numbers starting at incarnation (a number the creator never gives the same block twice).
     */
    public static void init(long thread, long buffer, int incarnation) {
        Memory.fill(thread + Thread.IPC, (byte) 0, SIZE);
        set(thread, BUFFER, buffer);
        set(thread, SEQUENCE, (long) incarnation << 32);
    }

    public static long get(long thread, int field) {
        return Memory.read64(thread + Thread.IPC + field);
    }

    public static void set(long thread, int field, long value) {
        Memory.write64(thread + Thread.IPC + field, value);
    }

    public static int state(long thread) {
        return Memory.read32(thread + Thread.IPC + STATE);
    }

    static void setState(long thread, int state, int flags) {
        Memory.write32(thread + Thread.IPC + STATE, state);
        Memory.write32(thread + Thread.IPC + FLAGS, flags);
    }

    static int flags(long thread) {
        return Memory.read32(thread + Thread.IPC + FLAGS);
    }

    static void lock(long thread) {
        SpinLock.acquire(thread + Thread.IPC + LOCK);
    }

    static void unlock(long thread) {
        SpinLock.release(thread + Thread.IPC + LOCK);
    }
}
