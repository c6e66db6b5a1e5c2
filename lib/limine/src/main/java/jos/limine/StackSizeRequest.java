package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** {@code struct limine_stack_size_request}: the size of the stack every CPU is entered on. */
@Struct(size = 56)
public final class StackSizeRequest {
    private StackSizeRequest() {
    }

    /** {@link Protocol#COMMON_MAGIC_0}, {@link Protocol#COMMON_MAGIC_1}, then the feature's two ID words. */
    @Field(value = Type.U64, count = 4) public static final int ID = 0;
    @Field(Type.U64) public static final int REVISION = 32;
    /** The response's (HHDM) address, written by the bootloader; 0 if none. */
    @Field(Type.U64) public static final int RESPONSE = 40;
    @Field(Type.U64) public static final int STACK_SIZE = 48;
    public static final int SIZE = 56;

    public static long stackSize(long at) {
        return Memory.read64(at + STACK_SIZE);
    }
}
