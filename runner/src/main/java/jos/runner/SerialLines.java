package jos.runner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Splits the guest's serial output into lines as a terminal would show them. Lines end with {@code \n};
 * a {@code \r} inside a line returns to its start, so only the text after the last one counts (firmware
 * and GRUB end their output with {@code \r}, which must not stick to the kernel's first line). Bytes are
 * read as ISO-8859-1 so that no input is ever rejected.
 */
public final class SerialLines {

    private final Consumer<String> sink;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private long bytes;

    public SerialLines(Consumer<String> sink) {
        this.sink = sink;
    }

    public void feed(byte[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = buffer[i];
            bytes++;
            if (b == '\n') {
                emit();
            } else {
                current.write(b);
            }
        }
    }

    /** Emits a last, unterminated line if there is one. */
    public void finish() {
        if (current.size() > 0) {
            emit();
        }
    }

    /** How many bytes were fed in all. */
    public long bytes() {
        return bytes;
    }

    private void emit() {
        String raw = current.toString(StandardCharsets.ISO_8859_1);
        current.reset();
        sink.accept(visible(raw));
    }

    static String visible(String raw) {
        int end = raw.length();
        while (end > 0 && raw.charAt(end - 1) == '\r') {
            end--;
        }
        String line = raw.substring(0, end);
        return line.substring(line.lastIndexOf('\r') + 1);
    }
}
