package jos.aot.cgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jos.aot.Main;
import jos.aot.fixtures.checks.Dispatch;
import jos.aot.fixtures.checks.Stores;
import jos.aot.fixtures.checks.Throwing;
import picocli.CommandLine;

/**
 * The generated C of checks and dispatch: interface calls and interface tests read the itable entry at
 * the interface's fixed index (no search, no jrt_is_subclass call), array stores the types prove keep no
 * check, the intrinsics are used, new of a class bumps inline, and the programs still behave as on HotSpot.
 */
class CheapChecksTest {
    @TempDir
    static Path out;
    static String c;

    @BeforeAll
    static void compile() throws Exception {
        Path classes = Path.of(Dispatch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringBuilder all = new StringBuilder();
        for (Class<?> main : new Class<?>[] {Dispatch.class, Stores.class, Throwing.class}) {
            String name = main.getSimpleName().toLowerCase();
            int rc = new CommandLine(new Main()).execute("--target", "hosted", "--classpath", classes.toString(),
                    "--main", main.getName(), "-o", out.resolve(name).toString());
            assertEquals(0, rc, "compiling " + main.getName());
            try (Stream<Path> files = Files.list(out.resolve(name + ".build"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".c")).sorted().toList()) all.append(Files.readString(f));
            }
        }
        c = all.toString();
    }

    /** The C body of the fixture's method, from its definition to the closing brace. */
    private static String body(String method) {
        return body("jos_aot_fixtures_checks_Dispatch", method);
    }

    private static String body(String cls, String method) {
        return GeneratedC.body(c, cls + "__" + method + "__");
    }

    @Test
    void interfaceCallsReadTheEntryAtTheInterfacesIndex() {
        String total = body("total");
        assertTrue(total.contains("jrt_itable_at("), total);
        assertFalse(total.contains("jrt_itable("), total);
    }

    @Test
    void interfaceTestsAndCastsCallNothing() {
        for (String m : new String[] {"count", "cast"}) {
            String b = body(m);
            assertTrue(b.contains("jrt_implements_at("), b);
            assertFalse(b.contains("jrt_is_subclass("), b);
        }
    }

    @Test
    void newOfAClassBumpsInlineWithTheSizeKnownAtCompileTime() {
        String run = body("run");
        assertTrue(run.contains("jrt_new(&jclass_jos_aot_fixtures_checks_Dispatch"), run);
        assertTrue(run.contains("sizeof(struct C_jos_aot_fixtures_checks_Dispatch"), run);
        assertFalse(run.contains("jrt_alloc("), "no out-of-line call for new: " + run);
    }

    @Test
    void arraycopyAndStringEqualsTakeTheInlineFastPaths() {
        String copy = body("java_lang_System", "arraycopy");
        assertTrue(copy.contains("jos_rt_Mem__arraycopyFast__"), copy);
        String eq = body("java_lang_String", "equals");
        assertTrue(eq.contains("jos_rt_Mem__bytesEqual__"), eq);
        assertFalse(eq.contains("JARR_DATA("), "no element loads left: " + eq);
    }

    @Test
    void arrayStoresWhoseTypesProveThemKeepNoCheck() {
        for (String m : new String[] {"finalElement", "nullStore", "fresh"}) {
            String b = body("jos_aot_fixtures_checks_Stores", m);
            assertFalse(b.contains("jrt_check_store("), b);
        }
        for (String m : new String[] {"covariant", "viaInterface"}) {
            String b = body("jos_aot_fixtures_checks_Stores", m);
            assertTrue(b.contains("jrt_check_store("), b);
        }
    }

    /** Calls whose every reachable method cannot throw get no pending test; such methods keep no frame. */
    @Test
    void callsThatCannotThrowAreNotTested() {
        String t = "jos_aot_fixtures_checks_Throwing";
        for (String m : new String[] {"top", "mid", "_Shape.twice", "callsNaked"}) {
            String b = m.startsWith("_") ? body(t + m.substring(0, m.indexOf('.')), m.substring(m.indexOf('.') + 1)) : body(t, m);
            assertFalse(b.contains("JEXC()"), b);
            assertFalse(b.contains("jrt_stack_limit"), "no frame, no stack check: " + b);
        }
        // Recursion keeps its stack check; a chain deeper than ThrowFreedom.MAX_HEIGHT, and a callee that
        // divides, stay tested.
        assertTrue(body(t, "recursive").contains("jrt_stack_limit"), body(t, "recursive"));
        assertTrue(body(t, "chain").contains("JEXC()"), body(t, "chain"));
        assertTrue(body(t, "callsDivide").contains("JEXC()"), body(t, "callsDivide"));
    }

    /** jrt_implements_at reads entry k without comparing k with a length: every class has every entry. */
    @Test
    void everyClassHasAnItableOfTheFullWidth() {
        java.util.regex.Matcher tables = java.util.regex.Pattern.compile("_itable\\[\\] = \\{ (.*?)};\n").matcher(c);
        java.util.Set<Integer> widths = new java.util.TreeSet<>();
        while (tables.find()) widths.add(tables.group(1).split("}, ").length);
        assertEquals(1, widths.size(), "itable widths " + widths);
        assertTrue(c.contains("static const jitable_entry jrt_itable_none[" + widths.iterator().next() + "];"), "the empty itable");
        java.util.regex.Matcher descriptors = java.util.regex.Pattern.compile("\njclass_s (\\w+) = \\{(.*?)\n};|\njclass_s (\\w+) = \\{([^\n]*)};",
                java.util.regex.Pattern.DOTALL).matcher(c);
        int n = 0;
        while (descriptors.find()) {
            String name = descriptors.group(1) != null ? descriptors.group(1) : descriptors.group(3);
            String body = descriptors.group(2) != null ? descriptors.group(2) : descriptors.group(4);
            assertTrue(body.contains(".itable = "), name + " has no itable: " + body);
            n++;
        }
        assertTrue(n > 100, "descriptors found: " + n);
    }

    /** jrt_is_class_at reads display[depth] without comparing depths: every display is as long as the deepest. */
    @Test
    void everyDisplayHasTheFullWidth() {
        java.util.regex.Matcher displays = java.util.regex.Pattern.compile("_display\\[(\\d*)\\] = \\{").matcher(c);
        java.util.Set<String> widths = new java.util.TreeSet<>();
        int n = 0;
        while (displays.find()) {
            widths.add(displays.group(1));
            n++;
        }
        assertTrue(n > 100, "displays found: " + n);
        assertEquals(1, widths.size(), "display widths " + widths);
        assertFalse(widths.contains(""), "a display sized by its initializer");
    }

    @Test
    void behavesAsOnHotSpot() throws IOException, InterruptedException {
        assertEquals(Dispatch.run() + "\n", run("dispatch"));
        assertEquals(Stores.run() + "\n", run("stores"));
        assertEquals(Throwing.run() + "\n", run("throwing"));
    }

    private static String run(String exe) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(out.resolve(exe).toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        return text;
    }
}
