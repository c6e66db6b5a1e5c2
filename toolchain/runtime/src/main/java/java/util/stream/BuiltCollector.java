package java.util.stream;

import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/** A Collector made of its five parts, as Collector.of and Collectors hand them out. */
final class BuiltCollector<T, A, R> implements Collector<T, A, R> {
    private final Supplier<A> supplier;
    private final BiConsumer<A, T> accumulator;
    private final BinaryOperator<A> combiner;
    private final Function<A, R> finisher;
    private final Set<Characteristics> traits;

    BuiltCollector(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                   Function<A, R> finisher, Set<Characteristics> traits) {
        this.supplier = supplier;
        this.accumulator = accumulator;
        this.combiner = combiner;
        this.finisher = finisher;
        this.traits = traits;
    }

    /** A collector whose container is its result (IDENTITY_FINISH is among traits). */
    @SuppressWarnings("unchecked")
    static <T, A, R> BuiltCollector<T, A, R> identity(Supplier<A> supplier, BiConsumer<A, T> accumulator,
                                                     BinaryOperator<A> combiner, Set<Characteristics> traits) {
        return new BuiltCollector<>(supplier, accumulator, combiner, a -> (R) a, traits);
    }

    @Override public Supplier<A> supplier() { return supplier; }
    @Override public BiConsumer<A, T> accumulator() { return accumulator; }
    @Override public BinaryOperator<A> combiner() { return combiner; }
    @Override public Function<A, R> finisher() { return finisher; }
    @Override public Set<Characteristics> characteristics() { return traits; }
}
