package jos.kernel.memory;

import jos.hw.Memory;
import jos.kernel.console.Log;

/**
 * The physical memory map by {@link Usage}. It owns two descriptions:
 * <ul>
 * <li>the boot regions: the loader's memory map as registered with {@link #addRegion} (sorted,
 * at most {@link #MAX_REGIONS}), kept as given; the HHDM is built from them;
 * <li>the frame table: one usage byte per 4 KiB frame from physical 0 to the end of the highest RAM
 * region, stored in usable memory it takes at {@link #build} and reaches through the HHDM. It is the
 * truth about RAM: allocation changes the bytes of the frames it hands out.
 * </ul>
 * Addresses above the frame table answer from the boot regions. Bytes per usage are kept as counters.
 */
public final class PhysicalMemory {
    private PhysicalMemory() {
    }

    public static final long FRAME = 4096;
    static final int FRAME_SHIFT = 12;
    public static final int MAX_REGIONS = 256;

    private static final long[] REGION_BASE = new long[MAX_REGIONS];
    private static final long[] REGION_LENGTH = new long[MAX_REGIONS];
    private static final int[] REGION_USAGE = new int[MAX_REGIONS];
    private static int regionCount;

    /** Bytes per usage (frame table plus the boot regions above it). */
    private static final long[] BYTES = new long[Usage.COUNT];

    /** The frame table's physical address and its length in frames (= frames covered). */
    private static long table;
    private static long frameCount;

    /** Forgets everything (before registering a new map). */
    public static void reset() {
        regionCount = 0;
        table = 0;
        frameCount = 0;
        for (int u = 0; u < Usage.COUNT; u++) BYTES[u] = 0;
    }

    /**
     * Registers one entry of the loader's memory map with its initial usage. Entries must come in
     * increasing, non-overlapping order (as Limine promises). False with a problem otherwise.
     */
    public static boolean addRegion(long base, long length, int usage) {
        if (length == 0) return true;
        if (regionCount == MAX_REGIONS) return Problem.report(Problem.MAP_TOO_MANY_ENTRIES, MAX_REGIONS);
        if (base + length < base) return Problem.report(Problem.MAP_ENTRY_WRAPS, base);
        if (regionCount > 0 && base < REGION_BASE[regionCount - 1] + REGION_LENGTH[regionCount - 1]) {
            return Problem.report(Problem.MAP_UNSORTED, base);
        }
        REGION_BASE[regionCount] = base;
        REGION_LENGTH[regionCount] = length;
        REGION_USAGE[regionCount] = usage;
        regionCount++;
        return true;
    }

    public static int regionCount() {
        return regionCount;
    }

    public static long regionBase(int i) {
        return REGION_BASE[i];
    }

    public static long regionLength(int i) {
        return REGION_LENGTH[i];
    }

    /** The usage region i was registered with (the loader's type, not later allocations). */
    public static int regionUsage(int i) {
        return REGION_USAGE[i];
    }

