package jos.loader.multiboot2;

import jos.hw.Memory;
import jos.loader.Problem;
import jos.loader.memory.MemoryMapEntry;
import jos.loader.memory.MemoryType;

/** Converts the multiboot2 memory map (tag 6) to a table of Limine-typed {@link MemoryMapEntry}. */
public final class FirmwareMap {
    private FirmwareMap() {
    }

    /** Writes the entries of the tag to out (capacity entries); returns the count, or -1 with a problem. */
    public static int convert(long tag, long out, int capacity, long[] problem) {
        if (tag == 0) {
            Problem.report(problem, Problem.NO_MEMORY_MAP, 0);
            return -1;
        }
        long entrySize = Memory.read32(tag + Tags.MemoryMap.ENTRY_SIZE) & 0xFFFFFFFFL;
        if (entrySize < 24 || (entrySize & 7) != 0) {
            Problem.report(problem, Problem.MEMORY_MAP_BAD_ENTRY_SIZE, entrySize);
            return -1;
        }
        long end = tag + BootInformation.size(tag);
        int count = 0;
        for (long e = tag + Tags.MemoryMap.ENTRIES; e + entrySize <= end; e += entrySize) {
            long length = Memory.read64(e + Tags.MemoryMapEntry.LENGTH);
            if (length == 0) continue;
            if (count == capacity) {
                Problem.report(problem, Problem.FIRMWARE_MAP_TOO_LONG, capacity);
                return -1;
            }
            MemoryMapEntry.set(MemoryMapEntry.at(out, count++), Memory.read64(e + Tags.MemoryMapEntry.BASE_ADDR), length,
                    limineType(Memory.read32(e + Tags.MemoryMapEntry.TYPE)));
        }
        return count;
    }

    public static long limineType(int multibootType) {
        switch (multibootType) {
            case Tags.MemoryMap.AVAILABLE: return MemoryType.USABLE;
            case Tags.MemoryMap.ACPI_RECLAIMABLE: return MemoryType.ACPI_RECLAIMABLE;
            case Tags.MemoryMap.NVS: return MemoryType.ACPI_NVS;
            case Tags.MemoryMap.BAD_RAM: return MemoryType.BAD_MEMORY;
            default: return MemoryType.RESERVED;
        }
    }
}
