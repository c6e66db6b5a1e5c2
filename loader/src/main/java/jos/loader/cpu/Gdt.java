package jos.loader.cpu;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The GDT the protocol prescribes, in this order: null, 16-bit code and data (base 0, limit 0xffff),
 * 32-bit code and data (base 0, limit 4 GiB), 64-bit code and data. The segment descriptor bit
 * layout is declared here once ({@link #descriptor}).
 */
public final class Gdt {
    private Gdt() {
    }

    public static final int ENTRIES = 7;
    public static final int BYTES = ENTRIES * 8;
    public static final int CODE16 = 0x08, DATA16 = 0x10, CODE32 = 0x18, DATA32 = 0x20, CODE64 = 0x28, DATA64 = 0x30;

    /** Access byte: present, DPL 0, code/data, and the type. */
    public static final int ACCESS_CODE = 0x9A, ACCESS_DATA = 0x92;
    /** Flags nibble: granularity 4 KiB, default size 32-bit, long mode. */
    public static final int FLAG_GRANULARITY = 0x8, FLAG_SIZE32 = 0x4, FLAG_LONG = 0x2;

    /** The 10-byte operand of lgdt. */
    @Struct(size = 10, packed = true)
    public static final class Pointer {
        private Pointer() {
        }

        @Field(Type.U16) public static final int LIMIT = 0;
        @Field(Type.U64) public static final int BASE = 2;
        public static final int SIZE = 10;
    }

    /** Encodes a segment descriptor: limit is 20 bits (in 4 KiB units when FLAG_GRANULARITY is set). */
    public static long descriptor(long base, long limit, int access, int flags) {
        return (limit & 0xFFFFL) | (base & 0xFFFFFFL) << 16 | (long) (access & 0xFF) << 40 | (limit >>> 16 & 0xFL) << 48
                | (long) (flags & 0xF) << 52 | (base >>> 24 & 0xFFL) << 56;
    }

    /** Writes the seven descriptors at gdt (physical) and an lgdt operand at pointer with the given base. */
    public static void build(long gdt, long pointer, long base) {
        Memory.write64(gdt, 0);
        Memory.write64(gdt + CODE16, descriptor(0, 0xFFFF, ACCESS_CODE, 0));
        Memory.write64(gdt + DATA16, descriptor(0, 0xFFFF, ACCESS_DATA, 0));
        Memory.write64(gdt + CODE32, descriptor(0, 0xFFFFF, ACCESS_CODE, FLAG_GRANULARITY | FLAG_SIZE32));
        Memory.write64(gdt + DATA32, descriptor(0, 0xFFFFF, ACCESS_DATA, FLAG_GRANULARITY | FLAG_SIZE32));
        Memory.write64(gdt + CODE64, descriptor(0, 0xFFFFF, ACCESS_CODE, FLAG_GRANULARITY | FLAG_LONG));
        Memory.write64(gdt + DATA64, descriptor(0, 0xFFFFF, ACCESS_DATA, FLAG_GRANULARITY | FLAG_SIZE32));
        writePointer(pointer, base);
    }

    public static void writePointer(long pointer, long base) {
        Memory.write16(pointer + Pointer.LIMIT, (short) (BYTES - 1));
        Memory.write64(pointer + Pointer.BASE, base);
    }
}
