package jos.kernel.memory;

import jos.hw.Cpu;
import jos.hw.Memory;
import jos.x86.PageTableEntry;

/**
 * Builds, changes and walks 4-level page tables held in physical frames ({@link Usage#PAGE_TABLES})
 * and reached through the {@link Hhdm}. A table tree is named by the physical address of its PML4.
 * {@link #map} picks the largest page (1 GiB if the CPU has them, 2 MiB, 4 KiB) that alignment and the
 * remaining length allow; mapping the same frame again with other permissions widens them (writable if
 * either is, executable if either is), mapping another frame over a present page is refused.
 * {@link #unmap} splits huge pages when it must and invalidates the TLB when the tree is the live one.
 * Flags the CPU lacks are dropped: NX without EFER.NXE support, GLOBAL without CR4.PGE. Changes to
 * any tree are serialized by one lock; invalidation is local to the calling CPU (no shootdown yet).
 */
public final class PageTables {
    private PageTables() {
    }

    /** A new empty table (zeroed frame); 0 with a problem when out of memory. */
    public static long createTable() {
        return FrameAllocator.allocateZeroed(PageTableEntry.SIZE_4K, Usage.PAGE_TABLES);
    }

    /**
     * Maps [virtual, virtual + size) to [physical, ...) with the permissions (PageTableEntry.WRITABLE,
     * USER, GLOBAL, NO_EXECUTE) and memory type ({@link MemoryType}). Addresses and size must be 4 KiB
     * aligned. False with a problem if a table cannot be allocated or a page is mapped to another frame.
     */
    public static boolean map(long root, long virtual, long physical, long size, long permissions, int memoryType) {
        SpinLock.acquire(LOCK);
        boolean done = mapLocked(root, virtual, physical, size, permissions, memoryType);
        SpinLock.release(LOCK);
        return done;
    }

    /** Held while a tree changes (package-visible so a simulated machine can start unlocked). */
    static final long[] LOCK = new long[1];

    private static boolean mapLocked(long root, long virtual, long physical, long size, long permissions, int memoryType) {
        if (((virtual | physical | size) & (PageTableEntry.SIZE_4K - 1)) != 0) {
            return Problem.report(Problem.MAPPING_MISALIGNED, virtual, size);
        }
        long flags = supported(permissions);
        int pat = MemoryType.effective(memoryType);
        long offset = 0;
        while (offset < size) {
            long v = virtual + offset, p = physical + offset, left = size - offset;
            int level = largestLevel(v, p, left);
            int done;
            while ((done = mapOne(root, v, p, level, flags, pat)) == 0) level--;
            if (done < 0) return false;
            offset += PageTableEntry.pageSize(level);
        }
        return true;
    }

    private static int largestLevel(long v, long p, long left) {
        if (PagingFeatures.gigabytePages() && aligned(v, p, left, PageTableEntry.SIZE_1G)) return 3;
        if (aligned(v, p, left, PageTableEntry.SIZE_2M)) return 2;
        return 1;
    }

    private static boolean aligned(long v, long p, long left, long pageSize) {
        return ((v | p) & (pageSize - 1)) == 0 && left >= pageSize;
    }

    static long supported(long permissions) {
        long flags = permissions & PageTableEntry.PERMISSIONS;
        if (!PagingFeatures.noExecute()) flags &= ~PageTableEntry.NO_EXECUTE;
        if (!PagingFeatures.globalPages()) flags &= ~PageTableEntry.GLOBAL;
        return flags;
    }

    /**
     * Maps one page at level. 1 if mapped; 0 if a table is in the slot (the caller tries a smaller page);
     * -1 with a problem on an error.
     */
    private static int mapOne(long root, long v, long p, int level, long flags, int pat) {
        long table = tableFor(root, v, level, (flags & PageTableEntry.USER) != 0);
        if (table == 0) return -1;
        long slot = Hhdm.virt(table) + 8L * PageTableEntry.index(v, level);
        long old = Memory.read64(slot);
        long entry = PageTableEntry.leaf(p, level, flags, pat);
        if (!PageTableEntry.present(old)) {
            Memory.write64(slot, entry);
            return 1;
        }
        if (!PageTableEntry.isLeaf(old, level)) return level > 1 ? 0 : -1;
        if (PageTableEntry.address(old, level) != p || PageTableEntry.pat(old, level) != pat) {
            Problem.report(Problem.ALREADY_MAPPED, v);
            return -1;
        }
        long widened = old | entry & (PageTableEntry.WRITABLE | PageTableEntry.USER);
        if ((entry & PageTableEntry.NO_EXECUTE) == 0) widened &= ~PageTableEntry.NO_EXECUTE;
        Memory.write64(slot, widened);
        return 1;
    }

    /**
     * The physical address of the table at level (3, 2 or 1) translating virtual, creating missing
     * tables on the way down; 0 with a problem if out of memory or a huge page is in the way.
     */
    private static long tableFor(long root, long virtual, int level, boolean user) {
        long table = root;
        for (int l = 4; l > level; l--) {
            long slot = Hhdm.virt(table) + 8L * PageTableEntry.index(virtual, l);
            long entry = Memory.read64(slot);
            if (!PageTableEntry.present(entry)) {
                long next = createTable();
                if (next == 0) return 0;
                Memory.write64(slot, PageTableEntry.table(next, user));
                table = next;
            } else if (PageTableEntry.isLeaf(entry, l)) {
                Problem.report(Problem.LARGER_PAGE_IN_THE_WAY, virtual);
                return 0;
            } else {
                if (user && (entry & PageTableEntry.USER) == 0) Memory.write64(slot, entry | PageTableEntry.USER);
                table = PageTableEntry.address(entry, l);
            }
        }
        return table;
    }

