package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.ModuleResponse;

/**
 * Module feature: every module after the kernel, in GRUB's order, as {@link LimineFile}s. Internal
 * modules (request revision 1) are not supported, so the response is revision 0 and ignores them.
 */
public final class ModuleFeature {
    private ModuleFeature() {
    }

    /** files: count physical addresses of limine_file structures, 8 bytes each. */
    public static boolean respond(long files, int count, long[] problem) {
        if (Requests.request(Requests.MODULE) == 0) return true;
        long r = Arena.allocate(ModuleResponse.SIZE, problem), list = Arena.allocate(8L * (count == 0 ? 1 : count), problem);
        if (r == 0 || list == 0) return false;
        for (int i = 0; i < count; i++) Memory.write64(list + 8L * i, Hhdm.virt(Memory.read64(files + 8L * i)));
        Memory.write64(r + ModuleResponse.MODULE_COUNT, count);
        Memory.write64(r + ModuleResponse.MODULES, Hhdm.virt(list));
        Requests.respond(Requests.MODULE, r);
        return true;
    }
}
