package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_paging_mode_request}: the paging mode the kernel prefers, and (request revision 1 and
 * above) the range it accepts.
 */
@Struct(size = 72)
public final class PagingModeRequest {
    private PagingModeRequest() {
    }

    /** {@link Protocol#COMMON_MAGIC_0}, {@link Protocol#COMMON_MAGIC_1}, then the feature's two ID words. */
    @Field(value = Type.U64, count = 4) public static final int ID = 0;
    @Field(Type.U64) public static final int REVISION = 32;
    /** The response's (HHDM) address, written by the bootloader; 0 if none. */
    @Field(Type.U64) public static final int RESPONSE = 40;
    @Field(Type.U64) public static final int MODE = 48;
    /** Request revision 1 and above. */
    @Field(Type.U64) public static final int MAX_MODE = 56;
    /** Request revision 1 and above. */
    @Field(Type.U64) public static final int MIN_MODE = 64;
    public static final int SIZE = 72;

    /** x86_64 paging modes; revision 0 requests mean min_mode = {@link #MIN}, max_mode = mode. */
    public static final long FOUR_LEVEL = 0, FIVE_LEVEL = 1;
    public static final long DEFAULT = FOUR_LEVEL, MIN = FOUR_LEVEL;

    public static long mode(long at) {
        return Memory.read64(at + MODE);
    }

    public static long maxMode(long at) {
        return Memory.read64(at + MAX_MODE);
    }

    public static long minMode(long at) {
        return Memory.read64(at + MIN_MODE);
    }
}
