package jos.elf;

/**
 * The last ELF check failure: a string-literal message naming the field and the value involved (an
 * offset, an address, a field value). Checks return false after {@link #report}; the caller that gives
 * up says which file it was and prints it. Replaces exceptions, as there is no heap.
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
