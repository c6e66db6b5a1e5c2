package jos.aot.cgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jos.aot.fixtures.inline.Hints;

/**
 * The inlining hints in the generated C (cgen.InlineHints, hosted): small methods declared inline,
 * exception factories, methods that always throw and the runtime's {@code @OutOfLine} slow paths noinline,
 * so that String.charAt and StringBuilder.append(char) stay small enough for gcc to inline; the fixture's
 * output, exception messages and innermost frames included, is HotSpot's.
 */
class InlineHintsTest {
    private static final String PKG = "jos/aot/fixtures/inline/";

    @TempDir
    static Path out;
    private static String c;
    private static String nativeOutput;

    @BeforeAll
    static void compile() throws IOException, InterruptedException {
        GeneratedC.Compiled compiled = GeneratedC.compileAndRun(Hints.class, out, "hints");
        c = compiled.c();
        nativeOutput = compiled.output();
    }

    /** The line that starts the definition of the function whose name starts with prefix. */
    private static String definition(String prefix) {
        String body = GeneratedC.body(c, prefix);
        int start = c.lastIndexOf('\n', c.indexOf(body)) + 1;
        return c.substring(start, c.indexOf('\n', start));
    }

    private static String fixture(String method) {
        return Names.mangle(PKG + "Hints") + "__" + method + "__";
    }

    @Test
    void smallMethodsAreDeclaredInline() {
        assertTrue(definition(fixture("get")).startsWith("inline "), definition(fixture("get")));
        assertTrue(definition("java_lang_String__charAt__I_C").startsWith("inline "), definition("java_lang_String__charAt__I_C"));
        assertTrue(definition("java_lang_AbstractStringBuilder__append__C_").startsWith("inline "),
                definition("java_lang_AbstractStringBuilder__append__C_"));
    }

    @Test
    void exceptionFactoriesThrowersAndMarkedSlowPathsAreNeverInlined() {
        for (String f : new String[] {fixture("outOfRange"), fixture("fail"), "java_lang_String__outOfBounds__",
                "java_lang_String__charAtUtf16__", "java_lang_AbstractStringBuilder__appendSlow__"}) {
            assertTrue(definition(f).startsWith("__attribute__((noinline)) "), definition(f));
        }
    }

    @Test
    void bigMethodsGetNoHint() {
        String d = definition(fixture("big"));
        assertFalse(d.startsWith("inline ") || d.startsWith("__attribute__"), d);
    }

    @Test
    void behavesAsOnHotSpot() {
        assertEquals("""
                sum 20 hash -8938145877539169865
                index -1 outside 0..9 at outOfRange
                index 10 outside 0..9 at outOfRange
                failed: on purpose at fail
                """, nativeOutput);
    }
}
