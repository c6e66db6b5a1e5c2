package jos.runner;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a build step (Maven, the AOT compiler, grub-mkrescue, xorriso, limine) to completion. Its output
 * (stdout and stderr merged) is either shown as it comes or kept quiet; either way a failure raises a
 * {@link RunnerException} that carries the command and the end of its output.
 */
public final class ToolRunner {

    private static final int KEPT = 16 * 1024;

    private final PrintStream log;

    /** {@code log} receives the output of steps run with {@code echo} and one progress line per step. */
    public ToolRunner(PrintStream log) {
        this.log = log;
    }

    public PrintStream log() {
        return log;
    }

    /** Runs {@code command} in {@code dir}; returns its output, or throws if it exits with a non-zero status. */
    public String run(String step, List<String> command, Path dir, boolean echo) {
        log.println("os: " + step);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new RunnerException(step + ": cannot start " + command.getFirst() + ": " + e.getMessage());
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (echo) {
                    log.write(buffer, 0, n);
                    log.flush();
                }
                output.write(buffer, 0, n);
            }
            int status = process.waitFor();
            String text = output.toString(StandardCharsets.UTF_8);
            if (status != 0) {
                String tail = text.length() > KEPT ? "..." + text.substring(text.length() - KEPT) : text;
                throw new RunnerException(step + " failed (exit status " + status + "): " + String.join(" ", command)
                        + (echo || tail.isBlank() ? "" : "\n" + tail.stripTrailing()));
            }
            return text;
        } catch (IOException e) {
            throw new RunnerException(step + ": " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RunnerException(step + ": interrupted");
        }
    }
}
