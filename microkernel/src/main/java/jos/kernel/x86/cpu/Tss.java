package jos.kernel.x86.cpu;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The 64-bit task-state segment (Intel SDM vol. 3, 8.7): no tasks any more, only stack pointers. RSP0 is
 * loaded on an interrupt from ring 3; IST1..7 are loaded for the vectors whose IDT gate names them,
 * whatever the ring (see {@code jos.kernel.x86.idt.Idt} for which). The I/O map base is set past the
 * limit: no I/O permission bitmap, so ring 3 has no port access. Packed: RSP0 sits at offset 4.
 */
@Struct(size = Tss.SIZE, packed = true)
public final class Tss {
    private Tss() {
    }

    @Field(Type.U32) static final int RESERVED0 = 0;
    @Field(Type.U64) static final int RSP0 = 4;
    @Field(Type.U64) static final int RSP1 = 12;
    @Field(Type.U64) static final int RSP2 = 20;
    @Field(Type.U64) static final int RESERVED1 = 28;
    /** IST1 here, IST n at IST + 8 * (n - 1). */
    @Field(value = Type.U64, count = 7) static final int IST = 36;
    @Field(Type.U64) static final int RESERVED2 = 92;
    @Field(Type.U16) static final int RESERVED3 = 100;
    @Field(Type.U16) static final int IO_MAP_BASE = 102;

    public static final int SIZE = 104;
    /** The highest IST index. */
    public static final int IST_COUNT = 7;

    /** Zeroes the TSS at tss and sets the I/O map base past its end. */
    public static void init(long tss) {
        Memory.fill(tss, (byte) 0, SIZE);
        Memory.write16(tss + IO_MAP_BASE, (short) SIZE);
    }

    /** The stack top loaded when an interrupt arrives in ring 3. */
    public static void setRsp0(long tss, long stackTop) {
        Memory.write64(tss + RSP0, stackTop);
    }

    /** Where RSP0 of the TSS at tss is (for assembly that sets it). */
    public static long rsp0Address(long tss) {
        return tss + RSP0;
    }

    public static long rsp0(long tss) {
        return Memory.read64(tss + RSP0);
    }

    /** Sets interrupt stack n (1..7) to stackTop (16-byte aligned: the CPU aligns it down anyway). */
    public static void setIst(long tss, int n, long stackTop) {
        Memory.write64(tss + IST + 8L * (n - 1), stackTop);
    }

    public static long ist(long tss, int n) {
        return Memory.read64(tss + IST + 8L * (n - 1));
    }

    public static int ioMapBase(long tss) {
        return Memory.read16(tss + IO_MAP_BASE) & 0xFFFF;
    }
}
