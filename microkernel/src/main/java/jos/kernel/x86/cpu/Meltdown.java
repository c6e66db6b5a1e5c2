package jos.kernel.x86.cpu;

import jos.hw.Cpu;
import jos.x86.Msr;

/**
 * Whether a CPU lets ring 3 read kernel memory through a faulting load that executes speculatively
 * (Meltdown, "rogue data cache load", CVE-2017-5754). AMD and Hygon processors are not affected by
 * design. An Intel processor says it is not by bit 0 (RDCL_NO) of IA32_ARCH_CAPABILITIES, which exists
 * when CPUID.(EAX=7,ECX=0):EDX[29] is set; any other processor is taken to be affected. The kernel maps
 * itself into every address space (supervisor-only), so on an affected CPU a user program can read
 * kernel memory; docs/kernel.md gives the decision and why.
 */
public final class Meltdown {
    static final long RDCL_NO = 1;
    static final int ARCH_CAPABILITIES_CPUID_BIT = 29;

    // The vendor string as CPUID leaf 0 returns it in ebx, edx, ecx (little-endian ASCII).
    static final int AMD_EBX = 0x6874_7541, AMD_EDX = 0x6974_6e65, AMD_ECX = 0x444d_4163;     // "AuthenticAMD"
    static final int HYGON_EBX = 0x6f67_7948, HYGON_EDX = 0x6e65_476e, HYGON_ECX = 0x656e_6975; // "HygonGenuine"

    private Meltdown() {
    }

    /** This CPU, from CPUID and, where it exists, IA32_ARCH_CAPABILITIES. */
    public static boolean affectedThisCpu() {
        int ebx = Cpu.cpuid(0, 0, 1), edx = Cpu.cpuid(0, 0, 3), ecx = Cpu.cpuid(0, 0, 2);
        int maxLeaf = Cpu.cpuid(0, 0, 0);
        boolean hasArchCapabilities = maxLeaf >= 7 && (Cpu.cpuid(7, 0, 3) >>> ARCH_CAPABILITIES_CPUID_BIT & 1) != 0;
        long capabilities = hasArchCapabilities ? Cpu.readMsr(Msr.IA32_ARCH_CAPABILITIES) : 0;
        return affected(ebx, edx, ecx, hasArchCapabilities, capabilities);
    }

    /** The decision, from the vendor registers and IA32_ARCH_CAPABILITIES (if the CPU has it). */
    static boolean affected(int vendorEbx, int vendorEdx, int vendorEcx, boolean hasArchCapabilities, long capabilities) {
        if (vendorEbx == AMD_EBX && vendorEdx == AMD_EDX && vendorEcx == AMD_ECX) return false;
        if (vendorEbx == HYGON_EBX && vendorEdx == HYGON_EDX && vendorEcx == HYGON_ECX) return false;
        return !(hasArchCapabilities && (capabilities & RDCL_NO) != 0);
    }
}
