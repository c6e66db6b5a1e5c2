package jos.runner.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import jos.runner.RunnerException;
import jos.runner.posix.Posix;
import jos.runner.posix.Termios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console against pseudo-terminals: one pair stands in for the serial line (the test writes what the
 * machine prints on the master), another for the keyboard (the test types on its master).
 */
class ConsoleTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-08T12:00:01.250Z"), ZoneOffset.UTC);

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void showsStampedLinesLogsRawBytesSendsKeysWithCrLfAndLeavesOnCtrlBracket() throws Exception {
        try (Pty line = new Pty(); ConsoleSession s = new ConsoleSession(line.slave, NOON)) {
            s.screen.await("Ctrl-] leaves", WAIT);
            line.write("Hello World\r\nlimine: base\r");
            s.screen.await("limine: base", WAIT);
            s.keyboard.write("ls /boot\nq");
            assertEquals("ls /boot\r\nq", line.readUntil("ls /boot\r\nq", WAIT));
            line.write("\n");
            s.screen.await("limine: base\n", WAIT);
            s.leave();
            assertEquals("console: " + line.slave + " at 115200 baud, no flow control; Ctrl-] leaves\n"
                    + "[12:00:01.250] Hello World\n"
                    + "[12:00:01.250] limine: base\n"
                    + "console: left\n", s.screen.text());
            assertEquals("Hello World\r\nlimine: base\r\n", s.log.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void theLineIsRawWhileTheConsoleRunsAndGetsItsSettingsBackAfter() throws Exception {
        try (Pty line = new Pty()) {
            int holder = Posix.open(line.slave, Posix.O_RDWR | Posix.O_NOCTTY);   // keeps the slave's settings alive
            try (ConsoleSession s = new ConsoleSession(line.slave, NOON)) {
                s.screen.await("Ctrl-] leaves", WAIT);
                int during = Termios.of(line.master, "pty").localFlags();
                assertEquals(0, during & (Termios.ECHO | Termios.ICANON), "raw: no echo, no line editing");
                s.leave();
                int after = Termios.of(line.master, "pty").localFlags();
                assertEquals(Termios.ECHO | Termios.ICANON, after & (Termios.ECHO | Termios.ICANON), "restored");
            } finally {
                Posix.close(holder);
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aDeviceThatVanishesIsReportedAndReopenedWhenItComesBack(@TempDir Path dir) throws Exception {
        Path link = dir.resolve("usb-Google_Inc._Cr50_TEST-if01-port0");   // as /dev/serial/by-id names it
        Pty first = new Pty();
        Files.createSymbolicLink(link, Path.of(first.slave));
        try (ConsoleSession s = new ConsoleSession(link.toString(), NOON)) {
            first.write("before\n");
            s.screen.await("before", WAIT);
            first.close();                                                     // the cable is pulled
            s.screen.await("console: " + link + " is gone", WAIT);
            try (Pty second = new Pty()) {
                Files.delete(link);
                Files.createSymbolicLink(link, Path.of(second.slave));       // plugged in again
                s.screen.await("console: " + link + " is back", WAIT);
                second.write("after\n");
                s.screen.await("] after\n", WAIT);
                s.keyboard.write("x\n");
                assertEquals("x\r\n", second.readUntil("x\r\n", WAIT));
                s.leave();
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void ctrlBracketLeavesWhileTheDeviceIsGone() throws Exception {
        Pty line = new Pty();
        try (ConsoleSession s = new ConsoleSession(line.slave, NOON)) {
            s.screen.await("Ctrl-] leaves", WAIT);
            line.close();
            s.screen.await("is gone", WAIT);
            s.keyboard.write("typed while gone\n");
            s.leave();
            assertTrue(s.screen.text().endsWith("waiting for it to come back, Ctrl-] leaves\nconsole: left\n"),
                    s.screen.text());
        }
    }

    @Test
    void aMissingDeviceIsNamed() {
        RunnerException e = assertThrows(RunnerException.class,
                () -> new Console("/dev/no-such-tty", 115200, -1, new Screen(), Optional.empty(),
                        new StampedLines(NOON, "\n"), Duration.ofMillis(50)).run());
        assertEquals("open /dev/no-such-tty: No such file or directory", e.getMessage());
    }

    @Test
    void aFileThatIsNotATerminalIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        RunnerException e = assertThrows(RunnerException.class, () -> SerialDevice.open(file.toString(), 115200));
        assertEquals("tcgetattr " + file + " (is it a serial device?): Inappropriate ioctl for device", e.getMessage());
    }

    @Test
    void anUnknownBaudRateIsRefusedNamingTheOption() {
        try (Pty line = new Pty()) {
            RunnerException e = assertThrows(RunnerException.class, () -> SerialDevice.open(line.slave, 115201));
            assertTrue(e.getMessage().startsWith("--baud 115201: not a speed a Linux serial line takes; one of [1200,"),
                    e.getMessage());
        }
    }
}
