package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/** {@code struct limine_efi_memmap_response}: the EFI memory map as GetMemoryMap() returned it. */
@Struct(size = 40)
public final class EfiMemoryMapResponse {
    private EfiMemoryMapResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int MEMMAP = 8;
    @Field(Type.U64) public static final int MEMMAP_SIZE = 16;
    @Field(Type.U64) public static final int DESC_SIZE = 24;
    @Field(Type.U64) public static final int DESC_VERSION = 32;
    public static final int SIZE = 40;
}
