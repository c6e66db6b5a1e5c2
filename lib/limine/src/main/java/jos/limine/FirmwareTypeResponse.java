package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** {@code struct limine_firmware_type_response}: the firmware the machine booted with. */
@Struct(size = 16)
public final class FirmwareTypeResponse {
    private FirmwareTypeResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int FIRMWARE_TYPE = 8;
    public static final int SIZE = 16;

    /** Values of firmware_type. */
    public static final long X86BIOS = 0, UEFI32 = 1, UEFI64 = 2;

    public static long firmwareType(long at) {
        return Memory.read64(at + FIRMWARE_TYPE);
    }
}
