package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jos.x86.PageTableEntry;
import jos.x86.Pat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page-table builder and walker: page size choice, flags, memory types, unmap and splitting. */
class PageTablesTest {
    static final long K4 = 0x1000, M2 = 0x20_0000, G1 = 0x4000_0000;
    static final long V = 0xffff_c000_0000_0000L;
    static final long RW_NX = PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE;
    SimulatedRam ram;
    long root;

    @BeforeEach
    void setUp() {
        ram = new SimulatedRam();
        SimulatedRam.boot(SimulatedRam.smallMap());
        root = PageTables.createTable();
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    @Test
    void theEntryLayoutEncodesEveryFieldWhereTheCpuLooks() {
        long e = PageTableEntry.leaf(0x1234_5000L, 1, RW_NX | PageTableEntry.USER | PageTableEntry.GLOBAL, Pat.WRITE_COMBINING);
        assertEquals(0x8000_0000_1234_518fL, e, "P W U PWT, PAT (bit 7), G, NX");
        assertEquals(Pat.WRITE_COMBINING, PageTableEntry.pat(e, 1));
        long h = PageTableEntry.leaf(0x4020_0000L, 2, PageTableEntry.WRITABLE, Pat.WRITE_COMBINING);
        assertEquals(0x4020_1000L | 0x8b, h, "P W PWT PS, PAT at bit 12");
        assertEquals(Pat.WRITE_COMBINING, PageTableEntry.pat(h, 2));
        assertEquals(0x4020_0000L, PageTableEntry.address(h, 2), "the PAT bit is not part of the address");
        long g = PageTableEntry.leaf(0x1_4000_0000L, 3, 0, Pat.UNCACHEABLE);
        assertEquals(0x1_4000_0000L | 0x99, g, "P PWT PCD PS");
        assertEquals(Pat.UNCACHEABLE, PageTableEntry.pat(g, 3));
        assertEquals(0x000f_ffff_ffff_f000L | 0x7, PageTableEntry.table(0xffff_ffff_ffff_ffffL, true), "address bits 12..51");
        assertEquals(0x1ff, PageTableEntry.index(0xffff_ffff_ffff_ffffL, 4));
        assertEquals(0x100, PageTableEntry.index(0xffff_8000_0000_0000L, 4));
        assertEquals(3, PageTableEntry.index(0x3L << 21, 2));
    }

    @Test
    void theLargestPageAlignmentAllowsIsChosen() {
        // 4 KiB up to 2 MiB, 2 MiB pages up to 1 GiB, one 1 GiB page, 2 MiB, then a 4 KiB tail.
        long start = G1 - M2 - 3 * K4, length = 3 * K4 + M2 + G1 + M2 + K4;
        assertTrue(PageTables.map(root, V + start, start, length, RW_NX, Pat.WRITE_BACK));
        List<TableWalk.Leaf> leaves = TableWalk.leaves(root);
        int[] expected = new int[4];
        for (TableWalk.Leaf l : leaves) expected[l.level()]++;
        assertEquals(3 + 1, expected[1], "three 4 KiB pages before the 2 MiB boundary, one after the last 2 MiB page");
        assertEquals(2, expected[2]);
        assertEquals(1, expected[3]);
        long covered = 0;
        for (TableWalk.Leaf l : leaves) {
            assertEquals(l.virtual() - V, l.physical(), "virtual and physical move together");
            assertEquals(0, l.virtual() & (l.size() - 1), "natural alignment");
            covered += l.size();
        }
        assertEquals(length, covered);
        assertEquals(G1 + 5, PageTables.translate(root, V + G1 + 5));
        assertEquals(3, PageTables.leafLevel(root, V + G1 + 5));
    }

    @Test
    void walksReturnTheirAnswerSoInterleavedWalksDoNotDisturbEachOther() {
        long other = PageTables.createTable();
        assertTrue(PageTables.map(root, V, 0, M2, RW_NX, Pat.WRITE_BACK));
        assertTrue(PageTables.map(other, V, 0x40_0000, K4, PageTableEntry.USER, Pat.WRITE_COMBINING));
        long big = PageTables.leafEntry(root, V + 8);
        long small = PageTables.leafEntry(other, V + 8);
        assertEquals(1, PageTables.leafLevel(other, V + 8), "the second tree's 4 KiB page");
        assertEquals(2, PageTables.leafLevel(root, V + 8), "the first tree's 2 MiB page, after the other walk");
        assertEquals(RW_NX, PageTableEntry.permissions(big));
        assertEquals(PageTableEntry.USER, PageTableEntry.permissions(small));
        assertEquals(big, PageTables.leafEntry(root, V + 8), "asking again gives the same leaf");
        assertEquals(0, PageTables.leafEntry(other, V + K4), "unmapped: 0");
        assertEquals(0, PageTables.leafLevel(other, V + K4));
        assertEquals(0x40_0008, PageTables.translate(other, V + 8));
        assertEquals(8, PageTables.translate(root, V + 8));
    }

    @Test
    void withoutGigabytePagesTwoMegabytesIsTheLargest() {
        PagingFeatures.set(false, true, true, true);
        assertTrue(PageTables.map(root, V, 0, 2 * G1, RW_NX, Pat.WRITE_BACK));
        List<TableWalk.Leaf> leaves = TableWalk.leaves(root);
        assertEquals(1024, leaves.size());
        for (TableWalk.Leaf l : leaves) assertEquals(2, l.level());
    }

    @Test
    void differentlyAlignedAddressesFallBackToSmallPages() {
        assertTrue(PageTables.map(root, V + K4, M2, M2, RW_NX, Pat.WRITE_BACK));
        List<TableWalk.Leaf> leaves = TableWalk.leaves(root);
        assertEquals(512, leaves.size());
        for (TableWalk.Leaf l : leaves) assertEquals(1, l.level());
    }

    @Test
    void flagsAndMemoryTypesReachEveryLevel() {
        int[] types = {Pat.WRITE_BACK, Pat.WRITE_THROUGH, Pat.UNCACHED_MINUS, Pat.UNCACHEABLE,
                Pat.WRITE_PROTECT, Pat.WRITE_COMBINING};
        long[] sizes = {K4, M2, G1};
        long v = V;
        for (int t : types) {
            for (int level = 1; level <= 3; level++) {
                long size = sizes[level - 1];
                v = (v + G1 - 1) & -G1;
                long flags = level == 2 ? PageTableEntry.WRITABLE | PageTableEntry.GLOBAL : PageTableEntry.NO_EXECUTE | PageTableEntry.USER;
                assertTrue(PageTables.map(root, v, 3 * G1, size, flags, t));
                assertEquals(3 * G1 + 8, PageTables.translate(root, v + 8));
                assertEquals(level, PageTables.leafLevel(root, v + 8));
                assertEquals(t, PageTableEntry.pat(PageTables.leafEntry(root, v + 8), level), "type " + t + " at level " + level);
                assertEquals(flags, PageTableEntry.permissions(PageTables.leafEntry(root, v + 8)));
                v += size;
            }
        }
    }

    @Test
    void flagsTheCpuLacksAreDropped() {
        PagingFeatures.set(true, false, false, false);
        assertTrue(PageTables.map(root, V, 0, K4, RW_NX | PageTableEntry.GLOBAL, Pat.WRITE_COMBINING));
        assertEquals(PageTableEntry.WRITABLE, PageTableEntry.permissions(PageTables.leafEntry(root, V)), "no NX, no G");
        assertEquals(Pat.UNCACHEABLE, PageTableEntry.pat(PageTables.leafEntry(root, V), 1), "WC without a PAT is UC");
    }

    @Test
    void userMappingsMarkTheirTablesUser() {
        assertTrue(PageTables.map(root, 0x40_0000, 0x10_0000, K4, PageTableEntry.USER | PageTableEntry.WRITABLE, 0));
        assertTrue(PageTables.map(root, V, 0x10_0000, K4, PageTableEntry.WRITABLE, 0));
        long pml4e = jos.hw.Memory.read64(Hhdm.virt(root));
        assertTrue((pml4e & PageTableEntry.USER) != 0);
        long kernel = jos.hw.Memory.read64(Hhdm.virt(root) + 8L * PageTableEntry.index(V, 4));
        assertEquals(0, kernel & PageTableEntry.USER);
    }

    @Test
    void remappingTheSameFrameWidensAnotherFrameIsRefused() {
        assertTrue(PageTables.map(root, V, 0x10_0000, 2 * K4, PageTableEntry.NO_EXECUTE, 0));
        assertTrue(PageTables.map(root, V + K4, 0x10_1000, K4, PageTableEntry.WRITABLE, 0));
        assertEquals(PageTableEntry.WRITABLE, PageTableEntry.permissions(PageTables.leafEntry(root, V + K4)), "writable and executable");
        assertEquals(PageTableEntry.NO_EXECUTE, PageTableEntry.permissions(PageTables.leafEntry(root, V)), "the neighbour unchanged");
        assertFalse(PageTables.map(root, V, 0x20_0000, K4, 0, 0));
        assertEquals("virtual address already mapped to another frame or memory type", Problem.message());
        assertEquals(V, Problem.value());
        assertFalse(PageTables.map(root, V, 0x10_0000, K4, 0, Pat.UNCACHEABLE), "same frame, other type");
        assertFalse(PageTables.map(root, V + 1, 0, K4, 0, 0));
        assertEquals("mapping not 4 KiB aligned; virtual", Problem.message());
    }

    @Test
    void smallPagesGoUnderAnExistingTableAndNotOverAHugePage() {
        assertTrue(PageTables.map(root, V + K4, 0x1000, K4, 0, 0));        // the 2 MiB slot now holds a table
        assertTrue(PageTables.map(root, V + M2, M2, M2, 0, 0));
        assertTrue(PageTables.map(root, V, 0, M2, PageTableEntry.WRITABLE, 0));
        assertEquals(1, PageTables.translate(root, V + 1));
        assertEquals(1, PageTables.leafLevel(root, V + 1), "4 KiB pages under the existing table");
        assertEquals(M2 + 5, PageTables.translate(root, V + M2 + 5));
        assertEquals(2, PageTables.leafLevel(root, V + M2 + 5));
        assertFalse(PageTables.map(root, V + M2 + K4, 0x5000, K4, 0, 0));
        assertEquals("a larger page is in the way of the mapping at", Problem.message());
    }

    @Test
    void unmappingAGuardPageSplitsTheHugePageAroundIt() {
        assertTrue(PageTables.map(root, V, 4 * M2, 2 * M2, RW_NX | PageTableEntry.GLOBAL, Pat.WRITE_COMBINING));
        ram.machine.cpu().cr3 = root;
        long guard = V + M2 + 7 * K4;
        assertTrue(PageTables.unmap(root, guard, K4));
        assertEquals(-1, PageTables.translate(root, guard));
        assertEquals(List.of(guard, guard), ram.machine.cpu().invalidatedPages(), "the split, then the page");
        int small = 0;
        for (TableWalk.Leaf l : TableWalk.leaves(root)) {
            assertEquals(l.virtual() - V + 4 * M2, l.physical());
            assertEquals(Pat.WRITE_COMBINING, PageTableEntry.pat(l.entry(), l.level()), "the PAT bit moved from bit 12 to bit 7");
            assertEquals(RW_NX | PageTableEntry.GLOBAL, PageTableEntry.permissions(l.entry()));
            if (l.level() == 1) small++;
        }
        assertEquals(511, small);
        assertEquals(4 * M2 + 5, PageTables.translate(root, V + 5));
        assertEquals(2, PageTables.leafLevel(root, V + 5), "the other 2 MiB page stays whole");
    }

    @Test
    void unmappingWholePagesAndGigabytePages() {
        assertTrue(PageTables.map(root, V, 0, 2 * G1, RW_NX, 0));
        assertTrue(PageTables.unmap(root, V + G1, G1));
        assertEquals(-1, PageTables.translate(root, V + G1));
        assertTrue(PageTables.unmap(root, V + G1 - K4, K4), "split 1 GiB into 2 MiB, then the last 2 MiB into 4 KiB");
        assertEquals(-1, PageTables.translate(root, V + G1 - K4));
        assertEquals(G1 - 2 * K4, PageTables.translate(root, V + G1 - 2 * K4));
        assertEquals(1, PageTables.leafLevel(root, V + G1 - 2 * K4));
        assertEquals(0, PageTables.translate(root, V));
        assertEquals(2, PageTables.leafLevel(root, V));
        assertTrue(ram.machine.cpu().invalidatedPages().isEmpty(), "not the live tables: no invlpg");
        assertEquals(511 + 511, TableWalk.leaves(root).size());
        assertTrue(PageTables.unmap(root, V + 3 * G1, K4), "unmapping nothing is fine");
    }

    @Test
    void runningOutOfTableFramesIsReported() {
        while (FrameAllocator.allocate(4096, Usage.USER) != 0) {
        }
        assertFalse(PageTables.map(root, V, 0, K4, 0, 0));
        assertEquals("out of physical memory: no free aligned run; bytes asked", Problem.message());
    }
}
