package jos.kernel.boot.limine;

import jos.hw.Memory;
import jos.limine.FramebufferResponse;

/**
 * The framebuffers the loader set up, for the consoles: the first one's {@code limine_framebuffer},
 * whose members {@link jos.limine.Framebuffer} reads. A framebuffer is named by the address of that
 * structure (as {@link #first()} returns it), so tests can describe one in simulated memory. The pixel
 * address is HHDM-virtual, usable as it is.
 */
public final class FramebufferInfo {
    private FramebufferInfo() {
    }

    /** The first framebuffer's structure, or 0 when the loader gave none. */
    public static long first() {
        long r = Requests.response(Requests.FRAMEBUFFER);
        if (r == 0 || FramebufferResponse.framebufferCount(r) == 0) return 0;
        return Memory.read64(FramebufferResponse.framebuffers(r));
    }
}
