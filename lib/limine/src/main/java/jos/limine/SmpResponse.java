package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_smp_response}: (x86_64) the CPUs, an array of cpu_count pointers to {@link SmpInfo}s.
 */
@Struct(size = 32)
public final class SmpResponse {
    private SmpResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U32) public static final int FLAGS = 8;
    @Field(Type.U32) public static final int BSP_LAPIC_ID = 12;
    @Field(Type.U64) public static final int CPU_COUNT = 16;
    @Field(Type.U64) public static final int CPUS = 24;
    public static final int SIZE = 32;

    /** flags bit 0: x2APIC has been enabled. */
    public static final long X2APIC = 1;

    public static long flags(long at) {
        return Memory.read32(at + FLAGS) & 0xffffffffL;
    }

    public static long bspLapicId(long at) {
        return Memory.read32(at + BSP_LAPIC_ID) & 0xffffffffL;
    }

    public static long cpuCount(long at) {
        return Memory.read64(at + CPU_COUNT);
    }

    public static long cpus(long at) {
        return Memory.read64(at + CPUS);
    }
}
