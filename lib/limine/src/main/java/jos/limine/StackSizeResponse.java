package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * {@code struct limine_stack_size_response}: its presence says the requested stack size was honoured.
 */
@Struct(size = 8)
public final class StackSizeResponse {
    private StackSizeResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    public static final int SIZE = 8;
}
