package jos.kernel.x86.cpu;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The 64-bit task-state segment (Intel SDM vol. 3, 8.7): no tasks any more, only stack pointers. RSP0 is
 * loaded on an interrupt from ring 3; IST1..7 are loaded for the vectors whose IDT gate names them,
 * whatever the ring (see {@code jos.kernel.x86.idt.Idt} for which). Packed: RSP0 sits at offset 4.
 *
 * <p><b>I/O permission bitmap</b> (SDM vol. 1, 19.5.2): the TSS is followed by {@link #IO_BITMAP_BYTES}
 * (one bit per port, 0 = allowed in ring 3 with IOPL 0) and a terminating 0xff byte, all inside the
 * descriptor's limit ({@link #AREA}). The map base points at it only while a process holding ports runs
 * ({@link #loadIoBitmap}); otherwise it is {@link #IO_MAP_OFF}, past the limit, so every port access from
 * ring 3 is #GP and switching between processes without ports costs one 16-bit write at most.
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
    /** The I/O bitmap: right after the TSS, one bit per port (65536 ports). */
    public static final int IO_BITMAP = SIZE, IO_BITMAP_BYTES = 8192;
    /** The bytes the TSS descriptor covers: the TSS, the bitmap and its terminating 0xff byte. */
    public static final int AREA = SIZE + IO_BITMAP_BYTES + 1;
    /** A map base past the limit: no bitmap, every port refused to ring 3. */
    public static final int IO_MAP_OFF = AREA;
    /** The highest IST index. */
    public static final int IST_COUNT = 7;

    /** Zeroes the TSS at tss, refuses every port in its bitmap and sets the I/O map base past the limit. */
    public static void init(long tss) {
        Memory.fill(tss, (byte) 0, SIZE);
        Memory.fill(tss + IO_BITMAP, (byte) 0xff, IO_BITMAP_BYTES + 1);
        Memory.write16(tss + IO_MAP_BASE, (short) IO_MAP_OFF);
    }

    /** Copies a process's bitmap (IO_BITMAP_BYTES at bitmap) into the TSS and points the map base at it. */
    public static void loadIoBitmap(long tss, long bitmap) {
        Memory.copy(tss + IO_BITMAP, bitmap, IO_BITMAP_BYTES);
        Memory.write16(tss + IO_MAP_BASE, (short) IO_BITMAP);
    }

    /** Turns the bitmap off (every port refused to ring 3); one write, and none when it is off already. */
    public static void disableIoBitmap(long tss) {
        if (ioMapBase(tss) != IO_MAP_OFF) Memory.write16(tss + IO_MAP_BASE, (short) IO_MAP_OFF);
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
