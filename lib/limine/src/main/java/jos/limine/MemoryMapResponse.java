package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_memmap_response}: an array of entry_count pointers to {@link MemoryMapEntry}s, sorted by base.
 */
@Struct(size = 24)
public final class MemoryMapResponse {
    private MemoryMapResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int ENTRY_COUNT = 8;
    @Field(Type.U64) public static final int ENTRIES = 16;
    public static final int SIZE = 24;

    public static long entryCount(long at) {
        return Memory.read64(at + ENTRY_COUNT);
    }

    public static long entries(long at) {
        return Memory.read64(at + ENTRIES);
    }
}
