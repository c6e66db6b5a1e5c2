package jos.loader;

/**
 * The last error: a string-literal message and the value it concerns (an address, index or field
 * value). Checks return false (or 0) after {@link #report}; the caller that gives up prints it. There is
 * no heap on the machine, so this replaces exceptions.
 */
public final class Problem {
    private Problem() {
    }

    /** What went wrong, or null. */
    public static String message;
    /** The value involved. */
    public static long value;

    /** Records the problem; always returns false, so checks can {@code return Problem.report(...)}. */
    public static boolean report(String what, long involved) {
        message = what;
        value = involved;
        return false;
    }

    public static void clear() {
        message = null;
        value = 0;
    }
}
