package jos.kernel.acpi;

import jos.kernel.boot.limine.BootInfo;
import jos.acpi.Hpet;
import jos.acpi.Madt;
import jos.acpi.MadtEntry;
import jos.acpi.Problem;
import jos.acpi.Rsdp;
import jos.acpi.SdtHeader;
import jos.acpi.Signatures;
import jos.acpi.SystemDescriptionTable;
import jos.kernel.console.Log;

/**
 * Logs the firmware's ACPI tables at boot: the RSDP and root table, one line per table header (a table
 * with a bad checksum, length or body is named and skipped, never trusted), the MADT's CPUs and I/O
 * APICs, and the HPET; an SPCR table moves the serial console to the UART it names ({@link SpcrConsole}).
 *
 * <pre>
 * acpi: RSDP revision 0, RSDT at 0x0ffe2265 with 5 tables
 * acpi: table FACP at 0x0ffe2129, 116 bytes, revision 1, oem BOCHS
 * acpi: MADT: 4 cpus, 1 I/O APIC (0xfec00000, gsi 0), 5 interrupt source overrides, NMI entries: 1
 * acpi: MADT: apic ids 0 1 2 3
 * acpi: HPET at 0xfed00000, minimum tick 100
 * </pre>
 */
public final class AcpiReport {
    static final int IDS_PER_LINE = 16;
    /** Larger tables are taken for corrupt ones. */
    public static final long MAX_TABLE = 1 << 20;

    /** Why the last table was refused: the bootstrap CPU's record, as print runs once, before other CPUs start. */
    private static final long[] PROBLEM = new long[Problem.SIZE];

    /** The HPET register block's physical address from a valid HPET table, else 0. */
    private static long hpetPhysical;
    /** A valid MADT's physical address, else 0. */
    private static long madtPhysical;
    /** The valid RSDT's or XSDT's physical address, else 0. */
    private static long rootPhysical;

    /** The most separate page ranges of tables kept for the first process (merged where they touch). */
    public static final int MAX_TABLE_RANGES = 16;
    static final long PAGE = 4096;
    /** The pages holding the tables read (RSDP, root, each valid table), found once at boot: [base, end). */
    private static final long[] RANGE_BASE = new long[MAX_TABLE_RANGES], RANGE_END = new long[MAX_TABLE_RANGES];
    private static int ranges;

    private AcpiReport() {
    }

    /**
     * Notes that an ACPI table occupies [physical, physical + length), in whole pages, merged with the
     * ranges it touches; false if a new range would pass {@link #MAX_TABLE_RANGES} (nothing noted).
     */
    public static boolean noteTable(long physical, long length) {
        long base = physical & -PAGE, end = (physical + length + PAGE - 1) & -PAGE;
        for (boolean merged = true; merged;) {
            merged = false;
            for (int i = 0; i < ranges; i++) {
                if (base > RANGE_END[i] || end < RANGE_BASE[i]) continue;
                base = Math.min(base, RANGE_BASE[i]);
                end = Math.max(end, RANGE_END[i]);
                ranges--;
                RANGE_BASE[i] = RANGE_BASE[ranges];
                RANGE_END[i] = RANGE_END[ranges];
                merged = true;
                break;
            }
        }
        if (ranges == MAX_TABLE_RANGES) return false;
        RANGE_BASE[ranges] = base;
        RANGE_END[ranges] = end;
        ranges++;
        return true;
    }

    /** The number of page ranges holding the tables read. */
    public static int tableRanges() {
        return ranges;
    }

    /** Range i's first byte and its length in bytes (page multiples). */
    public static long tableRangeBase(int i) {
        return RANGE_BASE[i];
    }

    public static long tableRangeLength(int i) {
        return RANGE_END[i] - RANGE_BASE[i];
    }

    /** Forgets the noted ranges (tests boot several simulated machines in one JVM). */
    public static void forgetTables() {
        ranges = 0;
        rootPhysical = 0;
    }

