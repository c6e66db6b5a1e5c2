package jos.loader.acpi;

import jos.acpi.Madt;
import jos.acpi.MadtEntry;
import jos.hw.Memory;
import jos.loader.Problem;

/**
 * The processors the loader starts, collected from a checked MADT into a caller-provided table of
 * 8-byte records {u32 processor_id (ACPI UID), u32 lapic_id}: every local APIC or x2APIC entry that is
 * usable (enabled, or online-capable where the MADT revision defines it). An x2APIC entry repeating an
 * APIC ID already listed is skipped, as firmware may list a CPU both ways.
 */
public final class CpuList {
    private CpuList() {
    }

    /**
     * Fills cpus from the MADT at madt ({@link Madt#check}ed); the count, or -1 with the reason in problem
     * if more than capacity (acpiProblem: the walk's record, untouched for a checked MADT).
     */
    public static int collect(long madt, long cpus, int capacity, long[] problem, long[] acpiProblem) {
        int count = 0;
        for (long e = Madt.first(madt, acpiProblem); e != 0; e = Madt.next(madt, e, acpiProblem)) {
            int type = MadtEntry.type(e);
            int uid, apicId;
            if (type == MadtEntry.LOCAL_APIC && MadtEntry.LocalApic.usable(madt, e)) {
                uid = MadtEntry.LocalApic.processorUid(e);
                apicId = MadtEntry.LocalApic.apicId(e);
            } else if (type == MadtEntry.LOCAL_X2APIC && MadtEntry.LocalX2Apic.usable(madt, e)) {
                uid = (int) MadtEntry.LocalX2Apic.processorUid(e);
                apicId = (int) MadtEntry.LocalX2Apic.x2apicId(e);
            } else {
                continue;
            }
            if (listed(cpus, count, apicId)) continue;
            if (count == capacity) {
                Problem.report(problem, Problem.TOO_MANY_PROCESSORS, capacity);
                return -1;
            }
            long record = cpus + 8L * count++;
            Memory.write32(record, uid);
            Memory.write32(record + 4, apicId);
        }
        return count;
    }

    private static boolean listed(long cpus, int count, int apicId) {
        for (int i = 0; i < count; i++) {
            if (lapicId(cpus, i) == apicId) return true;
        }
        return false;
    }

    public static int processorId(long cpus, int index) {
        return Memory.read32(cpus + 8L * index);
    }

    public static int lapicId(long cpus, int index) {
        return Memory.read32(cpus + 8L * index + 4);
    }
}
