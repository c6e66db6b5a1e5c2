package jos.acpi;

/**
 * The last ACPI parsing error: a string-literal message, the signature of the table it concerns (0 if
 * none) and the value involved (an offset, a length, a field value). Checks return false (or 0) after
 * {@link #report}; the caller that gives up prints it. Replaces exceptions, as there is no heap.
 */
public final class Problem {
    private Problem() {
    }

    /** What went wrong, or null. */
    public static String message;
    /** The table's signature ({@link Signatures}), 0 if not about a table. */
    public static int signature;
    /** The value involved. */
    public static long value;

    /** Records the problem; always returns false, so checks can {@code return Problem.report(...)}. */
    public static boolean report(String what, int tableSignature, long involved) {
        message = what;
        signature = tableSignature;
        value = involved;
        return false;
    }

    public static void clear() {
        message = null;
        signature = 0;
        value = 0;
    }
}
