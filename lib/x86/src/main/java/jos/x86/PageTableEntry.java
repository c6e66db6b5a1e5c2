package jos.x86;

/**
 * The x86_64 4-level paging entry (PML4E, PDPTE, PDE, PTE), declared once. Levels are numbered 4 (PML4)
 * down to 1 (page table); a leaf at level 3 maps 1 GiB, at level 2 2 MiB (both with {@link #HUGE}), at
 * level 1 4 KiB. The PAT index of a leaf is (PAT, PCD, PWT), where the PAT bit is bit 7 in a 4 KiB entry
 * and bit 12 in a huge one (Intel SDM vol. 3, 4.5 and 11.12.3). Every flag and address field the loader
 * and the kernel write goes through this class; walking and changing tables is theirs.
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
    /** In a PDPTE or PDE: the entry maps a 1 GiB or 2 MiB page instead of pointing to a table. */
    public static final long HUGE = 1L << 7;
    /** In a 4 KiB PTE: PAT index bit 2. */
    public static final long PAT_4K = 1L << 7;
    public static final long GLOBAL = 1L << 8;
    /** In a huge PDPTE or PDE: PAT index bit 2. */
    public static final long PAT_HUGE = 1L << 12;
    public static final long NO_EXECUTE = 1L << 63;
    /** Bits 9-11: ignored by the CPU in every entry (SDM "Ignored"), left to the kernel's own use. */
    public static final long AVAILABLE_9 = 1L << 9, AVAILABLE_10 = 1L << 10, AVAILABLE_11 = 1L << 11;
    /** Bit 52: ignored by the CPU in a leaf (SDM "Ignored", bits 52-58), left to the kernel's own use. */
    public static final long AVAILABLE_52 = 1L << 52;

    /** Physical address bits of a table pointer or a 4 KiB leaf (52-bit physical addresses). */
    public static final long ADDRESS_MASK = 0x000f_ffff_ffff_f000L;
    public static final long ADDRESS_MASK_2M = 0x000f_ffff_ffe0_0000L;
    public static final long ADDRESS_MASK_1G = 0x000f_ffff_c000_0000L;

    /** The flags a caller chooses for a leaf; the rest are set from the level and the memory type. */
    public static final long PERMISSIONS = WRITABLE | USER | GLOBAL | NO_EXECUTE;

    public static final int ENTRIES = 512;
    public static final long SIZE_4K = 0x1000, SIZE_2M = 0x20_0000, SIZE_1G = 0x4000_0000;

    /** Bytes a leaf at level maps (1, 2 or 3). */
    public static long pageSize(int level) {
        return level == 3 ? SIZE_1G : level == 2 ? SIZE_2M : SIZE_4K;
    }

    /** The index into the level's table of virtual. */
    public static int index(long virtual, int level) {
        return (int) ((virtual >>> (12 + 9 * (level - 1))) & 0x1ff);
    }

    /** A leaf at level mapping physical with the given permissions and PAT index (0..7). */
    public static long leaf(long physical, int level, long permissions, int pat) {
        long patBit = level == 1 ? PAT_4K : PAT_HUGE;
        long entry = physical & addressMask(level) | permissions & PERMISSIONS | PRESENT
                | ((pat & 1) != 0 ? WRITE_THROUGH : 0) | ((pat & 2) != 0 ? CACHE_DISABLE : 0) | ((pat & 4) != 0 ? patBit : 0);
        return level == 1 ? entry : entry | HUGE;
    }

    /** An entry pointing to the next-level table; USER is set when user mappings will be below it. */
    public static long table(long physical, boolean user) {
        return physical & ADDRESS_MASK | PRESENT | WRITABLE | (user ? USER : 0);
    }

    public static boolean present(long entry) {
        return (entry & PRESENT) != 0;
    }

    /** Whether the entry's bit 7 is set: in a PDPTE or PDE, a huge page (in a PTE it is PAT_4K). */
    public static boolean huge(long entry) {
        return (entry & HUGE) != 0;
    }

    /** Whether entry, read at level, maps a page (rather than pointing to a table). */
    public static boolean isLeaf(long entry, int level) {
        return level == 1 || (level == 2 || level == 3) && (entry & HUGE) != 0;
    }

    /** The physical address a leaf at level maps, or the table a non-leaf points to. */
    public static long address(long entry, int level) {
        return isLeaf(entry, level) ? entry & addressMask(level) : entry & ADDRESS_MASK;
    }

    /** The PAT index (0..7) of a leaf at level. */
    public static int pat(long entry, int level) {
        long patBit = level == 1 ? PAT_4K : PAT_HUGE;
        return ((entry & WRITE_THROUGH) != 0 ? 1 : 0) | ((entry & CACHE_DISABLE) != 0 ? 2 : 0) | ((entry & patBit) != 0 ? 4 : 0);
    }

    public static long permissions(long entry) {
        return entry & PERMISSIONS;
    }

    private static long addressMask(int level) {
        return level == 3 ? ADDRESS_MASK_1G : level == 2 ? ADDRESS_MASK_2M : ADDRESS_MASK;
    }
}
