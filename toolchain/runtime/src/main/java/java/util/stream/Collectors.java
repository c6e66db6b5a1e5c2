package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collector.Characteristics;
import jos.rt.CompensatedSum;

/**
 * The standard collectors. Each is a BuiltCollector; the characteristics each reports, the map and
 * collection types it builds and its exception messages are those the specification (and HotSpot) give.
 */
public final class Collectors {
    private Collectors() {}

    private static final Set<Characteristics> NONE = Collections.emptySet();
    private static final Set<Characteristics> RESULT_IS_CONTAINER = traits(Characteristics.IDENTITY_FINISH);
    private static final Set<Characteristics> ANY_ORDER = traits(Characteristics.UNORDERED);
    private static final Set<Characteristics> ANY_ORDER_CONTAINER =
            traits(Characteristics.UNORDERED, Characteristics.IDENTITY_FINISH);

    private static Set<Characteristics> traits(Characteristics... cs) {
        EnumSet<Characteristics> set = EnumSet.noneOf(Characteristics.class);
        Collections.addAll(set, cs);
        return Collections.unmodifiableSet(set);
    }

    /** cs without IDENTITY_FINISH: for collectors that add a finishing step to a downstream one. */
    private static Set<Characteristics> withFinisher(Set<Characteristics> cs) {
        if (!cs.contains(Characteristics.IDENTITY_FINISH)) return cs;
        EnumSet<Characteristics> set = EnumSet.noneOf(Characteristics.class);
        for (Characteristics c : cs) {
            if (c != Characteristics.IDENTITY_FINISH) set.add(c);
        }
        return set.isEmpty() ? NONE : Collections.unmodifiableSet(set);
    }

    private static <T, A, R> Collector<T, A, R> build(Supplier<A> supplier, BiConsumer<A, T> accumulator,
                                                      BinaryOperator<A> combiner, Function<A, R> finisher) {
        return new BuiltCollector<>(supplier, accumulator, combiner, finisher, NONE);
    }

    /** Combines two collections by moving the second's elements into the first. */
    private static <C extends Collection<?>> BinaryOperator<C> appending() {
        return (into, from) -> {
            @SuppressWarnings("unchecked") Collection<Object> target = (Collection<Object>) into;
            target.addAll(from);
            return into;
        };
    }

