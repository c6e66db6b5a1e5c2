package jos.kernel.ipc;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.capability.KernelObject;

/**
 * A reply object: a thread's reply slot saved for a deferred reply (seL4's reply capability), so a
 * server can receive other messages and answer this caller later, or hand the duty to another thread.
 * The lock guards the slot.
 */
@Struct(size = Reply.SIZE)
public final class Reply {
    @Field(value = Type.U64, count = 2) public static final int HEADER = 0;
    @Field(Type.U64) public static final int LOCK = KernelObject.SIZE;
    /** The caller waiting for this reply, or 0. */
    @Field(Type.U64) public static final int CALLER = 24;
    /** The caller's IpcState SEQUENCE when it called. */
    @Field(Type.U64) public static final int SEQUENCE = 32;

    public static final int SIZE = 40;

    private Reply() {
    }

    public static void init(long reply) {
        Memory.fill(reply + LOCK, (byte) 0, SIZE - LOCK);
    }
}
