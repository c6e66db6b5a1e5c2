package jos.runner.console;

import jos.runner.posix.Posix;
import jos.runner.posix.PosixException;
import jos.runner.posix.Termios;

/**
 * A serial line (or pseudo-terminal) opened for reading and writing without becoming our controlling
 * terminal, non-blocking (so a line whose carrier is down cannot hang the open), and set raw at a baud
 * rate with no flow control. {@link #close} gives it its old settings back if it is still there.
 */
public final class SerialDevice implements AutoCloseable {

    private final String path;
    private final int fd;
    private final Termios saved;

    private SerialDevice(String path, int fd, Termios saved) {
        this.path = path;
        this.fd = fd;
        this.saved = saved;
    }

    public static SerialDevice open(String path, int baud) {
        int fd = Posix.open(path, Posix.O_RDWR | Posix.O_NOCTTY | Posix.O_NONBLOCK | Posix.O_CLOEXEC);
        try {
            Termios saved = Termios.of(fd, path + " (is it a serial device?)");
            saved.serialLine(baud, path).applyTo(fd, path);
            return new SerialDevice(path, fd, saved);
        } catch (RuntimeException e) {
            Posix.close(fd);
            throw e;
        }
    }

    public String path() {
        return path;
    }

    public int fd() {
        return fd;
    }

    /** Reads what has arrived: at least one byte, 0 at end of file, -1 when nothing is there yet. */
    public int read(byte[] buffer) {
        try {
            return Posix.read(fd, buffer, buffer.length, path);
        } catch (PosixException e) {
            if (e.errno() == Posix.EAGAIN || e.errno() == Posix.EINTR) {
                return -1;
            }
            throw e;
        }
    }

    public void write(byte[] bytes) {
        Posix.writeFully(fd, bytes, path);
    }

    @Override
    public void close() {
        try {
            saved.applyTo(fd, path);
        } catch (PosixException e) {
            // The device is gone (unplugged, or the other side of a pty closed): nothing to restore.
        }
        Posix.close(fd);
    }
}
