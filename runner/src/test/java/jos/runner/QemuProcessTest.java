package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Process handling with a shell standing in for QEMU. */
class QemuProcessTest {

    private final ByteArrayOutputStream echo = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    private QemuProcess start(String script, List<SerialLine> seen) {
        return QemuProcess.start(List.of("sh", "-c", script), false, echo,
                new PrintStream(errors, true, StandardCharsets.UTF_8), seen::add);
    }

    @Test
    void serialIsEchoedSplitAndTimedAndStatusIsKept() {
        List<SerialLine> seen = new ArrayList<>();
        QemuResult r = start("printf 'boot\\r\\nHello World\\n'; echo oops >&2; exit 7", seen).await(Duration.ofSeconds(20));
        assertFalse(r.timedOut());
        assertEquals(7, r.status());
        assertEquals(3, r.exitCode());
        assertEquals(List.of("boot", "Hello World"), r.texts());
        assertEquals(r.lines(), seen);
        assertTrue(r.guestRan());
        assertEquals("boot\r\nHello World\n", echo.toString(StandardCharsets.ISO_8859_1));
        assertEquals("oops\n", r.stderr());
        assertEquals("oops\n", errors.toString(StandardCharsets.UTF_8));
        assertTrue(r.firstLine("Hello World").orElseThrow().at().compareTo(r.elapsed()) <= 0);
    }

    @Test
    void serialInputReachesTheProcess() {
        List<SerialLine> seen = new ArrayList<>();
        QemuProcess p = QemuProcess.startWithSerialInput(List.of("sh", "-c", "echo ready; read a; echo \"got $a\"; read b; echo \"got $b\""),
                echo, new PrintStream(errors, true, StandardCharsets.UTF_8), seen::add);
        p.writeSerial("one\n".getBytes(StandardCharsets.US_ASCII));
        p.writeSerial("two\n".getBytes(StandardCharsets.US_ASCII));
        QemuResult r = p.await(Duration.ofSeconds(20));
        assertFalse(r.timedOut());
        assertEquals(List.of("ready", "got one", "got two"), r.texts());
    }

    @Test
    void aHungProcessIsKilledAtTheTimeout() {
        List<SerialLine> seen = new ArrayList<>();
        long start = System.nanoTime();
        QemuResult r = start("echo started; exec sleep 60", seen).await(Duration.ofSeconds(1));
        assertTrue(r.timedOut());
        assertEquals(124, r.exitCode());
        assertEquals(List.of("started"), r.texts());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30);
        assertTrue(r.transcript().startsWith("QEMU timed out after "), r.transcript());
    }

    @Test
    void aListenerCanEndTheRunEarly() {
        QemuProcess p = start("echo 'fatal: x'; echo 'at y'; exec sleep 60", new ArrayList<>());
        p.killAfter(Duration.ofMillis(500));
        QemuResult r = p.await(Duration.ofSeconds(30));
        assertFalse(r.timedOut());
        assertTrue(r.elapsed().toSeconds() < 20, r.elapsed().toString());
        assertEquals(List.of("fatal: x", "at y"), r.texts());
    }

    @Test
    void stdinIsEmptyForNonInteractiveRuns() {
        QemuResult r = start("cat; echo done", new ArrayList<>()).await(Duration.ofSeconds(20));
        assertEquals(List.of("done"), r.texts());
    }

    @Test
    void silentFailureIsNotAKernelExit() {
        QemuResult r = start("echo 'qemu: bad option' >&2; exit 1", new ArrayList<>()).await(Duration.ofSeconds(20));
        assertFalse(r.guestRan());
        assertEquals(1, r.exitCode());
        assertTrue(r.transcript().contains("qemu: bad option"), r.transcript());
    }

    @Test
    void aMissingExecutableIsReported() {
        RunnerException e = assertThrows(RunnerException.class, () -> QemuProcess.start(
                List.of("/nonexistent/qemu"), false, echo, System.err, l -> { }));
        assertTrue(e.getMessage().startsWith("cannot start /nonexistent/qemu"), e.getMessage());
    }
}
