package jos.elf;

/**
 * The last ELF check failure: a string-literal message naming the field and the value involved (an
 * offset, an address, a field value), for a program header its index, and optionally a second named
 * value (the segment's size, the previous segment's end). Checks return false after {@link #report} or
 * {@link #reportSegment}; the caller that gives up says which file it was and prints it. Replaces
 * exceptions, as there is no heap.
 */
public final class Problem {
    private Problem() {
    }

    /** What went wrong, or null. */
    public static String message;
    /** The value involved. */
    public static long value;
    /** The index of the program header involved, or -1. */
    public static int segment = -1;
    /** The name of a second value (a string literal), or null. */
    public static String detail;
    public static long detailValue;

    /** Records the problem; always returns false, so checks can {@code return Problem.report(...)}. */
    public static boolean report(String what, long involved) {
        message = what;
        value = involved;
        segment = -1;
        detail = null;
        detailValue = 0;
        return false;
    }

    /** Records a problem with program header index; returns false. */
    public static boolean reportSegment(String what, int index, long involved) {
        report(what, involved);
        segment = index;
        return false;
    }

    /** Records a problem with program header index and a second named value; returns false. */
    public static boolean reportSegment(String what, int index, long involved, String detailName, long detailAmount) {
        reportSegment(what, index, involved);
        detail = detailName;
        detailValue = detailAmount;
        return false;
    }

    public static void clear() {
        report(null, 0);
    }
}
