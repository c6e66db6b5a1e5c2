package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.KernelAddressResponse;

/** Kernel (executable) address feature: where the image is, physically and virtually. */
public final class KernelAddress {
    private KernelAddress() {
    }

    public static boolean respond(long physicalBase, long virtualBase, long[] problem) {
        if (Requests.request(Requests.KERNEL_ADDRESS) == 0) return true;
        long r = Arena.allocate(KernelAddressResponse.SIZE, problem);
        if (r == 0) return false;
        Memory.write64(r + KernelAddressResponse.PHYSICAL_BASE, physicalBase);
        Memory.write64(r + KernelAddressResponse.VIRTUAL_BASE, virtualBase);
        Requests.respond(Requests.KERNEL_ADDRESS, r);
        return true;
    }
}
