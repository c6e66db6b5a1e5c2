package jos.loader.acpi;

import jos.acpi.Madt;
import jos.acpi.MadtEntry;
import jos.hw.Memory;
import jos.loader.Problem;

/**
 * The I/O APICs the loader masks before the handoff, collected from a checked MADT into a
 * caller-provided table of 8-byte records {u32 address, u32 GSI base}.
 */
public final class IoApicList {
    private IoApicList() {
    }

    /**
     * Fills ioApics from the MADT at madt ({@link Madt#check}ed); the count, or -1 with the reason in
     * problem if more than capacity (acpiProblem: the walk's record, untouched for a checked MADT).
     */
    public static int collect(long madt, long ioApics, int capacity, long[] problem, long[] acpiProblem) {
        int count = 0;
        for (long e = Madt.first(madt, acpiProblem); e != 0; e = Madt.next(madt, e, acpiProblem)) {
            if (MadtEntry.type(e) != MadtEntry.IO_APIC) continue;
            if (count == capacity) {
                Problem.report(problem, Problem.TOO_MANY_IO_APICS, capacity);
                return -1;
            }
            long record = ioApics + 8L * count++;
            Memory.write32(record, (int) MadtEntry.IoApic.address(e));
            Memory.write32(record + 4, (int) MadtEntry.IoApic.gsiBase(e));
        }
        return count;
    }

    /** Physical address of I/O APIC index's registers. */
    public static long address(long ioApics, int index) {
        return Memory.read32(ioApics + 8L * index) & 0xFFFFFFFFL;
    }

    public static long gsiBase(long ioApics, int index) {
        return Memory.read32(ioApics + 8L * index + 4) & 0xFFFFFFFFL;
    }
}
