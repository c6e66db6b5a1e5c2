package jos.runner.console;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jos.runner.posix.Posix;
import jos.runner.posix.Termios;

/** A console running on its own thread, with a pty for its keyboard, the screen it writes and its log. */
final class ConsoleSession implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);

    final Pty keyboard = new Pty();
    final int keys;
    final Screen screen = new Screen();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    final Thread thread;

    ConsoleSession(String device, Clock clock) {
        keys = Posix.open(keyboard.slave, Posix.O_RDWR | Posix.O_NOCTTY);
        Termios.of(keys, "keyboard").raw().applyTo(keys, "keyboard");   // as the command does with a tty stdin
        Console console = new Console(device, 115200, keys, screen, Optional.of(log), new StampedLines(clock, "\n"),
                Duration.ofMillis(50));
        thread = Thread.ofPlatform().name("console").start(() -> {
            try {
                console.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
    }

    /** Types Ctrl-] and checks that the session ended without a failure. */
    void leave() throws InterruptedException {
        keyboard.write("\u001d");
        thread.join(WAIT.toMillis());
        assertFalse(thread.isAlive(), "Ctrl-] ends the session:\n" + screen.text());
        if (failure.get() != null) throw new AssertionError(failure.get());
    }

    @Override
    public void close() throws InterruptedException {
        if (thread.isAlive()) {
            keyboard.write("\u001d");
            thread.join(WAIT.toMillis());
        }
        Posix.close(keys);
        keyboard.close();
    }
}
