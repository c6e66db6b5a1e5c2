package java.io;

import java.util.Objects;

/** Passes everything on to another stream; subclasses override what they transform. */
public class FilterOutputStream extends OutputStream {
    protected OutputStream out;
    private boolean done;

    public FilterOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /** Byte by byte through write(int), so a subclass overriding only that sees every byte. */
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        for (int end = off + len; off < end; off++) write(b[off]);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * Flushes, then closes the underlying stream, once. The underlying stream is closed even when the
     * flush fails; if closing fails too, that failure is thrown with the flush's as suppressed.
     */
    @Override
    public void close() throws IOException {
        if (done) return;
        done = true;
        Throwable flushFailure = null;
        try {
            flush();
        } catch (Throwable t) {
            flushFailure = t;
        }
        try {
            out.close();
        } catch (Throwable closeFailure) {
            if (flushFailure != null && flushFailure != closeFailure) closeFailure.addSuppressed(flushFailure);
            throw closeFailure;
        }
        if (flushFailure instanceof IOException e) throw e;
        if (flushFailure instanceof RuntimeException e) throw e;
        if (flushFailure != null) throw (Error) flushFailure;
    }
}
