package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_bootloader_info_response: the loader's name and version (NUL-terminated, HHDM addresses). */
@Struct(size = 24)
public final class BootloaderInfoResponse {
    @Field(Field.Type.U64)
    static final int REVISION = 0;
    @Field(Field.Type.U64)
    static final int NAME = 8;
    @Field(Field.Type.U64)
    static final int VERSION = 16;

    private BootloaderInfoResponse() {
    }

    static long name(long at) {
        return Memory.read64(at + NAME);
    }

    static long version(long at) {
        return Memory.read64(at + VERSION);
    }
}
