package jos.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jos.aot.fixtures.gc.Churn;
import picocli.CommandLine;

/**
 * The collector's budget (docs/gc.md): with little live data it runs once per 64 MiB allocated, or per a
 * quarter of a smaller maximum heap, counted from its JOS_GC_LOG lines; the program's output is unchanged.
 */
class GcBudgetTest {
    @TempDir
    static Path out;
    static Path exe;

    @BeforeAll
    static void compile() throws Exception {
        Path classes = Path.of(Churn.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        exe = out.resolve("churn");
        int rc = new CommandLine(new Main()).execute("--target", "hosted", "--classpath", classes.toString(),
                "--main", Churn.class.getName(), "-o", exe.toString());
        assertEquals(0, rc, "compiling " + Churn.class.getName());
    }

    /** Runs the program with JOS_GC_LOG=1 (and JOS_MAX_HEAP when given); returns its collection count. */
    private static int collections(String maxHeap) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(exe.toString());
        Map<String, String> env = pb.environment();
        env.put("JOS_GC_LOG", "1");
        if (maxHeap != null) env.put("JOS_MAX_HEAP", maxHeap);
        pb.redirectError(out.resolve("stderr").toFile()).redirectOutput(out.resolve("stdout").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "churn timed out");
        assertEquals(0, p.exitValue());
        long n = (256L << 20) / 32;
        long expected = n * (n - 1) / 2;
        for (long i = 0; i < n; i += 0x10000) expected += i;
        assertEquals(expected + "\n", java.nio.file.Files.readString(out.resolve("stdout"), StandardCharsets.UTF_8));
        return (int) java.nio.file.Files.readAllLines(out.resolve("stderr")).stream().filter(l -> l.startsWith("[gc] GC(")).count();
    }

    @Test
    void littleLiveDataCollectsOncePer64MiB() throws Exception {
        int n = collections(null);
        assertTrue(n >= 3 && n <= 4, "256 MiB allocated, 64 MiB budget: " + n + " collections");
    }

    @Test
    void aSmallHeapCollectsOncePerQuarter() throws Exception {
        int n = collections("16m");
        assertTrue(n >= 56 && n <= 64, "256 MiB allocated, 4 MiB budget: " + n + " collections");
    }
}
