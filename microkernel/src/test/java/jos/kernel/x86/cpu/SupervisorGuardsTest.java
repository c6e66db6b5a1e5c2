package jos.kernel.x86.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CPUID leaf 7 to the CR4 guard bits, and what enabling them leaves in CR4. */
class SupervisorGuardsTest {
    static final int SMEP_EBX = 1 << 7, SMAP_EBX = 1 << 20, UMIP_ECX = 1 << 2;
    Machine machine;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    @Test
    void eachCpuidBitGivesItsCr4Bit() {
        assertEquals(1L << 20, SupervisorGuards.supported(7, SMEP_EBX, 0));
        assertEquals(1L << 21, SupervisorGuards.supported(7, SMAP_EBX, 0));
        assertEquals(1L << 11, SupervisorGuards.supported(7, 0, UMIP_ECX));
        assertEquals(0x30_0800L, SupervisorGuards.supported(0xd, SMEP_EBX | SMAP_EBX | 0x1ff, UMIP_ECX | 1));
        assertEquals(0, SupervisorGuards.supported(7, ~(SMEP_EBX | SMAP_EBX), ~UMIP_ECX), "other bits turn on nothing");
    }

    @Test
    void aCpuWithoutLeaf7HasNoGuards() {
        assertEquals(0, SupervisorGuards.supported(6, -1, -1));
    }

    @Test
    void enablingKeepsTheOtherCr4BitsAndReportsTheGuards() {
        machine.cpu().cpuid((leaf, sub) -> leaf == 0 ? new int[] {0xd, 0, 0, 0}
                : leaf == 7 ? new int[] {0, SMEP_EBX | SMAP_EBX, UMIP_ECX, 0} : new int[4]);
        machine.cpu().cr4 = 0xa0;
        assertEquals(SupervisorGuards.SMEP | SupervisorGuards.SMAP | SupervisorGuards.UMIP, SupervisorGuards.enableOnThisCpu());
        assertEquals(0xa0 | 0x30_0800L, machine.cpu().cr4);
        assertEquals("smep smap umip", SupervisorGuards.names(machine.cpu().cr4));
    }

    @Test
    void qemu64HasNone() {
        machine.cpu().cpuid((leaf, sub) -> leaf == 0 ? new int[] {0xd, 0, 0, 0} : new int[4]);
        machine.cpu().cr4 = 0xa0;
        assertEquals(0, SupervisorGuards.enableOnThisCpu());
        assertEquals(0xa0, machine.cpu().cr4);
        assertEquals("none", SupervisorGuards.names(0));
        assertEquals("smap umip", SupervisorGuards.names(SupervisorGuards.SMAP | SupervisorGuards.UMIP));
        assertEquals("smep", SupervisorGuards.names(SupervisorGuards.SMEP));
    }
}
