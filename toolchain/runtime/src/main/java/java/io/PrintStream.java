package java.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Prints text, encoded as UTF-8 (or ISO-8859-1 / US-ASCII when asked), onto an output stream. Each print
 * call is encoded into a scratch buffer and handed to the stream in one write, so the stream sees whole
 * lines. As the JDK's encoder, a high surrogate at the end of one call waits for the next; unpaired
 * surrogates become '?'. Errors never throw: they set the flag checkError reports.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private final Charset charset;
    /** 0x7F, 0xFF or 0x10FFFF: the largest code point the charset encodes as itself. */
    private final int maxChar;
    private boolean trouble;
    private boolean closing;
    private boolean closed;
    private char pendingHigh;
    private byte[] scratch = new byte[256];

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(out, autoFlush, StandardCharsets.UTF_8);
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        super(requireNonNull(out, "Null output stream"));
        this.autoFlush = autoFlush;
        this.charset = requireNonNull(charset, "charset");
        if (charset == StandardCharsets.UTF_8) maxChar = Character.MAX_CODE_POINT;
        else if (charset == StandardCharsets.ISO_8859_1) maxChar = 0xFF;
        else if (charset == StandardCharsets.US_ASCII) maxChar = 0x7F;
        else throw new UnsupportedOperationException("charset " + charset);
    }

    private static <T> T requireNonNull(T o, String message) {
        if (o == null) throw new NullPointerException(message);
        return o;
    }

    public Charset charset() {
        return charset;
    }

    // ---- stream operations ----

    @Override
    public void flush() {
        if (closed) return;
        try {
            out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void close() {
        if (closing) return;
        closing = true;
        try {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                out.write('?');
            }
            out.close();
        } catch (IOException x) {
            trouble = true;
        }
        closed = true;
    }

    public boolean checkError() {
        if (!closed) flush();
        if (out instanceof PrintStream ps) return ps.checkError();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    @Override
    public void write(int b) {
        if (closed) {
            trouble = true;
            return;
        }
        try {
            out.write(b);
            if (b == '\n' && autoFlush) out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
        if (closed) {
            trouble = true;
            return;
        }
        try {
            out.write(buf, off, len);
            if (autoFlush) out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    // ---- text ----

    /** Encodes s (and a newline) and writes it in one piece. */
    private void writeText(String s, boolean newline) {
        if (closed) {
            trouble = true;
            return;
        }
        try {
            int n = s.length();
            int i = 0;
            do {
                int chunk = Math.min(n - i, 4096);
                int need = chunk * 3 + 2;
                if (scratch.length < need) scratch = new byte[Math.max(need, scratch.length * 2)];
                int len = encode(s, i, i + chunk, scratch);
                i += chunk;
                if (i == n && newline) len = encodeChar('\n', scratch, len);
                if (len > 0) out.write(scratch, 0, len);
            } while (i < n);
            if (autoFlush && (newline || s.indexOf('\n') >= 0)) out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }

    private int encodeChar(char c, byte[] b, int j) {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            b[j++] = '?';
        }
        b[j++] = (byte) c;
        return j;
    }

    /** Encodes s[from, to) into b from 0, carrying a trailing high surrogate over in pendingHigh. */
    private int encode(String s, int from, int to, byte[] b) {
        int j = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (pendingHigh != 0) {
                char h = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    j = putCodePoint(Character.toCodePoint(h, c), b, j);
                    continue;
                }
                b[j++] = '?';
            }
            if (c < 0x80) {
                b[j++] = (byte) c;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < to) {
                    char d = s.charAt(i + 1);
                    if (Character.isLowSurrogate(d)) {
                        j = putCodePoint(Character.toCodePoint(c, d), b, j);
                        i++;
                    } else {
                        b[j++] = '?';
                    }
                } else {
                    // the low half may come in the next chunk or the next call
                    pendingHigh = c;
                }
            } else if (Character.isLowSurrogate(c)) {
                b[j++] = '?';
            } else {
                j = putCodePoint(c, b, j);
            }
        }
        return j;
    }

    private int putCodePoint(int cp, byte[] b, int j) {
        if (cp < 0x80) {
            b[j++] = (byte) cp;
        } else if (maxChar == 0x7F) {
            b[j++] = '?';
        } else if (maxChar == 0xFF) {
            b[j++] = cp <= 0xFF ? (byte) cp : (byte) '?';
        } else if (cp < 0x800) {
            b[j++] = (byte) (0xC0 | (cp >> 6));
            b[j++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            b[j++] = (byte) (0xE0 | (cp >> 12));
            b[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            b[j++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            b[j++] = (byte) (0xF0 | (cp >> 18));
            b[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            b[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            b[j++] = (byte) (0x80 | (cp & 0x3F));
        }
        return j;
    }

    public void print(boolean b) {
        writeText(String.valueOf(b), false);
    }

    public void print(char c) {
        writeText(String.valueOf(c), false);
    }

    public void print(int i) {
        writeText(String.valueOf(i), false);
    }

    public void print(long l) {
        writeText(String.valueOf(l), false);
    }

    public void print(float f) {
        writeText(String.valueOf(f), false);
    }

    public void print(double d) {
        writeText(String.valueOf(d), false);
    }

    public void print(char[] s) {
        writeText(new String(s), false);
    }

    public void print(String s) {
        writeText(String.valueOf(s), false);
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj), false);
    }

    public void println() {
        newLine();
    }

    private void newLine() {
        writeText("", true);
    }

    // As the JDK: in a subclass println is the (overridable) print then a newline; a PrintStream writes both at once.
    private void printlnText(String s) {
        if (getClass() == PrintStream.class) {
            writeText(s, true);
        } else {
            print(s);
            newLine();
        }
    }

    public void println(boolean x) {
        if (getClass() == PrintStream.class) writeText(String.valueOf(x), true);
        else { print(x); newLine(); }
    }

    public void println(char x) {
        if (getClass() == PrintStream.class) writeText(String.valueOf(x), true);
        else { print(x); newLine(); }
    }

    public void println(int x) {
        if (getClass() == PrintStream.class) writeText(String.valueOf(x), true);
        else { print(x); newLine(); }
    }

    public void println(long x) {
        if (getClass() == PrintStream.class) writeText(String.valueOf(x), true);
        else { print(x); newLine(); }
    }

    public void println(float x) {
        if (getClass() == PrintStream.class) writeText(String.valueOf(x), true);
        else { print(x); newLine(); }
    }

    public void println(double x) {
        if (getClass() == PrintStream.class) writeText(String.valueOf(x), true);
        else { print(x); newLine(); }
    }

    public void println(char[] x) {
        if (getClass() == PrintStream.class) writeText(new String(x), true);
        else { print(x); newLine(); }
    }

    public void println(String x) {
        printlnText(String.valueOf(x));
    }

    public void println(Object x) {
        printlnText(String.valueOf(x));
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream format(String format, Object... args) {
        print(String.format(format, args));
        return this;
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) csq = "null";
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