    // ---- collections

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        return BuiltCollector.identity(collectionFactory, Collection::add, appending(), RESULT_IS_CONTAINER);
    }

    public static <T> Collector<T, ?, List<T>> toList() {
        return BuiltCollector.<T, List<T>, List<T>>identity(ArrayList::new, List::add, appending(), RESULT_IS_CONTAINER);
    }

    /** Nulls are rejected (NullPointerException) when the list is made, at the end. */
    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return new BuiltCollector<T, List<T>, List<T>>(ArrayList::new, List::add, appending(), List::copyOf, NONE);
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return BuiltCollector.<T, Set<T>, Set<T>>identity(HashSet::new, Set::add, appending(), ANY_ORDER_CONTAINER);
    }

    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return new BuiltCollector<T, Set<T>, Set<T>>(HashSet::new, Set::add, appending(), Set::copyOf, ANY_ORDER);
    }

    // ---- strings

    public static Collector<CharSequence, ?, String> joining() {
        return build(StringBuilder::new, StringBuilder::append, StringBuilder::append, StringBuilder::toString);
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    /** The StringJoiner is made per collection, so a null argument is reported then, with its message. */
    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter, CharSequence prefix,
                                                             CharSequence suffix) {
        return build(() -> new StringJoiner(delimiter, prefix, suffix), StringJoiner::add, StringJoiner::merge,
                StringJoiner::toString);
    }

    // ---- adapters

    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> mapper,
                                                         Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> sink = downstream.accumulator();
        return new BuiltCollector<T, A, R>(downstream.supplier(), (box, t) -> sink.accept(box, mapper.apply(t)),
                downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    /** Each mapped stream is closed after its elements are passed on; a null one adds nothing. */
    public static <T, U, A, R> Collector<T, ?, R> flatMapping(Function<? super T, ? extends Stream<? extends U>> mapper,
                                                             Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> sink = downstream.accumulator();
        return new BuiltCollector<T, A, R>(downstream.supplier(), (box, t) -> {
            try (Stream<? extends U> part = mapper.apply(t)) {
                if (part != null) part.sequential().forEach(u -> sink.accept(box, u));
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> predicate,
                                                        Collector<? super T, A, R> downstream) {
        BiConsumer<A, ? super T> sink = downstream.accumulator();
        return new BuiltCollector<T, A, R>(downstream.supplier(), (box, t) -> {
            if (predicate.test(t)) sink.accept(box, t);
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
                                                                    Function<R, RR> finisher) {
        return new BuiltCollector<>(downstream.supplier(), downstream.accumulator(), downstream.combiner(),
                downstream.finisher().andThen(finisher), withFinisher(downstream.characteristics()));
    }

    // ---- reductions

    /** A mutable cell for reductions; filled tells whether it holds a value yet. */
    private static final class Cell<V> {
        V value;
        boolean filled;

        Cell(V value, boolean filled) {
            this.value = value;
            this.filled = filled;
        }
    }

    public static <T> Collector<T, ?, Long> counting() {
        return summingLong(t -> 1L);
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.minBy(comparator));
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.maxBy(comparator));
    }

    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        return reducing(identity, Function.identity(), op);
    }

    /** op(acc, t) for each t after the first; a null result gives an empty Optional. */
    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        return build(() -> new Cell<T>(null, false), (cell, t) -> {
            cell.value = cell.filled ? op.apply(cell.value, t) : t;
            cell.filled = true;
        }, (a, b) -> {
            if (b.filled) {
                a.value = a.filled ? op.apply(a.value, b.value) : b.value;
                a.filled = true;
            }
            return a;
        }, cell -> Optional.ofNullable(cell.value));
    }

    public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> mapper,
                                                    BinaryOperator<U> op) {
        return build(() -> new Cell<U>(identity, true), (cell, t) -> cell.value = op.apply(cell.value, mapper.apply(t)),
                (a, b) -> {
                    a.value = op.apply(a.value, b.value);
                    return a;
                }, cell -> cell.value);
    }

    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> mapper) {
        return build(() -> new int[1], (sum, t) -> sum[0] += mapper.applyAsInt(t), (a, b) -> {
            a[0] += b[0];
            return a;
        }, sum -> sum[0]);
    }

    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> mapper) {
        return build(() -> new long[1], (sum, t) -> sum[0] += mapper.applyAsLong(t), (a, b) -> {
            a[0] += b[0];
            return a;
        }, sum -> sum[0]);
    }

    /** Compensated, like DoubleStream.sum. */
    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {
        return build(CompensatedSum::new, (sum, t) -> sum.add(mapper.applyAsDouble(t)), (a, b) -> {
            a.merge(b);
            return a;
        }, CompensatedSum::value);
    }

    /** {count, sum}; the mean is sum / count, or 0 for no elements. */
    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> mapper) {
        return averagingLong(t -> mapper.applyAsInt(t));
    }

    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {
        return build(() -> new long[2], (acc, t) -> {
            acc[0]++;
            acc[1] += mapper.applyAsLong(t);
        }, (a, b) -> {
            a[0] += b[0];
            a[1] += b[1];
            return a;
        }, acc -> acc[0] == 0 ? 0.0d : (double) acc[1] / acc[0]);
    }

    /** Compensated, like DoubleStream.average; 0 for no elements. */
    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {
        return build(CompensatedSum::new, (sum, t) -> sum.add(mapper.applyAsDouble(t)), (a, b) -> {
            a.merge(b);
            return a;
        }, CompensatedSum::average);
    }

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> mapper) {
        return BuiltCollector.<T, IntSummaryStatistics, IntSummaryStatistics>identity(IntSummaryStatistics::new,
                (st, t) -> st.accept(mapper.applyAsInt(t)), (a, b) -> {
                    a.combine(b);
                    return a;
                }, RESULT_IS_CONTAINER);
    }

    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(ToLongFunction<? super T> mapper) {
        return BuiltCollector.<T, LongSummaryStatistics, LongSummaryStatistics>identity(LongSummaryStatistics::new,
                (st, t) -> st.accept(mapper.applyAsLong(t)), (a, b) -> {
                    a.combine(b);
                    return a;
                }, RESULT_IS_CONTAINER);
    }

    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(ToDoubleFunction<? super T> mapper) {
        return BuiltCollector.<T, DoubleSummaryStatistics, DoubleSummaryStatistics>identity(DoubleSummaryStatistics::new,
                (st, t) -> st.accept(mapper.applyAsDouble(t)), (a, b) -> {
                    a.combine(b);
                    return a;
                }, RESULT_IS_CONTAINER);
    }

    // ---- grouping

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, HashMap::new, toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
                                                                    Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, HashMap::new, downstream);
    }

    /**
     * Groups into the factory's map, one downstream container per key (made on the key's first element);
     * at the end each container is replaced by its finished result, unless the downstream has none.
     */
    @SuppressWarnings("unchecked")
    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {
        Supplier<A> newContainer = downstream.supplier();
        BiConsumer<A, ? super T> sink = downstream.accumulator();
        BinaryOperator<A> join = downstream.combiner();
        Supplier<Map<K, A>> groups = (Supplier<Map<K, A>>) (Supplier<?>) mapFactory;
        BiConsumer<Map<K, A>, T> accumulator = (groupsSoFar, t) -> {
            K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
            sink.accept(groupsSoFar.computeIfAbsent(key, k -> newContainer.get()), t);
        };
        BinaryOperator<Map<K, A>> combiner = (a, b) -> {
            for (Map.Entry<K, A> e : b.entrySet()) a.merge(e.getKey(), e.getValue(), join);
            return a;
        };
        if (downstream.characteristics().contains(Characteristics.IDENTITY_FINISH))
            return new BuiltCollector<>(groups, accumulator, combiner, m -> (M) m, RESULT_IS_CONTAINER);
        Function<A, D> finish = downstream.finisher();
        return new BuiltCollector<>(groups, accumulator, combiner, m -> {
            ((Map<K, Object>) (Map<K, ?>) m).replaceAll((k, container) -> finish.apply((A) container));
            return (M) m;
        }, NONE);
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, toList());
    }

    /** Always both keys; the map iterates false first and cannot be changed. */
    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate,
                                                                          Collector<? super T, A, D> downstream) {
        Supplier<A> newContainer = downstream.supplier();
        BiConsumer<A, ? super T> sink = downstream.accumulator();
        BinaryOperator<A> join = downstream.combiner();
        Supplier<TwoWay<A>> start = () -> new TwoWay<>(newContainer.get(), newContainer.get());
        BiConsumer<TwoWay<A>, T> accumulator = (split, t) -> sink.accept(predicate.test(t) ? split.yes : split.no, t);
        BinaryOperator<TwoWay<A>> combiner = (a, b) -> new TwoWay<>(join.apply(a.no, b.no), join.apply(a.yes, b.yes));
        if (downstream.characteristics().contains(Characteristics.IDENTITY_FINISH)) {
            return new BuiltCollector<T, TwoWay<A>, Map<Boolean, D>>(start, accumulator, combiner, split -> {
                @SuppressWarnings("unchecked") TwoWay<D> done = (TwoWay<D>) split;
                return done;
            }, RESULT_IS_CONTAINER);
        }
        Function<A, D> finish = downstream.finisher();
        return new BuiltCollector<T, TwoWay<A>, Map<Boolean, D>>(start, accumulator, combiner,
                split -> new TwoWay<>(finish.apply(split.no), finish.apply(split.yes)), NONE);
    }

    /** The map partitioningBy returns: exactly the keys false and true, in that order. */
    private static final class TwoWay<V> extends AbstractMap<Boolean, V> {
        final V no;
        final V yes;

        TwoWay(V no, V yes) {
            this.no = no;
            this.yes = yes;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof Boolean;
        }

        @Override
        public V get(Object key) {
            return key instanceof Boolean b ? (b ? yes : no) : null;
        }

        @Override
        public Set<Map.Entry<Boolean, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return 2;
                }

                @Override
                public Iterator<Map.Entry<Boolean, V>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < 2;
                        }

                        @Override
                        public Map.Entry<Boolean, V> next() {
                            if (next >= 2) throw new NoSuchElementException();
                            boolean key = next++ == 1;
                            return new SimpleImmutableEntry<>(key, key ? yes : no);
                        }
                    };
                }
            };
        }
    }

    // ---- maps

    /** Null values are rejected; a repeated key is an IllegalStateException naming it and both values. */
    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
                                                            Function<? super T, ? extends U> valueMapper) {
        return BuiltCollector.<T, Map<K, U>, Map<K, U>>identity(HashMap::new, (map, t) -> {
            K key = keyMapper.apply(t);
            U value = Objects.requireNonNull(valueMapper.apply(t));
            putNew(map, key, value);
        }, (a, b) -> {
            for (Map.Entry<K, U> e : b.entrySet()) putNew(a, e.getKey(), e.getValue());
            return a;
        }, RESULT_IS_CONTAINER);
    }

    private static <K, U> void putNew(Map<K, U> map, K key, U value) {
        U old = map.putIfAbsent(key, value);
        if (old != null) {
            throw new IllegalStateException("Duplicate key " + key + " (attempted merging values " + old + " and "
                    + value + ")");
        }
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
                                                                        Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        return frozen(toMap(keyMapper, valueMapper));
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
                                                            Function<? super T, ? extends U> valueMapper,
                                                            BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, HashMap::new);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
                                                                        Function<? super T, ? extends U> valueMapper,
                                                                        BinaryOperator<U> mergeFunction) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        Objects.requireNonNull(mergeFunction, "mergeFunction");
        return frozen(toMap(keyMapper, valueMapper, mergeFunction));
    }

    /** c, then an unmodifiable copy of its map (which rejects null keys and values). */
    private static <T, A, K, U> Collector<T, A, Map<K, U>> frozen(Collector<T, A, Map<K, U>> c) {
        return collectingAndThen(c, Map::copyOf);
    }

    /** Values for a repeated key are combined with Map.merge (a null result removes the key). */
    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> keyMapper,
                                                                         Function<? super T, ? extends U> valueMapper,
                                                                         BinaryOperator<U> mergeFunction,
                                                                         Supplier<M> mapFactory) {
        return BuiltCollector.<T, M, M>identity(mapFactory,
                (map, t) -> map.merge(keyMapper.apply(t), valueMapper.apply(t), mergeFunction), (a, b) -> {
                    for (Map.Entry<K, U> e : b.entrySet()) a.merge(e.getKey(), e.getValue(), mergeFunction);
                    return a;
                }, RESULT_IS_CONTAINER);
    }

    // ---- two at once

    /** Every element goes to downstream1, then to downstream2; merger joins their results. */
    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
                                                          Collector<? super T, ?, R2> downstream2,
                                                          BiFunction<? super R1, ? super R2, R> merger) {
        Objects.requireNonNull(downstream1, "downstream1");
        Objects.requireNonNull(downstream2, "downstream2");
        Objects.requireNonNull(merger, "merger");
        return Tee.of(downstream1, downstream2, merger);
    }

    /** The pair of containers teeing collects into. */
    private static final class Tee<A1, A2> {
        A1 left;
        A2 right;

        Tee(A1 left, A2 right) {
            this.left = left;
            this.right = right;
        }

        static <T, A1, A2, R1, R2, R> Collector<T, ?, R> of(Collector<? super T, A1, R1> c1,
                                                            Collector<? super T, A2, R2> c2,
                                                            BiFunction<? super R1, ? super R2, R> merger) {
            Supplier<A1> s1 = c1.supplier();
            Supplier<A2> s2 = c2.supplier();
            BiConsumer<A1, ? super T> acc1 = c1.accumulator();
            BiConsumer<A2, ? super T> acc2 = c2.accumulator();
            BinaryOperator<A1> comb1 = c1.combiner();
            BinaryOperator<A2> comb2 = c2.combiner();
            Function<A1, R1> fin1 = c1.finisher();
            Function<A2, R2> fin2 = c2.finisher();
            Set<Characteristics> both = EnumSet.noneOf(Characteristics.class);
            for (Characteristics c : new Characteristics[]{Characteristics.CONCURRENT, Characteristics.UNORDERED}) {
                if (c1.characteristics().contains(c) && c2.characteristics().contains(c)) both.add(c);
            }
            return new BuiltCollector<T, Tee<A1, A2>, R>(() -> new Tee<>(s1.get(), s2.get()), (tee, t) -> {
                acc1.accept(tee.left, t);
                acc2.accept(tee.right, t);
            }, (a, b) -> {
                a.left = comb1.apply(a.left, b.left);
                a.right = comb2.apply(a.right, b.right);
                return a;
            }, tee -> merger.apply(fin1.apply(tee.left), fin2.apply(tee.right)),
                    both.isEmpty() ? NONE : Collections.unmodifiableSet(both));
        }
    }
}
