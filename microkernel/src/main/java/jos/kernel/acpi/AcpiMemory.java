package jos.kernel.acpi;

import jos.kernel.memory.Hhdm;
import jos.kernel.memory.KernelAddressSpace;
import jos.kernel.memory.PageTables;
import jos.x86.PageTableEntry;
import jos.x86.Pat;

/**
 * Firmware tables at their HHDM addresses. Under base revision 3 the HHDM need not cover ACPI memory:
 * {@link #reach} maps the missing pages (read-only, no-execute) and remembers them, and {@link #release}
 * unmaps them again (with a TLB shootdown) once the tables have been read.
 */
public final class AcpiMemory {
    /** Pages mapped on demand and not yet released (their virtual addresses). */
    static final long[] MAPPED = new long[256];
    static int mappedCount;

    private AcpiMemory() {
    }

    /** The virtual address of [physical, physical + length), mapping what is missing; 0 if that fails. */
    public static long reach(long physical, long length) {
        long root = KernelAddressSpace.root();
        long first = physical & ~(PageTableEntry.SIZE_4K - 1);
        for (long page = first; page < physical + length; page += PageTableEntry.SIZE_4K) {
            long virtual = Hhdm.virt(page);
            if (PageTables.translate(root, virtual) != -1) continue;
            if (mappedCount == MAPPED.length) return 0;
            if (!PageTables.map(root, virtual, page, PageTableEntry.SIZE_4K, PageTableEntry.NO_EXECUTE, Pat.WRITE_BACK)) return 0;
            MAPPED[mappedCount++] = virtual;
        }
        return Hhdm.virt(physical);
    }

    /** Unmaps every page {@link #reach} mapped, on every CPU. */
    public static int release() {
        int released = mappedCount;
        for (int i = 0; i < mappedCount; i++) KernelAddressSpace.unmap(MAPPED[i], PageTableEntry.SIZE_4K);
        mappedCount = 0;
        return released;
    }
}
