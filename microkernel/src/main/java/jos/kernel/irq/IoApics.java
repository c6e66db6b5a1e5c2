package jos.kernel.irq;

import jos.abi.Errors;
import jos.acpi.IrqRouting;
import jos.acpi.Madt;
import jos.acpi.MadtEntry;
import jos.acpi.Problem;
import jos.kernel.acpi.AcpiMemory;
import jos.kernel.acpi.AcpiReport;
import jos.kernel.console.Log;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.KernelAddressSpace;
import jos.kernel.x86.apic.IoApic;
import jos.x86.PageTableEntry;

/**
 * The machine's I/O APICs and the ISA IRQ routes, found once at boot on the bootstrap CPU ({@link #init})
 * and read-only afterwards: each I/O APIC the MADT names gets its register page mapped uncacheable and
 * every line masked, and is logged
 * ({@code irq: I/O APIC 0 at 0xfec00000: gsi 0-23, 24 lines, version 0x20, all masked}); an entry that is
 * corrupt (address 0, a GSI range overlapping an earlier one) is logged and skipped. The sixteen ISA IRQs'
 * routes ({@link IrqRouting}) are kept, so a driver can claim "ISA IRQ 4" after the tables are unmapped;
 * a moved or non-default one is logged ({@code irq: ISA IRQ 0 -> gsi 2, edge, active high}).
 */
public final class IoApics {
    /** I/O APICs kept; more are logged and ignored. */
    public static final int MAX = 8;
    /** The polarity and trigger of a GSI no ISA IRQ is routed to: PCI's, level and active low. */
    static final long PCI_FLAGS = IrqRouting.LEVEL | IrqRouting.ACTIVE_LOW;

    static final int[] ID = new int[MAX];
    static final int[] LINES = new int[MAX];
    static final long[] PHYSICAL = new long[MAX];
    static final long[] REGISTERS = new long[MAX];
    static final long[] GSI_BASE = new long[MAX];
    static int count;
    /** ISA IRQ n's route, or -1 where the MADT's override for it is corrupt; valid once {@link #init} ran. */
    static final long[] ISA = new long[IrqRouting.ISA_IRQS];
    /** Why the last MADT entry was refused: the bootstrap CPU's record, as init runs once before the others start. */
    private static final long[] PROBLEM = new long[Problem.SIZE];

    private IoApics() {
    }

    /** Once, on the bootstrap CPU after the ACPI report: finds, maps and masks every I/O APIC, and keeps the ISA routes. */
    public static void init(long madtPhysical) {
        for (int irq = 0; irq < IrqRouting.ISA_IRQS; irq++) ISA[irq] = irq;
        long madt = madtPhysical == 0 ? 0 : AcpiReport.table(madtPhysical);
        if (madt == 0 || !Madt.check(madt, AcpiReport.MAX_TABLE, PROBLEM)) {
            Log.warn("irq: no valid MADT, so no I/O APIC: device interrupts are off");
            AcpiMemory.release();
            return;
        }
        for (long e = Madt.first(madt, PROBLEM); e != 0; e = Madt.next(madt, e, PROBLEM)) {
            if (MadtEntry.type(e) == MadtEntry.IO_APIC) found(madt, e);
        }
        for (int irq = 0; irq < IrqRouting.ISA_IRQS; irq++) {
            long route = IrqRouting.isaIrq(madt, irq, PROBLEM);
            ISA[irq] = route;
            if (route < 0) refused("ISA IRQ ", irq);
            else if (route != irq) logRoute(irq, route);
        }
        AcpiMemory.release();
        if (count == 0) Log.warn("irq: the MADT names no usable I/O APIC: device interrupts are off");
    }

