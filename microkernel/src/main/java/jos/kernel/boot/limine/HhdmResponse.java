package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_hhdm_response: the virtual address at which physical address 0 is mapped. */
@Struct(size = 16)
public final class HhdmResponse {
    @Field(Field.Type.U64)
    static final int REVISION = 0;
    @Field(Field.Type.U64)
    static final int OFFSET = 8;

    private HhdmResponse() {
    }

    static long offset(long at) {
        return Memory.read64(at + OFFSET);
    }
}
