package jos.kernel.panic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.console.Serial;
import jos.kernel.trap.SimulatedException;
import jos.kernel.x86.Cpus;
import jos.kernel.x86.PerCpu;
import jos.kernel.testing.SerialCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The NMI-handler states of panic propagation on simulated per-CPU blocks: the panicking CPU NMIs the
 * CPUs whose handler is set and marks the others; a CPU that loads its IDT after that halts by itself.
 * The CPU running the test is cpu 0 (its block is {@link SimulatedException#PER_CPU}); cpus 1..4 use the
 * kernel's own AP blocks. The APIC is in x2APIC mode, so an IPI is a write of the ICR MSR (0x830).
 */
class NmiPropagationTest {
    static final int ICR_MSR = 0x830;
    Machine machine;
    SerialCapture serial;

    @BeforeEach
    void setUp() throws Exception {
        Panic.STATE[0] = 0;
        Panic.STATE[1] = 0;
        machine = Machine.install();
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
        SimulatedException.setUp(machine, 0);
        Memory.write64(SimulatedException.PER_CPU + 24, SimulatedException.PER_CPU);   // SELF
        machine.cpu().defineMsr(0x1b, 0xfee0_0000L | 1L << 11 | 1L << 10);
        jos.kernel.Kernel.setUpLocalApic();
        setCpus(SimulatedException.PER_CPU, 5);
        for (int id = 1; id < 5; id++) {
            Memory.fill(Cpus.block(id), (byte) 0, PerCpu.SIZE);
            Memory.write32(Cpus.block(id) + 36, 10 + id);            // LAPIC_ID: 11, 12, 13, 14
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        for (int id = 1; id < 5; id++) Memory.fill(Cpus.block(id), (byte) 0, PerCpu.SIZE);
        setCpus(0, 1);
        Panic.STATE[0] = 0;
        Panic.STATE[1] = 0;
        machine.close();
    }

    static void setCpus(long bootstrapBlock, int assigned) throws Exception {
        var block = Cpus.class.getDeclaredMethod("setBootstrapBlock", long.class);
        block.setAccessible(true);
        block.invoke(null, bootstrapBlock);
        var count = Cpus.class.getDeclaredMethod("setAssigned", int.class);
        count.setAccessible(true);
        count.invoke(null, assigned);
    }

    static int state(int id) {
        return Memory.read32(PerCpu.nmiStateAddress(Cpus.block(id)));
    }

    static void setState(int id, int state) {
        Memory.write32(PerCpu.nmiStateAddress(Cpus.block(id)), state);
    }

    List<Long> nmiDestinations() {
        return machine.cpu().msrWrites().stream().filter(w -> w[0] == ICR_MSR)
                .peek(w -> assertEquals(0x4400, w[1] & 0xffff_ffffL, "NMI delivery, assert"))
                .map(w -> w[1] >>> 32).toList();
    }

    @Test
    void loadingTheIdtSetsTheHandler() {
        setState(0, NmiPropagation.NOT_SET);
        NmiPropagation.handlerInstalled();
        assertEquals(NmiPropagation.SET, state(0));
        assertEquals("", serial.text());
    }

    @Test
    void thePanickingCpuNmisTheCpusWithAHandlerAndMarksTheRest() {
        setState(1, NmiPropagation.SET);
        setState(2, NmiPropagation.NOT_SET);
        setState(3, NmiPropagation.PANICKED);
        setState(4, NmiPropagation.SET);
        NmiPropagation.stopOtherCpus(0);
        assertEquals(List.of(11L, 14L), nmiDestinations(), "an NMI to cpus 1 and 4 only");
        assertEquals(NmiPropagation.SET, state(1));
        assertEquals(NmiPropagation.PANICKED, state(2), "marked: it has no handler to take an NMI with");
        assertEquals(NmiPropagation.PANICKED, state(3));
        assertEquals(NmiPropagation.SET, state(4));
        NmiPropagation.report();
        assertEquals("kernel panic: sent an NMI to 2 cpus; 1 cpu without an NMI handler yet (cpu 2) will halt when loading the IDT\n",
                serial.text());
    }

    @Test
    void aCpuThatLoadsItsIdtAfterThePanicHaltsByItself() {
        setState(0, NmiPropagation.NOT_SET);
        setState(1, NmiPropagation.SET);
        NmiPropagation.stopOtherCpus(1);                       // cpu 1 panics; cpu 0 has no handler yet
        assertEquals(NmiPropagation.PANICKED, state(0));
        assertThrows(UnsatisfiedLinkError.class, NmiPropagation::handlerInstalled, "halts (Panic.halt is naked)");
        assertEquals(NmiPropagation.PANICKED, state(0), "and stays marked");
        assertTrue(serial.text().contains("E cpu 0: smp: cpu 0 loaded its IDT after the kernel panicked: halting"), serial.text());
    }

    @Test
    void anNmiDuringAPanicHaltsAndAnyOtherIsAPanic() {
        setState(0, NmiPropagation.SET);
        Panic.STATE[0] = 2;                                     // cpu 1 panics
        assertThrows(UnsatisfiedLinkError.class, () -> jos.kernel.trap.ExceptionHandler.nmi(SimulatedException.frame(2, 0)));
        assertEquals(NmiPropagation.PANICKED, state(0));
        assertEquals("", serial.text(), "silently: the panicking cpu reports");
        Panic.STATE[0] = 0;
        setState(0, NmiPropagation.SET);
        assertThrows(UnsatisfiedLinkError.class, () -> jos.kernel.trap.ExceptionHandler.nmi(SimulatedException.frame(2, 0)));
        assertTrue(serial.text().startsWith("kernel panic on cpu 0: unhandled NMI\n"), serial.text());
    }
}
