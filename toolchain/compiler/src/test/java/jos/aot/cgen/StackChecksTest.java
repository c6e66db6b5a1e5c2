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
import jos.aot.fixtures.checks.StackDepth;
import picocli.CommandLine;

/**
 * The stack check on hosted (StackChecks): kept on call cycles, direct or through an interface, and once
 * every 16 frames of a long chain; gone elsewhere; StackOverflowError still caught as on HotSpot.
 */
class StackChecksTest {
    @TempDir
    static Path out;
    static String c;

    @BeforeAll
    static void compile() throws Exception {
        Path classes = Path.of(StackDepth.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        int rc = new CommandLine(new Main()).execute("--target", "hosted", "--classpath", classes.toString(),
                "--main", StackDepth.class.getName(), "-o", out.resolve("depth").toString());
        assertEquals(0, rc, "compiling " + StackDepth.class.getName());
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(out.resolve("depth.build"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".c")).sorted().toList()) all.append(Files.readString(f));
        }
        c = all.toString();
    }

    private static boolean checks(String cls, String method) {
        return GeneratedC.body(c, "jos_aot_fixtures_checks_StackDepth" + cls + "__" + method + "__").contains("jrt_stack_limit");
    }

    @Test
    void methodsOnCyclesKeepTheCheck() {
        assertTrue(checks("", "forever"), "direct recursion");
        assertTrue(checks("_Pair", "sum"), "recursion through an interface call");
    }

    @Test
    void methodsOnNoCycleDropIt() {
        assertFalse(checks("", "helper"), "calls a method that can throw, on no cycle");
        assertFalse(checks("", "total"), "calls the interface whose implementation recurses, on no cycle itself");
        assertFalse(checks("_Leaf", "sum"));
        assertFalse(checks("", "c4"), "the frame above a check");
        assertFalse(checks("", "c6"), "16 frames down to the leaf");
    }

    @Test
    void aLongChainChecksEverySeventeenthFrame() {
        assertTrue(checks("", "c5"), "17 frames down to the leaf");
    }

    @Test
    void behavesAsOnHotSpot() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(out.resolve("depth").toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        assertEquals(StackDepth.run() + "\n", text);
    }
}
