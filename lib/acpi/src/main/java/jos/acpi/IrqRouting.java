package jos.acpi;

/**
 * Where a device interrupt arrives (ACPI 6.5, 5.2.12.5 and 5.2.12.3): an ISA IRQ is global system
 * interrupt (GSI) n, edge-triggered and active high, unless an interrupt source override names it, which
 * gives its GSI and, unless "conforms to the bus", its polarity and trigger (MPS INTI flags); a GSI is
 * input pin GSI - base of the I/O APIC whose range [base, base + lines) holds it, lines being what that
 * I/O APIC's version register says. A route is one long: the GSI in the low 32 bits, {@link #ACTIVE_LOW}
 * and {@link #LEVEL} above. Corrupt entries (a bus other than ISA, a reserved polarity or trigger, two
 * overrides for one IRQ, an I/O APIC at address 0 or overlapping another's range) are refused with a
 * {@link Problem} naming the entry's offset; the caller logs it and goes on without that interrupt.
 */
public final class IrqRouting {
    private IrqRouting() {
    }

    /** The ISA IRQs, 0 to 15. */
    public static final int ISA_IRQS = 16;
    /** The ISA bus's number in an override. */
    public static final int BUS_ISA = 0;
    /** Route bits above the GSI. */
    public static final long ACTIVE_LOW = 1L << 32, LEVEL = 1L << 33;
    private static final long GSI_MASK = 0xFFFF_FFFFL;

    /** The route of ISA IRQ irq in a checked MADT ({@link Madt#check}); -1 with a problem if corrupt. */
    public static long isaIrq(long madt, int irq, long[] problem) {
        if (irq < 0 || irq >= ISA_IRQS) {
            Problem.report(problem, Problem.ISA_IRQ_OUT_OF_RANGE, 0, irq);
            return -1;
        }
        long route = irq;   // identity mapped, edge, active high: the ISA bus's own convention
        boolean overridden = false;
        for (long e = Madt.first(madt, problem); e != 0; e = Madt.next(madt, e, problem)) {
            if (MadtEntry.type(e) != MadtEntry.INTERRUPT_SOURCE_OVERRIDE || MadtEntry.InterruptSourceOverride.source(e) != irq) continue;
            long offset = e - madt;
            int flags = MadtEntry.InterruptSourceOverride.flags(e);
            int polarity = InterruptFlags.polarity(flags), trigger = InterruptFlags.trigger(flags);
            int reason = MadtEntry.InterruptSourceOverride.bus(e) != BUS_ISA ? Problem.OVERRIDE_NOT_ISA
                    : polarity == 2 ? Problem.OVERRIDE_RESERVED_POLARITY
                    : trigger == 2 ? Problem.OVERRIDE_RESERVED_TRIGGER
                    : overridden ? Problem.OVERRIDE_DUPLICATE : Problem.NONE;
            if (reason != Problem.NONE) {
                Problem.report(problem, reason, Signatures.APIC, offset);
                return -1;
            }
            overridden = true;
            route = MadtEntry.InterruptSourceOverride.gsi(e) | (polarity == InterruptFlags.ACTIVE_LOW ? ACTIVE_LOW : 0)
                    | (trigger == InterruptFlags.LEVEL ? LEVEL : 0);
        }
        return route;
    }

    public static long gsi(long route) {
        return route & GSI_MASK;
    }

    public static boolean activeLow(long route) {
        return (route & ACTIVE_LOW) != 0;
    }

    public static boolean levelTriggered(long route) {
        return (route & LEVEL) != 0;
    }

    /** The pin of an I/O APIC with gsiBase and lines inputs that receives gsi, or -1 if it is not one of them. */
    public static int pin(long gsi, long gsiBase, int lines) {
        long pin = gsi - gsiBase;
        return gsi >= gsiBase && pin < lines ? (int) pin : -1;
    }

    /**
     * Checks an I/O APIC entry of madt once its line count is known: its address is not 0 and its range
     * [gsiBase, gsiBase + lines) overlaps none of the count earlier ones (bases[i], lines[i]).
     */
    public static boolean checkIoApic(long madt, long entry, int entryLines, long[] bases, int[] lines, int count, long[] problem) {
        if (MadtEntry.IoApic.address(entry) == 0) return Problem.report(problem, Problem.IO_APIC_ADDRESS_ZERO, Signatures.APIC, entry - madt);
        long base = MadtEntry.IoApic.gsiBase(entry);
        for (int i = 0; i < count; i++) {
            if (base < bases[i] + lines[i] && bases[i] < base + entryLines) {
                return Problem.report(problem, Problem.IO_APIC_GSI_OVERLAP, Signatures.APIC, base);
            }
        }
        return true;
    }
}
