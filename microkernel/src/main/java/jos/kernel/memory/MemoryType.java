package jos.kernel.memory;

import jos.hw.Cpu;
import jos.x86.Msr;
import jos.x86.PageTableEntry;
import jos.x86.Pat;

/**
 * Memory types as PAT indexes, with the PAT layout the Limine protocol fixes on every CPU: PAT0 WB,
 * PAT1 WT, PAT2 UC-, PAT3 UC, PAT4 WP, PAT5 WC, PAT6 UC-, PAT7 UC. A mapping chooses its type by index
 * ({@link PageTableEntry#leaf}); {@link #program()} writes the layout to IA32_PAT.
 */
public final class MemoryType {
    private MemoryType() {
    }

    /** Writes the layout to this CPU's IA32_PAT (if the CPU has a PAT). */
    public static void program() {
        if (PagingFeatures.pat()) Cpu.writeMsr(Msr.IA32_PAT, Pat.LIMINE_LAYOUT);
    }

    /**
     * The index to use on this CPU: without a PAT only indexes 0..3 exist (WB, WT, UC-, UC) and
     * write-combining and write-protect become uncacheable.
     */
    public static int effective(int type) {
        if (type < 4 || PagingFeatures.pat()) return type;
        return Pat.UNCACHEABLE;
    }
}
