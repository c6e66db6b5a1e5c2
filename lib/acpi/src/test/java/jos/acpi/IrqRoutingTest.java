package jos.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ISA IRQ to GSI routing and I/O APIC pins, on MADT byte images: QEMU's, a firmware's with a level/low SCI, corrupt ones. */
class IrqRoutingTest extends SimTest {
    static final long AT = 0x7fe5000, LIMIT = 1 << 20;

    /** QEMU's i440fx MADT: one I/O APIC (id 0, 0xfec00000, GSI 0), IRQ 0 on GSI 2, PCI IRQs 5, 9, 10, 11 level, active high. */
    static AcpiImages.Madt qemu() {
        return new AcpiImages.Madt(0xfee00000L, Madt.PCAT_COMPAT).localApic(0, 0, 1).ioApic(0, 0xfec00000L, 0)
                .override(0, 0, 2, 0).override(0, 5, 5, 0xd).override(0, 9, 9, 0xd).override(0, 10, 10, 0xd).override(0, 11, 11, 0xd)
                .localApicNmi(0xff, 0, 1);
    }

    long route(int irq) {
        return IrqRouting.isaIrq(AT, irq, problem);
    }

    String describe(long route) {
        return "gsi " + IrqRouting.gsi(route) + (IrqRouting.levelTriggered(route) ? " level" : " edge")
                + (IrqRouting.activeLow(route) ? " low" : " high");
    }

    @Test
    void qemusTableRoutesTheTimerToGsi2AndTheUartToGsi4() {
        map(AT, qemu().build());
        assertTrue(Madt.check(AT, LIMIT, problem), () -> Problem.message(problem));
        assertEquals("gsi 2 edge high", describe(route(0)));
        assertEquals("gsi 4 edge high", describe(route(4)), "COM1: no override, the ISA default");
        assertEquals("gsi 3 edge high", describe(route(3)));
        assertEquals("gsi 9 level high", describe(route(9)));
        assertEquals("gsi 15 edge high", describe(route(15)));
        assertEquals(Problem.NONE, Problem.reason(problem));
    }

    @Test
    void aLevelActiveLowSciAndConformingFlags() {
        // A typical firmware: IRQ 0 on GSI 2 conforming to the bus, the SCI (IRQ 9) level and active low, IRQ 7 moved to GSI 20.
        map(AT, new AcpiImages.Madt(0xfee00000L, 0).ioApic(2, 0xfec00000L, 0).override(0, 0, 2, 0).override(0, 9, 9, 0xf)
                .override(0, 7, 20, 0x5).build());
        assertEquals("gsi 2 edge high", describe(route(0)));
        assertEquals("gsi 9 level low", describe(route(9)));
        assertEquals("gsi 20 edge high", describe(route(7)), "explicit edge and active high");
        assertEquals("gsi 1 edge high", describe(route(1)));
    }

    @Test
    void isaIrqsAreZeroToFifteen() {
        map(AT, qemu().build());
        assertEquals(-1, route(16));
        assertEquals("ISA IRQ is not 0 to 15; irq", Problem.message(problem));
        assertEquals(16, Problem.value(problem));
        assertEquals(-1, route(-1));
    }

    @Test
    void corruptOverridesAreRefusedNamingTheirOffset() {
        int[][] bad = {{1, 4, 4, 0}, {0, 4, 4, 0x2}, {0, 4, 4, 0x8}};
        String[] messages = {"MADT: interrupt source override names a bus other than ISA; offset",
                "MADT: interrupt source override has the reserved polarity 2; offset",
                "MADT: interrupt source override has the reserved trigger mode 2; offset"};
        for (int i = 0; i < bad.length; i++) {
            long at = AT + 0x1000L * i;
            map(at, new AcpiImages.Madt(0xfee00000L, 0).ioApic(0, 0xfec00000L, 0).override(0, 0, 2, 0)
                    .override(bad[i][0], bad[i][1], bad[i][2], bad[i][3]).build());
            assertTrue(Madt.check(at, LIMIT, problem), "the table itself is whole");
            assertEquals(-1, IrqRouting.isaIrq(at, 4, problem));
            assertEquals(messages[i], Problem.message(problem));
            assertEquals(Madt.ENTRIES + 12 + 10, Problem.value(problem), "the second override's offset");
            assertEquals(Signatures.APIC, Problem.signature(problem));
            assertEquals(2, IrqRouting.gsi(IrqRouting.isaIrq(at, 0, problem)), "other IRQs still route");
        }
    }

    @Test
    void twoOverridesForOneIrqAreRefused() {
        map(AT, new AcpiImages.Madt(0xfee00000L, 0).ioApic(0, 0xfec00000L, 0).override(0, 4, 4, 0).override(0, 4, 12, 0).build());
        assertEquals(-1, route(4));
        assertEquals("MADT: a second interrupt source override for the same ISA IRQ; offset", Problem.message(problem));
        assertEquals(Madt.ENTRIES + 12 + 10, Problem.value(problem));
    }

    @Test
    void aGsiIsAPinOfTheIoApicWhoseRangeHoldsIt() {
        assertEquals(4, IrqRouting.pin(4, 0, 24));
        assertEquals(23, IrqRouting.pin(23, 0, 24));
        assertEquals(-1, IrqRouting.pin(24, 0, 24));
        assertEquals(0, IrqRouting.pin(24, 24, 32));
        assertEquals(-1, IrqRouting.pin(23, 24, 32));
        assertEquals(-1, IrqRouting.pin(0xFFFF_FFFFL, 24, 32));
    }

    @Test
    void ioApicEntriesAreChecked() {
        map(AT, new AcpiImages.Madt(0xfee00000L, 0).ioApic(0, 0xfec00000L, 0).ioApic(1, 0xfec01000L, 24).ioApic(2, 0xfec02000L, 40)
                .ioApic(3, 0, 80).build());
        long[] bases = new long[4];
        int[] lines = new int[4];
        long first = Madt.first(AT, problem), second = Madt.next(AT, first, problem), third = Madt.next(AT, second, problem),
                fourth = Madt.next(AT, third, problem);
        assertTrue(IrqRouting.checkIoApic(AT, first, 24, bases, lines, 0, problem));
        bases[0] = 0;
        lines[0] = 24;
        assertTrue(IrqRouting.checkIoApic(AT, second, 16, bases, lines, 1, problem), "24..39 follows 0..23");
        bases[1] = 24;
        lines[1] = 16;
        assertTrue(IrqRouting.checkIoApic(AT, third, 24, bases, lines, 2, problem), "40..63 follows 24..39");
        assertEquals(Problem.NONE, Problem.reason(problem));
        lines[1] = 17;   // 24..40 takes 40
        assertFalse(IrqRouting.checkIoApic(AT, third, 8, bases, lines, 2, problem));
        assertEquals("MADT: I/O APIC's interrupts overlap an earlier I/O APIC's; gsi base", Problem.message(problem));
        assertEquals(40, Problem.value(problem));
        assertFalse(IrqRouting.checkIoApic(AT, fourth, 24, bases, lines, 2, problem));
        assertEquals("MADT: I/O APIC address is 0; offset", Problem.message(problem));
        assertEquals(Madt.ENTRIES + 36, Problem.value(problem));
    }
}
