package jos.kernel.memory;

import jos.hw.Memory;

/**
 * Physical frames: runs of 2^k 4 KiB frames (4 KiB, 2 MiB, 1 GiB or any power of two), each aligned to
 * its own size. The allocator keeps no state of its own besides a search hint: {@link PhysicalMemory}'s
 * frame table is the truth, a run is free when all its bytes are {@link Usage#FREE} (zero), so it is
 * searched eight frames per 64-bit read. Allocation is first fit at the lowest aligned free run, which
 * keeps large runs available in high memory as long as possible. Freeing checks that the whole run was
 * handed out (a double or partial free is refused) and returns it. Safe to call from several CPUs.
 */
public final class FrameAllocator {
    private FrameAllocator() {
    }

    private static final long[] LOCK = new long[1];
    /** No frame below this index is free. */
    private static long hint;

    /** Starts allocating from the frame table as {@link PhysicalMemory#build} left it. */
    public static void init() {
        LOCK[0] = 0;
        hint = 0;
    }

    /** The run size for a request: bytes rounded up to a power of two of at least 4 KiB. */
    public static long runSize(long bytes) {
        long size = PhysicalMemory.FRAME;
        while (size < bytes && size > 0) size <<= 1;
        return size;
    }

    /**
     * The physical address of a free run of runSize(bytes) bytes aligned to that size, now of the given
     * usage ({@link Usage#allocatable}), not zeroed; 0 with a problem naming the bytes asked and the bytes
     * free if there is none.
     */
    public static long allocate(long bytes, int usage) {
        if (!Usage.allocatable(usage)) {
            Problem.report(Problem.FRAME_USAGE_NOT_HANDED_OUT, usage);
            return 0;
        }
        long size = runSize(bytes);
        if (bytes <= 0 || size <= 0) {
            Problem.report(Problem.FRAME_SIZE_IMPOSSIBLE, bytes);
            return 0;
        }
        long frames = size >>> PhysicalMemory.FRAME_SHIFT;
        SpinLock.acquire(LOCK);
        long limit = PhysicalMemory.frameCount();
        long table = Hhdm.virt(PhysicalMemory.frameTable());
        for (long start = PhysicalMemory.roundUp(hint, frames); start + frames <= limit && start >= 0; start += frames) {
            if (!runFree(table, start, frames)) continue;
            PhysicalMemory.setFrames(start, frames, usage);
            if (frames == 1) hint = start + 1;
            SpinLock.release(LOCK);
            return start << PhysicalMemory.FRAME_SHIFT;
        }
        SpinLock.release(LOCK);
        Problem.report(Problem.OUT_OF_PHYSICAL_MEMORY, bytes, PhysicalMemory.bytes(Usage.FREE));
        return 0;
    }

    /** As {@link #allocate}, with the run zeroed through the HHDM. */
    public static long allocateZeroed(long bytes, int usage) {
        long physical = allocate(bytes, usage);
        if (physical != 0) Memory.fill(Hhdm.virt(physical), (byte) 0, runSize(bytes));
        return physical;
    }

    private static boolean runFree(long table, long start, long frames) {
        if (frames < 8) {
            for (long f = start; f < start + frames; f++) {
                if (Memory.read8(table + f) != Usage.FREE) return false;
            }
            return true;
        }
        for (long f = start; f < start + frames; f += 8) {
            if (Memory.read64(table + f) != 0) return false;
        }
        return true;
    }

    /**
     * Returns the run of runSize(bytes) at physical, which must be naturally aligned and wholly handed
     * out by {@link #allocate}; otherwise nothing changes and false is returned with a problem
     * ("double free" if a frame of it is already free).
     */
    public static boolean free(long physical, long bytes) {
        long size = runSize(bytes);
        if (bytes <= 0 || size <= 0) return Problem.report(Problem.FRAME_FREE_SIZE_IMPOSSIBLE, bytes);
        if ((physical & (size - 1)) != 0) return Problem.report(Problem.FRAME_FREE_MISALIGNED, physical);
        long first = physical >>> PhysicalMemory.FRAME_SHIFT, frames = size >>> PhysicalMemory.FRAME_SHIFT;
        SpinLock.acquire(LOCK);
        if (first + frames > PhysicalMemory.frameCount() || first + frames < first) {
            SpinLock.release(LOCK);
            return Problem.report(Problem.FRAME_FREE_OUTSIDE, physical);
        }
        for (long f = first; f < first + frames; f++) {
            int usage = PhysicalMemory.frameUsage(f);
            if (usage == Usage.FREE) {
                SpinLock.release(LOCK);
                return Problem.report(Problem.FRAME_DOUBLE_FREE, f << PhysicalMemory.FRAME_SHIFT);
            }
            if (!Usage.allocatable(usage)) {
                SpinLock.release(LOCK);
                return Problem.report(Problem.FRAME_FREE_NOT_HANDED_OUT, f << PhysicalMemory.FRAME_SHIFT, usage);
            }
        }
        PhysicalMemory.setFrames(first, frames, Usage.FREE);
        if (first < hint) hint = first;
        SpinLock.release(LOCK);
        return true;
    }

    /**
     * Hands loader-reclaimable memory to the allocator. Only once nothing needs the boot data any more:
     * the Limine responses, the loader's page tables and the stacks the loader gave every CPU live there.
     */
    public static long reclaimLoaderMemory() {
        SpinLock.acquire(LOCK);
        long reclaimed = 0;
        for (long f = 0; f < PhysicalMemory.frameCount(); f++) {
            if (PhysicalMemory.frameUsage(f) != Usage.LOADER_RECLAIMABLE) continue;
            PhysicalMemory.setFrames(f, 1, Usage.FREE);
            reclaimed += PhysicalMemory.FRAME;
            if (f < hint) hint = f;
        }
        SpinLock.release(LOCK);
        return reclaimed;
    }

    /** Bytes of free frames. */
    public static long freeBytes() {
        return PhysicalMemory.bytes(Usage.FREE);
    }
}
