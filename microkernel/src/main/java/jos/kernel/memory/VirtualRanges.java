package jos.kernel.memory;

/**
 * Higher-half virtual address space for kernel stacks, MMIO windows and the like: a window (by default
 * {@link #WINDOW_BASE}, {@link #WINDOW_SIZE}) handed out in 4 KiB-granular ranges. Free space is a
 * sorted list of disjoint ranges; allocation is first fit with the requested alignment, freeing merges
 * a range with its neighbours. It only hands out addresses; mapping them is the caller's business.
 * Safe to call from several CPUs.
 */
public final class VirtualRanges {
    private VirtualRanges() {
    }

    public static final long WINDOW_BASE = 0xffff_c000_0000_0000L;
    public static final long WINDOW_SIZE = 64L << 30;
    /** The most free ranges tracked at once (fragmentation beyond that makes free fail). */
    public static final int MAX_FREE_RANGES = 1024;

    private static final long[] FREE_BASE = new long[MAX_FREE_RANGES];
    private static final long[] FREE_SIZE = new long[MAX_FREE_RANGES];
    private static int count;
    private static long windowBase, windowSize, freeBytes;
    private static final long[] LOCK = new long[1];

    /** Makes [base, base + size) (4 KiB aligned) the whole, free, window. */
    public static void init(long base, long size) {
        LOCK[0] = 0;
        windowBase = base;
        windowSize = size;
        FREE_BASE[0] = base;
        FREE_SIZE[0] = size;
        count = 1;
        freeBytes = size;
    }

    /**
     * The base of a free range of size bytes (rounded up to 4 KiB) aligned to alignment (a power of two;
     * at least 4 KiB is used); 0 with a problem if no free range fits.
     */
    public static long allocate(long size, long alignment) {
        long bytes = PhysicalMemory.roundUp(size, PhysicalMemory.FRAME);
        long align = alignment < PhysicalMemory.FRAME ? PhysicalMemory.FRAME : alignment;
        if (size <= 0 || (align & (align - 1)) != 0) {
            Problem.report(Problem.RANGE_BAD_REQUEST, size, alignment);
            return 0;
        }
        SpinLock.acquire(LOCK);
        for (int i = 0; i < count; i++) {
            long start = PhysicalMemory.roundUp(FREE_BASE[i], align);
            long end = FREE_BASE[i] + FREE_SIZE[i];
            if (start - FREE_BASE[i] >= FREE_SIZE[i] || end - start < bytes) continue;
            boolean before = start > FREE_BASE[i], after = end > start + bytes;
            if (before && after && count == MAX_FREE_RANGES) continue;
            if (before && after) {
                insert(i + 1, start + bytes, end - start - bytes);
                FREE_SIZE[i] = start - FREE_BASE[i];
            } else if (before) {
                FREE_SIZE[i] = start - FREE_BASE[i];
            } else if (after) {
                FREE_BASE[i] = start + bytes;
                FREE_SIZE[i] = end - start - bytes;
            } else {
                remove(i);
            }
            freeBytes -= bytes;
            SpinLock.release(LOCK);
            return start;
        }
        SpinLock.release(LOCK);
        Problem.report(Problem.WINDOW_EXHAUSTED, bytes, freeBytes);
        return 0;
    }

    /**
     * Returns [base, base + size) (size rounded up to 4 KiB), merging it with free neighbours. False with
     * a problem if it lies outside the window or overlaps free space (a double free).
     */
    public static boolean free(long base, long size) {
        long bytes = PhysicalMemory.roundUp(size, PhysicalMemory.FRAME);
        if (size <= 0 || (base & (PhysicalMemory.FRAME - 1)) != 0 || base - windowBase < 0 || base < windowBase
                || bytes > windowSize - (base - windowBase)) {
            return Problem.report(Problem.RANGE_FREE_OUTSIDE, base, size);
        }
        SpinLock.acquire(LOCK);
        int i = 0;
        while (i < count && FREE_BASE[i] < base) i++;       // i: the first free range at or above base
        long end = base + bytes;
        boolean overlapsBelow = i > 0 && FREE_BASE[i - 1] + FREE_SIZE[i - 1] > base;
        boolean overlapsAbove = i < count && FREE_BASE[i] < end;
        if (overlapsBelow || overlapsAbove) {
            SpinLock.release(LOCK);
            return Problem.report(Problem.RANGE_DOUBLE_FREE, base, bytes);
        }
        boolean joinBelow = i > 0 && FREE_BASE[i - 1] + FREE_SIZE[i - 1] == base;
        boolean joinAbove = i < count && FREE_BASE[i] == end;
        if (joinBelow && joinAbove) {
            FREE_SIZE[i - 1] += bytes + FREE_SIZE[i];
            remove(i);
        } else if (joinBelow) {
            FREE_SIZE[i - 1] += bytes;
        } else if (joinAbove) {
            FREE_BASE[i] = base;
            FREE_SIZE[i] += bytes;
        } else {
            if (count == MAX_FREE_RANGES) {
                SpinLock.release(LOCK);
                return Problem.report(Problem.TOO_MANY_FREE_RANGES, MAX_FREE_RANGES);
            }
            insert(i, base, bytes);
        }
        freeBytes += bytes;
        SpinLock.release(LOCK);
        return true;
    }

    private static void insert(int at, long base, long size) {
        for (int j = count; j > at; j--) {
            FREE_BASE[j] = FREE_BASE[j - 1];
            FREE_SIZE[j] = FREE_SIZE[j - 1];
        }
        FREE_BASE[at] = base;
        FREE_SIZE[at] = size;
        count++;
    }

    private static void remove(int at) {
        for (int j = at; j < count - 1; j++) {
            FREE_BASE[j] = FREE_BASE[j + 1];
            FREE_SIZE[j] = FREE_SIZE[j + 1];
        }
        count--;
    }

    /** The number of disjoint free ranges (1 when nothing is allocated). */
    public static int freeRangeCount() {
        return count;
    }

    public static long freeBytes() {
        return freeBytes;
    }

    public static long windowBase() {
        return windowBase;
    }

    public static long windowSize() {
        return windowSize;
    }
}
