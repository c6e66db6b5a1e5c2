package java.util.random;

/** Argument checks and bounded draws shared by RandomGenerator's defaults, with the JDK's messages. */
final class Bounded {
    private Bounded() {}

    static final String BAD_SIZE = "size must be non-negative";
    static final String BAD_BOUND = "bound must be positive";
    static final String BAD_FLOATING_BOUND = "bound must be finite and positive";
    static final String BAD_RANGE = "bound must be greater than origin";

    static void checkStreamSize(long streamSize) {
        if (streamSize < 0L) throw new IllegalArgumentException(BAD_SIZE);
    }

    static void checkBound(float bound) {
        if (!(bound > 0.0 && bound < Float.POSITIVE_INFINITY)) throw new IllegalArgumentException(BAD_FLOATING_BOUND);
    }

    static void checkBound(double bound) {
        if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY)) throw new IllegalArgumentException(BAD_FLOATING_BOUND);
    }

    static void checkBound(int bound) {
        if (bound <= 0) throw new IllegalArgumentException(BAD_BOUND);
    }

    static void checkBound(long bound) {
        if (bound <= 0) throw new IllegalArgumentException(BAD_BOUND);
    }

    static void checkRange(float origin, float bound) {
        if (!(origin < bound && (bound - origin) < Float.POSITIVE_INFINITY)) throw new IllegalArgumentException(BAD_RANGE);
    }

    static void checkRange(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY)) throw new IllegalArgumentException(BAD_RANGE);
    }

    static void checkRange(int origin, int bound) {
        if (origin >= bound) throw new IllegalArgumentException(BAD_RANGE);
    }

    static void checkRange(long origin, long bound) {
        if (origin >= bound) throw new IllegalArgumentException(BAD_RANGE);
    }

    static int nextInt(RandomGenerator rng, int origin, int bound) {
        int r = rng.nextInt();
        if (origin < bound) {
            final int n = bound - origin;
            final int m = n - 1;
            if ((n & m) == 0) {
                r = (r & m) + origin;
            } else if (n > 0) {
                // Reject the over-represented top of the range.
                for (int u = r >>> 1; u + m - (r = u % n) < 0; u = rng.nextInt() >>> 1) {
                }
                r += origin;
            } else {
                while (r < origin || r >= bound) r = rng.nextInt();
            }
        }
        return r;
    }

    static int nextInt(RandomGenerator rng, int bound) {
        int r = rng.nextInt();
        int m = bound - 1;
        if ((bound & m) == 0) {
            r &= m;
        } else {
            for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = rng.nextInt() >>> 1) {
            }
        }
        return r;
    }

    static long nextLong(RandomGenerator rng, long origin, long bound) {
        long r = rng.nextLong();
        if (origin < bound) {
            final long n = bound - origin;
            final long m = n - 1;
            if ((n & m) == 0L) {
                r = (r & m) + origin;
            } else if (n > 0L) {
                for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = rng.nextLong() >>> 1) {
                }
                r += origin;
            } else {
                while (r < origin || r >= bound) r = rng.nextLong();
            }
        }
        return r;
    }

    static long nextLong(RandomGenerator rng, long bound) {
        final long m = bound - 1;
        long r = rng.nextLong();
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = rng.nextLong() >>> 1) {
            }
        }
        return r;
    }

    static double nextDouble(RandomGenerator rng, double origin, double bound) {
        double r = rng.nextDouble();
        if (origin < bound) {
            if (bound - origin < Double.POSITIVE_INFINITY) {
                r = r * (bound - origin) + origin;
            } else {
                double halfOrigin = 0.5 * origin;
                r = (r * (0.5 * bound - halfOrigin) + halfOrigin) * 2.0;
            }
            if (r >= bound) r = Math.nextDown(bound);
        }
        return r;
    }

    static double nextDouble(RandomGenerator rng, double bound) {
        double r = rng.nextDouble();
        r = r * bound;
        if (r >= bound) r = Math.nextDown(bound);
        return r;
    }

    static float nextFloat(RandomGenerator rng, float origin, float bound) {
        float r = rng.nextFloat();
        if (origin < bound) {
            if (bound - origin < Float.POSITIVE_INFINITY) {
                r = r * (bound - origin) + origin;
            } else {
                float halfOrigin = 0.5f * origin;
                r = (r * (0.5f * bound - halfOrigin) + halfOrigin) * 2.0f;
            }
            if (r >= bound) r = Math.nextDown(bound);
        }
        return r;
    }

    static float nextFloat(RandomGenerator rng, float bound) {
        float r = rng.nextFloat();
        r = r * bound;
        if (r >= bound) r = Math.nextDown(bound);
        return r;
    }
}
