package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_stack_size_response: its presence says the requested stack size was honoured. */
@Struct(size = 8)
public final class StackSizeResponse {
    @Field(Field.Type.U64)
    static final int REVISION = 0;

    private StackSizeResponse() {
    }
}
