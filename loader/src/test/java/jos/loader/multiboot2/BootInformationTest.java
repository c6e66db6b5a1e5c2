package jos.loader.multiboot2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.sim.Machine;
import jos.loader.Problem;
import jos.loader.memory.MemoryMapEntry;
import jos.loader.memory.MemoryType;
import jos.loader.testing.MbiBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BootInformationTest {
    /** The record the loader's checks report into, as Loader passes its own. */
    final long[] problem = new long[jos.loader.Problem.SIZE];
    static final long MBI = 0x10000;
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

    private long install(byte[] mbi) {
        machine.memory().map(MBI, mbi);
        return MBI;
    }

    static MbiBuilder ovmfLike() {
        return new MbiBuilder().string(1, "").string(2, "GRUB 2.06-13+deb12u1")
                .module(0x98000, 0x9bad8, "/boot/kernel.elf console=serial  verbose")
                .module(0x9c000, 0x9c014, "/boot/hello.txt")
                .module(0x9d000, 0x9d100, "/boot/init")
                .basicMemoryInfo(640, 523264)
                .memoryMap(0, 0xa0000, 1, 0x100000, 0x700000, 1, 0x800000, 0x8000, 4, 0x808000, 0x3000, 1, 0x7fb7b000L, 0x4000, 3,
                        0x7fb7f000L, 0x80000, 4, 0xb0000000L, 0x10000000L, 2, 0x100000000L, 0x80000000L, 1, 0xfd00000000L,
                        0x300000000L, 2, 0x200000000L, 0x1000, 5)
                .framebuffer(0xc0000000L, 4096, 1024, 768, 32, 1, 16, 8, 8, 8, 0, 8)
                .efi64(0x7f9ee018L)
                .raw(14, new byte[20]).raw(15, new byte[36]).raw(17, new byte[8 + 48]);
    }

    @Test
    void findsEveryTagTheLoaderUses() {
        assertTrue(BootInformation.parse(install(ovmfLike().build()), problem), () -> Problem.message(problem));
        assertEquals(3, BootInformation.moduleCount);
        assertTrue(BootInformation.isUefi());
        assertTrue(BootInformation.commandLine != 0 && BootInformation.loaderName != 0 && BootInformation.basicMemoryInfo != 0);
        assertTrue(BootInformation.memoryMap != 0 && BootInformation.framebuffer != 0 && BootInformation.efiMemoryMap != 0);
        assertEquals(BootInformation.rsdpNew + 8, BootInformation.rsdp(), "the new RSDP is preferred");
        assertEquals(36, BootInformation.rsdpLength());
        assertEquals("GRUB 2.06-13+deb12u1", machine.memory().cString(BootInformation.loaderName + Tags.STRING));
        assertEquals(0x7f9ee018L, machine.memory().read64(BootInformation.efiSystemTable + Tags.EfiSystemTable64.POINTER));
        assertEquals(0, BootInformation.address & 7);
    }

    @Test
    void seaBiosHasOnlyTheOldRsdp() {
        byte[] mbi = new MbiBuilder().module(0x200000, 0x201000, "/boot/kernel.elf").memoryMap(0, 0x9fc00, 1)
                .raw(14, new byte[20]).build();
        assertTrue(BootInformation.parse(install(mbi), problem));
        assertFalse(BootInformation.isUefi());
        assertEquals(BootInformation.rsdpOld + 8, BootInformation.rsdp());
        assertEquals(20, BootInformation.rsdpLength());
    }

    @Test
    void modulePathAndCommandLine() {
        assertTrue(BootInformation.parse(install(ovmfLike().build()), problem));
        long kernel = Modules.tag(0), hello = Modules.tag(1), init = Modules.tag(2);
        assertEquals(0, Modules.tag(3));
        assertEquals(0x98000, Modules.start(kernel));
        assertEquals(0x3ad8, Modules.size(kernel));
        assertEquals("/boot/kernel.elf", string(Modules.string(kernel), Modules.pathLength(kernel)));
        assertEquals("console=serial  verbose", string(Modules.commandLine(kernel), Modules.commandLineLength(kernel)));
        assertEquals("/boot/hello.txt", string(Modules.string(hello), Modules.pathLength(hello)));
        assertEquals("", string(Modules.commandLine(hello), Modules.commandLineLength(hello)));
        assertEquals("/boot/init", string(Modules.string(init), Modules.pathLength(init)));
        assertEquals(0, Modules.commandLineLength(init));
    }

    private String string(long address, long length) {
        return new String(machine.memory().bytes(address, (int) length), java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void memoryMapConvertsToLimineTypes() {
        assertTrue(BootInformation.parse(install(ovmfLike().build()), problem));
        long table = 0x100000;
        machine.memory().map(table, 0x1000);
        assertEquals(10, FirmwareMap.convert(BootInformation.memoryMap, table, 64, problem));
        long[] types = {MemoryType.USABLE, MemoryType.USABLE, MemoryType.ACPI_NVS, MemoryType.USABLE, MemoryType.ACPI_RECLAIMABLE,
            MemoryType.ACPI_NVS, MemoryType.RESERVED, MemoryType.USABLE, MemoryType.RESERVED, MemoryType.BAD_MEMORY};
        for (int i = 0; i < types.length; i++) assertEquals(types[i], MemoryMapEntry.type(MemoryMapEntry.at(table, i)), "entry " + i);
        assertEquals(0x100000000L, MemoryMapEntry.base(MemoryMapEntry.at(table, 7)));
        assertEquals(0x80000000L, MemoryMapEntry.length(MemoryMapEntry.at(table, 7)));
        assertEquals(-1, FirmwareMap.convert(BootInformation.memoryMap, table, 4, problem));
        assertEquals("firmware memory map has too many entries; capacity", Problem.message(problem));
    }

    @Test
    void missingMemoryMapIsAnError() {
        assertEquals(-1, FirmwareMap.convert(0, 0, 1, problem));
        assertEquals("GRUB passed no memory map (multiboot2 tag 6)", Problem.message(problem));
    }

    @Test
    void tagPastTheEndIsRefused() {
        byte[] mbi = ovmfLike().build();
        jos.elf.ElfWriter.put32(mbi, 8 + 4, 0x10000); // first tag claims 64 KiB
        assertFalse(BootInformation.parse(install(mbi), problem));
        assertEquals("multiboot2 tag extends past total_size at", Problem.message(problem));
        assertEquals(MBI + 8, Problem.value(problem));
    }

    @Test
    void tinyTagIsRefused() {
        byte[] mbi = ovmfLike().build();
        jos.elf.ElfWriter.put32(mbi, 8 + 4, 4);
        assertFalse(BootInformation.parse(install(mbi), problem));
        assertEquals("multiboot2 tag smaller than its header at", Problem.message(problem));
    }

    @Test
    void missingEndTagIsRefused() {
        byte[] mbi = ovmfLike().build();
        jos.elf.ElfWriter.put32(mbi, 0, mbi.length - 8); // total_size excludes the end tag
        assertFalse(BootInformation.parse(install(mbi), problem));
        assertEquals("multiboot2 information has no end tag; tags end at", Problem.message(problem));
    }

    @Test
    void implausibleSizeAndAlignmentAreRefused() {
        byte[] mbi = ovmfLike().build();
        jos.elf.ElfWriter.put32(mbi, 0, 8);
        assertFalse(BootInformation.parse(install(mbi), problem));
        assertEquals("multiboot2 information has an implausible total_size", Problem.message(problem));
        assertFalse(BootInformation.parse(MBI + 4, problem));
        assertEquals("multiboot2 information is not 8-byte aligned", Problem.message(problem));
    }
}
