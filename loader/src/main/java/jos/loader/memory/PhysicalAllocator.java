package jos.loader.memory;

import jos.hw.Memory;
import jos.loader.Problem;
import jos.x86.Unsigned;

/**
 * The loader's physical memory allocator: a bump pointer over the usable ranges of the firmware map,
 * below 4 GiB (the loader sees only the identity-mapped low 4 GiB). It never hands out memory below
 * 1 MiB (except through {@link #allocateLow}, for the AP trampoline), nor memory that overlaps a
 * claim or a busy range. Every allocation becomes a claim with its memory type, so the claims table is
 * exactly the memory the loader has taken; the memory map builder lays it over the firmware map.
 *
 * <p>Claims are ranges that end up in the final memory map with their own type (the loader image,
 * modules kept in place, the framebuffer, allocations). Busy ranges are avoided while loading but
 * are free again after handoff (the multiboot2 information, modules that were copied elsewhere).
 * Allocations return zeroed memory.
 */
public final class PhysicalAllocator {
    private PhysicalAllocator() {
    }

    public static final long PAGE = 0x1000;
    public static final long LOW_MEMORY_END = 0x100000;
    public static final long LIMIT = 0x1_0000_0000L;

    private static long firmware;
    private static int firmwareCount;
    private static long claims;
    private static int claimCount, claimCapacity;
    private static long busy;
    private static int busyCount, busyCapacity;
    private static long cursor;

    /**
     * Starts over with the given firmware map (Limine types, any order, may overlap) and empty claim and
     * busy tables of the given capacities (in entries).
     */
    public static void init(long firmwareTable, int firmwareEntries, long claimTable, int claimEntries, long busyTable,
            int busyEntries) {
        firmware = firmwareTable;
        firmwareCount = firmwareEntries;
        claims = claimTable;
        claimCount = 0;
        claimCapacity = claimEntries;
        busy = busyTable;
        busyCount = 0;
        busyCapacity = busyEntries;
        cursor = LOW_MEMORY_END;
    }

    public static long claimTable() {
        return claims;
    }

    public static int claimCount() {
        return claimCount;
    }

    /**
     * Records that [base, base + length) has the given type in the final map (and must not be handed
     * out). Refuses a range that overlaps an earlier claim.
     */
    public static boolean claim(long base, long length, long type, long[] problem) {
        if (length == 0) return true;
        if (!Unsigned.addFits(base, length)) return Problem.report(problem, Problem.CLAIM_WRAPS, base);
        if (overlapsTable(claims, claimCount, base, base + length)) {
            return Problem.report(problem, Problem.CLAIM_OVERLAPS, base);
        }
        return addClaim(base, length, type, problem);
    }

    /** Marks [base, base + length) as in use while loading; it is not claimed in the final map. */
    public static boolean reserve(long base, long length, long[] problem) {
        if (length == 0) return true;
        if (busyCount == busyCapacity) return Problem.report(problem, Problem.TOO_MANY_BUSY_RANGES, busyCount);
        MemoryMapEntry.set(MemoryMapEntry.at(busy, busyCount++), base, length, MemoryType.RESERVED);
        return true;
    }

    /**
     * Allocates size bytes (rounded up to pages) at the lowest address at or above the bump pointer
     * that is a multiple of alignment (a power of two, at least a page), claims them with type and
     * returns them zeroed. Returns 0, with a problem, if no usable range below 4 GiB has room.
     */
    public static long allocate(long size, long alignment, long type, long[] problem) {
        long base = find(cursor, LIMIT, size, alignment);
        if (base == 0) {
            Problem.report(problem, Problem.OUT_OF_MEMORY_BELOW_4G, size);
            return 0;
        }
        long length = Unsigned.alignUp(size, PAGE);
        if (!addClaim(base, length, type, problem)) return 0;
        cursor = base + length;
        Memory.fill(base, (byte) 0, length);
        return base;
    }

    /** Like {@link #allocate} with page alignment, for bootloader-reclaimable memory. */
    public static long allocateReclaimable(long size, long[] problem) {
        return allocate(size, PAGE, MemoryType.BOOTLOADER_RECLAIMABLE, problem);
    }

