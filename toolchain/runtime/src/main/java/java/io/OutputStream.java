package java.io;

import java.util.Objects;

/** A sink of bytes; the array writes fall back on write(int), one byte at a time. */
public abstract class OutputStream implements Closeable, Flushable {
    public OutputStream() {}

    /** Discards every byte; once closed, writes throw "Stream closed" (after checking their arguments). */
    public static OutputStream nullOutputStream() {
        return new OutputStream() {
            private boolean open = true;

            @Override
            public void write(int b) throws IOException {
                requireOpen();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, b.length);
                requireOpen();
            }

            private void requireOpen() throws IOException {
                if (!open) throw new IOException("Stream closed");
            }

            @Override
            public void close() {
                open = false;
            }
        };
    }

    public abstract void write(int b) throws IOException;

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        for (int end = off + len; off < end; off++) write(b[off]);
    }

    public void flush() throws IOException {
    }

    public void close() throws IOException {
    }
}
