package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_smp_info (x86_64): one CPU; an atomic write of goto_address starts a parked one. */
@Struct(size = 32)
public final class MpInfo {
    @Field(Field.Type.U32)
    static final int PROCESSOR_ID = 0;
    @Field(Field.Type.U32)
    static final int LAPIC_ID = 4;
    @Field(Field.Type.U64)
    static final int RESERVED = 8;
    @Field(Field.Type.U64)
    static final int GOTO_ADDRESS = 16;
    @Field(Field.Type.U64)
    static final int EXTRA_ARGUMENT = 24;

    private MpInfo() {
    }

    static long processorId(long at) {
        return Memory.read32(at + PROCESSOR_ID) & 0xffffffffL;
    }

    static long lapicId(long at) {
        return Memory.read32(at + LAPIC_ID) & 0xffffffffL;
    }

    static long reserved(long at) {
        return Memory.read64(at + RESERVED);
    }

    static long gotoAddress(long at) {
        return Memory.read64(at + GOTO_ADDRESS);
    }

    static long extraArgument(long at) {
        return Memory.read64(at + EXTRA_ARGUMENT);
    }
}
