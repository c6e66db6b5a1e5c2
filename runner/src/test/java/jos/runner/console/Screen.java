package jos.runner.console;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** An output stream a test watches: {@link #await} waits until some text has been written to it. */
final class Screen extends ByteArrayOutputStream {

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        super.write(b, off, len);
        notifyAll();
    }

    synchronized String text() {
        return toString(StandardCharsets.ISO_8859_1);
    }

    synchronized String await(String expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!text().contains(expected)) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new AssertionError("no '" + expected + "' within " + timeout + " in:\n" + text());
            }
            wait(left);
        }
        return text();
    }
}
