package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Iterators over unboxed values; the boxed forms of next and forEachRemaining adapt to them. */
public interface PrimitiveIterator<T, T_CONS> extends Iterator<T> {
    void forEachRemaining(T_CONS action);

    interface OfInt extends PrimitiveIterator<Integer, IntConsumer> {
        int nextInt();

        default void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            while (hasNext()) action.accept(nextInt());
        }

        default Integer next() {
            return Integer.valueOf(nextInt());
        }

        default void forEachRemaining(Consumer<? super Integer> action) {
            // A consumer that takes ints as well gets them unboxed.
            IntConsumer sink = action instanceof IntConsumer direct ? direct : action::accept;
            forEachRemaining(sink);
        }
    }

    interface OfLong extends PrimitiveIterator<Long, LongConsumer> {
        long nextLong();

        default void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            while (hasNext()) action.accept(nextLong());
        }

        default Long next() {
            return Long.valueOf(nextLong());
        }

        default void forEachRemaining(Consumer<? super Long> action) {
            LongConsumer sink = action instanceof LongConsumer direct ? direct : action::accept;
            forEachRemaining(sink);
        }
    }

    interface OfDouble extends PrimitiveIterator<Double, DoubleConsumer> {
        double nextDouble();

        default void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            while (hasNext()) action.accept(nextDouble());
        }

        default Double next() {
            return Double.valueOf(nextDouble());
        }

        default void forEachRemaining(Consumer<? super Double> action) {
            DoubleConsumer sink = action instanceof DoubleConsumer direct ? direct : action::accept;
            forEachRemaining(sink);
        }
    }
}
