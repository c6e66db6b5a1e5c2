package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_kernel_address_response}: where the kernel was loaded, physically and virtually
 * (the executable address in later revisions).
 */
@Struct(size = 24)
public final class KernelAddressResponse {
    private KernelAddressResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int PHYSICAL_BASE = 8;
    @Field(Type.U64) public static final int VIRTUAL_BASE = 16;
    public static final int SIZE = 24;

    public static long physicalBase(long at) {
        return Memory.read64(at + PHYSICAL_BASE);
    }

    public static long virtualBase(long at) {
        return Memory.read64(at + VIRTUAL_BASE);
    }
}
