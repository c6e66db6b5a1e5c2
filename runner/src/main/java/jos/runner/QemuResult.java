package jos.runner;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a QEMU run ended: its exit status (meaningless if {@code timedOut}), every serial line with its
 * arrival time, whether the guest wrote anything at all, and what QEMU itself wrote to stderr.
 */
public record QemuResult(int status, boolean timedOut, List<SerialLine> lines, boolean guestRan, String stderr,
        Duration elapsed) {

    public QemuResult {
        lines = List.copyOf(lines);
    }

    /** The exit code {@code scripts/os run} reports: see {@link ExitStatus}; 124 after a timeout. */
    public int exitCode() {
        return timedOut ? ExitStatus.TIMED_OUT : ExitStatus.toExitCode(status, guestRan);
    }

    /** The first line exactly equal to {@code text}. */
    public Optional<SerialLine> firstLine(String text) {
        return lines.stream().filter(l -> l.text().equals(text)).findFirst();
    }

    public List<String> texts() {
        return lines.stream().map(SerialLine::text).toList();
    }

    /** The serial output and QEMU's stderr, for a failure report. */
    public String transcript() {
        StringBuilder sb = new StringBuilder();
        sb.append(timedOut ? "QEMU timed out after " + elapsed.toMillis() + " ms"
                : ExitStatus.describe(status, guestRan)).append('\n');
        sb.append("---- serial (").append(lines.size()).append(" lines) ----\n");
        lines.forEach(l -> sb.append(l.text()).append('\n'));
        if (!stderr.isEmpty()) {
            sb.append("---- QEMU stderr ----\n").append(stderr);
        }
        return sb.toString();
    }
}
