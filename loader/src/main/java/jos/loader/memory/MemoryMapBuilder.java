package jos.loader.memory;

import jos.hw.Memory;
import jos.loader.Problem;
import jos.x86.Unsigned;

/**
 * Builds the Limine memory map from the firmware map and the loader's claims.
 *
 * <p>Input: firmware ranges with Limine types (any order, may overlap: the more restrictive type wins,
 * see {@link MemoryType#firmwarePrecedence}) and claims (kernel and modules, framebuffer,
 * bootloader-reclaimable allocations), which override the firmware type; among overlapping claims the
 * higher type wins. Output, as the protocol promises: entries sorted by base and not overlapping;
 * usable and bootloader-reclaimable entries page-aligned; nothing below 0x1000 usable; adjacent
 * entries of the same type merged.
 *
 * <p>Alignment: a usable entry shrinks inward to page boundaries (the partial pages are lost). A
 * reclaimable entry grows outward to the page boundary when the bytes it would take are all usable or
 * reclaimable (the usable ones are exactly the partial page the neighbour loses); otherwise it
 * shrinks inward, so it never covers another entry. Growing over a hole would claim memory that is
 * not there, so a hole also stops it.
 */
public final class MemoryMapBuilder {
    private MemoryMapBuilder() {
    }

    private static final long PAGE = 0x1000;
    /** Memory below this is never reported usable. */
    public static final long FIRST_USABLE = 0x1000;
    private static final long NONE = -1;

    /** The scratch bytes {@link #build} needs for the given table sizes. */
    public static long scratchBytes(int firmwareCount, int claimCount) {
        return 32L * (firmwareCount + claimCount) + 16;
    }

    /** The entries {@link #build} may produce at most for the given table sizes. */
    public static int maxEntries(int firmwareCount, int claimCount) {
        return 2 * (firmwareCount + claimCount) + 1;
    }

    /**
     * Writes the map to out (capacity entries of {@link MemoryMapEntry}) using scratch ({@link
     * #scratchBytes}); returns the entry count, or -1 with a problem if out is too small.
     */
    public static int build(long firmware, int firmwareCount, long claims, int claimCount, long out, int capacity,
            long scratch, long[] problem) {
        int points = collectPoints(firmware, firmwareCount, claims, claimCount, scratch);
        int count = 0;
        for (int i = 0; i + 1 < points; i++) {
            long p = Memory.read64(scratch + 8L * i), q = Memory.read64(scratch + 8L * (i + 1));
            long type = classify(firmware, firmwareCount, claims, claimCount, p);
            if (type == NONE) continue;
            if (count > 0) {
                long last = MemoryMapEntry.at(out, count - 1);
                if (MemoryMapEntry.type(last) == type && MemoryMapEntry.end(last) == p) {
                    MemoryMapEntry.setLength(last, q - MemoryMapEntry.base(last));
                    continue;
                }
            }
            if (count == capacity) {
                Problem.report(problem, Problem.MEMORY_MAP_BUFFER_TOO_SMALL, capacity);
                return -1;
            }
            MemoryMapEntry.set(MemoryMapEntry.at(out, count++), p, q - p, type);
        }
        clipLowMemory(out, count);
        align(out, count, scratch);
        sortByBase(out, count, scratch);
        return compact(out, count);
    }

    /** Sorts every range boundary into scratch, without duplicates; returns how many. */
    private static int collectPoints(long firmware, int firmwareCount, long claims, int claimCount, long scratch) {
        int n = 0;
        for (int t = 0; t < 2; t++) {
            long table = t == 0 ? firmware : claims;
            int entries = t == 0 ? firmwareCount : claimCount;
            for (int i = 0; i < entries; i++) {
                long e = MemoryMapEntry.at(table, i);
                if (MemoryMapEntry.length(e) == 0) continue;
                n = insertPoint(scratch, n, MemoryMapEntry.base(e));
                n = insertPoint(scratch, n, clampedEnd(e));
            }
        }
        return n;
    }

    /** The end of entry; a range reaching past the top of the address space stops at its last page. */
    private static long clampedEnd(long e) {
        long base = MemoryMapEntry.base(e), length = MemoryMapEntry.length(e);
        return Unsigned.addFits(base, length) && base + length != 0 ? base + length : -PAGE;
    }

    /** Inserts value into the sorted list of n points (unless present); returns the new count. */
    private static int insertPoint(long list, int n, long value) {
        int i = n;
        while (i > 0) {
            long before = Memory.read64(list + 8L * (i - 1));
            if (before == value) {
                // already present: undo the shift made so far
                for (int k = i; k < n; k++) Memory.write64(list + 8L * k, Memory.read64(list + 8L * (k + 1)));
                return n;
            }
            if (Unsigned.less(before, value)) break;
            Memory.write64(list + 8L * i, before);
            i--;
        }
        Memory.write64(list + 8L * i, value);
        return n + 1;
    }

    /** The type of the byte at address: the strongest claim, else the strongest firmware range, else NONE. */
    private static long classify(long firmware, int firmwareCount, long claims, int claimCount, long address) {
        long claimed = NONE;
        for (int i = 0; i < claimCount; i++) {
            long e = MemoryMapEntry.at(claims, i);
            if (contains(e, address) && (claimed == NONE || MemoryMapEntry.type(e) > claimed)) claimed = MemoryMapEntry.type(e);
        }
        if (claimed != NONE) return claimed;
        long type = NONE;
        for (int i = 0; i < firmwareCount; i++) {
            long e = MemoryMapEntry.at(firmware, i);
            if (!contains(e, address)) continue;
            long t = MemoryMapEntry.type(e);
            if (type == NONE || MemoryType.firmwarePrecedence(t) > MemoryType.firmwarePrecedence(type)) type = t;
        }
        return type;
    }

