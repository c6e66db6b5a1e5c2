package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_rsdp_response: the ACPI RSDP, physical under base revision 3, HHDM-virtual under 2. */
@Struct(size = 16)
public final class RsdpResponse {
    @Field(Field.Type.U64)
    static final int REVISION = 0;
    @Field(Field.Type.U64)
    static final int ADDRESS = 8;

    private RsdpResponse() {
    }

    static long address(long at) {
        return Memory.read64(at + ADDRESS);
    }
}
