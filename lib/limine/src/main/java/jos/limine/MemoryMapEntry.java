package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** {@code struct limine_memmap_entry}: a physical range and its type. */
@Struct(size = 24)
public final class MemoryMapEntry {
    private MemoryMapEntry() {
    }

    @Field(Type.U64) public static final int BASE = 0;
    @Field(Type.U64) public static final int LENGTH = 8;
    @Field(Type.U64) public static final int TYPE = 16;
    public static final int SIZE = 24;

    /** Values of type ({@code LIMINE_MEMMAP_...}; EXECUTABLE_AND_MODULES is KERNEL_AND_MODULES in v8.x). */
    public static final long USABLE = 0, RESERVED = 1, ACPI_RECLAIMABLE = 2, ACPI_NVS = 3, BAD_MEMORY = 4,
            BOOTLOADER_RECLAIMABLE = 5, EXECUTABLE_AND_MODULES = 6, FRAMEBUFFER = 7;

    public static long base(long at) {
        return Memory.read64(at + BASE);
    }

    public static long length(long at) {
        return Memory.read64(at + LENGTH);
    }

    public static long type(long at) {
        return Memory.read64(at + TYPE);
    }
}
