package jos.kernel.panic;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** One row of the {@link TraceTable} (jrt.h {@code jtrace_entry}): from pc on, count frames from frame first. */
@Struct(size = TraceEntry.SIZE)
public final class TraceEntry {
    private TraceEntry() {
    }

    @Field(Type.U64) static final int PC = 0;
    @Field(Type.U32) static final int FIRST = 8;
    @Field(Type.U32) static final int COUNT = 12;

    static final int SIZE = 16;

    static long pc(long entry) {
        return Memory.read64(entry + PC);
    }

    static int first(long entry) {
        return Memory.read32(entry + FIRST);
    }

    static int count(long entry) {
        return Memory.read32(entry + COUNT);
    }
}
