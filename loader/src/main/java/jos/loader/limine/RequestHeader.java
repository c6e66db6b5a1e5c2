package jos.loader.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/** The three members every Limine request starts with (protocol "Features"). */
@Struct(size = 48)
public final class RequestHeader {
    private RequestHeader() {
    }

    @Field(value = Type.U64, count = 4) public static final int ID = 0;
    @Field(Type.U64) public static final int REVISION = 32;
    @Field(Type.U64) public static final int RESPONSE = 40;
    public static final int SIZE = 48;

    /** The first two words of every request ID. */
    public static final long COMMON_MAGIC_0 = 0xc7b1dd30df4c8b88L, COMMON_MAGIC_1 = 0x0a82e883a194f07bL;
}
