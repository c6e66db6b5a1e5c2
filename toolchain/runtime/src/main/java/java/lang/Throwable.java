package java.lang;

import java.io.PrintStream;

/**
 * The root of exceptions. Construction records a backtrace of (method, line) pairs through a native;
 * StackTraceElements are made from it only when someone asks for them.
 */
public class Throwable implements java.io.Serializable {
    private final String detail;
    private Throwable cause;
    private boolean causeFixed;         // set by a constructor taking a cause, or by initCause
    private final boolean stackWritable;
    private final boolean suppressible;
    private long[] backtrace;
    private StackTraceElement[] frames; // decoded from backtrace, or given to setStackTrace
    private Throwable[] suppressed;
    private int suppressedCount;

    public Throwable() {
        this(null, null, false, true, true);
    }

    public Throwable(String message) {
        this(message, null, false, true, true);
    }

    public Throwable(String message, Throwable cause) {
        this(message, cause, true, true, true);
    }

    /** The message is the cause's toString(), or null without a cause. */
    public Throwable(Throwable cause) {
        this(cause == null ? null : cause.toString(), cause, true, true, true);
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        this(message, cause, true, enableSuppression, writableStackTrace);
    }

    private Throwable(String message, Throwable cause, boolean hasCause, boolean enableSuppression,
                      boolean writableStackTrace) {
        stackWritable = writableStackTrace;
        suppressible = enableSuppression;
        // A subclass may override fillInStackTrace; it runs before the message is set, as in the JDK.
        if (writableStackTrace) fillInStackTrace();
        detail = message;
        this.cause = cause;
        causeFixed = hasCause;
    }

    private static native long[] captureBacktrace();

    public Throwable fillInStackTrace() {
        if (stackWritable) {
            backtrace = captureBacktrace();
            frames = null;
        }
        return this;
    }

    public String getMessage() {
        return detail;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public Throwable getCause() {
        return cause;
    }

    public Throwable initCause(Throwable cause) {
        if (causeFixed)
            throw new IllegalStateException("Can't overwrite cause with " + (cause == null ? "a null" : cause.toString()), this);
        if (cause == this) throw new IllegalArgumentException("Self-causation not permitted", this);
        this.cause = cause;
        causeFixed = true;
        return this;
    }

    public String toString() {
        String name = getClass().getName();
        String message = getLocalizedMessage();
        return message == null ? name : name + ": " + message;
    }

    public StackTraceElement[] getStackTrace() {
        return frames().clone();
    }

    private StackTraceElement[] frames() {
        if (frames == null) {
            StackTraceElement[] decoded = jos.rt.Backtrace.decode(backtrace, this);
            for (int i = 0; i < decoded.length; i++) decoded[i] = StackTraceElement.recordedFrame(decoded[i]);
            frames = decoded;
        }
        return frames;
    }

    /** Checks the array even when the stack trace is not writable (then nothing else happens). */
    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) throw new NullPointerException("stackTrace[" + i + "]");
        }
        if (stackWritable) frames = copy;
    }

    public final void addSuppressed(Throwable exception) {
        if (exception == this) throw new IllegalArgumentException("Self-suppression not permitted", exception);
        if (exception == null) throw new NullPointerException("Cannot suppress a null exception.");
        if (!suppressible) return;
        if (suppressed == null) suppressed = new Throwable[1];
        else if (suppressedCount == suppressed.length) suppressed = java.util.Arrays.copyOf(suppressed, suppressedCount * 2);
        suppressed[suppressedCount++] = exception;
    }

    public final Throwable[] getSuppressed() {
        Throwable[] copy = new Throwable[suppressedCount];
        if (suppressedCount > 0) System.arraycopy(suppressed, 0, copy, 0, suppressedCount);
        return copy;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /**
     * This throwable and its frames, then each suppressed exception (indented one tab more) and the
     * cause, recursively. A nested trace leaves out the frames it shares, at its end, with the trace
     * enclosing it and says "... n more" instead. A throwable met twice is only named.
     */
    public void printStackTrace(PrintStream s) {
        print(s, "", "", new StackTraceElement[0], new java.util.ArrayList<>());
    }

    /** Prints this as described above; seen holds the throwables printed so far. */
    private void print(PrintStream out, String indent, String label, StackTraceElement[] enclosing,
                       java.util.ArrayList<Throwable> seen) {
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i) == this) {
                out.println(indent + label + "[CIRCULAR REFERENCE: " + this + "]");
                return;
            }
        }
        seen.add(this);

        StackTraceElement[] own = frames();
        int shared = 0;
        while (shared < own.length && shared < enclosing.length
                && own[own.length - 1 - shared].equals(enclosing[enclosing.length - 1 - shared])) {
            shared++;
        }
        out.println(indent + label + this);
        for (int i = 0; i < own.length - shared; i++) out.println(indent + "\tat " + own[i]);
        if (shared > 0) out.println(indent + "\t... " + shared + " more");

        for (int i = 0; i < suppressedCount; i++) suppressed[i].print(out, indent + "\t", "Suppressed: ", own, seen);
        Throwable next = getCause();
        if (next != null) next.print(out, indent, "Caused by: ", own, seen);
    }
}
