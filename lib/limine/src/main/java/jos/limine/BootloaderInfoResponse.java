package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_bootloader_info_response}: the bootloader's name and version, NUL-terminated strings at HHDM addresses.
 */
@Struct(size = 24)
public final class BootloaderInfoResponse {
    private BootloaderInfoResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int NAME = 8;
    @Field(Type.U64) public static final int VERSION = 16;
    public static final int SIZE = 24;

    public static long name(long at) {
        return Memory.read64(at + NAME);
    }

    public static long version(long at) {
        return Memory.read64(at + VERSION);
    }
}
