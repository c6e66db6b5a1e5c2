package jos.loader.acpi;

import jos.hw.Memory;
import jos.loader.Problem;

/**
 * The processors and I/O APICs the MADT lists. {@link #parse} fills two caller-provided tables:
 * CPUs as 8-byte records {u32 processor_id (ACPI UID), u32 lapic_id} for every local APIC or x2APIC
 * entry that is enabled or online-capable (an x2APIC entry repeating an APIC ID is skipped), and I/O
 * APICs as 8-byte records {u32 address, u32 GSI base}.
 */
public final class Madt {
    private Madt() {
    }

    public static int cpuCount, ioApicCount;
    public static long localApicAddress;

    /** Parses the (checked) MADT at madt; false with a problem if an entry is malformed or a table is full. */
    public static boolean parse(long madt, long cpus, int cpuCapacity, long ioApics, int ioApicCapacity) {
        cpuCount = ioApicCount = 0;
        long length = AcpiTables.length(madt);
        if (length < MadtLayout.ENTRIES) return Problem.report("MADT is shorter than its fixed part; length", length);
        localApicAddress = Memory.read32(madt + MadtLayout.LOCAL_APIC_ADDRESS) & 0xFFFFFFFFL;
        long end = madt + length;
        for (long e = madt + MadtLayout.ENTRIES; e < end; ) {
            if (e + 2 > end) return Problem.report("MADT entry header runs past the table end; at", e);
            int type = Memory.read8(e + MadtLayout.EntryHeader.TYPE) & 0xFF;
            int entryLength = Memory.read8(e + MadtLayout.EntryHeader.LENGTH) & 0xFF;
            if (entryLength < 2) return Problem.report("MADT entry length is below 2; at", e);
            if (e + entryLength > end) return Problem.report("MADT entry runs past the table end; at", e);
            if (type == MadtLayout.LocalApic.TYPE_VALUE) {
                if (entryLength < MadtLayout.LocalApic.SIZE) return Problem.report("MADT local APIC entry is too short; at", e);
                int flags = Memory.read32(e + MadtLayout.LocalApic.FLAGS);
                if ((flags & (MadtLayout.ENABLED | MadtLayout.ONLINE_CAPABLE)) != 0
                        && !addCpu(cpus, cpuCapacity, Memory.read8(e + MadtLayout.LocalApic.ACPI_PROCESSOR_UID) & 0xFF,
                                Memory.read8(e + MadtLayout.LocalApic.APIC_ID) & 0xFF)) {
                    return false;
                }
            } else if (type == MadtLayout.LocalX2Apic.TYPE_VALUE) {
                if (entryLength < MadtLayout.LocalX2Apic.SIZE) return Problem.report("MADT x2APIC entry is too short; at", e);
                int flags = Memory.read32(e + MadtLayout.LocalX2Apic.FLAGS);
                if ((flags & (MadtLayout.ENABLED | MadtLayout.ONLINE_CAPABLE)) != 0
                        && !addCpu(cpus, cpuCapacity, Memory.read32(e + MadtLayout.LocalX2Apic.ACPI_PROCESSOR_UID),
                                Memory.read32(e + MadtLayout.LocalX2Apic.X2APIC_ID))) {
                    return false;
                }
            } else if (type == MadtLayout.IoApic.TYPE_VALUE) {
                if (entryLength < MadtLayout.IoApic.SIZE) return Problem.report("MADT I/O APIC entry is too short; at", e);
                if (ioApicCount == ioApicCapacity) return Problem.report("too many I/O APICs; capacity", ioApicCapacity);
                long record = ioApics + 8L * ioApicCount++;
                Memory.write32(record, Memory.read32(e + MadtLayout.IoApic.IO_APIC_ADDRESS));
                Memory.write32(record + 4, Memory.read32(e + MadtLayout.IoApic.GLOBAL_SYSTEM_INTERRUPT_BASE));
            }
            e += entryLength;
        }
        return true;
    }

    private static boolean addCpu(long cpus, int capacity, int uid, int apicId) {
        for (int i = 0; i < cpuCount; i++) {
            if (lapicId(cpus, i) == apicId) return true;
        }
        if (cpuCount == capacity) return Problem.report("too many processors in the MADT; capacity", capacity);
        long record = cpus + 8L * cpuCount++;
        Memory.write32(record, uid);
        Memory.write32(record + 4, apicId);
        return true;
    }

    public static int processorId(long cpus, int index) {
        return Memory.read32(cpus + 8L * index);
    }

    public static int lapicId(long cpus, int index) {
        return Memory.read32(cpus + 8L * index + 4);
    }

    public static long ioApicAddress(long ioApics, int index) {
        return Memory.read32(ioApics + 8L * index) & 0xFFFFFFFFL;
    }
}
