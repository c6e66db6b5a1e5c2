package jos.loader.memory;

import jos.hw.Memory;

/**
 * Tables of {@code struct limine_memmap_entry} ({@link jos.limine.MemoryMapEntry}, whose layout this
 * uses): one range of physical memory and its type. The loader keeps all its range tables (firmware
 * map, claims, busy ranges, the final map) as arrays of this layout.
 */
public final class MemoryMapEntry {
    private MemoryMapEntry() {
    }

    public static final int BASE = jos.limine.MemoryMapEntry.BASE;
    public static final int LENGTH = jos.limine.MemoryMapEntry.LENGTH;
    public static final int TYPE = jos.limine.MemoryMapEntry.TYPE;
    public static final int SIZE = jos.limine.MemoryMapEntry.SIZE;

    /** The address of entry index of the table at table. */
    public static long at(long table, int index) {
        return table + (long) index * SIZE;
    }

    public static long base(long entry) {
        return Memory.read64(entry + BASE);
    }

    public static long length(long entry) {
        return Memory.read64(entry + LENGTH);
    }

    /** base + length. */
    public static long end(long entry) {
        return base(entry) + length(entry);
    }

    public static long type(long entry) {
        return Memory.read64(entry + TYPE);
    }

    public static void set(long entry, long base, long length, long type) {
        Memory.write64(entry + BASE, base);
        Memory.write64(entry + LENGTH, length);
        Memory.write64(entry + TYPE, type);
    }

    public static void setBase(long entry, long base) {
        Memory.write64(entry + BASE, base);
    }

    public static void setLength(long entry, long length) {
        Memory.write64(entry + LENGTH, length);
    }

    public static void copy(long destination, long source) {
        set(destination, base(source), length(source), type(source));
    }
}
