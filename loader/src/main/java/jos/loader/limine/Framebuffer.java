package jos.loader.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.loader.multiboot2.Tags;

/**
 * Framebuffer feature: the linear RGB framebuffer GRUB set up (multiboot2 tag 8), as one {@code
 * limine_framebuffer} with response revision 0 (no video mode list) and no EDID. Indexed-color and
 * EGA text framebuffers get no response.
 */
public final class Framebuffer {
    private Framebuffer() {
    }

    public static final int MEMORY_MODEL_RGB = 1;

    @Struct(size = 24)
    public static final class Response {
        private Response() {
        }

        @Field(Type.U64) public static final int REVISION = 0;
        @Field(Type.U64) public static final int FRAMEBUFFER_COUNT = 8;
        @Field(Type.U64) public static final int FRAMEBUFFERS = 16;
        public static final int SIZE = 24;
    }

    /** {@code struct limine_framebuffer}, including the response revision 1 members. */
    @Struct(size = 80)
    public static final class Entry {
        private Entry() {
        }

        @Field(Type.U64) public static final int ADDRESS = 0;
        @Field(Type.U64) public static final int WIDTH = 8;
        @Field(Type.U64) public static final int HEIGHT = 16;
        @Field(Type.U64) public static final int PITCH = 24;
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
        @Field(Type.U64) public static final int MODE_COUNT = 64;
        @Field(Type.U64) public static final int MODES = 72;
        public static final int SIZE = 80;
    }

    /** True if the tag (0 if none) describes a linear RGB framebuffer the kernel can use. */
    public static boolean usable(long tag) {
        return tag != 0 && (Memory.read8(tag + Tags.Framebuffer.FRAMEBUFFER_TYPE) & 0xFF) == Tags.Framebuffer.TYPE_RGB
                && Memory.read64(tag + Tags.Framebuffer.ADDR) != 0;
    }

    public static long address(long tag) {
        return Memory.read64(tag + Tags.Framebuffer.ADDR);
    }

    /** The bytes the framebuffer occupies: pitch * height. */
    public static long bytes(long tag) {
        return (Memory.read32(tag + Tags.Framebuffer.PITCH) & 0xFFFFFFFFL) * (Memory.read32(tag + Tags.Framebuffer.HEIGHT) & 0xFFFFFFFFL);
    }

    public static boolean respond(long tag) {
        if (Requests.request(Requests.FRAMEBUFFER) == 0 || !usable(tag)) return true;
        long r = Arena.allocate(Response.SIZE), list = Arena.allocate(8), fb = Arena.allocate(Entry.SIZE);
        if (r == 0 || list == 0 || fb == 0) return false;
        Memory.write64(fb + Entry.ADDRESS, Hhdm.virt(address(tag)));
        Memory.write64(fb + Entry.WIDTH, Memory.read32(tag + Tags.Framebuffer.WIDTH) & 0xFFFFFFFFL);
        Memory.write64(fb + Entry.HEIGHT, Memory.read32(tag + Tags.Framebuffer.HEIGHT) & 0xFFFFFFFFL);
        Memory.write64(fb + Entry.PITCH, Memory.read32(tag + Tags.Framebuffer.PITCH) & 0xFFFFFFFFL);
        Memory.write16(fb + Entry.BPP, (short) (Memory.read8(tag + Tags.Framebuffer.BPP) & 0xFF));
        Memory.write8(fb + Entry.MEMORY_MODEL, (byte) MEMORY_MODEL_RGB);
        Memory.write8(fb + Entry.RED_MASK_SIZE, Memory.read8(tag + Tags.Framebuffer.RED_MASK_SIZE));
        Memory.write8(fb + Entry.RED_MASK_SHIFT, Memory.read8(tag + Tags.Framebuffer.RED_FIELD_POSITION));
        Memory.write8(fb + Entry.GREEN_MASK_SIZE, Memory.read8(tag + Tags.Framebuffer.GREEN_MASK_SIZE));
        Memory.write8(fb + Entry.GREEN_MASK_SHIFT, Memory.read8(tag + Tags.Framebuffer.GREEN_FIELD_POSITION));
        Memory.write8(fb + Entry.BLUE_MASK_SIZE, Memory.read8(tag + Tags.Framebuffer.BLUE_MASK_SIZE));
        Memory.write8(fb + Entry.BLUE_MASK_SHIFT, Memory.read8(tag + Tags.Framebuffer.BLUE_FIELD_POSITION));
        Memory.write64(list, Hhdm.virt(fb));
        Memory.write64(r + Response.REVISION, 0);
        Memory.write64(r + Response.FRAMEBUFFER_COUNT, 1);
        Memory.write64(r + Response.FRAMEBUFFERS, Hhdm.virt(list));
        Requests.respond(Requests.FRAMEBUFFER, r);
        return true;
    }
}
