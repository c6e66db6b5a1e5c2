package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_efi_system_table_response}: the EFI system table; physical under base
 * revision 3, HHDM-virtual under revisions 0-2.
 */
@Struct(size = 16)
public final class EfiSystemTableResponse {
    private EfiSystemTableResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int ADDRESS = 8;
    public static final int SIZE = 16;

    public static long address(long at) {
        return Memory.read64(at + ADDRESS);
    }
}