    /**
     * The kernel address (HHDM) of the 4 KiB entry for virtual in the tree root, or 0 if a table above it
     * is missing or a huge page covers virtual. For user address spaces (UserMemory), whose pages are all
     * 4 KiB and whose changes their own lock serializes.
     */
    public static long userSlot(long root, long virtual) {
        long table = root;
        for (int level = 4; level > 1; level--) {
            long entry = Memory.read64(Hhdm.virt(table) + 8L * PageTableEntry.index(virtual, level));
            if (!PageTableEntry.present(entry) || PageTableEntry.isLeaf(entry, level)) return 0;
            table = PageTableEntry.address(entry, level);
        }
        return Hhdm.virt(table) + 8L * PageTableEntry.index(virtual, 1);
    }

    /**
     * Removes the mappings of [virtual, virtual + size) (4 KiB aligned); a huge page only partly inside
     * is split first. Pages already unmapped are skipped. If root is the live tree (CR3) every removed
     * page is invalidated with invlpg. Tables that become empty are kept. False with a problem if a split
     * needs a table and none is left.
     */
    public static boolean unmap(long root, long virtual, long size) {
        SpinLock.acquire(LOCK);
        boolean done = unmapLocked(root, virtual, size);
        SpinLock.release(LOCK);
        return done;
    }

    private static boolean unmapLocked(long root, long virtual, long size) {
        if (((virtual | size) & (PageTableEntry.SIZE_4K - 1)) != 0) {
            return Problem.report(Problem.UNMAPPING_MISALIGNED, virtual, size);
        }
        boolean live = (Cpu.readCr3() & PageTableEntry.ADDRESS_MASK) == root;
        long offset = 0;
        while (offset < size) {
            long v = virtual + offset, left = size - offset;
            long table = root;
            long step = PageTableEntry.SIZE_4K;
            for (int level = 4; level >= 1; level--) {
                long slot = Hhdm.virt(table) + 8L * PageTableEntry.index(v, level);
                long entry = Memory.read64(slot);
                if (!PageTableEntry.present(entry)) break;
                if (PageTableEntry.isLeaf(entry, level)) {
                    long pageSize = PageTableEntry.pageSize(level);
                    if (level > 1 && ((v & (pageSize - 1)) != 0 || left < pageSize)) {
                        long split = split(entry, level);
                        if (split == 0) return false;
                        Memory.write64(slot, PageTableEntry.table(split, (entry & PageTableEntry.USER) != 0));
                        if (live) Cpu.invlpg(v);
                        table = split;
                        continue;
                    }
                    Memory.write64(slot, 0);
                    if (live) Cpu.invlpg(v);
                    step = pageSize;
                    break;
                }
                table = PageTableEntry.address(entry, level);
            }
            offset += step;
        }
        return true;
    }

    /** A new table of level - 1 mapping exactly what the huge leaf at level mapped; 0 if out of memory. */
    private static long split(long entry, int level) {
        long table = createTable();
        if (table == 0) return 0;
        long base = PageTableEntry.address(entry, level), childSize = PageTableEntry.pageSize(level - 1);
        long permissions = PageTableEntry.permissions(entry);
        int pat = PageTableEntry.pat(entry, level);
        for (int i = 0; i < PageTableEntry.ENTRIES; i++) {
            Memory.write64(Hhdm.virt(table) + 8L * i, PageTableEntry.leaf(base + i * childSize, level - 1, permissions, pat));
        }
        return table;
    }

    /** The physical address virtual maps to, or -1 if it is not mapped. */
    public static long translate(long root, long virtual) {
        long entry = leafEntry(root, virtual);
        if (entry == 0) return -1;
        int level = leafLevel(root, virtual);
        return PageTableEntry.address(entry, level) + (virtual & (PageTableEntry.pageSize(level) - 1));
    }

    /**
     * The leaf entry that maps virtual, or 0 if it is not mapped (a present entry is never 0). The
     * answer is returned, not kept, so walks on several CPUs never see each other's results.
     */
    public static long leafEntry(long root, long virtual) {
        long table = root;
        for (int level = 4; level >= 1; level--) {
            long entry = Memory.read64(Hhdm.virt(table) + 8L * PageTableEntry.index(virtual, level));
            if (!PageTableEntry.present(entry)) return 0;
            if (PageTableEntry.isLeaf(entry, level)) return entry;
            table = PageTableEntry.address(entry, level);
        }
        return 0;
    }

    /** The level of the leaf that maps virtual (3 = 1 GiB page, 2 = 2 MiB, 1 = 4 KiB), or 0 if unmapped. */
    public static int leafLevel(long root, long virtual) {
        long table = root;
        for (int level = 4; level >= 1; level--) {
            long entry = Memory.read64(Hhdm.virt(table) + 8L * PageTableEntry.index(virtual, level));
            if (!PageTableEntry.present(entry)) return 0;
            if (PageTableEntry.isLeaf(entry, level)) return level;
            table = PageTableEntry.address(entry, level);
        }
        return 0;
    }
}
