package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.kernel.console.LogText;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The physical map by usage: built from a memory map, queried by address, changed by allocation. */
class PhysicalMemoryTest {
    SimulatedRam ram;

    @BeforeEach
    void setUp() {
        ram = new SimulatedRam();
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    @Test
    void everyAddressHasTheUsageOfItsEntry() {
        SimulatedRam.boot(SimulatedRam.bigMap());
        long table = PhysicalMemory.frameTable();
        long tableBytes = PhysicalMemory.roundUp(PhysicalMemory.frameCount(), 4096);
        assertEquals(0x100000, table, "the frame table goes into the first usable region large enough");
        assertEquals(0x2_8000_0000L >>> 12, PhysicalMemory.frameCount());
        assertEquals(Usage.HOLE, PhysicalMemory.usageOf(0), "not in the map");
        assertEquals(Usage.FREE, PhysicalMemory.usageOf(0x1000));
        assertEquals(Usage.FREE, PhysicalMemory.usageOf(0x9efff));
        assertEquals(Usage.RESERVED, PhysicalMemory.usageOf(0x9f000), "a reserved entry claims every frame it touches");
        assertEquals(Usage.HOLE, PhysicalMemory.usageOf(0xa0000));
        assertEquals(Usage.RESERVED, PhysicalMemory.usageOf(0xf0000));
        assertEquals(Usage.MEMORY_METADATA, PhysicalMemory.usageOf(table));
        assertEquals(Usage.MEMORY_METADATA, PhysicalMemory.usageOf(table + tableBytes - 1));
        assertEquals(Usage.FREE, PhysicalMemory.usageOf(table + tableBytes));
        assertEquals(Usage.MODULES, PhysicalMemory.usageOf(0x2000000));
        assertEquals(Usage.LOADER_RECLAIMABLE, PhysicalMemory.usageOf(0x28fffff));
        assertEquals(Usage.ACPI_RECLAIMABLE, PhysicalMemory.usageOf(0x7fe0000));
        assertEquals(Usage.BAD, PhysicalMemory.usageOf(0x8000000));
        assertEquals(Usage.HOLE, PhysicalMemory.usageOf(0x8001000));
        assertEquals(Usage.RESERVED, PhysicalMemory.usageOf(0xb0000000L));
        assertEquals(Usage.FRAMEBUFFER, PhysicalMemory.usageOf(0xfd2fffffL));
        assertEquals(Usage.ACPI_NVS, PhysicalMemory.usageOf(0xfeffc000L));
        assertEquals(Usage.FREE, PhysicalMemory.usageOf(0x2_7fff_f000L));
        assertEquals(Usage.HOLE, PhysicalMemory.usageOf(0x2_8000_0000L), "above the last entry");
    }

    @Test
    void bytesPerUsageAddUp() {
        SimulatedRam.boot(SimulatedRam.bigMap());
        long tableBytes = PhysicalMemory.roundUp(PhysicalMemory.frameCount(), 4096);
        long usable = 0x9e000 + 0x1f00000 + 0x56e0000 + 0x1_8000_0000L;
        assertEquals(usable - tableBytes, PhysicalMemory.bytes(Usage.FREE));
        assertEquals(tableBytes, PhysicalMemory.bytes(Usage.MEMORY_METADATA));
        assertEquals(0x800000, PhysicalMemory.bytes(Usage.MODULES));
        assertEquals(0x300000, PhysicalMemory.bytes(Usage.FRAMEBUFFER), "counted from the boot regions above RAM");
        assertEquals(0x4000, PhysicalMemory.bytes(Usage.ACPI_NVS));
        assertEquals(0x1000 + 0x10000 + 0x10000000L + 0x40000, PhysicalMemory.bytes(Usage.RESERVED),
                "the frame around 0x9fc00, the BIOS area, ECAM, firmware");
    }

    @Test
    void usageChangesMoveBytesBetweenUsages() {
        SimulatedRam.boot(SimulatedRam.bigMap());
        long modules = PhysicalMemory.bytes(Usage.MODULES);
        assertTrue(PhysicalMemory.setUsage(0x2000000, 0x52001, Usage.KERNEL_IMAGE));
        assertEquals(0x53000, PhysicalMemory.bytes(Usage.KERNEL_IMAGE), "rounded out to whole frames");
        assertEquals(modules - 0x53000, PhysicalMemory.bytes(Usage.MODULES));
        assertEquals(Usage.KERNEL_IMAGE, PhysicalMemory.usageOf(0x2052000));
        assertEquals(Usage.MODULES, PhysicalMemory.usageOf(0x2053000));
        assertFalse(PhysicalMemory.setUsage(0x2_8000_0000L, 4096, Usage.HEAP));
    }

    @Test
    void theSummaryNamesEveryUsageWithMemory() {
        SimulatedRam.boot(SimulatedRam.smallMap());
        PhysicalMemory.printSummary();
        assertEquals("""
                [   0.000000] I cpu 0: memory:   free 65128 KiB
                [   0.000000] I cpu 0: memory:   memory metadata 16 KiB
                [   0.000000] I cpu 0: memory:   reserved 68 KiB
                """, LogText.plain(ram.serial.text()));
    }

    @Test
    void frameZeroIsNeverFree() {
        SimulatedRam.boot(new long[][] {{0, 0x9f000, Usage.FREE}, {0x100000, 0x100000, Usage.FREE}});
        assertEquals(Usage.RESERVED, PhysicalMemory.usageOf(0));
        assertEquals(Usage.MEMORY_METADATA, PhysicalMemory.usageOf(0x1000), "the table is placed after frame 0");
        assertEquals(Usage.FREE, PhysicalMemory.usageOf(0x2000));
    }

    @Test
    void badMapsAreRefused() {
        PhysicalMemory.reset();
        assertTrue(PhysicalMemory.addRegion(0x100000, 0x1000, Usage.FREE));
        assertFalse(PhysicalMemory.addRegion(0x100800, 0x1000, Usage.FREE));
        assertEquals("memory map entries unsorted or overlapping at", Problem.message());
        assertEquals(0x100800, Problem.value());
        PhysicalMemory.reset();
        assertTrue(PhysicalMemory.addRegion(0xf0000, 0x10000, Usage.RESERVED));
        assertFalse(PhysicalMemory.build());
        assertEquals("memory map has no RAM; entries", Problem.message());
        PhysicalMemory.reset();
        for (int i = 0; i < PhysicalMemory.MAX_REGIONS; i++) assertTrue(PhysicalMemory.addRegion(i * 0x2000L, 0x1000, Usage.FREE));
        assertFalse(PhysicalMemory.addRegion(0x1000_0000, 0x1000, Usage.FREE));
        assertEquals("memory map has too many entries; limit", Problem.message());
    }

    @Test
    void aMapWithoutRoomForTheFrameTableIsRefused() {
        PhysicalMemory.reset();
        assertTrue(PhysicalMemory.addRegion(0x1000, 0x1000, Usage.FREE));
        assertTrue(PhysicalMemory.addRegion(0x100000, 0x1_0000_0000L, Usage.RESERVED));
        assertTrue(PhysicalMemory.addRegion(0x1_0010_0000L, 0x1000, Usage.ACPI_NVS));
        assertFalse(PhysicalMemory.build());
        assertEquals("no usable region holds the frame table; bytes", Problem.message());
    }
}