    public static void print() {
        long rsdpPhysical = BootInfo.rsdpPhysical();
        if (rsdpPhysical == 0) {
            Log.warn("acpi: no RSDP");
            return;
        }
        long rsdp = AcpiMemory.reach(rsdpPhysical, Rsdp.V2_SIZE);
        if (rsdp == 0 || !Rsdp.check(rsdp, Rsdp.V2_SIZE, PROBLEM)) {
            refused("RSDP", rsdpPhysical, PROBLEM);
            AcpiMemory.release();
            return;
        }
        noteTable(rsdpPhysical, Rsdp.usesXsdt(rsdp) ? Rsdp.V2_SIZE : Rsdp.V1_SIZE);
        long rootPhysical = Rsdp.rootAddress(rsdp);
        int rootSignature = Rsdp.usesXsdt(rsdp) ? Signatures.XSDT : Signatures.RSDT;
        long root = table(rootPhysical);
        if (root == 0 || !SystemDescriptionTable.check(root, rootSignature, MAX_TABLE, PROBLEM)) {
            refused(Rsdp.usesXsdt(rsdp) ? "XSDT" : "RSDT", rootPhysical, PROBLEM);
            AcpiMemory.release();
            return;
        }
        noteTable(rootPhysical, SdtHeader.length(root));
        AcpiReport.rootPhysical = rootPhysical;
        int count = SystemDescriptionTable.entryCount(root);
        Log.begin(Log.INFO);
        Log.print("acpi: RSDP revision ");
        Log.dec(Rsdp.revision(rsdp));
        Log.print(Rsdp.usesXsdt(rsdp) ? ", XSDT at " : ", RSDT at ");
        Log.hex(rootPhysical, 8);
        Log.print(" with ");
        Log.dec(count);
        Log.println(" tables");
        for (int i = 0; i < count; i++) {
            long physical = SystemDescriptionTable.entry(root, i, PROBLEM);
            long t = table(physical);
            if (t == 0 || !SdtHeader.check(t, 0, SdtHeader.SIZE, MAX_TABLE, PROBLEM)) {
                refused("table", physical, PROBLEM);
                continue;
            }
            header(t, physical);
            noteTable(physical, SdtHeader.length(t));
            if (SdtHeader.signature(t) == Signatures.APIC && madt(t)) madtPhysical = physical;
            if (SdtHeader.signature(t) == Signatures.HPET) hpet(t);
            if (SdtHeader.signature(t) == Signatures.SPCR) SpcrConsole.use(t, SdtHeader.length(t), PROBLEM);
        }
        int released = AcpiMemory.release();
        if (released > 0) {
            Log.begin(Log.INFO);
            Log.print("acpi: released ");
            Log.dec(released);
            Log.println(" pages mapped to read the tables");
        }
    }

    /** The HPET's register block (physical), if {@link #print} found a valid HPET table; else 0. */
    public static long hpetPhysical() {
        return hpetPhysical;
    }

    /** The valid RSDT's or XSDT's physical address, if {@link #print} found one; else 0. */
    public static long rootPhysical() {
        return rootPhysical;
    }

    /** A valid MADT's physical address, if {@link #print} found one (the I/O APIC routing reads it again); else 0. */
    public static long madtPhysical() {
        return madtPhysical;
    }

    /** A table's virtual address with all of its bytes reachable (through {@link AcpiMemory#reach}), or 0. */
    public static long table(long physical) {
        if (physical == 0 || AcpiMemory.reach(physical, SdtHeader.SIZE) == 0) return 0;
        long length = SdtHeader.length(AcpiMemory.reach(physical, SdtHeader.SIZE));
        if (length < SdtHeader.SIZE || length > MAX_TABLE) return AcpiMemory.reach(physical, SdtHeader.SIZE);
        return AcpiMemory.reach(physical, length);
    }

    private static void header(long t, long physical) {
        int signature = SdtHeader.signature(t);
        Log.begin(Log.INFO);
        Log.print("acpi: table ");
        for (int k = 0; k < 4; k++) Log.print(Signatures.printableAt(signature, k));
        Log.print(" at ");
        Log.hex(physical, 8);
        Log.print(", ");
        Log.dec(SdtHeader.length(t));
        Log.print(" bytes, revision ");
        Log.dec(SdtHeader.revision(t));
        Log.print(", oem ");
        long oem = SdtHeader.oemId(t);
        for (int k = 0; k < 6; k++) Log.print(Signatures.packedCharAt(oem, k));
        Log.newline();
    }

