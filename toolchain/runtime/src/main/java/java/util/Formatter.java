package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.PrintStream;
import jos.rt.fmt.FormatEngine;

/**
 * printf-style formatting; the parsing and rendering live in jos.rt.fmt.FormatEngine. The locale is kept
 * but not consulted: numbers always use '.', ',' and ASCII digits. Left out: the %t date/time
 * conversions (reported as unknown conversions), Formattable, BigInteger/BigDecimal arguments, and the
 * constructors that open files or take a charset.
 */
public final class Formatter implements Closeable, Flushable {
    private static final FormatEngine ENGINE = new FormatEngine() {
        @Override
        protected RuntimeException illegalArgumentIndex(int index) {
            return new IllegalFormatArgumentIndexException(index);
        }
    };

    private Appendable a;
    private final Locale l;
    private IOException lastException;

    public Formatter() {
        this(new StringBuilder(), Locale.getDefault());
    }

    public Formatter(Appendable a) {
        this(a, Locale.getDefault());
    }

    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    public Formatter(Appendable a, Locale l) {
        this.a = a == null ? new StringBuilder() : a;
        this.l = l;
    }

    public Formatter(PrintStream ps) {
        this((Appendable) Objects.requireNonNull(ps), Locale.getDefault());
    }

    private void ensureOpen() {
        if (a == null) throw new FormatterClosedException();
    }

    public Locale locale() {
        ensureOpen();
        return l;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    @Override
    public String toString() {
        ensureOpen();
        return a.toString();
    }

    @Override
    public void flush() {
        ensureOpen();
        if (a instanceof Flushable f) {
            try {
                f.flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    @Override
    public void close() {
        if (a == null) return;
        try {
            if (a instanceof Closeable c) c.close();
        } catch (IOException e) {
            lastException = e;
        } finally {
            a = null;
        }
    }

    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        return format(l, format, args);
    }

    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        IOException e = ENGINE.format(a, format, args);
        if (e != null) lastException = e;
        return this;
    }
}
