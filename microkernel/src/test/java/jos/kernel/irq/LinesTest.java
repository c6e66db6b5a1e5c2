package jos.kernel.irq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jos.abi.Errors;
import jos.acpi.IrqRouting;
import jos.hw.sim.Machine;
import jos.hw.sim.SimMemory;
import jos.kernel.console.Serial;
import jos.kernel.testing.SerialCapture;
import jos.kernel.x86.apic.IoApic;
import jos.kernel.x86.apic.Vectors;
import jos.x86.IoApicRegisters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The line table against simulated I/O APICs: claiming, the mask-until-acknowledged protocol, counts, unclaimed vectors. */
class LinesTest {
    static final long FIRST = 0xffff_8000_fec0_0000L, SECOND = 0xffff_8000_fec0_1000L;

    /** An I/O APIC's register window: IOREGSEL selects, IOWIN reads and writes the ID, version and redirection registers. */
    static final class SimIoApic implements SimMemory.Device {
        final int lines;
        final int[] registers = new int[0x100];
        int select;
        final List<String> writes = new ArrayList<>();

        SimIoApic(int id, int lines) {
            this.lines = lines;
            registers[IoApicRegisters.ID] = id << 24;
            registers[IoApicRegisters.VERSION] = (lines - 1) << 16 | 0x20;
            for (int pin = 0; pin < lines; pin++) registers[IoApicRegisters.redirectionLow(pin)] = 0;   // reset: unmasked, as firmware may leave it
        }

        @Override
        public long read(long offset, int bytes) {
            if (offset == IoApicRegisters.IOREGSEL) return select;
            if (offset == IoApicRegisters.IOWIN) return registers[select] & 0xFFFF_FFFFL;
            throw new AssertionError("read of a reserved offset " + offset);
        }

        @Override
        public void write(long offset, int bytes, long value) {
            if (offset == IoApicRegisters.IOREGSEL) select = (int) value & 0xFF;
            else if (offset == IoApicRegisters.IOWIN) {
                registers[select] = (int) value;
                writes.add(Integer.toHexString(select) + "=" + Integer.toHexString((int) value));
            } else throw new AssertionError("write to a reserved offset " + offset);
        }

        long entry(int pin) {
            return IoApicRegisters.entry(registers[IoApicRegisters.redirectionLow(pin)], registers[IoApicRegisters.redirectionHigh(pin)]);
        }

        boolean masked(int pin) {
            return (registers[IoApicRegisters.redirectionLow(pin)] & IoApicRegisters.MASKED) != 0;
        }
    }

