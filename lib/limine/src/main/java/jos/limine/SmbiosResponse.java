package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * {@code struct limine_smbios_response}: the SMBIOS entry points (0 if absent); physical under base
 * revision 3.
 */
@Struct(size = 24)
public final class SmbiosResponse {
    private SmbiosResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int ENTRY_32 = 8;
    @Field(Type.U64) public static final int ENTRY_64 = 16;
    public static final int SIZE = 24;
}
