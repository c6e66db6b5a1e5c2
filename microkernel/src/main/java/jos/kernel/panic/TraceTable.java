package jos.kernel.panic;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The compiler's stack trace table (jrt.h {@code jrt_trace_table}, docs/toolchain.md "Stack traces"):
 * {@link TraceEntry} records sorted by code address, each naming the Java frames ({@link TraceFrame})
 * that code from its address up to the next entry's belongs to, innermost first; several where gcc
 * inlined one Java method into another. Code of no Java method (the runtime's C) has an entry with none.
 */
@Struct(size = 24)
public final class TraceTable {
    private TraceTable() {
    }

    @Field(Type.U64) static final int COUNT = 0;
    @Field(Type.U64) static final int ENTRIES = 8;
    @Field(Type.U64) static final int FRAMES = 16;

    /** The entry covering pc (the last whose address is at or below it, unsigned), or 0 when pc lies below the first. */
    static long entryAt(long table, long pc) {
        long count = Memory.read64(table + COUNT), entries = Memory.read64(table + ENTRIES);
        if (count == 0 || !unsignedAtMost(TraceEntry.pc(entries), pc)) return 0;
        long lo = 0, hi = count;   // entry lo is at or below pc; entry hi (or the end) above it
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (unsignedAtMost(TraceEntry.pc(entries + mid * TraceEntry.SIZE), pc)) lo = mid;
            else hi = mid;
        }
        return entries + lo * TraceEntry.SIZE;
    }

    /** Frame i of entry (0 = innermost). */
    static long frame(long table, long entry, int i) {
        return Memory.read64(table + FRAMES) + (TraceEntry.first(entry) + (long) i) * TraceFrame.SIZE;
    }

    /** Whether entry is the table's last: the one past all code, which names no frames. */
    static boolean isLast(long table, long entry) {
        return entry == Memory.read64(table + ENTRIES) + (Memory.read64(table + COUNT) - 1) * TraceEntry.SIZE;
    }

    /** a <= b as unsigned (without java.lang.Long, whose initializer allocates). */
    static boolean unsignedAtMost(long a, long b) {
        return a + Long.MIN_VALUE <= b + Long.MIN_VALUE;
    }
}
