package jos.aot.cgen;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading generated C in tests: a function's body by the start of its name. */
public final class GeneratedC {
    private GeneratedC() {
    }

    /**
     * The text of the first definition of a function whose name starts with prefix, from its name to its
     * closing brace. A definition's line is the signature (after an inlining hint, if any) then " {"; the C of the method's first Java
     * line may follow on the same line (hosted code joins each Java line's C onto one line for the trace
     * tables), and a call to the function has a ';' before any " {". The body ends with a brace on a line
     * of its own, or at " }" before a blank line when its last line was joined too.
     */
    public static String body(String c, String prefix) {
        int at = -1;
        for (int from = 0; at < 0 && (from = c.indexOf(prefix, from)) >= 0; from++) {
            boolean lineStart = c.lastIndexOf('\n', from) + 1 == lineStartOfSignature(c, from);
            String line = c.substring(from, c.indexOf('\n', from));
            int brace = line.indexOf(") {");
            if (lineStart && brace >= 0 && !line.substring(0, brace).contains(";")) at = from;
        }
        assertTrue(at >= 0, "no definition of " + prefix);
        int end = c.indexOf("\n}\n", at), joined = c.indexOf(" }\n\n", at);
        if (end < 0 || joined >= 0 && joined < end) end = joined + 2;
        return c.substring(at, end);
    }

    /** Where the line holding the name at from starts if only a return type precedes the name there. */
    private static int lineStartOfSignature(String c, int from) {
        int start = c.lastIndexOf('\n', from) + 1;
        String before = c.substring(start, from);
        return before.matches("(__attribute__\\(\\([\\w, ]*\\)\\) )?[\\w ]*\\**\\s*") ? start : -1;
    }
}
