package jos.loader.memory;

/**
 * The x86_64 4-level paging entry (PML4E, PDPTE, PDE, PTE), declared once: every flag and address
 * field the loader writes goes through these constants.
 */
public final class PageTableEntry {
    private PageTableEntry() {
    }

    public static final long PRESENT = 1L << 0;
    public static final long WRITABLE = 1L << 1;
    public static final long USER = 1L << 2;
    public static final long WRITE_THROUGH = 1L << 3;
    public static final long CACHE_DISABLE = 1L << 4;
    public static final long ACCESSED = 1L << 5;
    public static final long DIRTY = 1L << 6;
    /** In a PDE or PDPTE: the entry maps a large page instead of pointing to a table. */
    public static final long LARGE = 1L << 7;
    /** In a 4 KiB PTE: the PAT index bit 2 (bit 7, where LARGE is in a directory entry). */
    public static final long PAT_4K = 1L << 7;
    public static final long GLOBAL = 1L << 8;
    /** In a large-page PDE or PDPTE: the PAT index bit 2. */
    public static final long PAT_LARGE = 1L << 12;
    public static final long NO_EXECUTE = 1L << 63;

    /** Physical address bits of an entry pointing to a table or a 4 KiB page. */
    public static final long ADDRESS_MASK = 0x000F_FFFF_FFFF_F000L;
    /** Physical address bits of a 2 MiB page. */
    public static final long LARGE_ADDRESS_MASK = 0x000F_FFFF_FFE0_0000L;

    /** The permission and caching flags a caller may pass for a leaf mapping. */
    public static final long LEAF_FLAGS = WRITABLE | USER | WRITE_THROUGH | CACHE_DISABLE | GLOBAL | NO_EXECUTE;

    public static final int ENTRIES = 512;
    public static final long PAGE_4K = 0x1000;
    public static final long PAGE_2M = 0x20_0000;

    public static boolean present(long entry) {
        return (entry & PRESENT) != 0;
    }

    public static boolean large(long entry) {
        return (entry & LARGE) != 0;
    }

    public static long address(long entry) {
        return entry & ADDRESS_MASK;
    }

    public static long largeAddress(long entry) {
        return entry & LARGE_ADDRESS_MASK;
    }

    /** The table index of virtual address at level 4 (PML4) down to 1 (page table). */
    public static int index(long virtual, int level) {
        return (int) ((virtual >>> (12 + 9 * (level - 1))) & 0x1FF);
    }

    /** A 4 KiB leaf; pat selects PAT entry 0..7 (PWT, PCD, PAT bits). */
    public static long page4k(long physical, long flags, int pat) {
        return physical & ADDRESS_MASK | flags & LEAF_FLAGS | PRESENT | patBits(pat, PAT_4K);
    }

    /** A 2 MiB leaf in a page directory. */
    public static long page2m(long physical, long flags, int pat) {
        return physical & LARGE_ADDRESS_MASK | flags & LEAF_FLAGS | PRESENT | LARGE | patBits(pat, PAT_LARGE);
    }

    /** A directory entry pointing to the next-level table (permissions are left to the leaves). */
    public static long table(long physical) {
        return physical & ADDRESS_MASK | PRESENT | WRITABLE;
    }

    private static long patBits(int pat, long highBit) {
        return ((pat & 1) != 0 ? WRITE_THROUGH : 0) | ((pat & 2) != 0 ? CACHE_DISABLE : 0) | ((pat & 4) != 0 ? highBit : 0);
    }
}
