package jos.kernel.memory;

import jos.hw.Cpu;

/**
 * Memory types as PAT indexes, with the PAT layout the Limine protocol fixes on every CPU: PAT0 WB,
 * PAT1 WT, PAT2 UC-, PAT3 UC, PAT4 WP, PAT5 WC, PAT6 UC-, PAT7 UC. A mapping chooses its type by index
 * ({@link PageTableEntry#leaf}); {@link #program()} writes the layout to IA32_PAT.
 */
public final class MemoryType {
    private MemoryType() {
    }

    public static final int WRITE_BACK = 0;
    public static final int WRITE_THROUGH = 1;
    public static final int UNCACHED_MINUS = 2;
    public static final int UNCACHEABLE = 3;
    public static final int WRITE_PROTECT = 4;
    public static final int WRITE_COMBINING = 5;

    public static final int IA32_PAT = 0x277;
    /** The IA32_PAT value of the layout above (encodings UC 0, WC 1, WT 4, WP 5, WB 6, UC- 7). */
    public static final long LIMINE_PAT = 0x0007_0105_0007_0406L;

    /** Writes the layout to this CPU's IA32_PAT (if the CPU has a PAT). */
    public static void program() {
        if (PagingFeatures.pat()) Cpu.writeMsr(IA32_PAT, LIMINE_PAT);
    }

    /**
     * The index to use on this CPU: without a PAT only indexes 0..3 exist (WB, WT, UC-, UC) and
     * write-combining and write-protect become uncacheable.
     */
    public static int effective(int type) {
        if (type < 4 || PagingFeatures.pat()) return type;
        return UNCACHEABLE;
    }
}
