import jos.abi.CacheType;
import jos.abi.Calls;
import jos.abi.Handle;
import jos.abi.Protection;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.sys.Syscall;

/**
 * QemuBootIT, test=devices: slot 0 is a read-only DEVICE_MEMORY capability for the HPET's register page.
 * It maps the page uncacheable, prints the general capabilities register (vendor, tick period) and
 * whether the main counter advances, is refused a writable or executable mapping, and finally reads
 * COM1's port, which this process was never given (the previous process's ports must not carry over): #GP.
 */
public final class HpetRead {
    static final long CAPABILITIES = 0, MAIN_COUNTER = 0xf0;

    static void main() {
        long device = Handle.of(0, Handle.FIRST_GENERATION);
        long page = Syscall.call6(Calls.DEVICE_MAP, device, 0, 4096, 0, Protection.READ, CacheType.UNCACHEABLE);
        if (page <= 0) {
            System.out.println("hpet: device_map failed with " + page);
            System.exit(1);
        }
        long capabilities = Memory.readVolatile64(page + CAPABILITIES);
        System.out.println("hpet: vendor 0x" + Long.toHexString(capabilities >>> 16 & 0xffff) + ", period " + (capabilities >>> 32) + " fs");
        long first = Memory.readVolatile64(page + MAIN_COUNTER), later = first;
        for (int i = 0; i < 1_000_000 && later == first; i++) later = Memory.readVolatile64(page + MAIN_COUNTER);
        System.out.println("hpet: main counter advances " + (later != first));
        System.out.println("hpet: writable mapping: " + Syscall.call6(Calls.DEVICE_MAP, device, 0, 4096, 0,
                Protection.READ | Protection.WRITE, CacheType.UNCACHEABLE));
        System.out.println("hpet: executable mapping: " + Syscall.call6(Calls.DEVICE_MAP, device, 0, 4096, 0,
                Protection.READ | Protection.EXECUTE, CacheType.UNCACHEABLE));
        System.out.println("hpet: reading port 0x3fd, which this process does not hold");
        System.out.flush();
        int b = Cpu.in8(0x3fd);
        System.out.println("hpet: port 0x3fd gave " + b);
        System.exit(0);
    }
}
