package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jos.hw.Memory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Physical frames on the 64 MiB small map, checked against a frame-by-frame model. */
class FrameAllocatorTest {
    static final long FRAME = 4096;
    SimulatedRam ram;

    @BeforeEach
    void setUp() {
        ram = new SimulatedRam();
        SimulatedRam.boot(SimulatedRam.smallMap());
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    /** The model: which frames are free, straight from the map (the table takes frames 1..4). */
    static boolean[] initialFree() {
        boolean[] free = new boolean[(int) PhysicalMemory.frameCount()];
        for (int f = 5; f < 0x9f; f++) free[f] = true;
        for (int f = 0x100; f < 0x4000; f++) free[f] = true;
        return free;
    }

    /** The lowest run of frames frames, aligned to its size, that is free in the model; -1 if none. */
    static long expectedRun(boolean[] free, int frames) {
        outer:
        for (int start = 0; start + frames <= free.length; start += frames) {
            for (int f = start; f < start + frames; f++) if (!free[f]) continue outer;
            return (long) start * FRAME;
        }
        return -1;
    }

    @Test
    void theModelMatchesTheMapAfterInit() {
        boolean[] free = initialFree();
        for (int f = 0; f < free.length; f++) {
            assertEquals(free[f], PhysicalMemory.usageOf(f * FRAME) == Usage.FREE, "frame " + f);
        }
    }

    @Test
    void everyPowerOfTwoSizeIsNaturallyAligned() {
        for (int order = 0; order <= 24 - 12; order++) {
            long size = FRAME << order;
            List<Long> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long p = FrameAllocator.allocate(size, Usage.USER);
                assertNotEquals(0, p, "size " + size);
                assertEquals(0, p & (size - 1), "alignment of " + size);
                for (long a = p; a < p + size; a += FRAME) assertEquals(Usage.USER, PhysicalMemory.usageOf(a));
                runs.add(p);
            }
            for (long p : runs) assertTrue(FrameAllocator.free(p, size));
            for (long p : runs) assertEquals(Usage.FREE, PhysicalMemory.usageOf(p));
        }
        assertEquals(0x9e000 + 0x3f00000 - 0x4000, FrameAllocator.freeBytes());
    }

    @Test
    void requestsAreRoundedUpToAPowerOfTwo() {
        assertEquals(4096, FrameAllocator.runSize(1));
        assertEquals(8192, FrameAllocator.runSize(4097));
        assertEquals(1L << 21, FrameAllocator.runSize((1L << 20) + 1));
        assertEquals(1L << 30, FrameAllocator.runSize(1L << 30));
        long before = FrameAllocator.freeBytes();
        long p = FrameAllocator.allocate(12 * 1024, Usage.HEAP);
        assertEquals(0, p & 0x3fff);
        assertEquals(before - 16 * 1024, FrameAllocator.freeBytes());
        assertTrue(FrameAllocator.free(p, 12 * 1024));
    }

    @Test
    void largeRunsComeFromAlignedFreeMemory() {
        long p = FrameAllocator.allocate(1L << 21, Usage.USER);
        assertEquals(0x200000, p, "the first free 2 MiB-aligned run (below 1 MiB nothing is free for 2 MiB)");
        long q = FrameAllocator.allocate(32L << 20, Usage.USER);
        assertEquals(0x2000000, q, "32 MiB fits only at 32 MiB");
        assertEquals(0, FrameAllocator.allocate(32L << 20, Usage.USER));
        assertTrue(FrameAllocator.free(q, 32L << 20));
        assertTrue(FrameAllocator.free(p, 1L << 21));
    }

    @Test
    void exhaustionNamesTheBytesAskedAndFree() {
        long free = FrameAllocator.freeBytes();
        assertEquals(0, FrameAllocator.allocate(64L << 20, Usage.USER));
        assertEquals("out of physical memory: no free aligned run; bytes asked", Problem.message());
        assertEquals(64L << 20, Problem.value());
        assertEquals("bytes free", Problem.detail());
        assertEquals(free, Problem.detailValue());
        assertEquals(free, FrameAllocator.freeBytes(), "a failed allocation changes nothing");
        ram.serial.text();
        Problem.print();
        assertEquals("memory: out of physical memory: no free aligned run; bytes asked 0x4000000 (bytes free "
                + free + ")\n", ram.serial.text());
    }

    @Test
    void allocatingEverythingThenOneMoreFails() {
        int count = 0;
        while (FrameAllocator.allocate(FRAME, Usage.STACKS) != 0) count++;
        assertEquals(0x9e - 4 + 0x3f00, count);
        assertEquals(0, FrameAllocator.freeBytes());
        assertEquals(4096, Problem.value());
        assertEquals(0, Problem.detailValue());
    }

    @Test
    void fragmentationIsSeenAndUndone() {
        List<Long> frames = new ArrayList<>();
        for (long p; (p = FrameAllocator.allocate(FRAME, Usage.USER)) != 0; ) frames.add(p);
        for (int i = 0; i < frames.size(); i += 2) assertTrue(FrameAllocator.free(frames.get(i), FRAME));
        long free = FrameAllocator.freeBytes();
        assertTrue(free > 30L << 20, "half of memory is free");
        assertEquals(0, FrameAllocator.allocate(8192, Usage.USER), "but not two adjacent aligned frames");
        assertEquals(free, Problem.detailValue());
        // Give back one whole 2 MiB-aligned run: exactly that run satisfies a 2 MiB request.
        for (long p : frames) {
            if (p >= 0x1000000 && p < 0x1200000 && PhysicalMemory.usageOf(p) == Usage.USER) assertTrue(FrameAllocator.free(p, FRAME));
        }
        assertEquals(0x1000000, FrameAllocator.allocate(1L << 21, Usage.USER));
        // 4 KiB allocations fill the holes lowest first.
        assertEquals(frames.get(0), FrameAllocator.allocate(FRAME, Usage.USER));
        assertEquals(frames.get(2), FrameAllocator.allocate(FRAME, Usage.USER));
    }

