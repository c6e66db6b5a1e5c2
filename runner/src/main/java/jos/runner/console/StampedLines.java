package jos.runner.console;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Turns the bytes a machine prints into what the console shows: each line starts with the host's time
 * when its first byte arrived ({@code [HH:mm:ss.SSS] }), carriage returns are dropped and each line feed
 * becomes {@code newline} (a raw host terminal needs {@code \r\n}). Other bytes, escape sequences
 * included, pass unchanged, and a partial line (a prompt) is shown at once.
 */
public final class StampedLines {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final Clock clock;
    private final byte[] newline;
    private boolean atLineStart = true;

    public StampedLines(Clock clock, String newline) {
        this.clock = clock;
        this.newline = newline.getBytes(StandardCharsets.US_ASCII);
    }

    /** What to show for {@code length} bytes from the machine. */
    public byte[] feed(byte[] bytes, int length) {
        ByteArrayOutputStream shown = new ByteArrayOutputStream(length + 32);
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b == '\r') {
                continue;
            }
            if (atLineStart) {
                shown.writeBytes(("[" + LocalTime.now(clock).format(TIME) + "] ").getBytes(StandardCharsets.US_ASCII));
                atLineStart = false;
            }
            if (b == '\n') {
                shown.writeBytes(newline);
                atLineStart = true;
            } else {
                shown.write(b);
            }
        }
        return shown.toByteArray();
    }

    /** A message of the console's own, on a line of its own (the machine's partial line is ended first). */
    public byte[] message(String text) {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        if (!atLineStart) {
            shown.writeBytes(newline);
            atLineStart = true;
        }
        shown.writeBytes(("console: " + text).getBytes(StandardCharsets.UTF_8));
        shown.writeBytes(newline);
        return shown.toByteArray();
    }
}