    private static boolean contains(long e, long address) {
        return MemoryMapEntry.length(e) != 0 && Unsigned.lessOrEqual(MemoryMapEntry.base(e), address)
                && Unsigned.less(address, clampedEnd(e));
    }

    /** Usable memory starts at 0x1000 at the earliest. */
    private static void clipLowMemory(long out, int count) {
        for (int i = 0; i < count; i++) {
            long e = MemoryMapEntry.at(out, i);
            if (MemoryMapEntry.type(e) != MemoryType.USABLE || !Unsigned.less(MemoryMapEntry.base(e), FIRST_USABLE)) continue;
            long end = MemoryMapEntry.end(e);
            long base = Unsigned.min(end, FIRST_USABLE);
            MemoryMapEntry.set(e, base, end - base, MemoryType.USABLE);
        }
    }

    /**
     * Page-aligns usable and reclaimable entries (see the class comment). Decisions are made on the
     * unaligned map (bounds kept in scratch) and applied afterwards, so they do not depend on order.
     */
    private static void align(long out, int count, long scratch) {
        for (int i = 0; i < count; i++) {
            long e = MemoryMapEntry.at(out, i);
            long type = MemoryMapEntry.type(e), base = MemoryMapEntry.base(e), end = MemoryMapEntry.end(e);
            long newBase = base, newEnd = end;
            if (type == MemoryType.USABLE) {
                newBase = Unsigned.alignUp(base, PAGE);
                newEnd = Unsigned.alignDown(end, PAGE);
            } else if (type == MemoryType.BOOTLOADER_RECLAIMABLE) {
                long down = Unsigned.alignDown(base, PAGE);
                newBase = down == base || mayGrowDown(out, i, down) ? down : Unsigned.alignUp(base, PAGE);
                long up = Unsigned.alignUp(end, PAGE);
                newEnd = up == end || mayGrowUp(out, count, i, up) ? up : Unsigned.alignDown(end, PAGE);
            }
            Memory.write64(scratch + 16L * i, newBase);
            Memory.write64(scratch + 16L * i + 8, newEnd);
        }
        for (int i = 0; i < count; i++) {
            long e = MemoryMapEntry.at(out, i);
            long newBase = Memory.read64(scratch + 16L * i), newEnd = Memory.read64(scratch + 16L * i + 8);
            MemoryMapEntry.setBase(e, newBase);
            MemoryMapEntry.setLength(e, Unsigned.less(newBase, newEnd) ? newEnd - newBase : 0);
        }
    }

    /** True if the bytes [target, base of entry i) are covered without gaps by usable or reclaimable entries. */
    private static boolean mayGrowDown(long out, int i, long target) {
        long reached = MemoryMapEntry.base(MemoryMapEntry.at(out, i));
        for (int j = i - 1; j >= 0 && Unsigned.less(target, reached); j--) {
            long e = MemoryMapEntry.at(out, j);
            if (MemoryMapEntry.end(e) != reached || !growable(MemoryMapEntry.type(e))) return false;
            reached = MemoryMapEntry.base(e);
        }
        return Unsigned.lessOrEqual(reached, target);
    }

    /** True if the bytes [end of entry i, target) are covered without gaps by usable or reclaimable entries. */
    private static boolean mayGrowUp(long out, int count, int i, long target) {
        long reached = MemoryMapEntry.end(MemoryMapEntry.at(out, i));
        for (int j = i + 1; j < count && Unsigned.less(reached, target); j++) {
            long e = MemoryMapEntry.at(out, j);
            if (MemoryMapEntry.base(e) != reached || !growable(MemoryMapEntry.type(e))) return false;
            reached = MemoryMapEntry.end(e);
        }
        return Unsigned.lessOrEqual(target, reached) || target == 0 && reached == 0;
    }

    private static boolean growable(long type) {
        return type == MemoryType.USABLE || type == MemoryType.BOOTLOADER_RECLAIMABLE;
    }

    /**
     * Insertion sort by base (stable). Alignment keeps the order already; this makes the output promise
     * independent of that argument.
     */
    private static void sortByBase(long out, int count, long scratch) {
        for (int i = 1; i < count; i++) {
            MemoryMapEntry.copy(scratch, MemoryMapEntry.at(out, i));
            long base = MemoryMapEntry.base(scratch);
            int j = i;
            while (j > 0 && Unsigned.less(base, MemoryMapEntry.base(MemoryMapEntry.at(out, j - 1)))) {
                MemoryMapEntry.copy(MemoryMapEntry.at(out, j), MemoryMapEntry.at(out, j - 1));
                j--;
            }
            MemoryMapEntry.copy(MemoryMapEntry.at(out, j), scratch);
        }
    }

    /** Drops empty entries and merges same-type entries that touch or overlap; returns the new count. */
    private static int compact(long out, int count) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            long e = MemoryMapEntry.at(out, i);
            if (MemoryMapEntry.length(e) == 0) continue;
            if (n > 0) {
                long last = MemoryMapEntry.at(out, n - 1);
                if (MemoryMapEntry.type(last) == MemoryMapEntry.type(e)
                        && Unsigned.lessOrEqual(MemoryMapEntry.base(e), MemoryMapEntry.end(last))) {
                    long end = Unsigned.max(MemoryMapEntry.end(last), MemoryMapEntry.end(e));
                    MemoryMapEntry.setLength(last, end - MemoryMapEntry.base(last));
                    continue;
                }
            }
            MemoryMapEntry.copy(MemoryMapEntry.at(out, n++), e);
        }
        return n;
    }
}