    @Test
    void doubleAndPartialFreesAreRefused() {
        for (int i = 0; i < 3; i++) assertEquals((5 + i) * FRAME, FrameAllocator.allocate(FRAME, Usage.USER), "frames 5..7");
        long p = FrameAllocator.allocate(4 * FRAME, Usage.USER);
        assertEquals(8 * FRAME, p);
        assertTrue(FrameAllocator.free(p, 4 * FRAME));
        long free = FrameAllocator.freeBytes();
        assertFalse(FrameAllocator.free(p, 4 * FRAME));
        assertEquals("double free of physical frame", Problem.message());
        assertEquals(p, Problem.value());
        long q = FrameAllocator.allocate(2 * FRAME, Usage.USER);
        assertEquals(p, q);
        assertFalse(FrameAllocator.free(p, 4 * FRAME), "half of the run is free");
        assertEquals("double free of physical frame", Problem.message());
        assertEquals(p + 2 * FRAME, Problem.value());
        assertEquals(Usage.USER, PhysicalMemory.usageOf(q), "a refused free changes nothing");
        assertFalse(FrameAllocator.free(q + FRAME, FRAME * 2));
        assertEquals("frame free of a run not aligned to its size at", Problem.message());
        assertTrue(FrameAllocator.free(q, 2 * FRAME));
        assertEquals(free, FrameAllocator.freeBytes());
    }

    @Test
    void memoryTheAllocatorDidNotHandOutCannotBeFreed() {
        assertFalse(FrameAllocator.free(0xf0000, FRAME));
        assertEquals("free of a frame the allocator never handed out", Problem.message());
        assertEquals(Usage.RESERVED, Problem.detailValue());
        assertFalse(FrameAllocator.free(0x4000000, FRAME));
        assertEquals("frame free outside physical memory at", Problem.message());
        assertEquals(0, FrameAllocator.allocate(FRAME, Usage.KERNEL_IMAGE));
        assertEquals("frame allocation for a usage the allocator does not hand out", Problem.message());
        assertEquals(0, FrameAllocator.allocate(0, Usage.USER));
    }

    @Test
    void zeroedRunsAreZero() {
        long p = FrameAllocator.allocate(2 * FRAME, Usage.USER);
        Memory.fill(Hhdm.virt(p), (byte) 0x5a, 2 * FRAME);
        assertTrue(FrameAllocator.free(p, 2 * FRAME));
        long q = FrameAllocator.allocateZeroed(2 * FRAME, Usage.USER);
        assertEquals(p, q);
        for (long a = 0; a < 2 * FRAME; a += 8) assertEquals(0, Memory.read64(Hhdm.virt(q) + a));
    }

    @Test
    void loaderMemoryIsReclaimedOnRequest() {
        SimulatedRam.boot(SimulatedRam.bigMap());
        long free = FrameAllocator.freeBytes();
        assertEquals(0x100000, FrameAllocator.reclaimLoaderMemory());
        assertEquals(free + 0x100000, FrameAllocator.freeBytes());
        assertEquals(Usage.FREE, PhysicalMemory.usageOf(0x2800000));
    }

    @Test
    void randomSequencesMatchTheModel() {
        Random random = new Random(20261124);
        boolean[] free = initialFree();
        record Run(long address, long bytes, int frames) {
        }
        List<Run> live = new ArrayList<>();
        int[] usages = {Usage.HEAP, Usage.STACKS, Usage.USER, Usage.PAGE_TABLES};
        for (int step = 0; step < 3000; step++) {
            if (live.isEmpty() || random.nextInt(100) < 55) {
                int order = random.nextInt(10) < 7 ? random.nextInt(3) : random.nextInt(11);
                long bytes = (FRAME << order) - (random.nextBoolean() ? random.nextInt((int) (FRAME << order) / 2 + 1) : 0);
                if (bytes <= 0) bytes = 1;
                int frames = 1 << order;
                long expected = expectedRun(free, frames);
                int usage = usages[random.nextInt(usages.length)];
                long p = FrameAllocator.allocate(bytes, usage);
                assertEquals(expected == -1 ? 0 : expected, p, "step " + step + ": first fit for " + bytes + " bytes");
                if (p == 0) continue;
                for (int f = 0; f < frames; f++) {
                    free[(int) (p / FRAME) + f] = false;
                    assertEquals(usage, PhysicalMemory.usageOf(p + f * FRAME));
                }
                live.add(new Run(p, bytes, frames));
            } else {
                Run r = live.remove(random.nextInt(live.size()));
                assertTrue(FrameAllocator.free(r.address, r.bytes), "step " + step);
                for (int f = 0; f < r.frames; f++) free[(int) (r.address / FRAME) + f] = true;
                if (random.nextInt(10) == 0) assertFalse(FrameAllocator.free(r.address, r.bytes), "double free at step " + step);
            }
            if (step % 500 == 0) {
                long freeFrames = 0;
                for (int f = 0; f < free.length; f++) {
                    if (free[f]) freeFrames++;
                    assertEquals(free[f], PhysicalMemory.usageOf(f * FRAME) == Usage.FREE, "frame " + f + " at step " + step);
                }
                assertEquals(freeFrames * FRAME, FrameAllocator.freeBytes());
            }
        }
        live.sort((a, b) -> Long.compare(a.address, b.address));
        for (int i = 1; i < live.size(); i++) {
            assertTrue(live.get(i - 1).address + (long) live.get(i - 1).frames * FRAME <= live.get(i).address, "no overlap");
        }
    }
}
