package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_smp_request}: whether to start the other CPUs, and how (called MP in later revisions).
 */
@Struct(size = 56)
public final class SmpRequest {
    private SmpRequest() {
    }

    /** {@link Protocol#COMMON_MAGIC_0}, {@link Protocol#COMMON_MAGIC_1}, then the feature's two ID words. */
    @Field(value = Type.U64, count = 4) public static final int ID = 0;
    @Field(Type.U64) public static final int REVISION = 32;
    /** The response's (HHDM) address, written by the bootloader; 0 if none. */
    @Field(Type.U64) public static final int RESPONSE = 40;
    @Field(Type.U64) public static final int FLAGS = 48;
    public static final int SIZE = 56;

    /** flags bit 0: enable x2APIC if possible (x86_64). */
    public static final long X2APIC = 1;

    public static long flags(long at) {
        return Memory.read64(at + FLAGS);
    }
}
