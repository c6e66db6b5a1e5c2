package jos.kernel.capability;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * One slot of a capability table. An empty slot has KIND 0 and, while on the table's free list, the
 * next free slot's index + 1 in NEXT_FREE (0 ends the list). GENERATION is the generation the slot's
 * current or next handle carries.
 */
@Struct(size = Slot.SIZE)
final class Slot {
    @Field(Type.U32) static final int KIND = 0;
    @Field(Type.U32) static final int RIGHTS = 4;
    @Field(Type.U32) static final int GENERATION = 8;
    @Field(Type.U32) static final int NEXT_FREE = 12;
    @Field(Type.U64) static final int BADGE = 16;
    /** The object's address, or the range's base. */
    @Field(Type.U64) static final int OBJECT = 24;
    /** The range's length; 0 for an object. */
    @Field(Type.U64) static final int LENGTH = 32;

    static final int SIZE = 40;

    private Slot() {
    }
}