    /**
     * Builds the frame table from the registered regions: its size is one byte per frame up to the end
     * of the highest RAM region; it is placed in the first free region large enough (reached at
     * {@link Hhdm}) and marked {@link Usage#MEMORY_METADATA}. Usable memory counts only whole frames;
     * any other type claims every frame it touches. Frame 0 is never free (0 means failure).
     */
    public static boolean build() {
        long top = 0;
        for (int i = 0; i < regionCount; i++) {
            if (Usage.ram(REGION_USAGE[i])) top = REGION_BASE[i] + REGION_LENGTH[i];
        }
        frameCount = (top + FRAME - 1) >>> FRAME_SHIFT;
        if (frameCount == 0) return Problem.report(Problem.MAP_NO_RAM, regionCount);
        long tableBytes = roundUp(frameCount, FRAME);
        table = 0;
        for (int i = 0; i < regionCount && table == 0; i++) {
            if (REGION_USAGE[i] != Usage.FREE) continue;
            long start = roundUp(REGION_BASE[i], FRAME), end = roundDown(REGION_BASE[i] + REGION_LENGTH[i], FRAME);
            if (start == 0) start = FRAME;
            if (end > start && end - start >= tableBytes) table = start;
        }
        if (table == 0) return Problem.report(Problem.NO_ROOM_FOR_FRAME_TABLE, tableBytes);
        long t = Hhdm.virt(table);
        Memory.fill(t, (byte) Usage.HOLE, frameCount);
        for (int i = 0; i < regionCount; i++) {      // usable memory first, whole frames only
            if (REGION_USAGE[i] != Usage.FREE) continue;
            long first = roundUp(REGION_BASE[i], FRAME) >>> FRAME_SHIFT;
            long end = roundDown(REGION_BASE[i] + REGION_LENGTH[i], FRAME) >>> FRAME_SHIFT;
            if (end > first) Memory.fill(t + first, (byte) Usage.FREE, end - first);
        }
        for (int i = 0; i < regionCount; i++) {      // then everything else, every frame it touches
            if (REGION_USAGE[i] == Usage.FREE) continue;
            long first = REGION_BASE[i] >>> FRAME_SHIFT;
            if (first >= frameCount) continue;
            long end = min(roundUp(REGION_BASE[i] + REGION_LENGTH[i], FRAME) >>> FRAME_SHIFT, frameCount);
            Memory.fill(t + first, (byte) REGION_USAGE[i], end - first);
        }
        if (Memory.read8(t) == Usage.FREE) Memory.write8(t, (byte) Usage.RESERVED);
        Memory.fill(t + (table >>> FRAME_SHIFT), (byte) Usage.MEMORY_METADATA, tableBytes >>> FRAME_SHIFT);
        for (int u = 0; u < Usage.COUNT; u++) BYTES[u] = 0;
        for (long f = 0; f < frameCount; f++) BYTES[Memory.read8(t + f)] += FRAME;
        for (int i = 0; i < regionCount; i++) {      // the parts of regions above the frame table
            long end = REGION_BASE[i] + REGION_LENGTH[i];
            long start = REGION_BASE[i] > top ? REGION_BASE[i] : top;
            if (end > start) BYTES[REGION_USAGE[i]] += end - start;
        }
        return true;
    }

    /** Frames the frame table covers (physical 0 up to the end of RAM). */
    public static long frameCount() {
        return frameCount;
    }

    /** The physical address of the frame table (one byte per frame). */
    public static long frameTable() {
        return table;
    }

    /** The usage of the frame holding physical address (from the boot regions above RAM; HOLE if none). */
    public static int usageOf(long physical) {
        long frame = physical >>> FRAME_SHIFT;
        if (frame < frameCount) return frameUsage(frame);
        for (int i = 0; i < regionCount; i++) {
            if (physical - REGION_BASE[i] < REGION_LENGTH[i] && physical >= REGION_BASE[i]) return REGION_USAGE[i];
        }
        return Usage.HOLE;
    }

    /** The usage byte of frame number frame (which must be below frameCount()). */
    static int frameUsage(long frame) {
        return Memory.read8(Hhdm.virt(table) + frame);
    }

    /**
     * Sets the usage of every frame of [physical, physical + length) (rounded out to frames), which must
     * lie inside the frame table; false with a problem otherwise.
     */
    public static boolean setUsage(long physical, long length, int usage) {
        long first = physical >>> FRAME_SHIFT;
        long end = roundUp(physical + length, FRAME) >>> FRAME_SHIFT;
        if (end > frameCount || end < first) return Problem.report(Problem.USAGE_CHANGE_OUTSIDE, physical);
        setFrames(first, end - first, usage);
        return true;
    }

    /** Sets count frames from frame first to usage, keeping the counters (no checks: the allocator's path). */
    static void setFrames(long first, long count, int usage) {
        long t = Hhdm.virt(table);
        for (long f = first; f < first + count; f++) {
            BYTES[Memory.read8(t + f)] -= FRAME;
            BYTES[usage] += FRAME;
        }
        Memory.fill(t + first, (byte) usage, count);
    }

    /** Bytes of the given usage. */
    public static long bytes(int usage) {
        return BYTES[usage];
    }

    /** One line per usage that has memory: "memory:   <usage> <bytes> bytes (<KiB> KiB)". */
    public static void printSummary() {
        for (int u = 0; u < Usage.COUNT; u++) {
            if (BYTES[u] == 0 || u == Usage.HOLE) continue;
            Log.begin(Log.INFO);
            Log.print("memory:   ");
            Log.print(Usage.name(u));
            Log.print(" ");
            Log.dec(BYTES[u] >>> 10);
            Log.println(" KiB");
        }
    }

    static long roundUp(long value, long powerOfTwo) {
        return (value + powerOfTwo - 1) & -powerOfTwo;
    }

    static long roundDown(long value, long powerOfTwo) {
        return value & -powerOfTwo;
    }

    private static long min(long a, long b) {
        return a < b ? a : b;
    }
}
