package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_smp_info}: (x86_64) one CPU; an atomic write of goto_address makes a parked CPU jump there
 * with RDI = this structure, on a stack of the requested size.
 */
@Struct(size = 32)
public final class SmpInfo {
    private SmpInfo() {
    }

    /** The ACPI processor UID (MADT). */
    @Field(Type.U32) public static final int PROCESSOR_ID = 0;
    @Field(Type.U32) public static final int LAPIC_ID = 4;
    @Field(Type.U64) public static final int RESERVED = 8;
    @Field(Type.U64) public static final int GOTO_ADDRESS = 16;
    /** Free for the kernel's use. */
    @Field(Type.U64) public static final int EXTRA_ARGUMENT = 24;
    public static final int SIZE = 32;

    public static long processorId(long at) {
        return Memory.read32(at + PROCESSOR_ID) & 0xffffffffL;
    }

    public static long lapicId(long at) {
        return Memory.read32(at + LAPIC_ID) & 0xffffffffL;
    }

    public static long reserved(long at) {
        return Memory.read64(at + RESERVED);
    }

    public static long gotoAddress(long at) {
        return Memory.read64(at + GOTO_ADDRESS);
    }

    public static long extraArgument(long at) {
        return Memory.read64(at + EXTRA_ARGUMENT);
    }
}
