package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_framebuffer: a linear framebuffer (response revision 1 adds the video modes). */
@Struct(size = 80)
public final class Framebuffer {
    @Field(Field.Type.U64)
    static final int ADDRESS = 0;
    @Field(Field.Type.U64)
    static final int WIDTH = 8;
    @Field(Field.Type.U64)
    static final int HEIGHT = 16;
    @Field(Field.Type.U64)
    static final int PITCH = 24;
    @Field(Field.Type.U16)
    static final int BPP = 32;
    @Field(Field.Type.U8)
    static final int MEMORY_MODEL = 34;
    @Field(Field.Type.U8)
    static final int RED_MASK_SIZE = 35;
    @Field(Field.Type.U8)
    static final int RED_MASK_SHIFT = 36;
    @Field(Field.Type.U8)
    static final int GREEN_MASK_SIZE = 37;
    @Field(Field.Type.U8)
    static final int GREEN_MASK_SHIFT = 38;
    @Field(Field.Type.U8)
    static final int BLUE_MASK_SIZE = 39;
    @Field(Field.Type.U8)
    static final int BLUE_MASK_SHIFT = 40;
    @Field(value = Field.Type.U8, count = 7)
    static final int UNUSED = 41;
    @Field(Field.Type.U64)
    static final int EDID_SIZE = 48;
    @Field(Field.Type.U64)
    static final int EDID = 56;
    @Field(Field.Type.U64)
    static final int MODE_COUNT = 64;
    @Field(Field.Type.U64)
    static final int MODES = 72;

    private Framebuffer() {
    }

    public static long address(long at) {
        return Memory.read64(at + ADDRESS);
    }

    public static long width(long at) {
        return Memory.read64(at + WIDTH);
    }

    public static long height(long at) {
        return Memory.read64(at + HEIGHT);
    }

    public static long pitch(long at) {
        return Memory.read64(at + PITCH);
    }

    public static int bpp(long at) {
        return Memory.read16(at + BPP) & 0xffff;
    }

    public static int memoryModel(long at) {
        return Memory.read8(at + MEMORY_MODEL) & 0xff;
    }

    public static int redMaskSize(long at) {
        return Memory.read8(at + RED_MASK_SIZE) & 0xff;
    }

    public static int redMaskShift(long at) {
        return Memory.read8(at + RED_MASK_SHIFT) & 0xff;
    }

    public static int greenMaskSize(long at) {
        return Memory.read8(at + GREEN_MASK_SIZE) & 0xff;
    }

    public static int greenMaskShift(long at) {
        return Memory.read8(at + GREEN_MASK_SHIFT) & 0xff;
    }

    public static int blueMaskSize(long at) {
        return Memory.read8(at + BLUE_MASK_SIZE) & 0xff;
    }

    public static int blueMaskShift(long at) {
        return Memory.read8(at + BLUE_MASK_SHIFT) & 0xff;
    }

    public static long edidSize(long at) {
        return Memory.read64(at + EDID_SIZE);
    }

    public static long edid(long at) {
        return Memory.read64(at + EDID);
    }

    public static long modeCount(long at) {
        return Memory.read64(at + MODE_COUNT);
    }

    public static long modes(long at) {
        return Memory.read64(at + MODES);
    }
}
