package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_firmware_type_response: 0 = x86 BIOS, 1 = UEFI32, 2 = UEFI64. */
@Struct(size = 16)
public final class FirmwareTypeResponse {
    @Field(Field.Type.U64)
    static final int REVISION = 0;
    @Field(Field.Type.U64)
    static final int FIRMWARE_TYPE = 8;

    private FirmwareTypeResponse() {
    }

    static long firmwareType(long at) {
        return Memory.read64(at + FIRMWARE_TYPE);
    }
}
