package jos.loader.limine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.sim.Machine;
import jos.loader.Problem;
import jos.loader.elf.ElfChecker;
import jos.loader.elf.KernelImage;
import jos.loader.memory.MemoryMapEntry;
import jos.loader.memory.MemoryType;
import jos.loader.memory.PageTables;
import jos.loader.memory.PhysicalAllocator;
import jos.elf.ElfWriter;
import jos.x86.PageTableEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The final page tables, walked: translations and permissions per base revision. */
class AddressSpaceTest {
    /** The record the loader's checks report into, as Loader passes its own. */
    final long[] problem = new long[jos.loader.Problem.SIZE];
    static final long TABLES = 0x7000_0000_0000L, FILE = 0x7100_0000_0000L, FLAGS = 0x7200_0000_0000L;
    static final long TEXT = 0xffffffff80000000L, RODATA = 0xffffffff80001000L, DATA = 0xffffffff80002000L;
    private Machine machine;
    private long map;
    private int count;
    private long file;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(TABLES, 0x10000);
        machine.memory().map(FLAGS, 8);
        machine.memory().map(0x100000, 0x800000);
        long[][] firmware = {{0x1000, 0x9e000, MemoryType.USABLE}, {0x9fc00, 0x400, MemoryType.RESERVED},
            {0x100000, 0x800000, MemoryType.USABLE}, {0x7fe0000L, 0x20000, MemoryType.ACPI_RECLAIMABLE},
            {0xfec00000L, 0x1000, MemoryType.RESERVED}, {0x100000000L, 0x40000000L, MemoryType.USABLE},
            {0x140000000L, 0x200000, MemoryType.RESERVED}, {0x140200000L, 0x200000, MemoryType.ACPI_NVS}};
        for (int i = 0; i < firmware.length; i++) MemoryMapEntry.set(TABLES + 24L * i, firmware[i][0], firmware[i][1], firmware[i][2]);
        PhysicalAllocator.init(TABLES, firmware.length, TABLES + 0x1000, 64, TABLES + 0x2000, 8);
        Problem.clear(problem);
        byte[] elf = new ElfWriter().entry(TEXT).load(TEXT, ElfWriter.PF_R | ElfWriter.PF_X, new byte[0x800], 0x800)
                .load(RODATA, ElfWriter.PF_R, new byte[0x100], 0x100).load(DATA, ElfWriter.PF_R | ElfWriter.PF_W, new byte[0x10], 0x3000)
                .build();
        file = machine.memory().map(FILE, elf);
        assertTrue(ElfChecker.check(file, elf.length, problem));
        assertTrue(KernelImage.load(file, elf.length, problem));
        PhysicalAllocator.claim(0xfd000000L, 0x300000, MemoryType.FRAMEBUFFER, problem);
        map = TABLES + 0x4000;
        count = jos.loader.memory.MemoryMapBuilder.build(TABLES, firmware.length, PhysicalAllocator.claimTable(),
                PhysicalAllocator.claimCount(), map, 64, TABLES + 0x8000, problem);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    private long flags() {
        return machine.memory().read64(FLAGS);
    }

    @Test
    void revisionThreeMapsOnlyTheNarrowHhdm() {
        long pml4 = AddressSpace.build(map, count, true, 0xfd000000L, 0x300000, file, true, true, problem);
        assertTrue(pml4 != 0, () -> Problem.message(problem));
        assertEquals(0x200000, PageTables.translate(pml4, Hhdm.OFFSET + 0x200000, 0), "usable");
        assertEquals(0x105000, PageTables.translate(pml4, Hhdm.OFFSET + 0x105000, 0));
        assertEquals(0x120000000L, PageTables.translate(pml4, Hhdm.OFFSET + 0x120000000L, 0), "usable above 4 GiB");
        assertEquals(KernelImage.physicalBase, PageTables.translate(pml4, Hhdm.OFFSET + KernelImage.physicalBase, 0), "kernel");
        assertEquals(-1, PageTables.translate(pml4, Hhdm.OFFSET + 0x7fe0000L, 0), "ACPI tables are not in the revision 3 HHDM");
        assertEquals(-1, PageTables.translate(pml4, Hhdm.OFFSET + 0xfec00000L, 0), "MMIO is not in the revision 3 HHDM");
        assertEquals(-1, PageTables.translate(pml4, Hhdm.OFFSET + 0x140000000L, 0), "reserved above 4 GiB");
        assertEquals(0xfd100000L, PageTables.translate(pml4, Hhdm.OFFSET + 0xfd100000L, FLAGS), "framebuffer");
        assertEquals(PageTableEntry.PAT_HUGE | PageTableEntry.WRITE_THROUGH, flags() & (PageTableEntry.PAT_HUGE
                | PageTableEntry.WRITE_THROUGH | PageTableEntry.CACHE_DISABLE), "write-combining through PAT entry 5");
        assertEquals(0xfec00000L, PageTables.translate(pml4, 0xfec00000L, 0), "the extra identity map covers the low 4 GiB");
        assertEquals(-1, PageTables.translate(pml4, 0x120000000L, 0), "identity map stops at 4 GiB");
    }

    @Test
    void revisionTwoMapsAllOfTheLowFourGigabytesAndNonReservedAbove() {
        long pml4 = AddressSpace.build(map, count, false, 0, 0, file, true, false, problem);
        assertEquals(0x7fe0000L, PageTables.translate(pml4, Hhdm.OFFSET + 0x7fe0000L, 0));
        assertEquals(0xfec00000L, PageTables.translate(pml4, Hhdm.OFFSET + 0xfec00000L, 0));
        assertEquals(0x120000000L, PageTables.translate(pml4, Hhdm.OFFSET + 0x120000000L, 0));
        assertEquals(-1, PageTables.translate(pml4, Hhdm.OFFSET + 0x140000000L, 0), "reserved above 4 GiB");
        assertEquals(0x140200000L, PageTables.translate(pml4, Hhdm.OFFSET + 0x140200000L, 0), "ACPI NVS above 4 GiB");
    }

    @Test
    void kernelSegmentsHaveTheirPermissions() {
        long pml4 = AddressSpace.build(map, count, true, 0, 0, file, true, false, problem);
        long phys = KernelImage.physicalBase;
        assertEquals(phys + 0x10, PageTables.translate(pml4, TEXT + 0x10, FLAGS));
        assertEquals(0, flags() & (PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE), "text: read-only, executable");
        assertEquals(phys + 0x1000, PageTables.translate(pml4, RODATA, FLAGS));
        assertEquals(PageTableEntry.NO_EXECUTE, flags() & (PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE), "rodata");
        assertEquals(phys + 0x4fff, PageTables.translate(pml4, DATA + 0x2fff, FLAGS), ".bss mapped");
        assertEquals(PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE, flags() & (PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE));
        assertEquals(-1, PageTables.translate(pml4, DATA + 0x3000, 0));
    }

    @Test
    void withoutNxNoPageIsNoExecute() {
        long pml4 = AddressSpace.build(map, count, true, 0, 0, file, false, false, problem);
        PageTables.translate(pml4, DATA, FLAGS);
        assertEquals(0, flags() & PageTableEntry.NO_EXECUTE);
    }
}
