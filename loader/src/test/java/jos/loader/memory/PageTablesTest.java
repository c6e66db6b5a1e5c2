package jos.loader.memory;

import static jos.x86.PageTableEntry.NO_EXECUTE;
import static jos.x86.PageTableEntry.WRITABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.sim.Machine;
import jos.loader.Problem;
import jos.x86.PageTableEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageTablesTest {
    /** The record the loader's checks report into, as Loader passes its own. */
    final long[] problem = new long[jos.loader.Problem.SIZE];
    private Machine machine;
    private long pml4, flags;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        Tables.install(machine);
        machine.memory().map(0x100000, 0x400000);
        long fw = Tables.write(new long[][] {{0x100000, 0x400000, MemoryType.USABLE}}, 1);
        PhysicalAllocator.init(fw, 1, Tables.take(0x1000), 64, Tables.take(0x1000), 8);
        Problem.clear(problem);
        pml4 = PageTables.create(problem);
        flags = Tables.take(8);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    private long translate(long v) {
        return PageTables.translate(pml4, v, flags);
    }

    private long leafFlags() {
        return machine.memory().read64(flags);
    }

    @Test
    void tablesAreBelowFourGigabytesAndReclaimable() {
        assertTrue(pml4 >= 0x100000 && pml4 < 0x500000);
        assertEquals(MemoryType.BOOTLOADER_RECLAIMABLE, MemoryMapEntry.type(PhysicalAllocator.claimTable()));
    }

    @Test
    void fourKilobytePagesTranslateWithTheirPermissions() {
        long v = 0xffffffff80001000L;
        assertTrue(PageTables.map4k(pml4, v, 0x345000, WRITABLE | NO_EXECUTE, 0, problem));
        assertTrue(PageTables.map4k(pml4, v + 0x1000, 0x700000, 0, 0, problem));
        assertEquals(0x345123, translate(v + 0x123));
        assertTrue((leafFlags() & WRITABLE) != 0);
        assertTrue((leafFlags() & NO_EXECUTE) != 0);
        assertEquals(0x700fff, translate(v + 0x1fff));
        assertEquals(0, leafFlags() & (WRITABLE | NO_EXECUTE), "read-only, executable");
        assertEquals(-1, translate(v + 0x2000));
        assertEquals(-1, translate(v - 0x1000));
        assertEquals(-1, translate(0));
    }

    @Test
    void rangesUseTwoMegabytePagesWhereAligned() {
        // 0x1ff000..0x601000: a 4 KiB page, two 2 MiB pages, a 4 KiB page
        assertTrue(PageTables.map(pml4, 0xffff8000001ff000L, 0x1ff000, 0x402000, WRITABLE, 0, problem));
        long pdeCountBefore = PhysicalAllocator.claimCount();
        assertEquals(0x1ff000, translate(0xffff8000001ff000L));
        assertEquals(0x200000, translate(0xffff800000200000L));
        assertTrue((leafFlags() & PageTableEntry.HUGE) != 0, "2 MiB page");
        assertEquals(0x5fffff, translate(0xffff8000005fffffL));
        assertEquals(0x600000, translate(0xffff800000600000L));
        assertEquals(0, leafFlags() & PageTableEntry.HUGE, "4 KiB page at the tail");
        assertEquals(-1, translate(0xffff800000601000L));
        assertEquals(pdeCountBefore, PhysicalAllocator.claimCount());
    }

    @Test
    void identityMapOfFourGigabytesNeedsSixTables() {
        long before = usedPages();
        assertTrue(PageTables.map(pml4, 0, 0, 0x1_0000_0000L, WRITABLE, 0, problem));
        assertEquals(5, usedPages() - before, "one PDPT and four page directories, all 2 MiB pages");
        for (long a = 0; a < 0x1_0000_0000L; a += 0x3_3330_0000L / 16) assertEquals(a, translate(a));
        assertEquals(0xfee00300L, translate(0xfee00300L));
    }

    private long usedPages() {
        long total = 0;
        for (int i = 0; i < PhysicalAllocator.claimCount(); i++) total += MemoryMapEntry.length(MemoryMapEntry.at(PhysicalAllocator.claimTable(), i));
        return total / 0x1000;
    }

    @Test
    void mappingTheSameFrameTwiceWidensPermissions() {
        long v = 0xffffffff80000000L;
        assertTrue(PageTables.map4k(pml4, v, 0x200000, NO_EXECUTE, 0, problem));
        assertTrue(PageTables.map4k(pml4, v, 0x200000, WRITABLE | NO_EXECUTE, 0, problem));
        translate(v);
        assertTrue((leafFlags() & WRITABLE) != 0);
        assertTrue((leafFlags() & NO_EXECUTE) != 0);
        assertTrue(PageTables.map4k(pml4, v, 0x200000, 0, 0, problem));
        translate(v);
        assertEquals(0, leafFlags() & NO_EXECUTE, "executable once any mapping is");
    }

    @Test
    void mappingAnotherFrameIsAnError() {
        long v = 0xffffffff80000000L;
        assertTrue(PageTables.map4k(pml4, v, 0x200000, 0, 0, problem));
        assertFalse(PageTables.map4k(pml4, v, 0x300000, 0, 0, problem));
        assertEquals("virtual address already mapped to another frame", Problem.message(problem));
        assertEquals(v, Problem.value(problem));
        assertTrue(PageTables.map(pml4, 0x40000000L, 0x40000000L, 0x200000, 0, 0, problem));
        assertFalse(PageTables.map4k(pml4, 0x40001000L, 0x1000, 0, 0, problem));
        assertEquals("virtual address already mapped by a 2 MiB page to another frame", Problem.message(problem));
    }

    @Test
    void fourKilobyteMappingsInsideATwoMegabytePageOfTheSameFramesAreAccepted() {
        assertTrue(PageTables.map(pml4, 0, 0, 0x400000, 0, 0, problem));
        assertTrue(PageTables.map4k(pml4, 0x201000, 0x201000, WRITABLE, 0, problem));
        translate(0x201000);
        assertTrue((leafFlags() & WRITABLE) != 0, "the large page widened");
    }

    @Test
    void twoMegabyteRangeOverExistingPageTableFallsBackToSmallPages() {
        assertTrue(PageTables.map4k(pml4, 0x600000, 0x600000, 0, 0, problem));
        assertTrue(PageTables.map(pml4, 0x600000, 0x600000, 0x200000, WRITABLE, 0, problem));
        assertEquals(0x7ff000, translate(0x7ff000));
        assertEquals(0, leafFlags() & PageTableEntry.HUGE);
    }

    @Test
    void patIndexSelectsCachingBits() {
        assertTrue(PageTables.map4k(pml4, 0x1000, 0x1000, 0, 5, problem));
        translate(0x1000);
        assertEquals(PageTableEntry.PAT_4K | PageTableEntry.WRITE_THROUGH, leafFlags() & (PageTableEntry.PAT_4K
                | PageTableEntry.WRITE_THROUGH | PageTableEntry.CACHE_DISABLE), "PAT entry 5 = PAT bit + PWT");
        assertEquals(1, PageTables.map2m(pml4, 0x400000, 0x400000, 0, 5, problem));
        translate(0x400000);
        assertEquals(PageTableEntry.PAT_HUGE | PageTableEntry.WRITE_THROUGH, leafFlags() & (PageTableEntry.PAT_HUGE
                | PageTableEntry.WRITE_THROUGH | PageTableEntry.CACHE_DISABLE));
    }

    @Test
    void entryLayout() {
        assertEquals(0x8000000000345003L, PageTableEntry.leaf(0x345000, 1, WRITABLE | NO_EXECUTE, 0));
        assertEquals(0x0000000000200083L, PageTableEntry.leaf(0x200000, 2, WRITABLE, 0));
        assertEquals(0x0000000000123003L, PageTableEntry.table(0x123000, false));
        assertEquals(0x1ff, PageTableEntry.index(0xffffffff80000000L, 4));
        assertEquals(0x1fe, PageTableEntry.index(0xffffffff80000000L, 3));
        assertEquals(0x100, PageTableEntry.index(0xffff800000000000L, 4));
    }
}
