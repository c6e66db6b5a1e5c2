package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * {@code struct limine_boot_time_response}: the UNIX time at boot (seconds, signed), from the RTC.
 */
@Struct(size = 16)
public final class BootTimeResponse {
    private BootTimeResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int BOOT_TIME = 8;
    public static final int SIZE = 16;
}