    /**
     * Allocates below 1 MiB (and above the first page), for the AP trampoline that real-mode APs start
     * in. Does not move the bump pointer.
     */
    public static long allocateLow(long size, long type, long[] problem) {
        long base = find(PAGE, LOW_MEMORY_END, size, PAGE);
        if (base == 0) {
            Problem.report(problem, Problem.NO_PAGE_BELOW_1M, size);
            return 0;
        }
        long length = Unsigned.alignUp(size, PAGE);
        if (!addClaim(base, length, type, problem)) return 0;
        Memory.fill(base, (byte) 0, length);
        return base;
    }

    /** The lowest aligned base in [from, limit) where size bytes fit in one usable range, or 0. */
    private static long find(long from, long limit, long size, long alignment) {
        if (size <= 0) return 0;
        long length = Unsigned.alignUp(size, PAGE);
        if (alignment < PAGE) alignment = PAGE;
        long best = 0;
        for (int i = 0; i < firmwareCount; i++) {
            long e = MemoryMapEntry.at(firmware, i);
            if (MemoryMapEntry.type(e) != MemoryType.USABLE) continue;
            long rangeBase = MemoryMapEntry.base(e);
            long rangeEnd = Unsigned.min(MemoryMapEntry.end(e), limit);
            long candidate = Unsigned.alignUp(Unsigned.max(rangeBase, from), alignment);
            while (candidate != 0 && Unsigned.less(candidate, rangeEnd) && Unsigned.lessOrEqual(candidate + length, rangeEnd)
                    && Unsigned.less(candidate, candidate + length)) {
                long blocker = blockingEnd(candidate, candidate + length);
                if (blocker == 0) {
                    if (best == 0 || Unsigned.less(candidate, best)) best = candidate;
                    break;
                }
                candidate = Unsigned.alignUp(blocker, alignment);
            }
        }
        return best;
    }

    /**
     * The end of a claim, busy range or non-usable firmware range (firmware maps may overlap) that
     * overlaps [base, end), or 0 if there is none.
     */
    private static long blockingEnd(long base, long end) {
        for (int i = 0; i < firmwareCount; i++) {
            long e = MemoryMapEntry.at(firmware, i);
            if (MemoryMapEntry.type(e) != MemoryType.USABLE && overlaps(e, base, end)) return endOrTop(e);
        }
        for (int i = 0; i < claimCount; i++) {
            long e = MemoryMapEntry.at(claims, i);
            if (overlaps(e, base, end)) return endOrTop(e);
        }
        for (int i = 0; i < busyCount; i++) {
            long e = MemoryMapEntry.at(busy, i);
            if (overlaps(e, base, end)) return endOrTop(e);
        }
        return 0;
    }

    /** The end of entry, or the top of the address space (all ones) for a range that reaches it. */
    private static long endOrTop(long entry) {
        long end = MemoryMapEntry.end(entry);
        return end == 0 ? -1 : end;
    }

    private static boolean overlaps(long entry, long base, long end) {
        long b = MemoryMapEntry.base(entry), e = endOrTop(entry);
        return MemoryMapEntry.length(entry) != 0 && Unsigned.less(b, end) && Unsigned.less(base, e);
    }

    private static boolean overlapsTable(long table, int count, long base, long end) {
        for (int i = 0; i < count; i++) {
            if (overlaps(MemoryMapEntry.at(table, i), base, end)) return true;
        }
        return false;
    }

    private static boolean addClaim(long base, long length, long type, long[] problem) {
        if (claimCount > 0) {
            long last = MemoryMapEntry.at(claims, claimCount - 1);
            if (MemoryMapEntry.type(last) == type && MemoryMapEntry.end(last) == base) {
                MemoryMapEntry.setLength(last, MemoryMapEntry.length(last) + length);
                return true;
            }
        }
        if (claimCount == claimCapacity) return Problem.report(problem, Problem.TOO_MANY_CLAIMS, claimCount);
        MemoryMapEntry.set(MemoryMapEntry.at(claims, claimCount++), base, length, type);
        return true;
    }
}
