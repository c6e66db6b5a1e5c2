package jos.kernel.capability;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The record in which the table hands a capability's contents to its caller (a lookup's result, what a
 * delete removed): 32 bytes the caller provides, e.g. in its thread's area of the thread block. For an
 * object kind OBJECT is the object's address and LENGTH 0; for a range kind OBJECT is the range's base.
 */
@Struct(size = Capability.SIZE)
public final class Capability {
    /** The kind (jos.abi.Kinds). */
    @Field(Type.U32) public static final int KIND = 0;
    /** The rights (jos.abi.Rights bits). */
    @Field(Type.U32) public static final int RIGHTS = 4;
    /** The badge (endpoints; 0 = none). */
    @Field(Type.U64) public static final int BADGE = 8;
    /** The object's address, or the range's base. */
    @Field(Type.U64) public static final int OBJECT = 16;
    /** The range's length (bytes of memory, ports or lines); 0 for objects. */
    @Field(Type.U64) public static final int LENGTH = 24;

    public static final int SIZE = 32;

    private Capability() {
    }

    public static int kind(long record) {
        return Memory.read32(record + KIND);
    }

    public static int rights(long record) {
        return Memory.read32(record + RIGHTS);
    }

    public static long badge(long record) {
        return Memory.read64(record + BADGE);
    }

    public static long object(long record) {
        return Memory.read64(record + OBJECT);
    }

    public static long length(long record) {
        return Memory.read64(record + LENGTH);
    }
}
