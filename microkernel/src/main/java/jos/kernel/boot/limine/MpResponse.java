package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_smp_response (x86_64): flags bit 0 = x2APIC enabled; an array of pointers to per-CPU records. */
@Struct(size = 32)
public final class MpResponse {
    @Field(Field.Type.U64)
    static final int REVISION = 0;
    @Field(Field.Type.U32)
    static final int FLAGS = 8;
    @Field(Field.Type.U32)
    static final int BSP_LAPIC_ID = 12;
    @Field(Field.Type.U64)
    static final int CPU_COUNT = 16;
    @Field(Field.Type.U64)
    static final int CPUS = 24;

    private MpResponse() {
    }

    static long flags(long at) {
        return Memory.read32(at + FLAGS) & 0xffffffffL;
    }

    static long bspLapicId(long at) {
        return Memory.read32(at + BSP_LAPIC_ID) & 0xffffffffL;
    }

    static long cpuCount(long at) {
        return Memory.read64(at + CPU_COUNT);
    }

    static long cpus(long at) {
        return Memory.read64(at + CPUS);
    }
}
