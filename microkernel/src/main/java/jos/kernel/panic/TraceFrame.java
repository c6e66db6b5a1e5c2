package jos.kernel.panic;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** One Java frame of the {@link TraceTable} (jrt.h {@code jtrace_frame}): the method's {@link MethodMeta} and the line. */
@Struct(size = TraceFrame.SIZE)
public final class TraceFrame {
    private TraceFrame() {
    }

    @Field(Type.U64) static final int META = 0;
    @Field(Type.U32) static final int LINE = 8;
    @Field(Type.U32) static final int PADDING = 12;

    static final int SIZE = 16;

    static long meta(long frame) {
        return Memory.read64(frame + META);
    }

    static int line(long frame) {
        return Memory.read32(frame + LINE);
    }
}
