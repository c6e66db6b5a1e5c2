package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_paging_mode_response}: the paging mode the kernel was entered with ({@link PagingModeRequest#FOUR_LEVEL} or
 * {@link PagingModeRequest#FIVE_LEVEL}).
 */
@Struct(size = 16)
public final class PagingModeResponse {
    private PagingModeResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int MODE = 8;
    public static final int SIZE = 16;

    public static long mode(long at) {
        return Memory.read64(at + MODE);
    }
}
