package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.Framebuffer;
import jos.limine.FramebufferResponse;
import jos.loader.multiboot2.Tags;

/**
 * Framebuffer feature: the linear RGB framebuffer GRUB set up (multiboot2 tag 8), as one {@code
 * limine_framebuffer} with response revision 0 (no video mode list) and no EDID. Indexed-color and
 * EGA text framebuffers get no response.
 */
public final class FramebufferFeature {
    private FramebufferFeature() {
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

    public static boolean respond(long tag, long[] problem) {
        if (Requests.request(Requests.FRAMEBUFFER) == 0 || !usable(tag)) return true;
        long r = Arena.allocate(FramebufferResponse.SIZE, problem), list = Arena.allocate(8, problem),
                fb = Arena.allocate(Framebuffer.SIZE, problem);
        if (r == 0 || list == 0 || fb == 0) return false;
        Memory.write64(fb + Framebuffer.ADDRESS, Hhdm.virt(address(tag)));
        Memory.write64(fb + Framebuffer.WIDTH, Memory.read32(tag + Tags.Framebuffer.WIDTH) & 0xFFFFFFFFL);
        Memory.write64(fb + Framebuffer.HEIGHT, Memory.read32(tag + Tags.Framebuffer.HEIGHT) & 0xFFFFFFFFL);
        Memory.write64(fb + Framebuffer.PITCH, Memory.read32(tag + Tags.Framebuffer.PITCH) & 0xFFFFFFFFL);
        Memory.write16(fb + Framebuffer.BPP, (short) (Memory.read8(tag + Tags.Framebuffer.BPP) & 0xFF));
        Memory.write8(fb + Framebuffer.MEMORY_MODEL, (byte) Framebuffer.MEMORY_MODEL_RGB);
        Memory.write8(fb + Framebuffer.RED_MASK_SIZE, Memory.read8(tag + Tags.Framebuffer.RED_MASK_SIZE));
        Memory.write8(fb + Framebuffer.RED_MASK_SHIFT, Memory.read8(tag + Tags.Framebuffer.RED_FIELD_POSITION));
        Memory.write8(fb + Framebuffer.GREEN_MASK_SIZE, Memory.read8(tag + Tags.Framebuffer.GREEN_MASK_SIZE));
        Memory.write8(fb + Framebuffer.GREEN_MASK_SHIFT, Memory.read8(tag + Tags.Framebuffer.GREEN_FIELD_POSITION));
        Memory.write8(fb + Framebuffer.BLUE_MASK_SIZE, Memory.read8(tag + Tags.Framebuffer.BLUE_MASK_SIZE));
        Memory.write8(fb + Framebuffer.BLUE_MASK_SHIFT, Memory.read8(tag + Tags.Framebuffer.BLUE_FIELD_POSITION));
        Memory.write64(list, Hhdm.virt(fb));
        Memory.write64(r + FramebufferResponse.REVISION, 0);
        Memory.write64(r + FramebufferResponse.FRAMEBUFFER_COUNT, 1);
        Memory.write64(r + FramebufferResponse.FRAMEBUFFERS, Hhdm.virt(list));
        Requests.respond(Requests.FRAMEBUFFER, r);
        return true;
    }
}
