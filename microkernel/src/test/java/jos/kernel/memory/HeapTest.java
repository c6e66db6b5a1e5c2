package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jos.hw.Memory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kernel heap: size classes, reuse, large blocks, statistics, errors, and random sequences vs a model. */
class HeapTest {
    SimulatedRam ram;

    @BeforeEach
    void setUp() {
        ram = new SimulatedRam();
        SimulatedRam.boot(SimulatedRam.smallMap());
        assertTrue(Heap.init());
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    /** The block size the heap promises for a request. */
    static long blockSize(long bytes) {
        if (bytes > 2048) return FrameAllocator.runSize(bytes);
        long size = 16;
        while (size < bytes) size <<= 1;
        return size;
    }

    @Test
    void everySizeClassGivesAlignedZeroedBlocksOfItsSize() {
        for (long bytes : new long[] {0, 1, 15, 16, 17, 32, 33, 64, 100, 128, 200, 256, 300, 512, 1000, 1024, 1025, 2048}) {
            long a = Heap.allocate(bytes), b = Heap.allocate(bytes);
            long size = blockSize(bytes);
            assertEquals(0, a & 15, "16-byte aligned");
            assertEquals(0, a & (size - 1), "blocks are aligned to their size");
            assertTrue(Math.abs(b - a) >= size, "distinct blocks for " + bytes);
            for (long o = 0; o < size; o += 8) assertEquals(0, Memory.read64(a + o));
            assertEquals(Usage.HEAP, PhysicalMemory.usageOf(Hhdm.phys(a)));
            Memory.fill(a, (byte) 0xee, size);
            assertTrue(Heap.free(a));
            assertEquals(a, Heap.allocate(bytes), "the freed block is reused first");
            for (long o = 0; o < size; o += 8) assertEquals(0, Memory.read64(a + o), "and zeroed again");
        }
    }

    @Test
    void statisticsCountBlocksAndCalls() {
        long a = Heap.allocate(24), b = Heap.allocate(3000), c = Heap.allocate(16);
        assertEquals(32 + 4096 + 16, Heap.bytesInUse());
        assertEquals(3, Heap.allocationCount());
        assertTrue(Heap.free(b));
        assertEquals(48, Heap.bytesInUse());
        assertEquals(32 + 4096 + 16, Heap.peakBytesInUse());
        assertTrue(Heap.free(a));
        assertTrue(Heap.free(c));
        assertEquals(0, Heap.bytesInUse());
        assertEquals(3, Heap.freeCount());
        assertEquals(3, Heap.allocationCount());
        assertTrue(Heap.free(0), "free(0) does nothing");
        assertEquals(3, Heap.freeCount());
        assertEquals(2 * Heap.CHUNK, Heap.bytesHeld(), "two chunks kept for the small classes, the large run returned");
    }

    @Test
    void largeBlocksArePageRunsReturnedOnFree() {
        long free = FrameAllocator.freeBytes();
        long a = Heap.allocate(5000);
        assertEquals(free - 8192, FrameAllocator.freeBytes());
        assertEquals(0, a & 8191);
        long big = Heap.allocate(3L << 20);
        assertEquals(0, big & ((4L << 20) - 1), "a 4 MiB run, naturally aligned");
        Memory.write64(big + (3L << 20), 1);
        assertFalse(Heap.free(big + 4096));
        assertEquals("heap free of an address inside a large block", Problem.message());
        assertTrue(Heap.free(big));
        assertTrue(Heap.free(a));
        assertEquals(free, FrameAllocator.freeBytes());
        assertFalse(Heap.free(a), "freed twice");
        assertEquals("heap free of an address the heap does not hold (or a double free of a large block)", Problem.message());
    }

    @Test
    void badFreesAreRefusedAndChangeNothing() {
        long a = Heap.allocate(64), b = Heap.allocate(64);
        assertTrue(Heap.free(a));
        long used = Heap.bytesInUse(), frees = Heap.freeCount();
        assertFalse(Heap.free(a));
        assertEquals("heap double free", Problem.message());
        assertEquals(a, Problem.value());
        assertFalse(Heap.free(b + 16));
        assertEquals("heap free of an address inside a block", Problem.message());
        assertEquals(64, Problem.detailValue());
        assertFalse(Heap.free(Hhdm.virt(0x9000)), "memory that is not the heap's");
        assertFalse(Heap.free(0xffff_ffff_8000_0000L));
        assertEquals("heap free of an address outside the heap", Problem.message());
        assertEquals(used, Heap.bytesInUse());
        assertEquals(frees, Heap.freeCount());
        // A live block whose second word happens to look like the free mark is still freed.
        Memory.write64(b + 8, 0x6672_6565_626c_6f63L);
        assertTrue(Heap.free(b));
        assertEquals(b, Heap.allocate(64));
        assertEquals(a, Heap.allocate(64));
    }

    @Test
    void exhaustionReturnsZeroAndTheRuntimeEntryAgrees() {
        assertEquals(0, Heap.allocate(128L << 20));
        assertEquals("out of physical memory: no free aligned run; bytes asked", Problem.message());
        assertEquals(0, Heap.allocate(-1));
        long a = Heap.allocateForRuntime(40);
        assertEquals(0, a & 63, "a 64-byte block");
        assertEquals(Usage.HEAP, PhysicalMemory.usageOf(Hhdm.phys(a)));
        assertTrue(Heap.allocate(2048) != 0);
        while (FrameAllocator.allocate(4096, Usage.USER) != 0) {
        }
        int n = 0;
        while (Heap.allocate(2048) != 0) n++;
        assertEquals(Heap.CHUNK / 2048 - 1, n, "the rest of the current chunk is used up first");
        assertEquals(0, Heap.allocateForRuntime(2048));
    }

    @Test
    void notReadyBeforeInit() {
        ram.close();
        ram = new SimulatedRam();
        SimulatedRam.boot(SimulatedRam.smallMap());
        assertTrue(Heap.ready());     // from setUp: static state survives; init again with no memory:
        while (FrameAllocator.allocate(4096, Usage.USER) != 0) {
        }
        assertFalse(Heap.init());
        assertFalse(Heap.ready());
        assertEquals(0, Heap.allocate(16));
        assertEquals("heap allocation before the heap exists; bytes", Problem.message());
    }

    @Test
    void randomSequencesNeverOverlapAndMatchTheModel() {
        Random random = new Random(42);
        TreeMap<Long, Long> live = new TreeMap<>();     // address -> block size
        List<Long> order = new ArrayList<>();
        long inUse = 0, peak = 0, allocations = 0, frees = 0;
        for (int step = 0; step < 6000; step++) {
            if (order.isEmpty() || random.nextInt(100) < 60) {
                long bytes = random.nextInt(20) == 0 ? 2049 + random.nextInt(40000) : random.nextInt(2049);
                long a = Heap.allocate(bytes);
                long size = blockSize(bytes);
                assertTrue(a != 0, "step " + step);
                assertEquals(0, a & 15);
                Map.Entry<Long, Long> below = live.floorEntry(a), above = live.ceilingEntry(a);
                assertTrue(below == null || below.getKey() + below.getValue() <= a, "no overlap below at step " + step);
                assertTrue(above == null || a + size <= above.getKey(), "no overlap above at step " + step);
                assertEquals(0, Memory.read64(a), "zeroed");
                assertEquals(0, Memory.read64(a + size - 8), "zeroed to the end");
                Memory.write64(a, a);                   // a signature the model checks on free
                Memory.write64(a + size - 8, ~a);
                live.put(a, size);
                order.add(a);
                inUse += size;
                peak = Math.max(peak, inUse);
                allocations++;
            } else {
                long a = order.remove(random.nextInt(order.size()));
                long size = live.remove(a);
                assertEquals(a, Memory.read64(a), "nobody wrote over the block");
                assertEquals(~a, Memory.read64(a + size - 8));
                assertTrue(Heap.free(a));
                inUse -= size;
                frees++;
            }
            assertEquals(inUse, Heap.bytesInUse());
        }
        assertEquals(peak, Heap.peakBytesInUse());
        assertEquals(allocations, Heap.allocationCount());
        assertEquals(frees, Heap.freeCount());
        for (long a : order) assertTrue(Heap.free(a));
        assertEquals(0, Heap.bytesInUse());
    }
}
