package jos.kernel.panic;

import jos.hw.Naked;

/**
 * Values the compiler emits as C symbols, read once through {@code lea symbol(%rip)}: where a String
 * keeps its byte[] and its coder, and the stack trace table ({@link TraceTable}). Under JUnit (no symbols) a test supplies them
 * with {@link #use}. The kernel may call {@link #load} early, so a panic does not have to.
 */
public final class RuntimeSymbols {
    private RuntimeSymbols() {
    }

    private static boolean known;
    private static int stringValueOffset, stringCoderOffset;
    private static long traceTable;

    public static void load() {
        if (known) return;
        use(readStringValueOffset(), readStringCoderOffset(), readTraceTable());
    }

    /** Supplies the values (tests; {@link #load} on the machine). */
    public static void use(int valueOffset, int coderOffset, long table) {
        stringValueOffset = valueOffset;
        stringCoderOffset = coderOffset;
        traceTable = table;
        known = true;
    }

    /** Forgets the values (tests). */
    public static void forget() {
        known = false;
    }

    static int stringValueOffset() {
        return stringValueOffset;
    }

    static int stringCoderOffset() {
        return stringCoderOffset;
    }

    /** The trace table's address, 0 when there is none (tests that need no trace). */
    static long traceTable() {
        return traceTable;
    }

    @Naked({"leaq jglue_string_value_offset(%rip), %rax", "movl (%rax), %eax", "ret"})
    private static native int readStringValueOffset();

    @Naked({"leaq jglue_string_coder_offset(%rip), %rax", "movl (%rax), %eax", "ret"})
    private static native int readStringCoderOffset();

    @Naked({"leaq jrt_trace_table(%rip), %rax", "ret"})
    private static native long readTraceTable();
}
