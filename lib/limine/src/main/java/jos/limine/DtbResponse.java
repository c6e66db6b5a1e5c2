package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * {@code struct limine_dtb_response}: the device tree blob (virtual address), if the firmware has one.
 */
@Struct(size = 16)
public final class DtbResponse {
    private DtbResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int DTB_PTR = 8;
    public static final int SIZE = 16;
}
