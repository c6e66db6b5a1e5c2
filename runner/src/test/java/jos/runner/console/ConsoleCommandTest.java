package jos.runner.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jos.runner.posix.Posix;
import jos.runner.posix.Termios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code os console} as a process whose stdin is a terminal (a pty the test types on): the terminal is
 * raw while the console runs (keys pass one by one, Ctrl-] included, and lines end in CR LF on screen)
 * and has its settings back when the console leaves.
 */
class ConsoleCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aTerminalStdinIsRawDuringTheSessionAndRestoredAfter() throws Exception {
        try (Pty line = new Pty(); Pty terminal = new Pty()) {
            int holder = Posix.open(terminal.slave, Posix.O_RDWR | Posix.O_NOCTTY);   // keeps its settings alive
            try {
                String java = ProcessHandle.current().info().command().orElseThrow();
                Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                        System.getProperty("java.class.path"), "jos.runner.Main", "console", "--device", line.slave)
                        .redirectInput(new File(terminal.slave)).redirectErrorStream(true).start();
                Screen screen = new Screen();
                Thread pump = Thread.ofPlatform().start(() -> copy(p.getInputStream(), screen));
                try {
                    screen.await("Ctrl-] leaves\r\n", WAIT);
                    assertEquals(0, Termios.of(terminal.master, "terminal").localFlags() & (Termios.ECHO | Termios.ICANON),
                            "raw while the console runs");
                    line.write("Hello World\n");
                    screen.await("] Hello World\r\n", WAIT);
                    terminal.write("ls\n");
                    assertEquals("ls\r\n", line.readUntil("ls\r\n", WAIT));
                    terminal.write("\u001d");
                    assertTrue(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), screen.text());
                    assertEquals(0, p.exitValue(), screen.text());
                    pump.join(WAIT.toMillis());
                    assertTrue(screen.text().endsWith("console: left\r\n"), screen.text());
                    assertEquals(Termios.ECHO | Termios.ICANON,
                            Termios.of(terminal.master, "terminal").localFlags() & (Termios.ECHO | Termios.ICANON),
                            "the terminal's settings are back");
                } finally {
                    p.destroyForcibly();
                }
            } finally {
                Posix.close(holder);
            }
        }
    }

    private static void copy(InputStream in, Screen screen) {
        byte[] buffer = new byte[1024];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                screen.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the process ended
        }
    }
}
