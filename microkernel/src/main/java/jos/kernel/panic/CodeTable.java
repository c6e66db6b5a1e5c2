package jos.kernel.panic;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The compiler's table of compiled methods ({@code jrt_code_table}, {@code jrt_code_table_count}
 * entries, unsorted): each method's first instruction and its {@link MethodMeta}. It names the method
 * an instruction address lies in, including leaves, which keep no shadow frame.
 */
@Struct(size = 16)
public final class CodeTable {
    private CodeTable() {
    }

    @Field(Type.U64) static final int CODE = 0;
    @Field(Type.U64) static final int META = 8;

    static final int ENTRY_SIZE = 16;

    /**
     * The descriptor of the method with the greatest start address at or below address, or 0 when
     * none starts there. (Entries carry no size: an address in runtime C code after a Java method is
     * attributed to that method.)
     */
    static long methodAt(long table, long count, long address) {
        long bestStart = 0, bestMeta = 0;
        boolean found = false;
        for (long i = 0; i < count; i++) {
            long entry = table + i * ENTRY_SIZE;
            long start = Memory.read64(entry + CODE);
            if (unsignedAtMost(start, address) && (!found || !unsignedAtMost(start, bestStart))) {
                found = true;
                bestStart = start;
                bestMeta = Memory.read64(entry + META);
            }
        }
        return bestMeta;   // 0 also when the best entry is the end-of-text marker (no descriptor)
    }

    /** a <= b as unsigned (without java.lang.Long, whose initializer allocates). */
    private static boolean unsignedAtMost(long a, long b) {
        return a + Long.MIN_VALUE <= b + Long.MIN_VALUE;
    }
}
