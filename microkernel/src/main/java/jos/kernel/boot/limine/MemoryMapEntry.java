package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_memmap_entry: a physical range and its type (see MemoryMapEntry.USABLE and the others). */
@Struct(size = 24)
public final class MemoryMapEntry {
    @Field(Field.Type.U64)
    static final int BASE = 0;
    @Field(Field.Type.U64)
    static final int LENGTH = 8;
    @Field(Field.Type.U64)
    static final int TYPE = 16;

    static final long USABLE = 0, RESERVED = 1, ACPI_RECLAIMABLE = 2, ACPI_NVS = 3, BAD_MEMORY = 4,
            BOOTLOADER_RECLAIMABLE = 5, EXECUTABLE_AND_MODULES = 6, FRAMEBUFFER = 7;

    private MemoryMapEntry() {
    }

    static long base(long at) {
        return Memory.read64(at + BASE);
    }

    static long length(long at) {
        return Memory.read64(at + LENGTH);
    }

    static long type(long at) {
        return Memory.read64(at + TYPE);
    }
}
