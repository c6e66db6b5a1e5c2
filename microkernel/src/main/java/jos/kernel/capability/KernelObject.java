package jos.kernel.capability;

import jos.abi.Kinds;
import jos.hw.Atomic;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.panic.Panic;

/**
 * The header every kernel object that capabilities name starts with (an endpoint, a notification, a
 * reply, a process, a thread): its kind and the number of references to it. Objects are heap blocks laid
 * out as @Structs by their owner layer, which starts its own fields at {@link #SIZE}.
 *
 * <p>A reference is a capability slot naming the object, or a use in progress that a lookup took (so an
 * object found under a table's lock cannot be freed before its user is done). The count changes only by
 * atomic operations, since slots in different tables (each under its own lock) name the same object. The
 * call that takes it to zero is told so, exactly once, and its caller hands the object to the owner layer
 * to destroy; nothing can reach the object any more by then.
 */
@Struct(size = KernelObject.SIZE)
public final class KernelObject {
    /** The object's kind (jos.abi.Kinds, one of the object kinds). */
    @Field(Type.U32) public static final int KIND = 0;
    /** How many references it has. */
    @Field(Type.U32) public static final int REFS = 4;
    /** Reserved (0). */
    @Field(Type.U64) public static final int RESERVED = 8;

    public static final int SIZE = 16;
    /** The most references an object can have; taking one more fails. */
    public static final int MAX_REFS = Integer.MAX_VALUE;

    private KernelObject() {
    }

    /** Writes the header of a new object of kind with no references; false (nothing written) for a kind that is no object kind. */
    public static boolean init(long object, int kind) {
        if (!Kinds.isObject(kind)) return false;
        Memory.write32(object + KIND, kind);
        Atomic.store32(object + REFS, 0);
        Memory.write64(object + RESERVED, 0);
        return true;
    }

    public static int kind(long object) {
        return Memory.read32(object + KIND);
    }

    public static int references(long object) {
        return Atomic.load32(object + REFS);
    }

    /**
     * Takes a reference; false (nothing changed) if the count is at MAX_REFS. A negative count is no
     * object's: the block was freed and its first word is the heap's free-list link (a kernel address,
     * whose high half is negative). Counting on would corrupt the heap silently, so it is a panic, whose
     * trace names the caller that still held the freed object.
     */
    public static boolean retain(long object) {
        long address = object + REFS;
        for (;;) {
            int refs = Atomic.load32(address);
            if (refs < 0) Panic.panic("capability: a reference taken to a freed object (its count is negative)");
            if (refs == MAX_REFS) return false;
            if (Atomic.compareAndExchange32(address, refs, refs + 1) == refs) return true;
        }
    }

    /**
     * Gives a reference back; returns the references left: 0 means this was the last, and the caller
     * must have the object destroyed. -1 (nothing changed) if the object had none: a caller's bug.
     */
    public static int release(long object) {
        long address = object + REFS;
        for (;;) {
            int refs = Atomic.load32(address);
            if (refs <= 0) return -1;
            if (Atomic.compareAndExchange32(address, refs, refs - 1) == refs) return refs - 1;
        }
    }
}
