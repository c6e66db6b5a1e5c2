package java.lang;

import java.io.PrintStream;

/**
 * The root of exceptions. The constructor records a backtrace of (method, line) pairs from the
 * shadow frame chain; StackTraceElements are made from it only when asked for.
 */
public class Throwable implements java.io.Serializable {
    private String detailMessage;
    private Throwable cause = this;
    private long[] backtrace;
    private StackTraceElement[] stackTrace;
    private Throwable[] suppressed;
    private final boolean writableStackTrace;
    private boolean suppressionDisabled;

    public Throwable() {
        writableStackTrace = true;
        fillInStackTrace();
    }

    public Throwable(String message) {
        writableStackTrace = true;
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        writableStackTrace = true;
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        writableStackTrace = true;
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        this.writableStackTrace = writableStackTrace;
        this.suppressionDisabled = !enableSuppression;
        if (writableStackTrace) fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    private static native long[] captureBacktrace();

    public Throwable fillInStackTrace() {
        if (!writableStackTrace) return this;
        backtrace = captureBacktrace();
        stackTrace = null;
        return this;
    }

    public String getMessage() { return detailMessage; }

    public String getLocalizedMessage() { return getMessage(); }

    public Throwable getCause() { return (cause == this ? null : cause); }

    public Throwable initCause(Throwable cause) {
        if (this.cause != this)
            throw new IllegalStateException("Can't overwrite cause with " + java.util.Objects.toString(cause, "a null"), this);
        if (cause == this)
            throw new IllegalArgumentException("Self-causation not permitted", this);
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private StackTraceElement[] getOurStackTrace() {
        if (stackTrace == null) {
            stackTrace = jos.rt.Backtrace.decode(backtrace, this);
        }
        return stackTrace;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) throw new NullPointerException("stackTrace[" + i + "]");
        }
        this.stackTrace = copy;
    }

    public final void addSuppressed(Throwable exception) {
        if (exception == this)
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        java.util.Objects.requireNonNull(exception, "Cannot suppress a null exception.");
        if (suppressionDisabled) return;
        Throwable[] old = suppressed == null ? new Throwable[0] : suppressed;
        Throwable[] grown = new Throwable[old.length + 1];
        System.arraycopy(old, 0, grown, 0, old.length);
        grown[old.length] = exception;
        suppressed = grown;
    }

    public final Throwable[] getSuppressed() {
        return suppressed == null ? new Throwable[0] : suppressed.clone();
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        s.println(this);
        StackTraceElement[] trace = getOurStackTrace();
        for (StackTraceElement traceElement : trace) s.println("\tat " + traceElement);
        for (Throwable se : getSuppressed()) se.printEnclosedStackTrace(s, trace, "Suppressed: ", "\t");
        Throwable ourCause = getCause();
        if (ourCause != null) ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", "");
    }

    private void printEnclosedStackTrace(PrintStream s, StackTraceElement[] enclosingTrace, String caption, String prefix) {
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) s.println(prefix + "\tat " + trace[i]);
        if (framesInCommon != 0) s.println(prefix + "\t... " + framesInCommon + " more");
        for (Throwable se : getSuppressed()) se.printEnclosedStackTrace(s, trace, "Suppressed: ", prefix + "\t");
        Throwable ourCause = getCause();
        if (ourCause != null) ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", prefix);
    }
}
