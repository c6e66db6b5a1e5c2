package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The three members every request starts with (protocol "Features"); a request without members of
 * its own is exactly this.
 */
@Struct(size = 48)
public final class RequestHeader {
    private RequestHeader() {
    }

    /** {@link Protocol#COMMON_MAGIC_0}, {@link Protocol#COMMON_MAGIC_1}, then the feature's two ID words. */
    @Field(value = Type.U64, count = 4) public static final int ID = 0;
    @Field(Type.U64) public static final int REVISION = 32;
    /** The response's (HHDM) address, written by the bootloader; 0 if none. */
    @Field(Type.U64) public static final int RESPONSE = 40;
    public static final int SIZE = 48;

    public static long revision(long at) {
        return Memory.read64(at + REVISION);
    }

    public static long response(long at) {
        return Memory.read64(at + RESPONSE);
    }
}
