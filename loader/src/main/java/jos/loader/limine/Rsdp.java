package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.RsdpResponse;

/**
 * RSDP feature: a copy of the RSDP GRUB passed (tag 15, else tag 14) in bootloader-reclaimable
 * memory. The address is physical under base revision 3 and HHDM-virtual under earlier revisions.
 */
public final class Rsdp {
    private Rsdp() {
    }

    /** The physical address of the copy made by the last {@link #respond}, or 0. */
    public static long copy;

    /** source/length: the RSDP bytes in the multiboot2 tag (0 if GRUB passed none: no response). */
    public static boolean respond(long source, long length, long[] problem) {
        copy = 0;
        if (Requests.request(Requests.RSDP) == 0 || source == 0 || length <= 0) return true;
        long r = Arena.allocate(RsdpResponse.SIZE, problem);
        copy = Arena.allocate(length, problem);
        if (r == 0 || copy == 0) return false;
        Memory.copy(copy, source, length);
        Memory.write64(r + RsdpResponse.ADDRESS, Requests.revision3() ? copy : Hhdm.virt(copy));
        Requests.respond(Requests.RSDP, r);
        return true;
    }
}
