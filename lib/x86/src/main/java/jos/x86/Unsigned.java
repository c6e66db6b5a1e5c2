package jos.x86;

/** Unsigned 64-bit comparisons and power-of-two alignment, without library calls. */
public final class Unsigned {
    private Unsigned() {
    }

    public static boolean less(long a, long b) {
        return (a ^ Long.MIN_VALUE) < (b ^ Long.MIN_VALUE);
    }

    public static boolean lessOrEqual(long a, long b) {
        return (a ^ Long.MIN_VALUE) <= (b ^ Long.MIN_VALUE);
    }

    public static long min(long a, long b) {
        return less(a, b) ? a : b;
    }

    public static long max(long a, long b) {
        return less(a, b) ? b : a;
    }

    /** Rounds down to a multiple of alignment (a power of two). */
    public static long alignDown(long value, long alignment) {
        return value & -alignment;
    }

    /** Rounds up to a multiple of alignment (a power of two); wraps to 0 above the last multiple. */
    public static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }

    /** True if a + b does not wrap around 2^64. */
    public static boolean addFits(long a, long b) {
        return lessOrEqual(a, a + b);
    }
}
