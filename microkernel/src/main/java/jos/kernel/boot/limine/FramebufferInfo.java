package jos.kernel.boot.limine;

import jos.hw.Memory;

/**
 * The framebuffers the loader set up, for the consoles: the first one's {@code limine_framebuffer}
 * and public reads of its members. A framebuffer is named by the address of that structure (as
 * {@link #first()} returns it), so tests can describe one in simulated memory. The pixel address is
 * HHDM-virtual, usable as it is.
 */
public final class FramebufferInfo {
    /** memory_model of a linear RGB framebuffer (the only model the protocol defines). */
    public static final int MEMORY_MODEL_RGB = 1;

    private FramebufferInfo() {
    }

    /** The first framebuffer's structure, or 0 when the loader gave none. */
    public static long first() {
        long r = Requests.response(Requests.FRAMEBUFFER);
        if (r == 0 || FramebufferResponse.framebufferCount(r) == 0) return 0;
        return Memory.read64(FramebufferResponse.framebuffers(r));
    }

    public static long address(long fb) {
        return Framebuffer.address(fb);
    }

    public static long width(long fb) {
        return Framebuffer.width(fb);
    }

    public static long height(long fb) {
        return Framebuffer.height(fb);
    }

    /** Bytes from one pixel row to the next. */
    public static long pitch(long fb) {
        return Framebuffer.pitch(fb);
    }

    public static int bpp(long fb) {
        return Framebuffer.bpp(fb);
    }

    public static int memoryModel(long fb) {
        return Framebuffer.memoryModel(fb);
    }

    public static int redMaskSize(long fb) {
        return Framebuffer.redMaskSize(fb);
    }

    public static int redMaskShift(long fb) {
        return Framebuffer.redMaskShift(fb);
    }

    public static int greenMaskSize(long fb) {
        return Framebuffer.greenMaskSize(fb);
    }

    public static int greenMaskShift(long fb) {
        return Framebuffer.greenMaskShift(fb);
    }

    public static int blueMaskSize(long fb) {
        return Framebuffer.blueMaskSize(fb);
    }

    public static int blueMaskShift(long fb) {
        return Framebuffer.blueMaskShift(fb);
    }
}
