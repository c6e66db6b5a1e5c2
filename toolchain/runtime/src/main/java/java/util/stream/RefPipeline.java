package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * A sequential object stream evaluated by pulling elements through a chain of iterators. The source
 * iterator is created when the terminal operation starts (so a collection is read then, as the JDK's
 * late-binding spliterators do); each stage asks its upstream for an element only when it needs one,
 * which gives the JDK's interleaving of per-element side effects and its short-circuiting.
 * A stage also knows its exact size when the JDK would (a sized source through size-preserving
 * stages): count() then answers without running the pipeline, as the JDK does.
 */
final class RefPipeline<T> implements Stream<T> {
    final PipelineState state;
    private final Supplier<? extends Iterator<T>> source;
    /** The exact element count, or null when unknown. */
    final LongSupplier size;
    private boolean linked;

    RefPipeline(PipelineState state, Supplier<? extends Iterator<T>> source, LongSupplier size) {
        this.state = state;
        this.source = source;
        this.size = size;
    }

    // ---------------------------------------------------------------- sources

    static <T> RefPipeline<T> ofCollection(Collection<T> c, boolean sized) {
        return new RefPipeline<>(new PipelineState(), c::iterator, sized ? c::size : null);
    }

    @SuppressWarnings("unchecked")
    static <T> RefPipeline<T> ofArray(Object[] array, int from, int to) {
        int n = to - from;
        return new RefPipeline<>(new PipelineState(), () -> new Iterator<T>() {
            int i = from;

            public boolean hasNext() {
                return i < to;
            }

            public T next() {
                if (i >= to) throw new NoSuchElementException();
                return (T) array[i++];
            }
        }, () -> n);
    }

    static <T> RefPipeline<T> ofIterator(Supplier<? extends Iterator<T>> it, LongSupplier size) {
        return new RefPipeline<>(new PipelineState(), it, size);
    }

