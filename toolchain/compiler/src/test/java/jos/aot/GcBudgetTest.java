package jos.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jos.aot.fixtures.gc.Churn;
import jos.aot.fixtures.gc.Hoard;
import picocli.CommandLine;

/**
 * The collector's policy (docs/gc.md), counted from its JOS_GC_LOG lines: a minor collection per 4 MiB
 * allocated (an eighth of a smaller maximum heap), a full one only when the old generation has grown by
 * 16 MiB (a quarter of a smaller heap) or its live data; the program's output is unchanged.
 */
class GcBudgetTest {
    @TempDir
    static Path out;

    record Counts(int minor, int full) { }

    /** Compiles the fixture, runs it with JOS_GC_LOG=1 (and JOS_MAX_HEAP when given), checks its output. */
    private static Counts collections(Class<?> fixture, String maxHeap, String expectedOutput) throws Exception {
        Path classes = Path.of(fixture.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path exe = out.resolve(fixture.getSimpleName());
        if (!Files.exists(exe)) {
            int rc = new CommandLine(new Main()).execute("--target", "hosted", "--classpath", classes.toString(),
                    "--main", fixture.getName(), "-o", exe.toString());
            assertEquals(0, rc, "compiling " + fixture.getName());
        }
        ProcessBuilder pb = new ProcessBuilder(exe.toString());
        Map<String, String> env = pb.environment();
        env.put("JOS_GC_LOG", "1");
        if (maxHeap != null) env.put("JOS_MAX_HEAP", maxHeap);
        pb.redirectError(out.resolve("stderr").toFile()).redirectOutput(out.resolve("stdout").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), fixture.getSimpleName() + " timed out");
        assertEquals(0, p.exitValue());
        assertEquals(expectedOutput, Files.readString(out.resolve("stdout"), StandardCharsets.UTF_8));
        List<String> log = Files.readAllLines(out.resolve("stderr"));
        return new Counts((int) log.stream().filter(l -> l.startsWith("[gc] GC(") && l.contains(") Pause Minor (Allocation) ")).count(),
                (int) log.stream().filter(l -> l.startsWith("[gc] GC(") && l.contains(") Pause Full (")).count());
    }

    private static String churnOutput() {
        long n = (256L << 20) / 32;
        long expected = n * (n - 1) / 2;
        for (long i = 0; i < n; i += 0x10000) expected += i;
        return expected + "\n";
    }

    @Test
    void littleLiveDataCollectsMinorOncePer4MiB() throws Exception {
        Counts c = collections(Churn.class, null, churnOutput());
        assertTrue(c.minor() >= 60 && c.minor() <= 64 && c.full() == 0, "256 MiB allocated, 4 MiB young generation: " + c);
    }

    @Test
    void aSmallHeapCollectsOncePerEighth() throws Exception {
        Counts c = collections(Churn.class, "16m", churnOutput());
        assertTrue(c.minor() >= 120 && c.minor() <= 128 && c.full() == 0, "256 MiB allocated, 2 MiB young generation: " + c);
    }

    @Test
    void aGrowingOldGenerationGetsFullCollections() throws Exception {
        long n = (512L << 20) / 32, last = n - (128L << 20) / 32;
        long expected = n * (n - 1) / 2;
        for (long i = last; i < n; i += 4) expected += i;
        Counts c = collections(Hoard.class, null, expected + "\n");
        // Every node kept covers its line: the old generation grows by about 4 MiB a minor collection and a
        // full one follows each time it has grown by 16 MiB or doubled (7 when measured).
        assertTrue(c.full() >= 4 && c.full() <= 16 && c.minor() >= 100, "512 MiB allocated, every fourth node kept: " + c);
    }
}
