package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.BootloaderInfoResponse;

/** Bootloader info feature: the loader's name and version as C strings. */
public final class BootloaderInfo {
    private BootloaderInfo() {
    }

    public static final String NAME = "jos-loader";
    public static final String VERSION = "0.1.0";

    /** Answers the request if there is one; false with a problem if out of memory. */
    public static boolean respond(long[] problem) {
        if (Requests.request(Requests.BOOTLOADER_INFO) == 0) return true;
        long r = Arena.allocate(BootloaderInfoResponse.SIZE, problem), name = Arena.string(NAME, problem),
                version = Arena.string(VERSION, problem);
        if (r == 0 || name == 0 || version == 0) return false;
        Memory.write64(r + BootloaderInfoResponse.REVISION, 0);
        Memory.write64(r + BootloaderInfoResponse.NAME, Hhdm.virt(name));
        Memory.write64(r + BootloaderInfoResponse.VERSION, Hhdm.virt(version));
        Requests.respond(Requests.BOOTLOADER_INFO, r);
        return true;
    }
}