    /** Logs a MADT; false if it was refused. */
    private static boolean madt(long madt) {
        if (!Madt.check(madt, MAX_TABLE, PROBLEM)) {
            refused("MADT", madt, PROBLEM);
            return false;
        }
        int cpus = 0, ioApics = 0, overrides = 0, nmis = 0;
        long ioApicAddress = 0, ioApicGsi = 0;
        for (long e = Madt.first(madt, PROBLEM); e != 0; e = Madt.next(madt, e, PROBLEM)) {
            int type = MadtEntry.type(e);
            if (type == MadtEntry.LOCAL_APIC && MadtEntry.LocalApic.usable(madt, e)) cpus++;
            if (type == MadtEntry.LOCAL_X2APIC && MadtEntry.LocalX2Apic.usable(madt, e)) cpus++;
            if (type == MadtEntry.IO_APIC) {
                if (ioApics == 0) {
                    ioApicAddress = MadtEntry.IoApic.address(e);
                    ioApicGsi = MadtEntry.IoApic.gsiBase(e);
                }
                ioApics++;
            }
            if (type == MadtEntry.INTERRUPT_SOURCE_OVERRIDE) overrides++;
            if (type == MadtEntry.NMI_SOURCE || type == MadtEntry.LOCAL_APIC_NMI || type == MadtEntry.LOCAL_X2APIC_NMI) nmis++;
        }
        Log.begin(Log.INFO);
        Log.print("acpi: MADT: ");
        Log.dec(cpus);
        Log.print(" cpus, ");
        Log.dec(ioApics);
        Log.print(" I/O APIC");
        if (ioApics > 0) {
            Log.print(" (");
            Log.hex(ioApicAddress, 8);
            Log.print(", gsi ");
            Log.dec(ioApicGsi);
            Log.print(")");
        }
        Log.print(", ");
        Log.dec(overrides);
        Log.print(" interrupt source overrides, NMI entries: ");
        Log.dec(nmis);
        Log.newline();
        // The CPUs' APIC ids, IDS_PER_LINE to a line so that no line outgrows the log's line buffer.
        int listed = 0;
        for (long e = Madt.first(madt, PROBLEM); e != 0; e = Madt.next(madt, e, PROBLEM)) {
            int type = MadtEntry.type(e);
            long id;
            if (type == MadtEntry.LOCAL_APIC && MadtEntry.LocalApic.usable(madt, e)) id = MadtEntry.LocalApic.apicId(e);
            else if (type == MadtEntry.LOCAL_X2APIC && MadtEntry.LocalX2Apic.usable(madt, e)) id = MadtEntry.LocalX2Apic.x2apicId(e);
            else continue;
            if (listed % IDS_PER_LINE == 0) {
                if (listed > 0) Log.newline();
                Log.begin(Log.INFO);
                Log.print("acpi: MADT: apic ids");
            }
            Log.print(" ");
            Log.dec(id);
            listed++;
        }
        if (listed > 0) Log.newline();
        return true;
    }

    private static void hpet(long hpet) {
        if (!Hpet.check(hpet, MAX_TABLE, PROBLEM)) {
            refused("HPET", hpet, PROBLEM);
            return;
        }
        hpetPhysical = Hpet.baseAddress(hpet);
        Log.begin(Log.INFO);
        Log.print("acpi: HPET at ");
        Log.hex(Hpet.baseAddress(hpet), 8);
        Log.print(", minimum tick ");
        Log.dec(Hpet.minimumTick(hpet));
        Log.newline();
    }

    /** "acpi: <what> at 0x...: <problem> (value 0x...), skipped". */
    static void refused(String what, long address, long[] problem) {
        Log.begin(Log.WARN);
        Log.print("acpi: ");
        Log.print(what);
        Log.print(" at ");
        Log.hex(address, 8);
        Log.print(": ");
        Log.print(Problem.reason(problem) == Problem.NONE ? "unreadable" : Problem.message(problem));
        Log.print(" (value ");
        Log.hex(Problem.value(problem));
        Log.println("), skipped");
        Problem.clear(problem);
    }
}
