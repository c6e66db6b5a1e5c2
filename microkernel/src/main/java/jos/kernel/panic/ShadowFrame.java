package jos.kernel.panic;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The runtime's record of one executing Java method that calls or throws (jrt.h {@code jframe}): the
 * caller's record, the method descriptor ({@link MethodMeta}) and the current source line. The
 * innermost record of a CPU is at GS:0 (PerCpu RUNTIME_TOP_FRAME). Methods that call nothing keep none.
 */
@Struct(size = 24)
public final class ShadowFrame {
    private ShadowFrame() {
    }

    @Field(Type.U64) static final int PREV = 0;
    @Field(Type.U64) static final int META = 8;
    @Field(Type.U32) static final int LINE = 16;
    @Field(Type.U32) static final int PADDING = 20;

    /** GS-relative offset of the innermost frame's address (jos.kernel.x86.PerCpu.RUNTIME_TOP_FRAME). */
    static final long TOP_GS_OFFSET = 0;

    static long prev(long frame) {
        return Memory.read64(frame + PREV);
    }

    static long meta(long frame) {
        return Memory.read64(frame + META);
    }

    static int line(long frame) {
        return Memory.read32(frame + LINE);
    }
}
