package jos.kernel.panic;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * One Java frame of the {@link TraceTable} (jrt.h {@code jtrace_frame}): the method's {@link MethodMeta}, the
 * line, and flags: {@link #FRAMELESS} for an assembly ({@code @Naked}) method, which keeps no frame record.
 */
@Struct(size = TraceFrame.SIZE)
public final class TraceFrame {
    private TraceFrame() {
    }

    @Field(Type.U64) static final int META = 0;
    @Field(Type.U32) static final int LINE = 8;
    @Field(Type.U32) static final int FLAGS = 12;

    static final int SIZE = 16;
    /** jrt.h's JTRACE_FRAMELESS: while the method runs, its return address is at rsp and rbp is its caller's. */
    static final int FRAMELESS = 1;

    static long meta(long frame) {
        return Memory.read64(frame + META);
    }

    static int line(long frame) {
        return Memory.read32(frame + LINE);
    }

    static boolean frameless(long frame) {
        return (Memory.read32(frame + FLAGS) & FRAMELESS) != 0;
    }
}
