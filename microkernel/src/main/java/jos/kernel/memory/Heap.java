package jos.kernel.memory;

import jos.hw.Export;
import jos.hw.Memory;
import jos.kernel.panic.Panic;
import jos.kernel.x86.PerCpu;

/**
 * The kernel heap, which backs {@code new} in the kernel once {@link #ready()}. Requests up to 2048
 * bytes come from eight size classes (16, 32, ... 2048 bytes), each a free list threaded through its free
 * blocks and refilled 16 KiB at a time from {@link FrameAllocator}; larger ones are page runs of their
 * own (the request rounded up to a power of two). Memory is reached through the HHDM. A side table with
 * one byte per physical frame says what each heap frame holds, so {@link #free} needs no header in the
 * block: blocks are exactly their class size, 16-byte aligned, and zeroed when handed out. Small-class
 * memory stays in the heap once taken. Safe to call from several CPUs (one lock); not from an interrupt
 * handler that may interrupt a heap call.
 */
public final class Heap {
    private Heap() {
    }

    /** Block sizes of the small classes. */
    private static final long[] CLASS_SIZE = {16, 32, 64, 128, 256, 512, 1024, 2048};
    public static final int CLASSES = 8;
    public static final long LARGEST_SMALL = 2048;
    /** Bytes taken from the frame allocator each time a class runs dry. */
    static final long CHUNK = 16 * 1024;

    /** Side-table values: 0 = not heap; 1..8 = small class 0..7; large run head (LARGE_HEAD + log2 frames) or tail. */
    private static final int NOT_HEAP = 0, LARGE_HEAD = 0x40, LARGE_TAIL = 0x7f;
    /** Written into word 1 of a free block; a match makes free check the free list for a double free. */
    private static final long FREE_MARK = 0x6672_6565_626c_6f63L;

    private static final long[] FREE_HEAD = new long[CLASSES];
    private static final long[] LOCK = new long[1];
    private static long sideTable, sideFrames;
    private static boolean ready;
    private static long bytesInUse, peakBytesInUse, allocations, frees, framesHeld;

    /** Takes the side table from the frame allocator; false with a problem if there is no memory. */
    public static boolean init() {
        ready = false;
        LOCK[0] = 0;
        for (int c = 0; c < CLASSES; c++) FREE_HEAD[c] = 0;
        bytesInUse = peakBytesInUse = allocations = frees = framesHeld = 0;
        sideFrames = PhysicalMemory.frameCount();
        sideTable = FrameAllocator.allocateZeroed(sideFrames, Usage.MEMORY_METADATA);
        if (sideTable == 0) return false;
        ready = true;
        return true;
    }

    /** True once {@link #init()} succeeded: the runtime may then route allocations here. */
    public static boolean ready() {
        return ready;
    }

    /**
     * The entry the runtime calls for every allocation; never allocates itself. 0 when out of memory. An
     * allocation inside an exception or interrupt handler is a panic naming the code that made it: the
     * heap's lock is not interrupt-safe, and handlers must not allocate.
     */
    @Export("jos_kernel_heap_allocate")
    public static long allocateForRuntime(long bytes) {
        if (PerCpu.inHandler()) Panic.panic("heap: allocation inside an exception or interrupt handler");
        return allocate(bytes);
    }

    /** The size class for bytes (at most LARGEST_SMALL), 0..7. */
    static int classOf(long bytes) {
        int c = 0;
        while (CLASS_SIZE[c] < bytes) c++;
        return c;
    }

    public static long classSize(int c) {
        return CLASS_SIZE[c];
    }

    /**
     * bytes of zeroed memory aligned to 16 bytes (an HHDM address), or 0 with a problem when out of
     * memory, before init, or for a negative size. A request for 0 bytes gets the smallest block.
     */
    public static long allocate(long bytes) {
        if (!ready) {
            Problem.report(Problem.HEAP_NOT_READY, bytes);
            return 0;
        }
        if (bytes < 0) {
            Problem.report(Problem.HEAP_NEGATIVE_SIZE, bytes);
            return 0;
        }
        if (bytes > LARGEST_SMALL) return allocateLarge(bytes);
        int c = classOf(bytes);
        SpinLock.acquire(LOCK);
        if (FREE_HEAD[c] == 0 && !refill(c)) {
            SpinLock.release(LOCK);
            return 0;
        }
        long block = FREE_HEAD[c];
        FREE_HEAD[c] = Memory.read64(block);
        counted(CLASS_SIZE[c]);
        SpinLock.release(LOCK);
        Memory.fill(block, (byte) 0, CLASS_SIZE[c]);
        return block;
    }