    private static void found(long madt, long e) {
        long physical = MadtEntry.IoApic.address(e);
        if (count == MAX) {
            refusedAt("irq: more I/O APICs than the kernel keeps; ignored the one at ", physical);
            return;
        }
        if (!IrqRouting.checkIoApic(madt, e, 0, GSI_BASE, LINES, count, PROBLEM)) {
            refused("I/O APIC id ", MadtEntry.IoApic.id(e));
            return;
        }
        if (!KernelAddressSpace.mapUncacheable(physical, PageTableEntry.SIZE_4K)) {
            refusedAt("irq: cannot map the I/O APIC at ", physical);
            return;
        }
        long registers = Hhdm.virt(physical);
        int lines = IoApic.maskAll(registers);   // a skipped one is masked too: nothing may reach a vector unclaimed
        if (!IrqRouting.checkIoApic(madt, e, lines, GSI_BASE, LINES, count, PROBLEM)) {
            refused("I/O APIC id ", MadtEntry.IoApic.id(e));
            return;
        }
        int index = add(MadtEntry.IoApic.id(e), physical, registers, MadtEntry.IoApic.gsiBase(e), lines);
        Log.begin(Log.INFO);
        Log.print("irq: I/O APIC ");
        Log.dec(ID[index]);
        Log.print(" at ");
        Log.hex(physical, 8);
        Log.print(": gsi ");
        Log.dec(GSI_BASE[index]);
        Log.print("-");
        Log.dec(GSI_BASE[index] + lines - 1);
        Log.print(", ");
        Log.dec(lines);
        Log.print(" lines, version ");
        Log.hex(IoApic.version(registers), 2);
        Log.println(", all masked");
    }

    /** Records an I/O APIC whose registers are mapped at registers (and whose lines are masked); its index. */
    static int add(int id, long physical, long registers, long gsiBase, int lines) {
        ID[count] = id;
        PHYSICAL[count] = physical;
        REGISTERS[count] = registers;
        GSI_BASE[count] = gsiBase;
        LINES[count] = lines;
        return count++;
    }

    /** Forgets every I/O APIC (tests). */
    static void reset() {
        count = 0;
        for (int irq = 0; irq < IrqRouting.ISA_IRQS; irq++) ISA[irq] = irq;
    }

    /** The index of the I/O APIC whose lines include gsi, or -1. */
    static int find(long gsi) {
        for (int i = 0; i < count; i++) {
            if (IrqRouting.pin(gsi, GSI_BASE[i], LINES[i]) >= 0) return i;
        }
        return -1;
    }

    /** The number of I/O APICs kept (valid once {@link #init} ran). */
    public static int count() {
        return count;
    }

    /** I/O APIC i's first global system interrupt and its number of lines (i below {@link #count}). */
    public static long gsiBase(int i) {
        return GSI_BASE[i];
    }

    public static int lines(int i) {
        return LINES[i];
    }

    /** The GSI ISA IRQ irq arrives on, or a negative error: EINVAL for no such IRQ or a corrupt route. */
    public static long isaLine(int irq) {
        if (irq < 0 || irq >= IrqRouting.ISA_IRQS || ISA[irq] < 0) return Errors.EINVAL;
        return IrqRouting.gsi(ISA[irq]);
    }

    /** The polarity and trigger bits (IrqRouting's) of gsi: an ISA IRQ's routed there, else PCI's. */
    static long flags(long gsi) {
        for (int irq = 0; irq < IrqRouting.ISA_IRQS; irq++) {
            if (ISA[irq] >= 0 && ISA[irq] != irq && IrqRouting.gsi(ISA[irq]) == gsi) return ISA[irq] & ~0xFFFF_FFFFL;
        }
        for (int irq = 0; irq < IrqRouting.ISA_IRQS; irq++) {
            if (ISA[irq] == gsi) return 0;   // an ISA IRQ on its own GSI: edge, active high
        }
        return PCI_FLAGS;
    }

    /** "irq: ISA IRQ 9 -> gsi 9, level, active low". */
    private static void logRoute(int irq, long route) {
        Log.begin(Log.INFO);
        Log.print("irq: ISA IRQ ");
        Log.dec(irq);
        Log.print(" -> gsi ");
        Log.dec(IrqRouting.gsi(route));
        Log.print(IrqRouting.levelTriggered(route) ? ", level" : ", edge");
        Log.println(IrqRouting.activeLow(route) ? ", active low" : ", active high");
    }

    /** "irq: ISA IRQ 4 refused: MADT: ... ; offset 0x5a, skipped". */
    private static void refused(String what, long which) {
        Log.begin(Log.WARN);
        Log.print("irq: ");
        Log.print(what);
        Log.dec(which);
        Log.print(" refused: ");
        Log.print(Problem.message(PROBLEM));
        Log.print(" ");
        Log.hex(Problem.value(PROBLEM));
        Log.println(", skipped");
    }

    private static void refusedAt(String text, long physical) {
        Log.begin(Log.WARN);
        Log.print(text);
        Log.hex(physical, 8);
        Log.newline();
    }
}
