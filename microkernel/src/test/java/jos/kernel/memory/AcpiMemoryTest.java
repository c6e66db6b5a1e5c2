package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.kernel.acpi.AcpiMemory;
import jos.x86.PageTableEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ACPI tables outside the HHDM are mapped while read (read-only, no-execute) and unmapped after. */
class AcpiMemoryTest {
    static final long HHDM = SimulatedRam.HHDM;
    SimulatedRam ram;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
    }

    @AfterEach
    void tearDown() {
        AcpiMemory.release();
        ram.close();
    }

    @Test
    void unmappedTablesAreMappedOnDemandAndReleasedAgain() {
        long root = KernelAddressSpace.root();
        long physical = 0xc000_0f00L;   // in no memory map entry; spans three pages
        assertEquals(-1, PageTables.translate(root, HHDM + 0xc000_0000L));
        assertEquals(HHDM + physical, AcpiMemory.reach(physical, 0x1200));
        for (long p = 0xc000_0000L; p <= 0xc000_2000L; p += 0x1000) {
            assertEquals(p, PageTables.translate(root, HHDM + p));
            assertEquals(PageTableEntry.NO_EXECUTE, PageTableEntry.permissions(PageTables.leafEntry(root, HHDM + p)), "read-only, no-execute");
        }
        assertEquals(-1, PageTables.translate(root, HHDM + 0xc000_3000L), "nothing beyond the range");
        assertEquals(3, AcpiMemory.release());
        for (long p = 0xc000_0000L; p <= 0xc000_2000L; p += 0x1000) assertEquals(-1, PageTables.translate(root, HHDM + p));
    }

    @Test
    void tablesTheHhdmCoversNeedNoMapping() {
        assertEquals(HHDM + 0x7fe_0010L, AcpiMemory.reach(0x7fe_0010L, 0x100));   // ACPI reclaimable: in the HHDM
        assertEquals(0, AcpiMemory.release());
    }
}
