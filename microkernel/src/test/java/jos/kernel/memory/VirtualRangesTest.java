package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The higher-half virtual window: alignment, first fit, coalescing, exhaustion, double free, against a model. */
class VirtualRangesTest {
    static final long B = VirtualRanges.WINDOW_BASE, P = 4096;
    SimulatedRam ram;

    @BeforeEach
    void setUp() {
        ram = new SimulatedRam();
        VirtualRanges.init(B, 256 * P);
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    @Test
    void rangesAreAlignedAndFirstFit() {
        assertEquals(B, VirtualRanges.allocate(1, 1), "rounded to a page");
        assertEquals(B + 16 * P, VirtualRanges.allocate(3 * P, 16 * P), "aligned, leaving a hole below");
        assertEquals(2, VirtualRanges.freeRangeCount(), "below and above the aligned range");
        assertEquals(B + P, VirtualRanges.allocate(2 * P, P), "the hole is used first");
        assertEquals(256 * P - 6 * P, VirtualRanges.freeBytes());
    }

    @Test
    void freeingCoalescesInAnyOrder() {
        long[] r = new long[8];
        for (int i = 0; i < 8; i++) r[i] = VirtualRanges.allocate(2 * P, P);
        for (int i : new int[] {1, 3, 5}) assertTrue(VirtualRanges.free(r[i], 2 * P));
        assertEquals(4, VirtualRanges.freeRangeCount(), "three holes and the tail");
        assertTrue(VirtualRanges.free(r[7], 2 * P));
        assertEquals(4, VirtualRanges.freeRangeCount(), "joined the tail");
        assertTrue(VirtualRanges.free(r[4], 2 * P));
        assertEquals(3, VirtualRanges.freeRangeCount(), "joined both neighbours");
        assertTrue(VirtualRanges.free(r[0], 2 * P));
        assertTrue(VirtualRanges.free(r[2], 2 * P));
        assertTrue(VirtualRanges.free(r[6], 2 * P));
        assertEquals(1, VirtualRanges.freeRangeCount());
        assertEquals(256 * P, VirtualRanges.freeBytes());
        assertEquals(B, VirtualRanges.allocate(256 * P, P), "the whole window again");
    }

    @Test
    void exhaustionAndDoubleFreesAreReported() {
        long a = VirtualRanges.allocate(200 * P, P);
        assertEquals(0, VirtualRanges.allocate(64 * P, 64 * P));
        assertEquals("virtual window exhausted: no free range fits; bytes asked", Problem.message());
        assertEquals(64 * P, Problem.value());
        assertEquals(56 * P, Problem.detailValue());
        assertTrue(VirtualRanges.free(a, 200 * P));
        assertFalse(VirtualRanges.free(a + 10 * P, P));
        assertEquals("double free of virtual range", Problem.message());
        assertFalse(VirtualRanges.free(B + 256 * P, P));
        assertEquals("virtual range free outside the window or misaligned at", Problem.message());
        assertFalse(VirtualRanges.free(B + 1, P));
        assertEquals(0, VirtualRanges.allocate(P, 3 * P), "alignment must be a power of two");
        assertEquals(256 * P, VirtualRanges.freeBytes());
    }

    @Test
    void theDefaultWindowIsSixtyFourGibibytesInTheHigherHalf() {
        VirtualRanges.init(VirtualRanges.WINDOW_BASE, VirtualRanges.WINDOW_SIZE);
        assertEquals(0xffff_c000_0000_0000L, VirtualRanges.allocate(1L << 30, 1L << 30));
        assertEquals(0xffff_c000_4000_0000L, VirtualRanges.allocate(1, 1));
        assertEquals(0, VirtualRanges.allocate(64L << 30, 4096));
        assertEquals((63L << 30) - 4096, VirtualRanges.freeBytes());
    }

    @Test
    void randomSequencesMatchTheModel() {
        Random random = new Random(7);
        boolean[] used = new boolean[256];
        record Range(long base, int pages) {
        }
        List<Range> live = new ArrayList<>();
        for (int step = 0; step < 4000; step++) {
            if (live.isEmpty() || random.nextInt(100) < 55) {
                int pages = 1 + random.nextInt(random.nextBoolean() ? 4 : 24);
                int align = 1 << random.nextInt(5);
                int expected = -1;
                outer:
                for (int s = 0; s + pages <= 256; s += align) {
                    for (int i = s; i < s + pages; i++) if (used[i]) continue outer;
                    expected = s;
                    break;
                }
                long got = VirtualRanges.allocate(pages * P - random.nextInt(4000), align * P);
                assertEquals(expected < 0 ? 0 : B + expected * P, got, "step " + step);
                if (got == 0) continue;
                for (int i = expected; i < expected + pages; i++) used[i] = true;
                live.add(new Range(got, pages));
            } else {
                Range r = live.remove(random.nextInt(live.size()));
                assertTrue(VirtualRanges.free(r.base, r.pages * P));
                int first = (int) ((r.base - B) / P);
                for (int i = first; i < first + r.pages; i++) used[i] = false;
            }
            int freePages = 0, runs = 0;
            for (int i = 0; i < 256; i++) {
                if (!used[i]) freePages++;
                if (!used[i] && (i == 0 || used[i - 1])) runs++;
            }
            assertEquals(freePages * P, VirtualRanges.freeBytes());
            assertEquals(runs, VirtualRanges.freeRangeCount(), "fully coalesced at step " + step);
        }
    }
}
