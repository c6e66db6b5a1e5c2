package jos.kernel.memory;

import jos.kernel.console.Log;

/**
 * The memory subsystem's last error: a string-literal message, the value it concerns (an address or a
 * size), and optionally a second named value (how many bytes were free, say). Operations return 0 or
 * false after {@link #report}; whoever gives up prints it. There is no heap, so this replaces exceptions.
 */
public final class Problem {
    private Problem() {
    }

    /** What went wrong, or null. */
    public static String message;
    /** The value involved. */
    public static long value;
    /** The name of a second value (a string literal), or null. */
    public static String detail;
    public static long detailValue;

    /** Records the problem; always returns false, so checks can {@code return Problem.report(...)}. */
    public static boolean report(String what, long involved) {
        message = what;
        value = involved;
        detail = null;
        detailValue = 0;
        return false;
    }

    /** Records a problem with a second named value; returns false. */
    public static boolean report(String what, long involved, String detailName, long detailAmount) {
        report(what, involved);
        detail = detailName;
        detailValue = detailAmount;
        return false;
    }

    public static void clear() {
        report(null, 0);
    }

    /** One line: "memory: MESSAGE 0xVALUE (DETAIL N)". */
    public static void print() {
        Log.print("memory: ");
        Log.print(message == null ? "no problem" : message);
        Log.print(" ");
        Log.hex(value);
        if (detail != null) {
            Log.print(" (");
            Log.print(detail);
            Log.print(" ");
            Log.dec(detailValue);
            Log.print(")");
        }
        Log.newline();
    }
}
