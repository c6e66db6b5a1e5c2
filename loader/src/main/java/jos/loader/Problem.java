package jos.loader;

/**
 * The last error: a string-literal message, the value it concerns (an address, index or field value)
 * and, for a problem a shared library found (jos.elf), what it was about. Checks return false (or 0)
 * after {@link #report}; the caller that gives up prints it. There is no heap on the machine, so this
 * replaces exceptions.
 */
public final class Problem {
    private Problem() {
    }

    /** What went wrong, or null. */
    public static String message;
    /** The value involved. */
    public static long value;
    /** What the message is about ("kernel"), printed before it; null if the message says. */
    public static String subject;

    /** Records the problem; always returns false, so checks can {@code return Problem.report(...)}. */
    public static boolean report(String what, long involved) {
        message = what;
        value = involved;
        subject = null;
        return false;
    }

    /** Records a problem about something the message does not name (a library's message); returns false. */
    public static boolean reportAbout(String about, String what, long involved) {
        report(what, involved);
        subject = about;
        return false;
    }

    public static void clear() {
        message = null;
        value = 0;
        subject = null;
    }
}