    Machine machine;
    SerialCapture serial;
    SimIoApic first = new SimIoApic(0, 24), second = new SimIoApic(1, 16);
    final List<String> delivered = new ArrayList<>();

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
        machine.memory().mapDevice(FIRST, IoApicRegisters.WINDOW_BYTES, first);
        machine.memory().mapDevice(SECOND, IoApicRegisters.WINDOW_BYTES, second);
        IoApics.reset();
        Lines.reset();
        assertEquals(24, IoApic.maskAll(FIRST));
        assertEquals(16, IoApic.maskAll(SECOND));
        IoApics.add(0, 0xfec00000L, FIRST, 0, 24);
        IoApics.add(1, 0xfec01000L, SECOND, 24, 16);
        IoApics.ISA[0] = 2;                                           // QEMU's override: IRQ 0 on GSI 2, edge, high
        IoApics.ISA[9] = 9 | IrqRouting.LEVEL | IrqRouting.ACTIVE_LOW;  // an SCI, level and active low
        Lines.deliverTo(3);
        Lines.install((line, holder) -> delivered.add(line + ":" + holder));
    }

    @AfterEach
    void tearDown() {
        IoApics.reset();
        Lines.reset();
        machine.close();
    }

    @Test
    void everyLineIsMaskedAtBoot() {
        for (int pin = 0; pin < 24; pin++) assertTrue(first.masked(pin), "pin " + pin);
        for (int pin = 0; pin < 16; pin++) assertTrue(second.masked(pin), "pin " + pin);
    }

    @Test
    void aClaimProgramsTheEntryMaskedUntilTheFirstAcknowledge() {
        assertEquals(4, IoApics.isaLine(4));
        assertEquals(0, Lines.claim(4, 0x1234));
        long vector = Lines.vector(4);
        assertTrue(Vectors.isDevice((int) vector));
        // ISA IRQ 4: fixed, physical, edge, active high, to APIC 3, masked.
        assertEquals(IoApicRegisters.entry(IoApicRegisters.low((int) vector, false, false, true), IoApicRegisters.high(3)), first.entry(4));
        assertEquals(0, Lines.acknowledge(4));
        assertFalse(first.masked(4));
        assertEquals(vector, first.entry(4) & IoApicRegisters.VECTOR_MASK);
    }

    @Test
    void polarityAndTriggerFollowTheRoute() {
        assertEquals(0, Lines.claim(9, 1));
        assertEquals(IoApicRegisters.ACTIVE_LOW | IoApicRegisters.LEVEL_TRIGGERED,
                first.entry(9) & (IoApicRegisters.ACTIVE_LOW | IoApicRegisters.LEVEL_TRIGGERED), "the SCI: level, active low");
        assertEquals(0, Lines.claim(2, 1));
        assertEquals(0, first.entry(2) & (IoApicRegisters.ACTIVE_LOW | IoApicRegisters.LEVEL_TRIGGERED), "GSI 2 carries ISA IRQ 0: edge, high");
        assertEquals(0, Lines.claim(30, 1));
        assertEquals(IoApicRegisters.ACTIVE_LOW | IoApicRegisters.LEVEL_TRIGGERED,
                second.entry(6) & (IoApicRegisters.ACTIVE_LOW | IoApicRegisters.LEVEL_TRIGGERED), "GSI 30 is pin 6 of the second, PCI: level, low");
    }

    @Test
    void isaIrqsNameTheirRoutedLine() {
        assertEquals(2, IoApics.isaLine(0), "QEMU's override");
        assertEquals(9, IoApics.isaLine(9));
        IoApics.ISA[3] = -1;   // its override was corrupt
        assertEquals(Errors.EINVAL, IoApics.isaLine(3));
        assertEquals(Errors.EINVAL, IoApics.isaLine(16));
        assertEquals(Errors.EINVAL, IoApics.isaLine(-1));
        assertEquals(0, IoApics.find(23));
        assertEquals(1, IoApics.find(24));
        assertEquals(-1, IoApics.find(40));
    }

    @Test
    void aLineIsHeldOnce() {
        assertEquals(0, Lines.claim(4, 1));
        assertEquals(Errors.EBUSY, Lines.claim(4, 2));
        assertEquals(0, Lines.release(4));
        assertTrue(first.masked(4));
        assertEquals(0, Lines.claim(4, 2));
        assertEquals(Errors.EINVAL, Lines.claim(40, 1), "no I/O APIC has GSI 40");
        assertEquals(Errors.EINVAL, Lines.claim(-1, 1));
        assertEquals(Errors.EINVAL, Lines.release(5));
        assertEquals(Errors.EINVAL, Lines.acknowledge(5));
        assertEquals(Errors.EINVAL, Lines.count(5));
    }

    @Test
    void theVectorsRunOut() {
        for (int line = 0; line < Vectors.DEVICES; line++) assertEquals(0, Lines.claim(line, 1), "line " + line);
        assertEquals(Errors.ENOSPC, Lines.claim(Vectors.DEVICES, 1));
        assertEquals(0, Lines.release(7));
        assertEquals(0, Lines.claim(Vectors.DEVICES, 1));
    }

    @Test
    void aFiredLevelLineIsMaskedAndDeliveredUntilAcknowledged() {
        assertEquals(0, Lines.claim(9, 0x77));              // the SCI: level-triggered
        assertEquals(0, Lines.acknowledge(9));
        int vector = (int) Lines.vector(9);
        Lines.interrupt(vector);
        assertEquals(List.of("9:119"), delivered);
        assertTrue(first.masked(9), "masked until the driver acknowledges: a level line cannot storm");
        assertEquals(1, Lines.count(9));
        assertEquals(0, Lines.unmask(9));
        assertTrue(first.masked(9), "the holder's unmask does not stand for the acknowledge");
        assertEquals(0, Lines.acknowledge(9));
        assertFalse(first.masked(9));
        Lines.interrupt(vector);
        assertEquals(2, Lines.count(9));
        assertEquals(List.of("9:119", "9:119"), delivered);
    }

    @Test
    void anEdgeLineStaysUnmaskedAndAnEdgeWhileItWaitsIsDeliveredAtTheAcknowledge() {
        assertEquals(0, Lines.claim(4, 0x77));              // ISA IRQ 4: edge-triggered
        assertTrue(first.masked(4), "masked until the first acknowledge");
        assertEquals(0, Lines.acknowledge(4));
        int vector = (int) Lines.vector(4);
        Lines.interrupt(vector);
        assertEquals(List.of("4:119"), delivered);
        assertFalse(first.masked(4), "not masked: the I/O APIC would drop an edge that came while it was");
        Lines.interrupt(vector);                             // the device's next edge, before the driver acknowledged
        Lines.interrupt(vector);
        assertEquals(List.of("4:119"), delivered, "kept, not delivered while the driver still works on the last");
        assertEquals(3, Lines.count(4));
        assertEquals(0, Lines.acknowledge(4));
        assertEquals(List.of("4:119", "4:119"), delivered, "delivered once at the acknowledge, for both edges");
        assertEquals(0, Lines.acknowledge(4));
        assertEquals(2, delivered.size(), "nothing pending: the acknowledge only ends the wait");
        Lines.interrupt(vector);
        assertEquals(3, delivered.size());
        assertEquals(0, Lines.mask(4));
        assertTrue(first.masked(4), "the holder's mask masks an edge line too");
    }

    @Test
    void anAcknowledgeDuringTheDeliveryLeavesThePendingEdgeToIt() {
        int[] round = {0};
        Lines.install((line, holder) -> {
            delivered.add(line + ":" + holder);
            if (round[0]++ == 0) {                           // the driver ran on another CPU meanwhile:
                Lines.interrupt((int) Lines.vector(4));      // a new edge, then its acknowledge of the first
                assertEquals(0, Lines.acknowledge(4));
            }
        });
        assertEquals(0, Lines.claim(4, 0x77));
        assertEquals(0, Lines.acknowledge(4));
        Lines.interrupt((int) Lines.vector(4));
        assertEquals(List.of("4:119", "4:119"), delivered, "the pending edge delivered once the first delivery returned");
        assertEquals(Errors.EINVAL, Lines.release(5));
        assertEquals(0, Lines.release(4), "no delivery left running");
    }

    @Test
    void theHoldersMaskOutlastsAnAcknowledge() {
        assertEquals(0, Lines.claim(30, 5));
        assertEquals(0, Lines.mask(30));
        assertEquals(0, Lines.acknowledge(30));
        assertTrue(second.masked(6));
        assertEquals(0, Lines.unmask(30));
        assertFalse(second.masked(6));
        assertEquals(0, Lines.mask(30));
        assertTrue(second.masked(6));
    }

    @Test
    void anUnclaimedVectorIsLoggedOnceAndItsLineMasked() {
        assertEquals(0, Lines.claim(4, 1));
        assertEquals(0, Lines.acknowledge(4));
        int vector = (int) Lines.vector(4);
        assertEquals(0, Lines.release(4));
        IoApic.setMasked(FIRST, 4, false);   // as if the release had raced the interrupt
        Lines.interrupt(vector);
        Lines.interrupt(vector);
        Lines.interrupt(vector + 1);
        assertEquals(3, Lines.unclaimed());
        assertTrue(first.masked(4));
        assertEquals(List.of(), delivered);
        String log = serial.text();
        assertEquals(1, log.split("interrupt on vector 0x" + Integer.toHexString(vector) + " \\(gsi 4\\) with no line held", -1).length - 1, log);
        assertTrue(log.contains("interrupt on vector 0x" + Integer.toHexString(vector + 1) + " with no line held, masked"), log);
    }

    @Test
    void withoutADeliveryTheLineWaitsMasked() {
        Lines.install(null);
        assertEquals(0, Lines.claim(9, 1));
        assertEquals(0, Lines.acknowledge(9));
        Lines.interrupt((int) Lines.vector(9));
        assertEquals(1, Lines.count(9));
        assertTrue(first.masked(9));
    }
    @Test
    void onlyTheOwnerAcknowledgesAndReleasesAndGetsItsHolderBack() {
        long out = 0x10_0000;
        machine.memory().map(out, 4096);
        assertEquals(0, Lines.claim(4, 0xb1, 7));
        assertEquals(Errors.EBUSY, Lines.claim(4, 0xb2, 8));
        assertEquals(Errors.EBUSY, Lines.acknowledge(4, 8), "another process's line");
        assertTrue(first.masked(4));
        assertEquals(0, Lines.acknowledge(4, 7));
        assertFalse(first.masked(4));
        assertEquals(Errors.EBUSY, Lines.release(4, 8, out));
        assertFalse(first.masked(4), "a refused release changes nothing");
        assertEquals(0, Lines.release(4, 7, out));
        assertEquals(0xb1, jos.hw.Memory.read64(out));
        assertTrue(first.masked(4));
        assertEquals(Errors.EINVAL, Lines.release(4, 7, out));
        assertEquals(Errors.EINVAL, Lines.acknowledge(4, 7));
    }

    @Test
    void anOwnerGoingAwayReleasesEachOfItsLines() {
        long out = 0x10_0000;
        machine.memory().map(out, 4096);
        assertEquals(0, Lines.claim(4, 0xa4, 7));
        assertEquals(0, Lines.claim(30, 0xa30, 7));
        assertEquals(0, Lines.claim(9, 0xa9, 8));
        assertEquals(0, Lines.acknowledge(30, 7));
        List<Long> holders = new ArrayList<>();
        while (Lines.releaseAny(7, out) == 0) holders.add(jos.hw.Memory.read64(out));
        assertEquals(List.of(0xa4L, 0xa30L), holders.stream().sorted().toList());
        assertTrue(first.masked(4));
        assertTrue(second.masked(6));
        assertEquals(Errors.EINVAL, Lines.releaseAny(7, out));
        assertEquals(0, Lines.acknowledge(9, 8), "the other owner's line stays");
    }

    @Test
    void aReleaseWaitsForADeliveryRunningOnAnotherCpu() throws Exception {
        var inDelivery = new java.util.concurrent.CountDownLatch(1);
        var finish = new java.util.concurrent.CountDownLatch(1);
        var released = new java.util.concurrent.atomic.AtomicBoolean();
        Lines.install((line, holder) -> {
            inDelivery.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            assertFalse(released.get(), "the holder was released under its delivery");
        });
        assertEquals(0, Lines.claim(4, 0x55, 7));
        assertEquals(0, Lines.acknowledge(4, 7));
        int vector = (int) Lines.vector(4);
        Thread cpu1 = new Thread(() -> {
            try (var attached = machine.attach()) {
                Lines.interrupt(vector);
            }
        });
        cpu1.start();
        inDelivery.await();
        Thread cpu2 = new Thread(() -> {
            try (var attached = machine.attach()) {
                assertEquals(0, Lines.release(4, 7, 0));
                released.set(true);
            }
        });
        cpu2.start();
        cpu2.join(200);
        assertFalse(released.get(), "release returned while the delivery ran");
        finish.countDown();
        cpu1.join();
        cpu2.join();
        assertTrue(released.get());
        assertEquals(0, Lines.claim(4, 0x56, 8), "the line is free again");
    }
}