    static <T> RefPipeline<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> f) {
        return new RefPipeline<>(new PipelineState(), () -> new Iterator<T>() {
            T prev;
            boolean started, finished, ready;
            T nextItem;

            public boolean hasNext() {
                if (ready) return true;
                if (finished) return false;
                T t;
                if (started) {
                    t = f.apply(prev);
                } else {
                    t = seed;
                    started = true;
                }
                if (hasNext != null && !hasNext.test(t)) {
                    prev = null;
                    finished = true;
                    return false;
                }
                nextItem = prev = t;
                ready = true;
                return true;
            }

            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                ready = false;
                return nextItem;
            }
        }, null);
    }

    static <T> RefPipeline<T> generate(Supplier<? extends T> s) {
        return new RefPipeline<>(new PipelineState(), () -> new Iterator<T>() {
            public boolean hasNext() {
                return true;
            }

            public T next() {
                return s.get();
            }
        }, null);
    }

    @SuppressWarnings("unchecked")
    static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {
        RefPipeline<T> pa = (RefPipeline<T>) adapt(a);
        RefPipeline<T> pb = (RefPipeline<T>) adapt(b);
        pa.link();
        pb.link();
        LongSupplier size = null;
        if (pa.size != null && pb.size != null) {
            LongSupplier sa = pa.size, sb = pb.size;
            size = () -> sa.getAsLong() + sb.getAsLong();
        }
        RefPipeline<T> r = new RefPipeline<>(new PipelineState(),
                () -> concatIterator(pa.source.get(), pb.source.get()), size);
        r.state.parallel = pa.state.parallel || pb.state.parallel;
        r.state.addCloseAction(PipelineState.composedClose(pa, pb));
        return r;
    }

    static <T> Iterator<T> concatIterator(Iterator<T> a, Iterator<T> b) {
        return new Iterator<T>() {
            public boolean hasNext() {
                return a.hasNext() || b.hasNext();
            }

            public T next() {
                return a.hasNext() ? a.next() : b.next();
            }
        };
    }

    /** Any Stream as a RefPipeline: foreign implementations are read through their iterator. */
    @SuppressWarnings("unchecked")
    static <T> RefPipeline<T> adapt(Stream<? extends T> s) {
        if (s instanceof RefPipeline) return (RefPipeline<T>) s;
        RefPipeline<T> r = new RefPipeline<>(new PipelineState(), () -> (Iterator<T>) s.iterator(), null);
        r.state.addCloseAction(s::close);
        return r;
    }

    // ---------------------------------------------------------------- plumbing

    void link() {
        if (linked || state.closed) throw new IllegalStateException(PipelineState.MSG_STREAM_LINKED);
        linked = true;
    }

    /** Starts the terminal operation: the iterator over this stage's elements. */
    Iterator<T> start() {
        link();
        return source.get();
    }

    private <R> RefPipeline<R> then(Function<Iterator<T>, Iterator<R>> op, LongSupplier newSize) {
        link();
        Supplier<? extends Iterator<T>> src = source;
        return new RefPipeline<>(state, () -> op.apply(src.get()), newSize);
    }

    private IntPipeline thenInt(Function<Iterator<T>, PrimitiveIterator.OfInt> op, LongSupplier newSize) {
        link();
        Supplier<? extends Iterator<T>> src = source;
        return new IntPipeline(state, () -> op.apply(src.get()), newSize);
    }

    private LongPipeline thenLong(Function<Iterator<T>, PrimitiveIterator.OfLong> op, LongSupplier newSize) {
        link();
        Supplier<? extends Iterator<T>> src = source;
        return new LongPipeline(state, () -> op.apply(src.get()), newSize);
    }

    private DoublePipeline thenDouble(Function<Iterator<T>, PrimitiveIterator.OfDouble> op, LongSupplier newSize) {
        link();
        Supplier<? extends Iterator<T>> src = source;
        return new DoublePipeline(state, () -> op.apply(src.get()), newSize);
    }

    /** An iterator that computes its elements ahead by one, on demand. */
    abstract static class Lookahead<E> implements Iterator<E> {
        private E item;
        private boolean ready;
        private boolean done;

        /** Produces the next element through emit, or returns false at the end. */
        abstract boolean advance();

        final void emit(E e) {
            item = e;
            ready = true;
        }

        public final boolean hasNext() {
            while (!ready) {
                if (done) return false;
                if (!advance()) {
                    done = true;
                    return false;
                }
            }
            return true;
        }

        public final E next() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = false;
            E e = item;
            item = null;
            return e;
        }
    }

    static LongSupplier limitSize(LongSupplier size, long maxSize) {
        return size == null ? null : () -> Math.min(size.getAsLong(), maxSize);
    }

    static LongSupplier skipSize(LongSupplier size, long n) {
        return size == null ? null : () -> Math.max(0, size.getAsLong() - n);
    }

    // ---------------------------------------------------------------- BaseStream

    public Iterator<T> iterator() {
        return start();
    }

    public boolean isParallel() {
        return state.parallel;
    }

    public Stream<T> sequential() {
        state.parallel = false;
        return this;
    }

    public Stream<T> parallel() {
        state.parallel = true;
        return this;
    }

    public Stream<T> unordered() {
        return then(it -> it, size);
    }

    public Stream<T> onClose(Runnable closeHandler) {
        if (linked || state.closed) throw new IllegalStateException(PipelineState.MSG_STREAM_LINKED);
        Objects.requireNonNull(closeHandler);
        state.addCloseAction(closeHandler);
        return this;
    }

    public void close() {
        linked = true;
        state.close();
    }

    // ---------------------------------------------------------------- intermediate operations

    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new Lookahead<T>() {
            boolean advance() {
                while (up.hasNext()) {
                    T t = up.next();
                    if (predicate.test(t)) {
                        emit(t);
                        return true;
                    }
                }
                return false;
            }
        }, null);
    }

    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new Iterator<R>() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public R next() {
                return mapper.apply(up.next());
            }
        }, size);
    }

    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return thenInt(up -> new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(up.next());
            }
        }, size);
    }

    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return thenLong(up -> new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(up.next());
            }
        }, size);
    }

    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return thenDouble(up -> new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(up.next());
            }
        }, size);
    }

    /** Elements of the streams mapper returns, in order; each inner stream is closed once drained. */
    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new Lookahead<R>() {
            Stream<? extends R> current;
            Iterator<? extends R> it;

            boolean advance() {
                while (true) {
                    if (it != null) {
                        if (it.hasNext()) {
                            emit(it.next());
                            return true;
                        }
                        Stream<? extends R> s = current;
                        current = null;
                        it = null;
                        s.close();
                    }
                    if (!up.hasNext()) return false;
                    Stream<? extends R> s = mapper.apply(up.next());
                    if (s != null) {
                        current = s;
                        it = s.sequential().iterator();
                    }
                }
            }
        }, null);
    }

    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return thenInt(up -> new IntPipeline.IntLookahead() {
            IntStream current;
            PrimitiveIterator.OfInt it;

            boolean advance() {
                while (true) {
                    if (it != null) {
                        if (it.hasNext()) {
                            emit(it.nextInt());
                            return true;
                        }
                        IntStream s = current;
                        current = null;
                        it = null;
                        s.close();
                    }
                    if (!up.hasNext()) return false;
                    IntStream s = mapper.apply(up.next());
                    if (s != null) {
                        current = s;
                        it = s.sequential().iterator();
                    }
                }
            }
        }, null);
    }

    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return thenLong(up -> new LongPipeline.LongLookahead() {
            LongStream current;
            PrimitiveIterator.OfLong it;

            boolean advance() {
                while (true) {
                    if (it != null) {
                        if (it.hasNext()) {
                            emit(it.nextLong());
                            return true;
                        }
                        LongStream s = current;
                        current = null;
                        it = null;
                        s.close();
                    }
                    if (!up.hasNext()) return false;
                    LongStream s = mapper.apply(up.next());
                    if (s != null) {
                        current = s;
                        it = s.sequential().iterator();
                    }
                }
            }
        }, null);
    }

    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return thenDouble(up -> new DoublePipeline.DoubleLookahead() {
            DoubleStream current;
            PrimitiveIterator.OfDouble it;

            boolean advance() {
                while (true) {
                    if (it != null) {
                        if (it.hasNext()) {
                            emit(it.nextDouble());
                            return true;
                        }
                        DoubleStream s = current;
                        current = null;
                        it = null;
                        s.close();
                    }
                    if (!up.hasNext()) return false;
                    DoubleStream s = mapper.apply(up.next());
                    if (s != null) {
                        current = s;
                        it = s.sequential().iterator();
                    }
                }
            }
        }, null);
    }

    /** mapMulti: the mapper's outputs for one element are buffered, then handed on in order. */
    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new Lookahead<R>() {
            final ArrayList<R> buffer = new ArrayList<>();
            int pos;

            boolean advance() {
                while (pos >= buffer.size()) {
                    buffer.clear();
                    pos = 0;
                    if (!up.hasNext()) return false;
                    mapper.accept(up.next(), (Consumer<R>) buffer::add);
                }
                emit(buffer.get(pos++));
                return true;
            }
        }, null);
    }

    public IntStream mapMultiToInt(BiConsumer<? super T, ? super IntConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return thenInt(up -> new IntPipeline.IntLookahead() {
            int[] buffer = new int[8];
            int count, pos;

            boolean advance() {
                while (pos >= count) {
                    count = pos = 0;
                    if (!up.hasNext()) return false;
                    mapper.accept(up.next(), (IntConsumer) v -> {
                        if (count == buffer.length) buffer = Arrays.copyOf(buffer, count * 2);
                        buffer[count++] = v;
                    });
                }
                emit(buffer[pos++]);
                return true;
            }
        }, null);
    }

    public LongStream mapMultiToLong(BiConsumer<? super T, ? super LongConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return thenLong(up -> new LongPipeline.LongLookahead() {
            long[] buffer = new long[8];
            int count, pos;

            boolean advance() {
                while (pos >= count) {
                    count = pos = 0;
                    if (!up.hasNext()) return false;
                    mapper.accept(up.next(), (LongConsumer) v -> {
                        if (count == buffer.length) buffer = Arrays.copyOf(buffer, count * 2);
                        buffer[count++] = v;
                    });
                }
                emit(buffer[pos++]);
                return true;
            }
        }, null);
    }

    public DoubleStream mapMultiToDouble(BiConsumer<? super T, ? super DoubleConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return thenDouble(up -> new DoublePipeline.DoubleLookahead() {
            double[] buffer = new double[8];
            int count, pos;

            boolean advance() {
                while (pos >= count) {
                    count = pos = 0;
                    if (!up.hasNext()) return false;
                    mapper.accept(up.next(), (DoubleConsumer) v -> {
                        if (count == buffer.length) buffer = Arrays.copyOf(buffer, count * 2);
                        buffer[count++] = v;
                    });
                }
                emit(buffer[pos++]);
                return true;
            }
        }, null);
    }

    public Stream<T> distinct() {
        return then(up -> new Lookahead<T>() {
            final HashSet<T> seen = new HashSet<>();
            boolean seenNull;

            boolean advance() {
                while (up.hasNext()) {
                    T t = up.next();
                    if (t == null) {
                        if (!seenNull) {
                            seenNull = true;
                            emit(null);
                            return true;
                        }
                    } else if (seen.add(t)) {
                        emit(t);
                        return true;
                    }
                }
                return false;
            }
        }, null);
    }

    public Stream<T> sorted() {
        return sorted(null);
    }

    /** A barrier: the first request drains upstream, sorts stably, then hands out the result. */
    @SuppressWarnings("unchecked")
    public Stream<T> sorted(Comparator<? super T> comparator) {
        return then(up -> new Iterator<T>() {
            Object[] sorted;
            int pos;

            private void fill() {
                if (sorted == null) {
                    ArrayList<T> all = new ArrayList<>();
                    while (up.hasNext()) all.add(up.next());
                    Object[] a = all.toArray();
                    Arrays.sort(a, (Comparator<Object>) comparator);
                    sorted = a;
                }
            }

            public boolean hasNext() {
                fill();
                return pos < sorted.length;
            }

            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                return (T) sorted[pos++];
            }
        }, size);
    }

    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return then(up -> new Iterator<T>() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public T next() {
                T t = up.next();
                action.accept(t);
                return t;
            }
        }, size);
    }

    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        return then(up -> new Iterator<T>() {
            long taken;

            public boolean hasNext() {
                return taken < maxSize && up.hasNext();
            }

            public T next() {
                if (taken >= maxSize) throw new NoSuchElementException();
                taken++;
                return up.next();
            }
        }, limitSize(size, maxSize));
    }

    public Stream<T> skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        if (n == 0) return then(it -> it, size);
        return then(up -> new Iterator<T>() {
            boolean skipped;

            public boolean hasNext() {
                if (!skipped) {
                    skipped = true;
                    for (long i = 0; i < n && up.hasNext(); i++) up.next();
                }
                return up.hasNext();
            }

            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                return up.next();
            }
        }, skipSize(size, n));
    }

    public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new Lookahead<T>() {
            boolean advance() {
                if (!up.hasNext()) return false;
                T t = up.next();
                if (!predicate.test(t)) return false;
                emit(t);
                return true;
            }
        }, null);
    }

    public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new Lookahead<T>() {
            boolean dropping = true;

            boolean advance() {
                while (up.hasNext()) {
                    T t = up.next();
                    if (dropping && predicate.test(t)) continue;
                    dropping = false;
                    emit(t);
                    return true;
                }
                return false;
            }
        }, null);
    }

    // ---------------------------------------------------------------- terminal operations

    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> it = start();
        while (it.hasNext()) action.accept(it.next());
    }

    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    public Object[] toArray() {
        ArrayList<T> all = new ArrayList<>();
        Iterator<T> it = start();
        while (it.hasNext()) all.add(it.next());
        return all.toArray();
    }

    public <A> A[] toArray(IntFunction<A[]> generator) {
        Objects.requireNonNull(generator);
        Object[] all = toArray();
        A[] result = generator.apply(all.length);
        if (result.length != all.length)
            throw new IllegalStateException("Begin size " + all.length + " is not equal to fixed size " + result.length);
        // Element by element, so a wrong array type fails as the JDK's store into the array does.
        Object[] dest = result;
        for (int i = 0; i < all.length; i++) dest[i] = all[i];
        return result;
    }

    public T reduce(T identity, BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        T result = identity;
        Iterator<T> it = start();
        while (it.hasNext()) result = accumulator.apply(result, it.next());
        return result;
    }

    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Iterator<T> it = start();
        if (!it.hasNext()) return Optional.empty();
        T result = it.next();
        while (it.hasNext()) result = accumulator.apply(result, it.next());
        return Optional.of(result);
    }

    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        U result = identity;
        Iterator<T> it = start();
        while (it.hasNext()) result = accumulator.apply(result, it.next());
        return result;
    }

    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Iterator<T> it = start();
        R container = supplier.get();
        while (it.hasNext()) accumulator.accept(container, it.next());
        return container;
    }

    @SuppressWarnings("unchecked")
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Objects.requireNonNull(collector);
        Iterator<T> it = start();
        A container = collector.supplier().get();
        BiConsumer<A, ? super T> accumulator = collector.accumulator();
        while (it.hasNext()) accumulator.accept(container, it.next());
        if (collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) return (R) container;
        return collector.finisher().apply(container);
    }

    @SuppressWarnings("unchecked")
    public List<T> toList() {
        return (List<T>) java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(toArray())));
    }

    public Optional<T> min(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.minBy(comparator));
    }

    public Optional<T> max(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.maxBy(comparator));
    }

    public long count() {
        if (size != null) {
            link();
            return size.getAsLong();
        }
        long n = 0;
        Iterator<T> it = start();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    public boolean anyMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> it = start();
        while (it.hasNext()) if (predicate.test(it.next())) return true;
        return false;
    }

    public boolean allMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> it = start();
        while (it.hasNext()) if (!predicate.test(it.next())) return false;
        return true;
    }

    public boolean noneMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> it = start();
        while (it.hasNext()) if (predicate.test(it.next())) return false;
        return true;
    }

    public Optional<T> findFirst() {
        Iterator<T> it = start();
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }

    public Optional<T> findAny() {
        return findFirst();
    }

    // ---------------------------------------------------------------- builder

    static final class StreamBuilder<T> implements Stream.Builder<T> {
        private ArrayList<T> buffer = new ArrayList<>();
        private boolean built;

        public void accept(T t) {
            if (built) throw new IllegalStateException();
            buffer.add(t);
        }

        public Stream<T> build() {
            if (built) throw new IllegalStateException();
            built = true;
            return ofArray(buffer.toArray(), 0, buffer.size());
        }
    }
}
