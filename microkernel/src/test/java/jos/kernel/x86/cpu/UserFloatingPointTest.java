package jos.kernel.x86.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CR4 bits for SSE in ring 3, and CR0's x87 bits that go with them. */
class UserFloatingPointTest {
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
    void setsOsfxsrAndOsxmmexcptKeepingTheOtherBits() {
        machine.cpu().cr4 = 0x30_00a0L;
        assertEquals(0x600L, UserFloatingPoint.enableOnThisCpu());
        assertEquals(0x30_06a0L, machine.cpu().cr4);
    }

    @Test
    void cr0MonitorsTheCoprocessorAndDoesNotEmulateIt() {
        assertEquals(1L << 1, ControlRegister0.KERNEL & (1L << 1 | 1L << 2 | 1L << 3), "MP set, EM and TS clear");
    }
}
