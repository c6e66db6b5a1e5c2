package jos.kernel.boot.limine;

import jos.hw.Atomic;
import jos.hw.Memory;
import jos.limine.SmpInfo;
import jos.limine.SmpResponse;

/**
 * The CPUs of the MP response, by index (0 .. count-1, in the loader's order), and the one operation
 * the protocol offers on a parked CPU: setting its extra argument and then atomically writing its
 * goto_address, which makes it jump there with RDI = its smp_info.
 */
public final class Processors {
    private Processors() {
    }

    /** The number of CPUs including the bootstrap CPU; 1 when the loader gave no MP response. */
    public static int count() {
        long r = Requests.response(Requests.MP);
        return r == 0 ? 1 : (int) SmpResponse.cpuCount(r);
    }

    public static boolean present() {
        return Requests.response(Requests.MP) != 0;
    }

    public static long bspLapicId() {
        long r = Requests.response(Requests.MP);
        return r == 0 ? 0 : SmpResponse.bspLapicId(r);
    }

    public static boolean x2apic() {
        long r = Requests.response(Requests.MP);
        return r != 0 && (SmpResponse.flags(r) & SmpResponse.X2APIC) != 0;
    }

    /** The smp_info of CPU index i. */
    public static long info(int i) {
        return Memory.read64(SmpResponse.cpus(Requests.response(Requests.MP)) + 8L * i);
    }

    public static long lapicId(long info) {
        return SmpInfo.lapicId(info);
    }

    public static long processorId(long info) {
        return SmpInfo.processorId(info);
    }

    /** Starts a parked CPU at entry (a C-ABI function taking the smp_info), handing it argument. */
    public static void start(long info, long entry, long argument) {
        Memory.writeVolatile64(info + SmpInfo.EXTRA_ARGUMENT, argument);
        Atomic.store64(info + SmpInfo.GOTO_ADDRESS, entry);
    }
}
