package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jos.elf.ElfHeader;
import jos.hw.Memory;
import jos.x86.ControlRegister;
import jos.x86.Msr;
import jos.x86.PageTableEntry;
import jos.x86.Pat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kernel's own tables for the 10 GiB QEMU-like map: every leaf of the built tree is compared with
 * the mappings the design promises (HHDM spans with greedy page sizes, the kernel's segments), and
 * nothing else may be mapped.
 */
class KernelAddressSpaceTest {
    static final long HHDM = SimulatedRam.HHDM;
    static final long G = PageTableEntry.GLOBAL, W = PageTableEntry.WRITABLE, NX = PageTableEntry.NO_EXECUTE;
    SimulatedRam ram;

    @BeforeEach
    void setUp() {
        ram = new SimulatedRam();
        SimulatedRam.boot(SimulatedRam.bigMap());
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    record Expected(long physical, int level, long permissions, int type) {
    }

    /** The greedy choice the builder promises: the largest page both addresses' alignment and the rest allow. */
    static void expectSpan(Map<Long, Expected> out, long virtual, long physical, long length, long permissions, int type,
                           boolean gigabytes) {
        for (long offset = 0; offset < length; ) {
            long v = virtual + offset, p = physical + offset, left = length - offset;
            int level = gigabytes && ((v | p) & (PageTableEntry.SIZE_1G - 1)) == 0 && left >= PageTableEntry.SIZE_1G ? 3
                    : ((v | p) & (PageTableEntry.SIZE_2M - 1)) == 0 && left >= PageTableEntry.SIZE_2M ? 2 : 1;
            out.put(v, new Expected(p, level, permissions, type));
            offset += PageTableEntry.pageSize(level);
        }
    }

    static Map<Long, Expected> expectedMappings(boolean gigabytes, boolean nx) {
        long nxBit = nx ? NX : 0;
        Map<Long, Expected> m = new HashMap<>();
        long hhdm = W | nxBit | G;
        // The HHDM: map entries rounded out to 4 KiB, touching entries of one memory type merged, bad memory left out.
        long[][] spans = {
                {0x1000, 0xa0000, Pat.WRITE_BACK},
                {0xf0000, 0x8000000, Pat.WRITE_BACK},
                {0xb0000000L, 0xc0000000L, Pat.WRITE_BACK},
                {0xfd000000L, 0xfd300000L, Pat.WRITE_COMBINING},
                {0xfeffc000L, 0xff000000L, Pat.WRITE_BACK},
                {0xfffc0000L, 0x2_8000_0000L, Pat.WRITE_BACK},
        };
        for (long[] s : spans) expectSpan(m, HHDM + s[0], s[0], s[1] - s[0], hhdm, (int) s[2], gigabytes);
        // The kernel: text r-x, rodata r--, data rw-, bss rw-, all global.
        expectSpan(m, FakeKernel.VIRTUAL_BASE, FakeKernel.PHYSICAL_BASE, 0x19000, G, Pat.WRITE_BACK, gigabytes);
        expectSpan(m, FakeKernel.VIRTUAL_BASE + 0x19000, FakeKernel.PHYSICAL_BASE + 0x19000, 0x6000, G | nxBit, 0, gigabytes);
        expectSpan(m, FakeKernel.VIRTUAL_BASE + 0x1f000, FakeKernel.PHYSICAL_BASE + 0x1f000, 0x33000, G | W | nxBit, 0, gigabytes);
        expectSpan(m, FakeKernel.VIRTUAL_BASE + 0x200000, FakeKernel.PHYSICAL_BASE + 0x200000, 0x400000, G | W | nxBit, 0, gigabytes);
        return m;
    }

    void checkEveryMapping(boolean gigabytes, boolean nx) {
        long file = FakeKernel.write();
        assertTrue(KernelAddressSpace.build(file, FakeKernel.PHYSICAL_BASE, FakeKernel.VIRTUAL_BASE), () -> Problem.message());
        long root = KernelAddressSpace.root();
        Map<Long, Expected> expected = expectedMappings(gigabytes, nx);
        List<TableWalk.Leaf> leaves = TableWalk.leaves(root);
        List<String> wrong = new ArrayList<>();
        for (TableWalk.Leaf l : leaves) {
            Expected e = expected.remove(l.virtual());
            String at = String.format("0x%x", l.virtual());
            if (e == null) {
                wrong.add("unexpected mapping at " + at);
                continue;
            }
            if (e.physical != l.physical()) wrong.add(at + " maps " + Long.toHexString(l.physical()));
            if (e.level != l.level()) wrong.add(at + " level " + l.level() + " instead of " + e.level);
            if (e.permissions != PageTableEntry.permissions(l.entry())) wrong.add(at + " permissions " + Long.toHexString(l.entry()));
            if (e.type != PageTableEntry.pat(l.entry(), l.level())) wrong.add(at + " memory type " + PageTableEntry.pat(l.entry(), l.level()));
            if ((l.entry() & PageTableEntry.USER) != 0) wrong.add(at + " is user-accessible");
        }
        for (long v : expected.keySet()) wrong.add(String.format("missing mapping at 0x%x", v));
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " wrong mappings, the first 20");
        for (int i = 0; i < 256; i++) assertEquals(0, Memory.read64(Hhdm.virt(root) + 8L * i), "lower half empty: no identity map");
        for (int i = 256; i < 512; i++) {
            assertTrue((Memory.read64(Hhdm.virt(root) + 8L * i) & PageTableEntry.PRESENT) != 0, "every higher-half PML4 entry exists");
        }
    }

    @Test
    void everyMappingWithGigabytePages() {
        checkEveryMapping(true, true);
        long root = KernelAddressSpace.root();
        assertEquals(0x1_4000_0123L, PageTables.translate(root, HHDM + 0x1_4000_0123L));
        assertEquals(3, PageTables.leafLevel(root, HHDM + 0x1_4000_0123L));
        assertEquals(-1, PageTables.translate(root, HHDM + 0x800_0000), "bad memory is not mapped");
        assertEquals(-1, PageTables.translate(root, HHDM + 0xa_0000), "nor holes");
        assertEquals(-1, PageTables.translate(root, 0x10_0000), "nor an identity map");
        assertEquals(-1, PageTables.translate(root, FakeKernel.VIRTUAL_BASE + 0x52000), "nor past the kernel's data");
    }

    @Test
    void everyMappingWithoutGigabytePagesOrNx() {
        PagingFeatures.set(false, false, true, true);
        checkEveryMapping(false, false);
    }

    @Test
    void tablesComeFromTheAllocatorAsPageTables() {
        long before = PhysicalMemory.bytes(Usage.PAGE_TABLES);
        assertTrue(KernelAddressSpace.build(FakeKernel.write(), FakeKernel.PHYSICAL_BASE, FakeKernel.VIRTUAL_BASE));
        assertEquals(Usage.PAGE_TABLES, PhysicalMemory.usageOf(KernelAddressSpace.root()));
        long tables = PhysicalMemory.bytes(Usage.PAGE_TABLES) - before;
        assertTrue(tables >= (1 + 256) * 4096 && tables < (1 + 256 + 16) * 4096, "the PML4, 256 PDPTs, a few more: " + tables);
    }

    @Test
    void activateLoadsTheTablesAndTurnsOnWhatTheyUse() {
        ram.machine.cpu().defineMsr(Msr.IA32_EFER, 0x500);
        ram.machine.cpu().cr4 = 0x20 | ControlRegister.CR4_PGE;
        assertTrue(KernelAddressSpace.build(FakeKernel.write(), FakeKernel.PHYSICAL_BASE, FakeKernel.VIRTUAL_BASE));
        KernelAddressSpace.activate();
        assertEquals(KernelAddressSpace.root(), ram.machine.cpu().cr3);
        assertEquals(0x20 | ControlRegister.CR4_PGE, ram.machine.cpu().cr4);
        assertEquals(0xd00, ram.machine.cpu().readMsr(Msr.IA32_EFER), "NXE");
        assertEquals(0x0007_0105_0007_0406L, ram.machine.cpu().readMsr(Msr.IA32_PAT), "PAT0 WB .. PAT5 WC");
    }

    @Test
    void aFramebufferTheMapDoesNotListIsMappedWriteCombining() {
        assertTrue(KernelAddressSpace.build(FakeKernel.write(), FakeKernel.PHYSICAL_BASE, FakeKernel.VIRTUAL_BASE));
        long root = KernelAddressSpace.root();
        assertEquals(-1, PageTables.translate(root, HHDM + 0xc000_0000L));
        assertTrue(KernelAddressSpace.mapWriteCombining(0xc000_0000L, 0x1f_f000));
        for (long p = 0xc000_0000L; p < 0xc01f_f000L; p += 0x1000) {
            assertEquals(p, PageTables.translate(root, HHDM + p));
            assertEquals(1, PageTables.leafLevel(root, HHDM + p));
            assertEquals(Pat.WRITE_COMBINING, PageTableEntry.pat(PageTables.leafEntry(root, HHDM + p), 1));
            assertEquals(W | NX | G, PageTableEntry.permissions(PageTables.leafEntry(root, HHDM + p)));
        }
        assertEquals(-1, PageTables.translate(root, HHDM + 0xc01f_f000L));
        assertTrue(KernelAddressSpace.mapWriteCombining(0xfd00_0000L, 0x30_0000), "already mapped: left alone");
        assertTrue(KernelAddressSpace.mapWriteCombining(0x10_0000, 0x1000), "even when write-back");
        assertEquals(0x10_0000, PageTables.translate(root, HHDM + 0x10_0000));
        assertEquals(Pat.WRITE_BACK, PageTableEntry.pat(PageTables.leafEntry(root, HHDM + 0x10_0000), PageTables.leafLevel(root, HHDM + 0x10_0000)));
    }

    @Test
    void aKernelThatIsNotElfIsRefused() {
        long file = FakeKernel.write();
        Memory.write8(file, (byte) 0);
        assertFalse(KernelAddressSpace.build(file, FakeKernel.PHYSICAL_BASE, FakeKernel.VIRTUAL_BASE));
        assertEquals("not an ELF file; magic", Problem.message());
        assertEquals(0, KernelAddressSpace.root());
    }

    @Test
    void aKernelForAnotherMachineIsRefused() {
        long file = FakeKernel.write();
        Memory.write16(file + ElfHeader.E_MACHINE, (short) 183);
        assertFalse(KernelAddressSpace.build(file, FakeKernel.PHYSICAL_BASE, FakeKernel.VIRTUAL_BASE));
        assertEquals("ELF e_machine is not EM_X86_64 (62); e_machine", Problem.message());
        assertEquals(183, Problem.value());
    }

    @Test
    void programHeaderCountOutOfRangeIsRefused() {
        long file = FakeKernel.write();
        Memory.write16(file + ElfHeader.E_PHNUM, (short) 0);
        assertFalse(KernelImage.check(file));
        assertEquals("kernel ELF program header count out of range", Problem.message());
        Memory.write16(file + ElfHeader.E_PHNUM, (short) (KernelImage.MAX_PROGRAM_HEADERS + 1));
        assertFalse(KernelImage.check(file));
        assertEquals(KernelImage.MAX_PROGRAM_HEADERS + 1, Problem.value());
    }

    @Test
    void theKernelImageSizeComesFromTheSegments() {
        assertEquals(0x600000, KernelImage.imageBytes(FakeKernel.write(), FakeKernel.VIRTUAL_BASE));
    }
}