    private static long allocateLarge(long bytes) {
        long size = FrameAllocator.runSize(bytes);
        long physical = FrameAllocator.allocateZeroed(bytes, Usage.HEAP);
        if (physical == 0) return 0;
        long frames = size >>> PhysicalMemory.FRAME_SHIFT;
        int order = 0;
        while ((1L << order) < frames) order++;
        SpinLock.acquire(LOCK);
        long first = physical >>> PhysicalMemory.FRAME_SHIFT;
        Memory.write8(Hhdm.virt(sideTable) + first, (byte) (LARGE_HEAD + order));
        if (frames > 1) Memory.fill(Hhdm.virt(sideTable) + first + 1, (byte) LARGE_TAIL, frames - 1);
        framesHeld += frames;
        counted(size);
        SpinLock.release(LOCK);
        return Hhdm.virt(physical);
    }

    private static void counted(long size) {
        bytesInUse += size;
        if (bytesInUse > peakBytesInUse) peakBytesInUse = bytesInUse;
        allocations++;
    }

    /** Carves a fresh chunk into blocks of class c (called with the lock held). */
    private static boolean refill(int c) {
        long physical = FrameAllocator.allocate(CHUNK, Usage.HEAP);
        if (physical == 0) return false;
        long frames = CHUNK >>> PhysicalMemory.FRAME_SHIFT;
        Memory.fill(Hhdm.virt(sideTable) + (physical >>> PhysicalMemory.FRAME_SHIFT), (byte) (c + 1), frames);
        framesHeld += frames;
        long base = Hhdm.virt(physical);
        for (long offset = CHUNK - CLASS_SIZE[c]; offset >= 0; offset -= CLASS_SIZE[c]) {
            push(c, base + offset);
        }
        return true;
    }

    private static void push(int c, long block) {
        Memory.write64(block, FREE_HEAD[c]);
        Memory.write64(block + 8, FREE_MARK);
        FREE_HEAD[c] = block;
    }

    /**
     * Returns a block from {@link #allocate}. 0 is ignored. False with a problem (and nothing changed) for
     * an address the heap did not hand out, one inside a block, or a block already free.
     */
    public static boolean free(long address) {
        if (address == 0) return true;
        long physical = Hhdm.phys(address);
        long frame = physical >>> PhysicalMemory.FRAME_SHIFT;
        if (!ready || physical < 0 || frame >= sideFrames) return Problem.report(Problem.HEAP_FREE_OUTSIDE, address);
        SpinLock.acquire(LOCK);
        int kind = Memory.read8(Hhdm.virt(sideTable) + frame);
        if (kind == NOT_HEAP || kind == LARGE_TAIL) {
            SpinLock.release(LOCK);
            return Problem.report(kind == NOT_HEAP ? Problem.HEAP_FREE_NOT_HELD : Problem.HEAP_FREE_INSIDE_LARGE, address);
        }
        if (kind >= LARGE_HEAD) {
            long size = PhysicalMemory.FRAME << (kind - LARGE_HEAD);
            if ((physical & (PhysicalMemory.FRAME - 1)) != 0) {
                SpinLock.release(LOCK);
                return Problem.report(Problem.HEAP_FREE_INSIDE_LARGE, address);
            }
            Memory.fill(Hhdm.virt(sideTable) + frame, (byte) NOT_HEAP, size >>> PhysicalMemory.FRAME_SHIFT);
            framesHeld -= size >>> PhysicalMemory.FRAME_SHIFT;
            uncounted(size);
            SpinLock.release(LOCK);
            return FrameAllocator.free(physical, size);
        }
        int c = kind - 1;
        if ((physical & (CLASS_SIZE[c] - 1)) != 0) {
            SpinLock.release(LOCK);
            return Problem.report(Problem.HEAP_FREE_INSIDE_BLOCK, address, CLASS_SIZE[c]);
        }
        if (Memory.read64(address + 8) == FREE_MARK && onFreeList(c, address)) {
            SpinLock.release(LOCK);
            return Problem.report(Problem.HEAP_DOUBLE_FREE, address, CLASS_SIZE[c]);
        }
        push(c, address);
        uncounted(CLASS_SIZE[c]);
        SpinLock.release(LOCK);
        return true;
    }

    private static boolean onFreeList(int c, long block) {
        for (long b = FREE_HEAD[c]; b != 0; b = Memory.read64(b)) {
            if (b == block) return true;
        }
        return false;
    }

    private static void uncounted(long size) {
        bytesInUse -= size;
        frees++;
    }

    /** Bytes handed out and not freed (block and run sizes, not the sizes asked for). */
    public static long bytesInUse() {
        return bytesInUse;
    }

    public static long peakBytesInUse() {
        return peakBytesInUse;
    }

    public static long allocationCount() {
        return allocations;
    }

    public static long freeCount() {
        return frees;
    }

    /** Bytes of frames the heap holds (chunks and large runs). */
    public static long bytesHeld() {
        return framesHeld << PhysicalMemory.FRAME_SHIFT;
    }
}
