package jos.loader.memory;

import jos.hw.Memory;
import jos.loader.Problem;
import jos.x86.PageTableEntry;
import jos.x86.Unsigned;

/**
 * Builds 4-level page tables in bootloader-reclaimable memory from {@link PhysicalAllocator}, so they
 * are below 4 GiB (APs load CR3 while still in 32-bit-wide real mode). Tables are reached through
 * the loader's identity map. Mapping a page that is already mapped to the same frame widens its
 * permissions (writable if either asks, executable if either asks) instead of failing; a different
 * frame is an error.
 */
public final class PageTables {
    private PageTables() {
    }

    /** A new, empty PML4; 0 with a problem if out of memory. */
    public static long create(long[] problem) {
        return PhysicalAllocator.allocateReclaimable(PageTableEntry.SIZE_4K, problem);
    }

    /**
     * Maps [virtual, virtual + length) to [physical, ...), with 2 MiB pages where both addresses are
     * 2 MiB aligned and the rest of the range covers the page, else 4 KiB pages. Addresses and length
     * must be page-aligned. pat selects the PAT entry (0 = write-back).
     */
    public static boolean map(long pml4, long virtual, long physical, long length, long flags, int pat, long[] problem) {
        long offset = 0;
        while (Unsigned.less(offset, length)) {
            long v = virtual + offset, p = physical + offset, left = length - offset;
            if ((v & (PageTableEntry.SIZE_2M - 1)) == 0 && (p & (PageTableEntry.SIZE_2M - 1)) == 0
                    && Unsigned.lessOrEqual(PageTableEntry.SIZE_2M, left)) {
                int done = map2m(pml4, v, p, flags, pat, problem);
                if (done < 0) return false;
                if (done > 0) {
                    offset += PageTableEntry.SIZE_2M;
                    continue;
                }
            }
            if (!map4k(pml4, v, p, flags, pat, problem)) return false;
            offset += PageTableEntry.SIZE_4K;
        }
        return true;
    }

    /**
     * Maps one 2 MiB page. Returns 1 if mapped, 0 if the directory entry already points to a page table
     * (the caller then uses 4 KiB pages), -1 with a problem on an error.
     */
    public static int map2m(long pml4, long virtual, long physical, long flags, int pat, long[] problem) {
        long pd = tableOf(pml4, virtual, 2, problem);
        if (pd == 0) return -1;
        long slot = pd + 8L * PageTableEntry.index(virtual, 2);
        long old = Memory.read64(slot);
        long entry = PageTableEntry.leaf(physical, 2, flags, pat);
        if (!PageTableEntry.present(old)) {
            Memory.write64(slot, entry);
            return 1;
        }
        if (!PageTableEntry.huge(old)) return 0;
        if (PageTableEntry.address(old, 2) != PageTableEntry.address(entry, 2)) {
            Problem.report(problem, Problem.MAPPED_TO_ANOTHER_2M_FRAME, virtual);
            return -1;
        }
        Memory.write64(slot, widen(old, entry));
        return 1;
    }

    public static boolean map4k(long pml4, long virtual, long physical, long flags, int pat, long[] problem) {
        long pd = tableOf(pml4, virtual, 2, problem);
        if (pd == 0) return false;
        long pdSlot = pd + 8L * PageTableEntry.index(virtual, 2);
        long pde = Memory.read64(pdSlot);
        if (PageTableEntry.present(pde) && PageTableEntry.huge(pde)) {
            long mapped = PageTableEntry.address(pde, 2) + (virtual & (PageTableEntry.SIZE_2M - 1));
            if (mapped != (physical & PageTableEntry.ADDRESS_MASK)) {
                return Problem.report(problem, Problem.MAPPED_BY_2M_PAGE_TO_ANOTHER_FRAME, virtual);
            }
            Memory.write64(pdSlot, widen(pde, PageTableEntry.leaf(PageTableEntry.address(pde, 2), 2, flags, pat)));
            return true;
        }
        long pt = tableOf(pml4, virtual, 1, problem);
        if (pt == 0) return false;
        long slot = pt + 8L * PageTableEntry.index(virtual, 1);
        long old = Memory.read64(slot);
        long entry = PageTableEntry.leaf(physical, 1, flags, pat);
        if (!PageTableEntry.present(old)) {
            Memory.write64(slot, entry);
            return true;
        }
        if (PageTableEntry.address(old, 1) != PageTableEntry.address(entry, 1)) {
            return Problem.report(problem, Problem.MAPPED_TO_ANOTHER_FRAME, virtual);
        }
        Memory.write64(slot, widen(old, entry));
        return true;
    }

    /** Combines two mappings of the same frame: writable if either is, executable if either is. */
    private static long widen(long old, long entry) {
        long combined = old | entry & PageTableEntry.WRITABLE;
        if ((old & PageTableEntry.NO_EXECUTE) == 0 || (entry & PageTableEntry.NO_EXECUTE) == 0) {
            combined &= ~PageTableEntry.NO_EXECUTE;
        }
        return combined;
    }

    /**
     * The table of the given level (2 = page directory, 1 = page table) that translates virtual,
     * walking down from the PML4 (level 4) and creating missing tables. Returns 0 with a problem on
     * allocation failure or when a large page is in the way.
     */
    private static long tableOf(long pml4, long virtual, int level, long[] problem) {
        long table = pml4;
        for (int l = 4; l > level; l--) {
            long slot = table + 8L * PageTableEntry.index(virtual, l);
            long entry = Memory.read64(slot);
            if (!PageTableEntry.present(entry)) {
                long next = PhysicalAllocator.allocateReclaimable(PageTableEntry.SIZE_4K, problem);
                if (next == 0) return 0;
                Memory.write64(slot, PageTableEntry.table(next, false));
                table = next;
            } else if (PageTableEntry.huge(entry)) {
                Problem.report(problem, Problem.LARGE_PAGE_IN_THE_WAY, virtual);
                return 0;
            } else {
                table = PageTableEntry.address(entry, l);
            }
        }
        return table;
    }

    /**
     * The physical address virtual translates to, or -1 if it is not mapped. If flagsOut is not 0, the
     * effective leaf flags (PRESENT, WRITABLE, NO_EXECUTE and the rest, of the leaf entry) are stored
     * there as a long.
     */
    public static long translate(long pml4, long virtual, long flagsOut) {
        long table = pml4;
        for (int level = 4; level >= 1; level--) {
            long entry = Memory.read64(table + 8L * PageTableEntry.index(virtual, level));
            if (!PageTableEntry.present(entry)) return -1;
            if (level == 1 || level == 2 && PageTableEntry.huge(entry)) {
                long pageSize = level == 1 ? PageTableEntry.SIZE_4K : PageTableEntry.SIZE_2M;
                long frame = PageTableEntry.address(entry, level);
                long addressBits = level == 1 ? PageTableEntry.ADDRESS_MASK : PageTableEntry.ADDRESS_MASK_2M;
                if (flagsOut != 0) Memory.write64(flagsOut, entry & ~addressBits);
                return frame + (virtual & (pageSize - 1));
            }
            if (level == 3 && PageTableEntry.huge(entry)) return -1; // 1 GiB pages are never created
            table = PageTableEntry.address(entry, level);
        }
        return -1;
    }
}
