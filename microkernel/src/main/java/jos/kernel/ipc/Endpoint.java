package jos.kernel.ipc;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.capability.KernelObject;

/**
 * An endpoint: a kernel-heap block, after the capability header, with its lock and two FIFO queues of
 * blocked threads, the senders and callers that found no receiver and the receivers that found no
 * sender (at most one of them is non-empty). The lock guards the queues, {@link #CLOSED} and the state
 * of every thread queued here.
 */
@Struct(size = Endpoint.SIZE)
public final class Endpoint {
    @Field(value = Type.U64, count = 2) public static final int HEADER = 0;
    @Field(Type.U64) public static final int LOCK = KernelObject.SIZE;
    @Field(Type.U64) public static final int SEND_HEAD = 24;
    @Field(Type.U64) public static final int SEND_TAIL = 32;
    @Field(Type.U64) public static final int RECEIVE_HEAD = 40;
    @Field(Type.U64) public static final int RECEIVE_TAIL = 48;
    /** Non-zero once the endpoint is being destroyed: every operation on it then fails with EPIPE. */
    @Field(Type.U64) public static final int CLOSED = 56;

    public static final int SIZE = 64;

    private Endpoint() {
    }

    /** Makes the block at endpoint (SIZE bytes, header already written by its creator) an empty endpoint. */
    public static void init(long endpoint) {
        Memory.fill(endpoint + LOCK, (byte) 0, SIZE - LOCK);
    }
}
