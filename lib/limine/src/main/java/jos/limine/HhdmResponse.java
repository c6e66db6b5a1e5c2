package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_hhdm_response}: the virtual address at which physical address 0 is mapped.
 */
@Struct(size = 16)
public final class HhdmResponse {
    private HhdmResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int OFFSET = 8;
    public static final int SIZE = 16;

    public static long offset(long at) {
        return Memory.read64(at + OFFSET);
    }
}
