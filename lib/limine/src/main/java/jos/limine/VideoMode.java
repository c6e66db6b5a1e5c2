package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * {@code struct limine_video_mode}: one video mode a framebuffer supports (framebuffer response revision 1).
 */
@Struct(size = 40)
public final class VideoMode {
    private VideoMode() {
    }

    @Field(Type.U64) public static final int PITCH = 0;
    @Field(Type.U64) public static final int WIDTH = 8;
    @Field(Type.U64) public static final int HEIGHT = 16;
    @Field(Type.U16) public static final int BPP = 24;
    @Field(Type.U8) public static final int MEMORY_MODEL = 26;
    @Field(Type.U8) public static final int RED_MASK_SIZE = 27;
    @Field(Type.U8) public static final int RED_MASK_SHIFT = 28;
    @Field(Type.U8) public static final int GREEN_MASK_SIZE = 29;
    @Field(Type.U8) public static final int GREEN_MASK_SHIFT = 30;
    @Field(Type.U8) public static final int BLUE_MASK_SIZE = 31;
    @Field(Type.U8) public static final int BLUE_MASK_SHIFT = 32;
    public static final int SIZE = 40;
}
