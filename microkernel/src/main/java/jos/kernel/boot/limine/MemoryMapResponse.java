package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_memmap_response: an array of pointers to entries sorted by base. */
@Struct(size = 24)
public final class MemoryMapResponse {
    @Field(Field.Type.U64)
    static final int REVISION = 0;
    @Field(Field.Type.U64)
    static final int ENTRY_COUNT = 8;
    @Field(Field.Type.U64)
    static final int ENTRIES = 16;

    private MemoryMapResponse() {
    }

    static long entryCount(long at) {
        return Memory.read64(at + ENTRY_COUNT);
    }

    static long entries(long at) {
        return Memory.read64(at + ENTRIES);
    }
}
