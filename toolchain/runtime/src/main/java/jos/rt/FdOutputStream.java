package jos.rt;

import java.io.OutputStream;

/**
 * An output stream onto a file descriptor. With a buffer it collects bytes until flush (or a full
 * buffer); without one every write goes out at once. flushFirst is flushed before each of our
 * writes reaches the descriptor, which keeps stdout and stderr in order.
 */
public final class FdOutputStream extends OutputStream {
    private final int fd;
    private final byte[] buf;
    private int count;
    private final FdOutputStream flushFirst;

    /** Every buffered stream, for flushAll. */
    private static FdOutputStream[] buffered = new FdOutputStream[4];
    private static int nBuffered;

    public FdOutputStream(int fd, int bufferSize, FdOutputStream flushFirst) {
        this.fd = fd;
        this.buf = bufferSize > 0 ? new byte[bufferSize] : null;
        this.flushFirst = flushFirst;
        if (buf != null) {
            if (nBuffered == buffered.length) {
                FdOutputStream[] grown = new FdOutputStream[nBuffered * 2];
                System.arraycopy(buffered, 0, grown, 0, nBuffered);
                buffered = grown;
            }
            buffered[nBuffered++] = this;
        }
    }

    /** Flushes every buffered descriptor stream: for exit, however System.out was replaced meanwhile. */
    public static void flushAll() {
        for (int i = 0; i < nBuffered; i++) buffered[i].flush();
    }

    @Override
    public void write(int b) {
        if (buf == null) {
            write(new byte[] {(byte) b}, 0, 1);
            return;
        }
        if (count == buf.length) flush();
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (off < 0 || len < 0 || len > b.length - off)
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
        if (buf == null) {
            if (flushFirst != null) flushFirst.flush();
            Sys.write(fd, b, off, len);
            return;
        }
        if (len > buf.length - count) {
            flush();
            if (len >= buf.length) {
                if (flushFirst != null) flushFirst.flush();
                Sys.write(fd, b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    @Override
    public void flush() {
        if (count > 0) {
            if (flushFirst != null) flushFirst.flush();
            int n = count;
            count = 0;
            Sys.write(fd, buf, 0, n);
        }
    }

    /** The standard descriptors stay open: closing only flushes. */
    @Override
    public void close() {
        flush();
    }
}
