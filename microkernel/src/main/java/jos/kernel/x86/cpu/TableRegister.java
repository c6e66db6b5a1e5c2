package jos.kernel.x86.cpu;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The 10-byte operand of lgdt and lidt (and sgdt, sidt): the table's limit (its size minus one) and its
 * linear base. Callers place it at an address that is 6 modulo 8, so the base is 8-byte aligned.
 */
@Struct(size = TableRegister.SIZE, packed = true)
public final class TableRegister {
    private TableRegister() {
    }

    @Field(Type.U16) static final int LIMIT = 0;
    @Field(Type.U64) static final int BASE = 2;

    public static final int SIZE = 10;

    public static void write(long at, long base, int bytes) {
        Memory.write16(at + LIMIT, (short) (bytes - 1));
        Memory.write64(at + BASE, base);
    }

    public static long base(long at) {
        return Memory.read64(at + BASE);
    }

    /** The table's size in bytes (limit + 1). */
    public static int bytes(long at) {
        return (Memory.read16(at + LIMIT) & 0xFFFF) + 1;
    }
}
