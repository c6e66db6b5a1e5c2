package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_kernel_address_response ("executable address"): where the kernel was loaded. */
@Struct(size = 24)
public final class ExecutableAddressResponse {
    @Field(Field.Type.U64)
    static final int REVISION = 0;
    @Field(Field.Type.U64)
    static final int PHYSICAL_BASE = 8;
    @Field(Field.Type.U64)
    static final int VIRTUAL_BASE = 16;

    private ExecutableAddressResponse() {
    }

    static long physicalBase(long at) {
        return Memory.read64(at + PHYSICAL_BASE);
    }

    static long virtualBase(long at) {
        return Memory.read64(at + VIRTUAL_BASE);
    }
}
