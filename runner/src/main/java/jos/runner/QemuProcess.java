package jos.runner;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A running QEMU (or any program standing in for it in tests). Its stdout is the guest's COM1: the bytes
 * are copied as they come to {@code echo} and split into {@link SerialLine}s for a listener; its stderr
 * is copied to {@code errors} and kept for the result. {@link #await} waits with a hard timeout and kills
 * the process tree when it passes. A JVM shutdown (Ctrl-C) kills QEMU too.
 *
 * <p>Interactive runs pass the terminal to QEMU as stdin (keys reach the guest's serial port); others give
 * it an empty stdin, so that QEMU cannot consume input meant for the caller (e.g. a test harness), or, with
 * {@link #startWithSerialInput}, a pipe whose bytes the caller writes to the guest's COM1
 * ({@link #writeSerial}).
 */
public final class QemuProcess {

    private static final int STDERR_KEPT = 64 * 1024;

    private final Process process;
    private final long startNanos;
    private final List<SerialLine> lines = Collections.synchronizedList(new ArrayList<>());
    private final StringBuilder stderr = new StringBuilder();
    private final SerialLines splitter;
    private final Thread stdoutPump;
    private final Thread stderrPump;
    private final Thread shutdownHook;

    private QemuProcess(List<String> command, ProcessBuilder.Redirect input, OutputStream echo, PrintStream errors,
            Consumer<SerialLine> listener) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectInput(input);
        this.startNanos = System.nanoTime();
        this.splitter = new SerialLines(text -> {
            SerialLine line = new SerialLine(text, Duration.ofNanos(System.nanoTime() - startNanos));
            lines.add(line);
            listener.accept(line);
        });
        try {
            this.process = builder.start();
        } catch (IOException e) {
            throw new RunnerException("cannot start " + command.getFirst() + ": " + e.getMessage());
        }
        this.stdoutPump = Thread.ofPlatform().name("qemu-serial").start(() -> pumpSerial(process.getInputStream(), echo));
        this.stderrPump = Thread.ofPlatform().name("qemu-stderr").start(() -> pumpErrors(process.getErrorStream(), errors));
        this.shutdownHook = new Thread(this::kill);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code command}. {@code echo} receives the serial bytes unchanged, {@code errors} QEMU's stderr,
     * {@code listener} each complete serial line (on the reading thread).
     */
    public static QemuProcess start(List<String> command, boolean interactive, OutputStream echo, PrintStream errors,
            Consumer<SerialLine> listener) {
        return new QemuProcess(command, interactive ? ProcessBuilder.Redirect.INHERIT
                : ProcessBuilder.Redirect.from(new File("/dev/null")), echo, errors, listener);
    }

    /** As {@link #start} (not interactive), with QEMU's stdin, the guest's COM1 input, a pipe for {@link #writeSerial}. */
    public static QemuProcess startWithSerialInput(List<String> command, OutputStream echo, PrintStream errors,
            Consumer<SerialLine> listener) {
        return new QemuProcess(command, ProcessBuilder.Redirect.PIPE, echo, errors, listener);
    }

    /** Sends bytes to the guest's COM1 (a process started with {@link #startWithSerialInput}). */
    public void writeSerial(byte[] bytes) {
        try {
            OutputStream in = process.getOutputStream();
            in.write(bytes);
            in.flush();
        } catch (IOException e) {
            throw new RunnerException("cannot write to QEMU's serial input: " + e.getMessage());
        }
    }

    /** Waits for QEMU to exit, or kills it when {@code timeout} (measured from its start) has passed. */
    public QemuResult await(Duration timeout) {
        boolean timedOut = false;
        try {
            long left = timeout.toNanos() - (System.nanoTime() - startNanos);
            if (!process.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
                timedOut = true;
                kill();
            }
            process.waitFor();
            stdoutPump.join(Duration.ofSeconds(5));
            stderrPump.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new RunnerException("interrupted while waiting for QEMU");
        } finally {
            removeShutdownHook();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        String errors;
        synchronized (stderr) {
            errors = stderr.toString();
        }
        return new QemuResult(process.exitValue(), timedOut, new ArrayList<>(lines), splitter.bytes() > 0, errors,
                elapsed);
    }

    /** Kills QEMU and anything it started: politely first, then for sure. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Kills QEMU {@code grace} from now unless it exits by itself first: for a listener that has seen the
     * guest give up (a fatal error, a halt) and wants the lines that follow, but not the full timeout.
     */
    public void killAfter(Duration grace) {
        Thread.ofVirtual().start(() -> {
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                kill();
            }
        });
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook kills QEMU.
        }
    }

    private void pumpSerial(InputStream in, OutputStream echo) {
        byte[] buffer = new byte[4096];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                echo.write(buffer, 0, n);
                echo.flush();
                splitter.feed(buffer, 0, n);
            }
        } catch (IOException e) {
            // QEMU was killed and the pipe closed under us: what was read is all there is.
        } finally {
            splitter.finish();
        }
    }

    private void pumpErrors(InputStream in, PrintStream errors) {
        byte[] buffer = new byte[4096];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                errors.write(buffer, 0, n);
                errors.flush();
                synchronized (stderr) {
                    if (stderr.length() < STDERR_KEPT) {
                        stderr.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            // As above.
        }
    }
}
