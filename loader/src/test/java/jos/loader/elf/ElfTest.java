package jos.loader.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import jos.hw.sim.Machine;
import jos.loader.Problem;
import jos.loader.memory.MemoryMapEntry;
import jos.loader.memory.MemoryType;
import jos.loader.memory.PhysicalAllocator;
import jos.elf.ElfWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ElfTest {
    /** The record the loader's checks report into, as Loader passes its own. */
    final long[] problem = new long[jos.loader.Problem.SIZE];
    static final long TEXT = 0xffffffff80000000L, DATA = 0xffffffff80002000L;
    static final long FILE = 0x800000;
    private Machine machine;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        Problem.clear(problem);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (seed + i * 7);
        return b;
    }

    /** A well-formed kernel: text (R+X, 0x1800 bytes), data (R+W, 0x100 bytes in file, 0x3000 in memory). */
    static ElfWriter good() {
        return new ElfWriter().entry(TEXT + 0x10).load(TEXT, ElfWriter.PF_R | ElfWriter.PF_X, bytes(0x1800, 1), 0x1800)
                .load(DATA, ElfWriter.PF_R | ElfWriter.PF_W, bytes(0x100, 3), 0x3000);
    }

    private boolean check(byte[] file) {
        machine.memory().map(FILE, file);
        return ElfChecker.check(FILE, file.length, problem);
    }

    private void assertRefused(byte[] file, String message, long value) {
        assertFalse(check(file));
        assertEquals(message, Problem.message(problem));
        assertEquals(value, Problem.value(problem));
    }

    private static byte[] patched(Consumer<byte[]> patch) {
        byte[] file = good().build();
        patch.accept(file);
        return file;
    }

    @Test
    void wellFormedKernelPasses() {
        assertTrue(check(good().build()), () -> Problem.message(problem));
    }

    /** The checks of any ELF file are jos.elf's (tested in lib/elf); their problems are passed on, about the kernel. */
    @Test
    void sharedChecksRefuseAsAboutTheKernel() {
        assertRefused(patched(f -> f[1] = 'X'), "not an ELF file; magic", 0x464c587fL);
        assertEquals("kernel", Problem.subject(problem));
        tearDown();
        setUp();
        assertRefused(patched(f -> ElfWriter.put64(f, 64 + 56 + 40, 0x80)), "ELF PT_LOAD has p_filesz > p_memsz; p_vaddr", DATA);
        assertEquals("kernel", Problem.subject(problem));
        tearDown();
        setUp();
        assertRefused(good().entry(DATA + 8).build(), "ELF entry point is outside every executable PT_LOAD segment; e_entry", DATA + 8);
        assertEquals("kernel", Problem.subject(problem));
    }

    /** Every malformation lib/elf refuses is refused by the loader too (one case per check). */
    @Test
    void everySharedRefusalStopsTheLoader() {
        java.util.List<byte[]> bad = java.util.List.of(java.util.Arrays.copyOf(good().build(), 63), patched(f -> f[4] = 1),
                patched(f -> f[5] = 2), patched(f -> ElfWriter.put16(f, 18, 183)), patched(f -> ElfWriter.put16(f, 16, 1)),
                patched(f -> ElfWriter.put16(f, 54, 64)), patched(f -> ElfWriter.put64(f, 32, -8)),
                patched(f -> ElfWriter.put64(f, 64 + 56 + 8, -0x80)), patched(f -> ElfWriter.put64(f, 64 + 56 + 48, 0x1800)),
                patched(f -> ElfWriter.put64(f, 64 + 56 + 48, 0x200000)),
                new ElfWriter().entry(TEXT).load(TEXT, ElfWriter.PF_X, bytes(16, 0), 16)
                        .load(0xfffffffffffff800L, ElfWriter.PF_W, bytes(16, 0), 0x1000).build(),
                new ElfWriter().entry(TEXT).load(TEXT, ElfWriter.PF_X, bytes(0x1000, 0), 0x1000)
                        .load(TEXT + 0xfff, ElfWriter.PF_W, bytes(16, 0), 16).build(),
                new ElfWriter().entry(TEXT).other(4, 0).other(0x6474e551, 0).build(), good().entry(TEXT + 0x1800).build());
        for (byte[] file : bad) {
            tearDown();
            setUp();
            assertFalse(check(file));
            assertEquals("kernel", Problem.subject(problem));
            long[] elf = new long[jos.elf.Problem.SIZE];
            assertFalse(jos.elf.ElfFile.check(FILE, file.length, elf));
            assertEquals(jos.elf.Problem.message(elf), Problem.message(problem), "the loader passes on lib/elf's reason");
            assertTrue(Problem.message(problem) != null);
        }
    }

    @Test
    void positionIndependentKernelIsRefused() {
        assertRefused(patched(f -> ElfWriter.put16(f, 16, 3)),
                "kernel is ET_DYN; position-independent kernels are not supported; e_type", 3);
        assertEquals(null, Problem.subject(problem));
    }

    @Test
    void segmentBelowTheHigherHalf() {
        byte[] file = new ElfWriter().entry(0xffffffff80000010L).load(0x400000, ElfWriter.PF_W, bytes(16, 0), 16)
                .load(0xffffffff80000000L, ElfWriter.PF_X, bytes(16, 0), 16).build();
        assertRefused(file, "kernel PT_LOAD is below the higher half (0xffffffff80000000); p_vaddr", 0x400000);
    }

    @Test
    void hugeSpanIsRefused() {
        byte[] file = new ElfWriter().entry(TEXT).load(TEXT, ElfWriter.PF_X, bytes(16, 0), 16)
                .load(TEXT + (1L << 30) + 0x1000, ElfWriter.PF_W, bytes(16, 0), 16).build();
        assertRefused(file, "kernel segments span more than 1 GiB; span", (1L << 30) + 0x2000);
    }

    @Test
    void loadsSegmentsContiguouslyAndZeroesBss() {
        byte[] file = good().build();
        machine.memory().map(FILE, file);
        machine.memory().map(0x100000, 0x600000);
        long table = 0x7000_0000_0000L;
        machine.memory().map(table, 0x10000);
        MemoryMapEntry.set(table, 0x100000, 0x600000, MemoryType.USABLE);
        PhysicalAllocator.init(table, 1, table + 0x1000, 16, table + 0x2000, 16);
        machine.memory().fill(0x200000, (byte) 0x55, 0x10000); // garbage where the image will go
        assertTrue(ElfChecker.check(FILE, file.length, problem));
        assertTrue(KernelImage.load(FILE, file.length, problem));
        assertEquals(0x200000, KernelImage.physicalBase, "2 MiB aligned");
        assertEquals(TEXT, KernelImage.virtualBase);
        assertEquals(0x5000, KernelImage.size);
        assertEquals(TEXT + 0x10, KernelImage.entry);
        byte[] text = bytes(0x1800, 1), data = bytes(0x100, 3);
        for (int i = 0; i < text.length; i++) assertEquals(text[i], machine.memory().read8(0x200000 + i));
        for (int i = 0x1800; i < 0x2000; i++) assertEquals(0, machine.memory().read8(0x200000 + i), "gap zeroed");
        for (int i = 0; i < data.length; i++) assertEquals(data[i], machine.memory().read8(0x202000 + i));
        for (int i = 0x100; i < 0x3000; i++) assertEquals(0, machine.memory().read8(0x202000 + i), ".bss zeroed");
        assertEquals(0x202010, KernelImage.physical(DATA + 0x10));
        long claim = MemoryMapEntry.at(table + 0x1000, 0);
        assertEquals(MemoryType.EXECUTABLE_AND_MODULES, MemoryMapEntry.type(claim));
        assertEquals(0x200000, MemoryMapEntry.base(claim));
        assertEquals(0x5000, MemoryMapEntry.length(claim));
    }

    @Test
    void loadFallsBackTo4KiBAlignmentWhenNo2MiBBlockIsFree() {
        byte[] file = good().build();
        machine.memory().map(FILE, file);
        machine.memory().map(0x100000, 0x80000);
        long table = 0x7000_0000_0000L;
        machine.memory().map(table, 0x10000);
        MemoryMapEntry.set(table, 0x100000, 0x80000, MemoryType.USABLE);
        PhysicalAllocator.init(table, 1, table + 0x1000, 16, table + 0x2000, 16);
        assertTrue(KernelImage.load(FILE, file.length, problem));
        assertEquals(0x100000, KernelImage.physicalBase);
    }
}
