package jos.aot.cgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jos.aot.fixtures.inline.Wrappers;

/**
 * Runtime classes marked {@code @jos.rt.InitAtStart} (the primitive wrappers) are initialized by the hosted
 * entry before anything else, so static calls into them carry no initialization test; the program's own
 * classes keep theirs and are initialized at first use, as on HotSpot.
 */
class InitAtStartTest {
    private static final String PKG = "jos/aot/fixtures/inline/";

    @TempDir
    static Path out;
    private static String c;
    private static String nativeOutput;

    @BeforeAll
    static void compile() throws IOException, InterruptedException {
        GeneratedC.Compiled compiled = GeneratedC.compileAndRun(Wrappers.class, out, "wrappers");
        c = compiled.c();
        nativeOutput = compiled.output();
    }

    private static String body(String method) {
        return GeneratedC.body(c, Names.mangle(PKG + "Wrappers") + "__" + method + "__");
    }

    @Test
    void staticCallsIntoWrappersCarryNoInitializationTest() {
        for (String m : new String[] {"compareBoth", "digit"}) {
            String b = body(m);
            assertFalse(b.contains("jinit_java_lang_"), b);
        }
        // Integer.compare can no longer throw (no initialization to run): no pending test after it.
        String b = body("compareBoth");
        int call = b.indexOf("java_lang_Integer__compare__II_I(");
        assertTrue(call >= 0, b);
        assertFalse(b.substring(b.indexOf(';', call) + 1).trim().startsWith("if (JEXC())"), b);
    }

    @Test
    void theEntryInitializesThemFirstAndTheProgramsOwnClassesKeepTheirTests() {
        String entry = GeneratedC.body(c, "jprogram_main");
        int wrappers = entry.indexOf("jclinit_java_lang_Integer();"), args = entry.indexOf("jrt_new_array(");
        assertTrue(wrappers >= 0 && wrappers < args, entry);
        assertTrue(entry.contains("jclinit_java_lang_Double();") && entry.contains("jclinit_java_lang_Character();"), entry);
        assertTrue(body("main").contains("jinit_" + Names.mangle(PKG + "Wrappers$Config")), body("main"));
    }

    @Test
    void behavesAsOnHotSpot() {
        assertEquals("""
                main starts
                -1 -1 1 true false
                Config initialized
                limit 3 int char true
                """, nativeOutput);
    }
}
