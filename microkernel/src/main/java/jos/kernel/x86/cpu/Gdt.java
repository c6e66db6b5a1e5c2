package jos.kernel.x86.cpu;

import jos.hw.Cpu;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Naked;
import jos.hw.Struct;
import jos.x86.SegmentDescriptor;

/**
 * One CPU's descriptor block: its GDT (slots as in {@link Selectors}: null, kernel code, kernel data,
 * user data, user code, then the 16-byte TSS descriptor), the lgdt operand, and its {@link Tss}. The
 * caller provides {@link #SIZE} bytes (16-byte aligned, never freed or moved: the CPU reads the GDT and
 * TSS on every interrupt) per CPU, calls {@link #build}, fills in the TSS stacks
 * ({@link #tss}), then {@link #load} on that CPU with interrupts off.
 *
 * <p>{@link #load} reloads CS (far return), SS, DS and ES with the kernel selectors and FS with null. GS
 * is not touched: loading it would replace GS.base, which holds the per-CPU block.
 */
@Struct(size = Gdt.SIZE, packed = true)
public final class Gdt {
    private Gdt() {
    }

    /** The descriptors: 5 segments and the two slots of the TSS descriptor. */
    @Field(value = Type.U64, count = Gdt.ENTRIES) static final int DESCRIPTORS = 0;
    @Field(value = Type.U16, count = 3) static final int PADDING0 = 56;
    /** The lgdt operand ({@link TableRegister}), placed so that its base is 8-byte aligned. */
    @Field(value = Type.U8, count = TableRegister.SIZE) static final int REGISTER = 62;
    @Field(Type.U64) static final int PADDING1 = 72;
    /** The TSS and its I/O permission bitmap ({@link Tss#AREA}). */
    @Field(value = Type.U8, count = Tss.AREA) static final int TSS = 80;
    @Field(value = Type.U8, count = 7) static final int PADDING2 = 80 + Tss.AREA;

    public static final int SIZE = 80 + Tss.AREA + 7;
    public static final int ENTRIES = 7;
    public static final int TABLE_BYTES = ENTRIES * 8;

    /** Writes the GDT, a zeroed TSS (no stacks yet) and the lgdt operand into the block at block. */
    public static void build(long block) {
        long gdt = block + DESCRIPTORS;
        Memory.write64(gdt + Selectors.NULL, 0);
        Memory.write64(gdt + Selectors.KERNEL_CODE, SegmentDescriptor.code64(0));
        Memory.write64(gdt + Selectors.KERNEL_DATA, SegmentDescriptor.data(0));
        Memory.write64(gdt + (Selectors.USER_DATA & ~Selectors.RPL_USER), SegmentDescriptor.data(Selectors.RPL_USER));
        Memory.write64(gdt + (Selectors.USER_CODE & ~Selectors.RPL_USER), SegmentDescriptor.code64(Selectors.RPL_USER));
        long tss = tss(block);
        Tss.init(tss);
        Memory.write64(gdt + Selectors.TSS, SegmentDescriptor.tssLow(tss, Tss.AREA - 1));
        Memory.write64(gdt + Selectors.TSS + 8, SegmentDescriptor.tssHigh(tss));
        TableRegister.write(block + REGISTER, gdt, TABLE_BYTES);
    }

    /** The TSS inside the block (for {@link Tss#setIst} and {@link Tss#setRsp0}). */
    public static long tss(long block) {
        return block + TSS;
    }

    /** The descriptor in GDT slot index. */
    public static long descriptor(long block, int index) {
        return Memory.read64(block + DESCRIPTORS + 8L * index);
    }

    /** The address of the lgdt operand. */
    public static long register(long block) {
        return block + REGISTER;
    }

    /**
     * On the CPU that owns the block, once after {@link #build}: lgdt, reload the segment registers, ltr
     * (which marks the TSS descriptor busy, so loading the same block again needs a new build).
     */
    public static void load(long block) {
        Cpu.lgdt(register(block));
        reloadSegments(Selectors.KERNEL_CODE, Selectors.KERNEL_DATA);
        Cpu.ltr((short) Selectors.TSS);
    }

    /**
     * CS by a far return to the next instruction, then SS, DS, ES = data and FS = null. GS stays as it
     * is (its base is the per-CPU block).
     */
    @Naked({
            "pushq %rdi",
            "leaq 1f(%rip), %rax",
            "pushq %rax",
            "lretq",
            "1:",
            "movw %si, %ss",
            "movw %si, %ds",
            "movw %si, %es",
            "xorl %eax, %eax",
            "movw %ax, %fs",
            "ret"})
    static native void reloadSegments(long code, long data);
}
