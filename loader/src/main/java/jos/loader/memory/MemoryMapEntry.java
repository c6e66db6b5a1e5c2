package jos.loader.memory;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_memmap_entry}: one range of physical memory and its type. The loader keeps
 * all its range tables (firmware map, claims, busy ranges, the final map) as arrays of this layout.
 */
@Struct(size = 24)
public final class MemoryMapEntry {
    private MemoryMapEntry() {
    }

    @Field(Type.U64) public static final int BASE = 0;
    @Field(Type.U64) public static final int LENGTH = 8;
    @Field(Type.U64) public static final int TYPE = 16;
    public static final int SIZE = 24;

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
