package jos.runner;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import jos.runner.console.Console;
import jos.runner.console.ConsoleDevices;
import jos.runner.console.StampedLines;
import jos.runner.posix.Posix;
import jos.runner.posix.Termios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scripts/os console}: the serial console of a real machine (a Chromebook on a SuzyQable) or of
 * QEMU's {@code -serial pty}. When stdin is a terminal it is put in raw mode for the session (every key,
 * Ctrl-C included, goes to the machine) and given back its settings at the end, also on SIGTERM.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Shows a serial console with host timestamps and sends typed keys; Ctrl-] leaves.",
                "Without --device: the SuzyQable's AP console (/dev/serial/by-id/*Google*Cr50*-if01*, else /dev/ttyUSB1)."})
public final class ConsoleCommand implements Callable<Integer> {

    private static final int STDIN = 0;
    private static final Duration RETRY = Duration.ofMillis(250);

    @Option(names = "--device", paramLabel = "D", description = "serial device (default: found, see above)")
    Path device;

    @Option(names = "--baud", paramLabel = "N", description = "baud rate (default: 115200)")
    int baud = 115200;

    @Option(names = "--log", paramLabel = "FILE", description = "append the raw bytes received to FILE")
    Path log;

    @Override
    public Integer call() throws IOException {
        Path chosen = device;
        if (chosen == null) {
            ConsoleDevices.Choice choice = ConsoleDevices.find(ConsoleDevices.BY_ID, ConsoleDevices.FALLBACK);
            System.err.println("console: using " + choice.why());
            chosen = choice.device();
        }
        boolean tty = Posix.isatty(STDIN);
        Termios saved = tty ? Termios.of(STDIN, "stdin") : null;
        Thread restore = new Thread(() -> saved.applyTo(STDIN, "stdin"));
        OutputStream logFile = log == null ? null : new FileOutputStream(log.toFile(), true);
        try {
            if (tty) {
                Runtime.getRuntime().addShutdownHook(restore);
                saved.raw().applyTo(STDIN, "stdin");
            }
            OutputStream screen = new FileOutputStream(FileDescriptor.out);
            new Console(chosen.toString(), baud, STDIN, screen, Optional.ofNullable(logFile),
                    new StampedLines(Clock.systemDefaultZone(), tty ? "\r\n" : "\n"), RETRY).run();
            return 0;
        } finally {
            if (tty) {
                saved.applyTo(STDIN, "stdin");
                Runtime.getRuntime().removeShutdownHook(restore);
            }
            if (logFile != null) {
                logFile.close();
            }
        }
    }
}
