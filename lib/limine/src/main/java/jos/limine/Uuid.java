package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/** {@code struct limine_uuid}: a GUID as {@link File} holds them. */
@Struct(size = 16)
public final class Uuid {
    private Uuid() {
    }

    @Field(Type.U32) public static final int A = 0;
    @Field(Type.U16) public static final int B = 4;
    @Field(Type.U16) public static final int C = 6;
    @Field(value = Type.U8, count = 8) public static final int D = 8;
    public static final int SIZE = 16;
}
