package java.util;

import java.util.random.RandomGenerator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** The JDK's 48-bit linear congruential generator, bit for bit. */
public class Random implements RandomGenerator, java.io.Serializable {
    private long seed;

    private static final long multiplier = 0x5DEECE66DL;
    private static final long addend = 0xBL;
    private static final long mask = (1L << 48) - 1;

    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private static long seedUniquifier = 8682522807148012L;

    public Random() {
        this(nextSeedUniquifier() ^ jos.rt.Sys.nanoTime());
    }

    private static long nextSeedUniquifier() {
        return seedUniquifier *= 1181783497276652981L;
    }

    public Random(long seed) {
        this.seed = initialScramble(seed);
    }

    private static long initialScramble(long seed) {
        return (seed ^ multiplier) & mask;
    }

    public synchronized void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveSpareGaussian = false;
    }

    protected int next(int bits) {
        long nextseed = (seed * multiplier + addend) & mask;
        seed = nextseed;
        return (int) (nextseed >>> (48 - bits));
    }

    public void nextBytes(byte[] bytes) {
        // Each int fills up to four bytes, lowest byte first; a partial last int is cut short.
        int filled = 0;
        while (filled < bytes.length) {
            int word = nextInt();
            for (int k = 0; k < Integer.BYTES && filled < bytes.length; k++) {
                bytes[filled++] = (byte) word;
                word >>= Byte.SIZE;
            }
        }
    }

    public int nextInt() {
        return next(32);
    }

    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        int candidate = next(31);
        if ((bound & (bound - 1)) == 0) return (int) ((bound * (long) candidate) >> 31); // top bits of the draw
        while (true) {
            int value = candidate % bound;
            // The draw lies in an incomplete last copy of [0, bound) exactly when this sum overflows.
            if (candidate - value + (bound - 1) >= 0) return value;
            candidate = next(31);
        }
    }

    public long nextLong() {
        return ((long) (next(32)) << 32) + next(32);
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    public double nextDouble() {
        return (((long) (next(26)) << 27) + next(27)) * DOUBLE_UNIT;
    }

    /** The polar method makes deviates in pairs; the second waits here for the next call. */
    private double spareGaussian;
    private boolean haveSpareGaussian;

    public synchronized double nextGaussian() {
        if (haveSpareGaussian) {
            haveSpareGaussian = false;
            return spareGaussian;
        }
        // Marsaglia's polar method: a point drawn uniformly from the unit disc, less its centre,
        // scaled by sqrt(-2 ln r^2 / r^2) gives two independent standard normal deviates.
        while (true) {
            double x = signedUnit();
            double y = signedUnit();
            double radiusSquared = x * x + y * y;
            if (radiusSquared > 0 && radiusSquared < 1) {
                double scale = StrictMath.sqrt(-2 * StrictMath.log(radiusSquared) / radiusSquared);
                spareGaussian = y * scale;
                haveSpareGaussian = true;
                return x * scale;
            }
        }
    }

    /** Uniform in [-1, 1). */
    private double signedUnit() {
        return 2 * nextDouble() - 1;
    }

    // Declared here as in the JDK; the values come from this generator's nextInt/nextLong/nextDouble.
    public IntStream ints(long streamSize) {
        return RandomGenerator.super.ints(streamSize);
    }

    public IntStream ints() {
        return RandomGenerator.super.ints();
    }

    public IntStream ints(long streamSize, int randomNumberOrigin, int randomNumberBound) {
        return RandomGenerator.super.ints(streamSize, randomNumberOrigin, randomNumberBound);
    }

    public IntStream ints(int randomNumberOrigin, int randomNumberBound) {
        return RandomGenerator.super.ints(randomNumberOrigin, randomNumberBound);
    }

    public LongStream longs(long streamSize) {
        return RandomGenerator.super.longs(streamSize);
    }

    public LongStream longs() {
        return RandomGenerator.super.longs();
    }

    public LongStream longs(long streamSize, long randomNumberOrigin, long randomNumberBound) {
        return RandomGenerator.super.longs(streamSize, randomNumberOrigin, randomNumberBound);
    }

    public LongStream longs(long randomNumberOrigin, long randomNumberBound) {
        return RandomGenerator.super.longs(randomNumberOrigin, randomNumberBound);
    }

    public DoubleStream doubles(long streamSize) {
        return RandomGenerator.super.doubles(streamSize);
    }

    public DoubleStream doubles() {
        return RandomGenerator.super.doubles();
    }

    public DoubleStream doubles(long streamSize, double randomNumberOrigin, double randomNumberBound) {
        return RandomGenerator.super.doubles(streamSize, randomNumberOrigin, randomNumberBound);
    }

    public DoubleStream doubles(double randomNumberOrigin, double randomNumberBound) {
        return RandomGenerator.super.doubles(randomNumberOrigin, randomNumberBound);
    }
}
