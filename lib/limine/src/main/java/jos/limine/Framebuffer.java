package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_framebuffer}: a linear framebuffer (the members from mode_count on exist from response revision 1).
 */
@Struct(size = 80)
public final class Framebuffer {
    private Framebuffer() {
    }

    @Field(Type.U64) public static final int ADDRESS = 0;
    @Field(Type.U64) public static final int WIDTH = 8;
    @Field(Type.U64) public static final int HEIGHT = 16;
    @Field(Type.U64) public static final int PITCH = 24;
    /** Bits per pixel. */
    @Field(Type.U16) public static final int BPP = 32;
    @Field(Type.U8) public static final int MEMORY_MODEL = 34;
    @Field(Type.U8) public static final int RED_MASK_SIZE = 35;
    @Field(Type.U8) public static final int RED_MASK_SHIFT = 36;
    @Field(Type.U8) public static final int GREEN_MASK_SIZE = 37;
    @Field(Type.U8) public static final int GREEN_MASK_SHIFT = 38;
    @Field(Type.U8) public static final int BLUE_MASK_SIZE = 39;
    @Field(Type.U8) public static final int BLUE_MASK_SHIFT = 40;
    @Field(value = Type.U8, count = 7) public static final int UNUSED = 41;
    @Field(Type.U64) public static final int EDID_SIZE = 48;
    @Field(Type.U64) public static final int EDID = 56;
    /** Response revision 1 and above: the video modes, mode_count pointers to {@link VideoMode}s. */
    @Field(Type.U64) public static final int MODE_COUNT = 64;
    @Field(Type.U64) public static final int MODES = 72;
    public static final int SIZE = 80;

    /** memory_model of a linear RGB framebuffer ({@code LIMINE_FRAMEBUFFER_RGB}, the only model defined). */
    public static final int MEMORY_MODEL_RGB = 1;

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
