package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_entry_point_request}: the address the kernel asks to be entered at instead of its ELF entry.
 */
@Struct(size = 56)
public final class EntryPointRequest {
    private EntryPointRequest() {
    }

    /** {@link Protocol#COMMON_MAGIC_0}, {@link Protocol#COMMON_MAGIC_1}, then the feature's two ID words. */
    @Field(value = Type.U64, count = 4) public static final int ID = 0;
    @Field(Type.U64) public static final int REVISION = 32;
    /** The response's (HHDM) address, written by the bootloader; 0 if none. */
    @Field(Type.U64) public static final int RESPONSE = 40;
    @Field(Type.U64) public static final int ENTRY = 48;
    public static final int SIZE = 56;

    public static long entry(long at) {
        return Memory.read64(at + ENTRY);
    }
}
