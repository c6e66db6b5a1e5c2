package jos.kernel.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.Cpu;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.hw.sim.SimCpu;
import jos.kernel.x86.Cpus;
import jos.kernel.x86.PerCpu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ApplicationProcessors#lapicIdOf} names the CPU asked for whichever CPU asks: a wake-up IPI an AP
 * sends to the bootstrap CPU must reach it, not come back to the sender (the cross-CPU IPC round trip
 * then waited for the bootstrap CPU's next timer tick).
 */
class LapicIdTest {
    static final long BOOTSTRAP_BLOCK = 0xffff_8000_0020_0000L;
    static final int BOOTSTRAP_LAPIC = 0x20, AP_LAPIC = 0x21;
    Machine machine;

    @BeforeEach
    void setUp() throws Exception {
        machine = Machine.install();
        machine.memory().map(BOOTSTRAP_BLOCK, PerCpu.SIZE);
        setCpus(BOOTSTRAP_BLOCK, 2);
        Memory.write32(BOOTSTRAP_BLOCK + PerCpu.LAPIC_ID, BOOTSTRAP_LAPIC);
        Memory.fill(Cpus.area(1), (byte) 0, PerCpu.SIZE);
        Memory.write32(Cpus.area(1) + PerCpu.LAPIC_ID, AP_LAPIC);
    }

    @AfterEach
    void tearDown() throws Exception {
        Memory.fill(Cpus.area(1), (byte) 0, PerCpu.SIZE);
        setCpus(0, 1);
        machine.close();
    }

    @Test
    void anApplicationProcessorGetsTheBootstrapCpusIdNotItsOwn() {
        Cpu.writeMsr(SimCpu.IA32_GS_BASE, Cpus.area(1));   // running on cpu 1
        assertEquals(BOOTSTRAP_LAPIC, ApplicationProcessors.lapicIdOf(0));
        assertEquals(AP_LAPIC, ApplicationProcessors.lapicIdOf(1));
    }

    @Test
    void theBootstrapCpuGetsItsOwnAndTheApplicationProcessors() {
        Cpu.writeMsr(SimCpu.IA32_GS_BASE, BOOTSTRAP_BLOCK);   // running on cpu 0
        assertEquals(BOOTSTRAP_LAPIC, ApplicationProcessors.lapicIdOf(0));
        assertEquals(AP_LAPIC, ApplicationProcessors.lapicIdOf(1));
    }

    static void setCpus(long bootstrapBlock, int assigned) throws Exception {
        var block = Cpus.class.getDeclaredMethod("setBootstrapBlock", long.class);
        block.setAccessible(true);
        block.invoke(null, bootstrapBlock);
        var count = Cpus.class.getDeclaredMethod("setAssigned", int.class);
        count.setAccessible(true);
        count.invoke(null, assigned);
    }
}
