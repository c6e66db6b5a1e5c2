package jos.runner.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import jos.runner.posix.Posix;
import jos.runner.posix.PosixException;

/**
 * One console session, on one thread around {@code poll}: bytes from the device go raw to the log and,
 * stamped ({@link StampedLines}), to the screen; typed keys go to the device with each LF sent as CR LF
 * (what the machine's line discipline expects at the end of a line); Ctrl-] ends the session. When the
 * device hangs up or reads fail (the cable is unplugged), the session says so, keeps reading keys, and
 * reopens the device every {@code retry} until it is back.
 */
public final class Console {

    /** Ctrl-]: the key that leaves, as in telnet. */
    public static final byte LEAVE = 0x1d;

    private final String path;
    private final int baud;
    private int keys;
    private final OutputStream screen;
    private final Optional<OutputStream> log;
    private final StampedLines lines;
    private final Duration retry;
    private SerialDevice device;

    /**
     * {@code keys} is the descriptor typed keys come from (-1 for none), {@code screen} where the session
     * is shown, {@code log} where the raw bytes go.
     */
    public Console(String path, int baud, int keys, OutputStream screen, Optional<OutputStream> log, StampedLines lines,
            Duration retry) {
        this.path = path;
        this.baud = baud;
        this.keys = keys;
        this.screen = screen;
        this.log = log;
        this.lines = lines;
        this.retry = retry;
    }

    /** Runs the session until Ctrl-] is typed. The device must be there at the start. */
    public void run() {
        device = SerialDevice.open(path, baud);
        show(lines.message(path + " at " + baud + " baud, no flow control; Ctrl-] leaves"));
        long nextTry = 0;
        byte[] buffer = new byte[4096];
        try {
            while (true) {
                int deviceFd = device == null ? -1 : device.fd();
                short[] ready = Posix.poll(new int[] {keys, deviceFd}, (int) retry.toMillis());
                if (device != null && ready[1] != 0) {
                    readDevice(ready[1], buffer);
                }
                if (ready[0] != 0 && !readKeys(buffer)) {
                    show(lines.message("left"));
                    return;
                }
                if (device == null && System.nanoTime() >= nextTry) {
                    reopen();
                    nextTry = System.nanoTime() + retry.toNanos();
                }
            }
        } finally {
            if (device != null) {
                device.close();
            }
        }
    }

    private void readDevice(short revents, byte[] buffer) {
        String lost = null;
        if ((revents & Posix.POLLIN) != 0) {
            try {
                int n = device.read(buffer);
                if (n > 0) {
                    log.ifPresent(l -> write(l, buffer, n));
                    show(lines.feed(buffer, n));
                    return;
                }
                if (n == 0) {
                    lost = "end of file";
                }
            } catch (PosixException e) {
                lost = e.getMessage();
            }
        } else if ((revents & (Posix.POLLHUP | Posix.POLLERR | Posix.POLLNVAL)) != 0) {
            lost = "hang-up";
        }
        if (lost != null) {
            device.close();
            device = null;
            show(lines.message(path + " is gone (" + lost + "); waiting for it to come back, Ctrl-] leaves"));
        }
    }

    /** Forwards typed keys; false when Ctrl-] was typed. */
    private boolean readKeys(byte[] buffer) {
        int n;
        try {
            n = Posix.read(keys, buffer, buffer.length, "the keyboard");
        } catch (PosixException e) {
            if (e.errno() == Posix.EAGAIN || e.errno() == Posix.EINTR) {
                return true;
            }
            n = 0;
        }
        if (n == 0) {
            keys = -1;     // stdin closed: go on showing the device
            return true;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 8);
        boolean leave = false;
        for (int i = 0; i < n && !leave; i++) {
            byte b = buffer[i];
            if (b == LEAVE) {
                leave = true;
            } else if (b == '\n') {
                out.write('\r');
                out.write('\n');
            } else {
                out.write(b);
            }
        }
        if (device != null && out.size() > 0) {
            try {
                device.write(out.toByteArray());
            } catch (PosixException e) {
                // The device went away under the write; the next poll reports the hang-up.
            }
        }
        return !leave;
    }

    private void reopen() {
        try {
            device = SerialDevice.open(path, baud);
            show(lines.message(path + " is back"));
        } catch (PosixException e) {
            // Not back yet.
        }
    }

    private void show(byte[] bytes) {
        write(screen, bytes, bytes.length);
    }

    private static void write(OutputStream out, byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
