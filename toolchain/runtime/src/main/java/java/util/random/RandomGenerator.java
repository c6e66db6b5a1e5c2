package java.util.random;

import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The JDK's random generator interface, with its default methods computed the way the JDK computes them
 * (bounded values by rejection sampling on nextInt/nextLong, doubles from 53 random bits).
 */
public interface RandomGenerator {
    default boolean isDeprecated() {
        return false;
    }

    default DoubleStream doubles() {
        return DoubleStream.generate(this::nextDouble).sequential();
    }

    default DoubleStream doubles(double randomNumberOrigin, double randomNumberBound) {
        Bounded.checkRange(randomNumberOrigin, randomNumberBound);
        return DoubleStream.generate(() -> Bounded.nextDouble(this, randomNumberOrigin, randomNumberBound)).sequential();
    }

    default DoubleStream doubles(long streamSize) {
        Bounded.checkStreamSize(streamSize);
        return doubles().limit(streamSize);
    }

    default DoubleStream doubles(long streamSize, double randomNumberOrigin, double randomNumberBound) {
        Bounded.checkStreamSize(streamSize);
        Bounded.checkRange(randomNumberOrigin, randomNumberBound);
        return doubles(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    default IntStream ints() {
        return IntStream.generate(this::nextInt).sequential();
    }

    default IntStream ints(int randomNumberOrigin, int randomNumberBound) {
        Bounded.checkRange(randomNumberOrigin, randomNumberBound);
        return IntStream.generate(() -> Bounded.nextInt(this, randomNumberOrigin, randomNumberBound)).sequential();
    }

    default IntStream ints(long streamSize) {
        Bounded.checkStreamSize(streamSize);
        return ints().limit(streamSize);
    }

    default IntStream ints(long streamSize, int randomNumberOrigin, int randomNumberBound) {
        Bounded.checkStreamSize(streamSize);
        Bounded.checkRange(randomNumberOrigin, randomNumberBound);
        return ints(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    default LongStream longs() {
        return LongStream.generate(this::nextLong).sequential();
    }

    default LongStream longs(long randomNumberOrigin, long randomNumberBound) {
        Bounded.checkRange(randomNumberOrigin, randomNumberBound);
        return LongStream.generate(() -> Bounded.nextLong(this, randomNumberOrigin, randomNumberBound)).sequential();
    }

    default LongStream longs(long streamSize) {
        Bounded.checkStreamSize(streamSize);
        return longs().limit(streamSize);
    }

    default LongStream longs(long streamSize, long randomNumberOrigin, long randomNumberBound) {
        Bounded.checkStreamSize(streamSize);
        Bounded.checkRange(randomNumberOrigin, randomNumberBound);
        return longs(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    default boolean nextBoolean() {
        return nextInt() < 0;
    }

    /** Eight bytes from each nextLong(), low-order byte first; the last call may use only some. */
    default void nextBytes(byte[] bytes) {
        long bits = 0;
        for (int i = 0; i < bytes.length; i++) {
            if ((i & 7) == 0) bits = nextLong();
            bytes[i] = (byte) bits;
            bits >>>= 8;
        }
    }

    default float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }

    default float nextFloat(float bound) {
        Bounded.checkBound(bound);
        return Bounded.nextFloat(this, bound);
    }

    default float nextFloat(float origin, float bound) {
        Bounded.checkRange(origin, bound);
        return Bounded.nextFloat(this, origin, bound);
    }

    default double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    default double nextDouble(double bound) {
        Bounded.checkBound(bound);
        return Bounded.nextDouble(this, bound);
    }

    default double nextDouble(double origin, double bound) {
        Bounded.checkRange(origin, bound);
        return Bounded.nextDouble(this, origin, bound);
    }

    default int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    default int nextInt(int bound) {
        Bounded.checkBound(bound);
        return Bounded.nextInt(this, bound);
    }

    default int nextInt(int origin, int bound) {
        Bounded.checkRange(origin, bound);
        return Bounded.nextInt(this, origin, bound);
    }

    long nextLong();

    default long nextLong(long bound) {
        Bounded.checkBound(bound);
        return Bounded.nextLong(this, bound);
    }

    default long nextLong(long origin, long bound) {
        Bounded.checkRange(origin, bound);
        return Bounded.nextLong(this, origin, bound);
    }
}
