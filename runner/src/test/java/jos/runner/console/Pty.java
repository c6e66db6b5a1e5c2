package jos.runner.console;

import java.time.Duration;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import jos.runner.posix.Posix;

/** A pseudo-terminal pair opened through FFM: the test holds the master, the code under test opens {@link #slave}. */
final class Pty implements AutoCloseable {
    final int master;
    final String slave;
    private boolean closed;

    Pty() {
        master = Posix.openPtyMaster();
        slave = Posix.ptsname(master);
    }

    void write(String text) {
        Posix.writeFully(master, text.getBytes(StandardCharsets.ISO_8859_1), "pty master");
    }

    /** Reads from the master until {@code expected} has arrived; everything read, or a failure after timeout. */
    String readUntil(String expected, Duration timeout) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[256];
        while (!got.toString(StandardCharsets.ISO_8859_1).contains(expected)) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new AssertionError("no '" + expected + "' from " + slave + " in " + timeout + "; got '" + got + "'");
            }
            if ((Posix.poll(new int[] {master}, (int) left)[0] & Posix.POLLIN) != 0) {
                got.write(buffer, 0, Posix.read(master, buffer, buffer.length, "pty master"));
            }
        }
        return got.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Posix.close(master);
        }
    }
}
