package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.KernelFileResponse;

/** Kernel (executable) file feature: the kernel ELF file as a {@link LimineFile}. */
public final class KernelFile {
    private KernelFile() {
    }

    /** file: the physical address of the kernel's limine_file. */
    public static boolean respond(long file, long[] problem) {
        if (Requests.request(Requests.KERNEL_FILE) == 0) return true;
        long r = Arena.allocate(KernelFileResponse.SIZE, problem);
        if (r == 0) return false;
        Memory.write64(r + KernelFileResponse.KERNEL_FILE, Hhdm.virt(file));
        Requests.respond(Requests.KERNEL_FILE, r);
        return true;
    }
}
