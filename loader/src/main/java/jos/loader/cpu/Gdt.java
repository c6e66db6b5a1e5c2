package jos.loader.cpu;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.x86.SegmentDescriptor;

/**
 * The GDT the protocol prescribes, in this order: null, 16-bit code and data (base 0, limit 0xffff),
 * 32-bit code and data (base 0, limit 4 GiB), 64-bit code and data, all DPL 0. The descriptor bit layout
 * is jos.x86's ({@link SegmentDescriptor}).
 */
public final class Gdt {
    private Gdt() {
    }

    public static final int ENTRIES = 7;
    public static final int BYTES = ENTRIES * 8;
    public static final int CODE16 = 0x08, DATA16 = 0x10, CODE32 = 0x18, DATA32 = 0x20, CODE64 = 0x28, DATA64 = 0x30;
    private static final int CODE = SegmentDescriptor.TYPE_CODE_EXECUTE_READ, DATA = SegmentDescriptor.TYPE_DATA_READ_WRITE;
    private static final long LIMIT_4G = SegmentDescriptor.LIMIT_MAX;

    /** The 10-byte operand of lgdt. */
    @Struct(size = 10, packed = true)
    public static final class Pointer {
        private Pointer() {
        }

        @Field(Type.U16) public static final int LIMIT = 0;
        @Field(Type.U64) public static final int BASE = 2;
        public static final int SIZE = 10;
    }

    /** Writes the seven descriptors at gdt (physical) and an lgdt operand at pointer with the given base. */
    public static void build(long gdt, long pointer, long base) {
        Memory.write64(gdt, 0);
        Memory.write64(gdt + CODE16, SegmentDescriptor.codeOrData(0, 0xFFFF, CODE, 0, false, false, false));
        Memory.write64(gdt + DATA16, SegmentDescriptor.codeOrData(0, 0xFFFF, DATA, 0, false, false, false));
        Memory.write64(gdt + CODE32, SegmentDescriptor.codeOrData(0, LIMIT_4G, CODE, 0, false, true, true));
        Memory.write64(gdt + DATA32, SegmentDescriptor.codeOrData(0, LIMIT_4G, DATA, 0, false, true, true));
        Memory.write64(gdt + CODE64, SegmentDescriptor.code64(0));
        Memory.write64(gdt + DATA64, SegmentDescriptor.data(0));
        writePointer(pointer, base);
    }

    public static void writePointer(long pointer, long base) {
        Memory.write16(pointer + Pointer.LIMIT, (short) (BYTES - 1));
        Memory.write64(pointer + Pointer.BASE, base);
    }
}
