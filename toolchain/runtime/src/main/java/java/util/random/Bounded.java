package java.util.random;

/**
 * Argument checks and bounded draws behind RandomGenerator's default methods. The draws follow the
 * algorithms RandomGenerator's specification describes, so a given generator yields HotSpot's values:
 * integers by masking when the range is a power of two, else by rejecting the few top values that
 * would bias a remainder; floating-point values by scaling the unit draw, kept below the bound.
 */
final class Bounded {
    private Bounded() {}

    private static IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException(why);
    }

    static void checkStreamSize(long streamSize) {
        if (streamSize < 0L) throw invalid("size must be non-negative");
    }

    static void checkBound(int bound) {
        if (bound <= 0) throw invalid("bound must be positive");
    }

    static void checkBound(long bound) {
        if (bound <= 0L) throw invalid("bound must be positive");
    }

    /** Also rejects NaN and infinity. */
    static void checkBound(double bound) {
        if (!(0.0 < bound && bound < Double.POSITIVE_INFINITY)) throw invalid("bound must be finite and positive");
    }

    static void checkBound(float bound) {
        if (!(0.0f < bound && bound < Float.POSITIVE_INFINITY)) throw invalid("bound must be finite and positive");
    }

    static void checkRange(int origin, int bound) {
        if (bound <= origin) throw invalid("bound must be greater than origin");
    }

    static void checkRange(long origin, long bound) {
        if (bound <= origin) throw invalid("bound must be greater than origin");
    }

    /** Both ends must be finite (their difference may overflow); NaN is rejected too. */
    static void checkRange(double origin, double bound) {
        if (!(origin < bound && Double.isFinite(origin) && Double.isFinite(bound)))
            throw invalid("bound must be greater than origin");
    }

    static void checkRange(float origin, float bound) {
        if (!(origin < bound && Float.isFinite(origin) && Float.isFinite(bound)))
            throw invalid("bound must be greater than origin");
    }

    /** A value in [0, n) from first (a fresh nextInt()), drawing again while the remainder would be biased. */
    private static int below(RandomGenerator rng, int first, int n) {
        int mask = n - 1;
        if ((n & mask) == 0) return first & mask;
        // u is uniform in [0, 2^31); u - u % n is the start of u's block of n values, and the last,
        // incomplete block is the one whose end (start + n - 1) passes 2^31 - 1.
        int u = first >>> 1;
        while (true) {
            int rem = u % n;
            if (u - rem + mask >= 0) return rem;
            u = rng.nextInt() >>> 1;
        }
    }

    private static long below(RandomGenerator rng, long first, long n) {
        long mask = n - 1;
        if ((n & mask) == 0) return first & mask;
        long u = first >>> 1;
        while (true) {
            long rem = u % n;
            if (u - rem + mask >= 0) return rem;
            u = rng.nextLong() >>> 1;
        }
    }

    static int nextInt(RandomGenerator rng, int bound) {
        return below(rng, rng.nextInt(), bound);
    }

    static int nextInt(RandomGenerator rng, int origin, int bound) {
        int first = rng.nextInt();
        int width = bound - origin;
        // width wraps negative when the range holds more than 2^31 - 1 values; 2^31 itself still masks.
        if (width > 0 || width == Integer.MIN_VALUE) return origin + below(rng, first, width);
        // The range covers more than half of all ints, so plain retries are cheap.
        int r = first;
        while (r < origin || r >= bound) r = rng.nextInt();
        return r;
    }

    static long nextLong(RandomGenerator rng, long bound) {
        return below(rng, rng.nextLong(), bound);
    }

    static long nextLong(RandomGenerator rng, long origin, long bound) {
        long first = rng.nextLong();
        long width = bound - origin;
        if (width > 0 || width == Long.MIN_VALUE) return origin + below(rng, first, width);
        long r = first;
        while (r < origin || r >= bound) r = rng.nextLong();
        return r;
    }

    /** Rounding can carry the scaled value up to the bound itself; the largest value below it is used then. */
    static double nextDouble(RandomGenerator rng, double bound) {
        double r = rng.nextDouble() * bound;
        return r < bound ? r : Math.nextDown(bound);
    }

    /** When bound - origin overflows, the draw is scaled in halves and doubled (exactly) at the end. */
    static double nextDouble(RandomGenerator rng, double origin, double bound) {
        double u = rng.nextDouble();
        double width = bound - origin;
        double r = width != Double.POSITIVE_INFINITY
                ? u * width + origin
                : 2.0 * (u * (0.5 * bound - 0.5 * origin) + 0.5 * origin);
        return r < bound ? r : Math.nextDown(bound);
    }

    static float nextFloat(RandomGenerator rng, float bound) {
        float r = rng.nextFloat() * bound;
        return r < bound ? r : Math.nextDown(bound);
    }

    static float nextFloat(RandomGenerator rng, float origin, float bound) {
        float u = rng.nextFloat();
        float width = bound - origin;
        float r = width != Float.POSITIVE_INFINITY
                ? u * width + origin
                : 2.0f * (u * (0.5f * bound - 0.5f * origin) + 0.5f * origin);
        return r < bound ? r : Math.nextDown(bound);
    }
}
