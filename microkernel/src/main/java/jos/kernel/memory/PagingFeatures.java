package jos.kernel.memory;

import jos.hw.Cpu;
import jos.x86.Msr;

/**
 * What this CPU's paging supports, from cpuid, and the control bits that turn it on: 1 GiB pages,
 * execute-disable (EFER.NXE), global pages (CR4.PGE) and the PAT. The answers are read once by
 * {@link #detect()} (the bootstrap CPU's; all CPUs of a machine are assumed alike).
 */
public final class PagingFeatures {
    private PagingFeatures() {
    }

    private static boolean gigabytePages, noExecute, globalPages, pat;

    public static void detect() {
        long maxExtended = Cpu.cpuid(0x8000_0000, 0, 0) & 0xffff_ffffL;
        int extendedEdx = maxExtended >= 0x8000_0001L ? Cpu.cpuid(0x8000_0001, 0, 3) : 0;
        int edx = Cpu.cpuid(1, 0, 3);
        gigabytePages = (extendedEdx & (1 << 26)) != 0;
        noExecute = (extendedEdx & (1 << 20)) != 0;
        globalPages = (edx & (1 << 13)) != 0;
        pat = (edx & (1 << 16)) != 0;
    }

    /** For tests: decides the features without cpuid. */
    public static void set(boolean gigabyte, boolean nx, boolean global, boolean hasPat) {
        gigabytePages = gigabyte;
        noExecute = nx;
        globalPages = global;
        pat = hasPat;
    }

    public static boolean gigabytePages() {
        return gigabytePages;
    }

    public static boolean noExecute() {
        return noExecute;
    }

    public static boolean globalPages() {
        return globalPages;
    }

    public static boolean pat() {
        return pat;
    }

    /** Turns on what the tables use on this CPU: EFER.NXE, the PAT layout; CR4.PGE is left to the caller. */
    static void enableOnThisCpu() {
        if (noExecute) Cpu.writeMsr(Msr.IA32_EFER, Cpu.readMsr(Msr.IA32_EFER) | Msr.EFER_NXE);
        MemoryType.program();
    }
}
