package jos.loader.cpu;

import jos.hw.Cpu;

/** What the boot processor supports, from cpuid. */
public final class CpuFeatures {
    private CpuFeatures() {
    }

    /** Execute-disable (cpuid 0x80000001 EDX bit 20). */
    public static boolean nx() {
        return (Cpu.cpuid(0x80000000, 0, 0) & 0xFFFFFFFFL) >= 0x80000001L && (Cpu.cpuid(0x80000001, 0, 3) & (1 << 20)) != 0;
    }

    /** Page attribute table (cpuid 1 EDX bit 16). */
    public static boolean pat() {
        return (Cpu.cpuid(1, 0, 3) & (1 << 16)) != 0;
    }

    /** x2APIC mode (cpuid 1 ECX bit 21). */
    public static boolean x2apic() {
        return (Cpu.cpuid(1, 0, 2) & (1 << 21)) != 0;
    }
}
