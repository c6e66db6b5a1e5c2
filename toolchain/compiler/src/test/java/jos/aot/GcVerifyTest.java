package jos.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import corpus.GcOldToYoung;
import picocli.CommandLine;

/**
 * JOS_GC_VERIFY catches a missed write barrier: the corpus program that stores new objects into old ones,
 * compiled without the barrier, is stopped after the first minor collection that frees a live object,
 * naming the slot. (The differential corpus runs every program with the barrier and JOS_GC_VERIFY=1.)
 */
class GcVerifyTest {
    @TempDir
    Path out;

    @Test
    void aMissedWriteBarrierIsReported() throws Exception {
        Path classes = Path.of(GcOldToYoung.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path exe = out.resolve("old-to-young");
        int rc = new CommandLine(new Main()).execute("--target", "hosted", "--no-write-barrier", "--classpath", classes.toString(),
                "--main", GcOldToYoung.class.getName(), "-o", exe.toString());
        assertEquals(0, rc, "compiling " + GcOldToYoung.class.getName());
        ProcessBuilder pb = new ProcessBuilder(exe.toString());
        pb.environment().put("JOS_GC_VERIFY", "1");
        pb.redirectError(out.resolve("stderr").toFile()).redirectOutput(out.resolve("stdout").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program timed out");
        String err = Files.readString(out.resolve("stderr"));
        assertNotEquals(0, p.exitValue(), "a program without write barriers passed verification: " + err);
        assertTrue(err.contains("JOS_GC_VERIFY: after collection ") && err.contains("(a missed write barrier)"), err);
        assertTrue(err.contains("the heap failed verification"), err);
    }
}
