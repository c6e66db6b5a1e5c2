package jos.runner;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debugging the kernel with gdb over QEMU's gdb stub. The kernel is not in memory yet when gdb connects
 * (QEMU waits at the firmware's first instruction), so breakpoints must be hardware ones ({@code hbreak}):
 * a software breakpoint would be written into memory the loader later overwrites.
 */
public final class Gdb {

    private Gdb() {
    }

    /** The command that attaches gdb to a QEMU started with {@code --gdb}. */
    public static String attachHint(Path kernelElf, int port) {
        return "gdb " + display(kernelElf) + " -ex 'target remote :" + port + "'";
    }

    /** gdb in batch mode: connect, stop at {@code function} with a hardware breakpoint, backtrace, kill. */
    public static List<String> batchCommand(Path kernelElf, int port, String function) {
        return List.of("gdb", "-batch", "-nx", "-ex", "file " + kernelElf, "-ex", "target remote :" + port,
                "-ex", "hbreak " + function, "-ex", "continue", "-ex", "bt", "-ex", "kill");
    }

    /** Runs {@code command} (stdout and stderr merged) and returns its output; kills it after {@code timeout}. */
    public static String runBatch(List<String> command, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        } catch (IOException e) {
            throw new RunnerException("cannot start gdb: " + e.getMessage());
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = Thread.ofPlatform().start(() -> {
            try (InputStream in = process.getInputStream()) {
                in.transferTo(output);
            } catch (IOException e) {
                // gdb was killed; keep what it wrote.
            }
        });
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                reader.join(Duration.ofSeconds(5));
                throw new RunnerException("gdb did not finish within " + timeout.toSeconds() + " s; its output:\n"
                        + output.toString(StandardCharsets.UTF_8));
            }
            reader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RunnerException("interrupted while waiting for gdb");
        }
        return output.toString(StandardCharsets.UTF_8);
    }

    /** A path relative to the working directory when it lies under it, as a user would type it. */
    static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString()
                : absolute.toString();
    }
}
