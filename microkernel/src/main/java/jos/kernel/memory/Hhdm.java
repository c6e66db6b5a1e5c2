package jos.kernel.memory;

/**
 * The higher-half direct map: physical address p is reachable at virtual {@code offset + p}. The
 * offset comes from the loader and stays the same in the kernel's own tables, so HHDM pointers the
 * loader handed over remain valid.
 */
public final class Hhdm {
    private Hhdm() {
    }

    private static long offset;

    public static void setOffset(long hhdmOffset) {
        offset = hhdmOffset;
    }

    public static long offset() {
        return offset;
    }

    /** The virtual address of physical address physical. */
    public static long virt(long physical) {
        return offset + physical;
    }

    /** The physical address of an HHDM virtual address. */
    public static long phys(long virtual) {
        return virtual - offset;
    }
}
