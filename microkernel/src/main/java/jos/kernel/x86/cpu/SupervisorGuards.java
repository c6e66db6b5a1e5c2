package jos.kernel.x86.cpu;

import jos.hw.Cpu;

/**
 * The CR4 bits that keep ring 0 away from user memory and ring 3 away from descriptor-table addresses,
 * each turned on where CPUID says the CPU has it: SMEP (CPUID.(EAX=7,ECX=0):EBX[7]; ring 0 cannot fetch
 * from a user page), SMAP (EBX[20]; ring 0 cannot read or write a user page unless RFLAGS.AC is set) and
 * UMIP (ECX[2]; sgdt, sidt, sldt, smsw and str in ring 3 raise #GP). The kernel reads user bytes through
 * the HHDM only, so it never needs stac/clac; syscall clears AC (Rflags.SYSCALL_MASK).
 */
public final class SupervisorGuards {
    public static final long UMIP = 1L << 11, SMEP = 1L << 20, SMAP = 1L << 21;
    static final int LEAF = 7, EBX_SMEP = 7, EBX_SMAP = 20, ECX_UMIP = 2;

    private SupervisorGuards() {
    }

    /** The guard bits a CPU supports, from its highest basic CPUID leaf and leaf 7's ebx and ecx. */
    static long supported(int maxLeaf, int leaf7Ebx, int leaf7Ecx) {
        if (maxLeaf < LEAF) return 0;
        long bits = 0;
        if ((leaf7Ebx >>> EBX_SMEP & 1) != 0) bits |= SMEP;
        if ((leaf7Ebx >>> EBX_SMAP & 1) != 0) bits |= SMAP;
        if ((leaf7Ecx >>> ECX_UMIP & 1) != 0) bits |= UMIP;
        return bits;
    }

    /**
     * Sets in CR4 every guard this CPU has (other CR4 bits stay); returns the guard bits CR4 holds then.
     * Only once the kernel runs on its own page tables, which map nothing with USER in the kernel half.
     */
    public static long enableOnThisCpu() {
        int maxLeaf = Cpu.cpuid(0, 0, 0);
        long bits = supported(maxLeaf, maxLeaf >= LEAF ? Cpu.cpuid(LEAF, 0, 1) : 0, maxLeaf >= LEAF ? Cpu.cpuid(LEAF, 0, 2) : 0);
        Cpu.writeCr4(Cpu.readCr4() | bits);
        return Cpu.readCr4() & (SMEP | SMAP | UMIP);
    }

    /** "smep smap umip", the guards set in bits (a CR4 value, say), or "none". */
    public static String names(long cr4) {
        long bits = cr4 & (SMEP | SMAP | UMIP);
        if (bits == 0) return "none";
        if (bits == (SMEP | SMAP | UMIP)) return "smep smap umip";
        if (bits == (SMEP | SMAP)) return "smep smap";
        if (bits == (SMEP | UMIP)) return "smep umip";
        if (bits == (SMAP | UMIP)) return "smap umip";
        if (bits == SMEP) return "smep";
        return bits == SMAP ? "smap" : "umip";
    }
}
