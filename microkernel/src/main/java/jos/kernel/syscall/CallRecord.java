package jos.kernel.syscall;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;
import jos.kernel.capability.Capability;
import jos.kernel.ipc.Outcome;

/**
 * The records a system call hands to the layers below (an IPC outcome, a capability looked up, the
 * object whose last reference the call gave back), in the calling thread's block at jos.kernel.sched.Thread
 * SPARE: per thread, so no call shares them with another and none is a global.
 */
@Struct(size = CallRecord.SIZE)
public final class CallRecord {
    @Field(value = Type.U64, count = Outcome.SIZE / 8) public static final int OUTCOME = 0;
    @Field(value = Type.U64, count = Capability.SIZE / 8) public static final int CAPABILITY = 56;
    /** An object the call released the last reference of, to be destroyed once the call's locks are gone; or 0. */
    @Field(Type.U64) public static final int DOOMED = 88;

    public static final int SIZE = 96;

    private CallRecord() {
    }
}
