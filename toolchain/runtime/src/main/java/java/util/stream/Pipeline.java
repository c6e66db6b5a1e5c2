package java.util.stream;

import java.util.Collection;

/**
 * Entry points for java.util (Collection.stream, Arrays.stream) into this package's stream
 * implementation. Not part of the JDK API: programs compiled against the JDK cannot name it.
 */
public final class Pipeline {
    private Pipeline() {}

    public static <T> Stream<T> of(Collection<T> c) {
        return RefPipeline.ofCollection(c, true);
    }

    /** A stream over c whose size is treated as unknown, as the JDK does for some views. */
    public static <T> Stream<T> ofUnsized(Collection<T> c) {
        return RefPipeline.ofCollection(c, false);
    }

    public static <T> Stream<T> ofArray(T[] array, int from, int to) {
        return RefPipeline.ofArray(array, from, to);
    }

    public static IntStream ofInts(int[] array, int from, int to) {
        return IntPipeline.ofArray(array, from, to);
    }

    public static LongStream ofLongs(long[] array, int from, int to) {
        return LongPipeline.ofArray(array, from, to);
    }

    public static DoubleStream ofDoubles(double[] array, int from, int to) {
        return DoublePipeline.ofArray(array, from, to);
    }
}
