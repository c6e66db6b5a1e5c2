package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.IntSummaryStatistics;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.function.IntToLongFunction;
import java.util.function.IntToDoubleFunction;

/** The int counterpart of RefPipeline: a pull-based sequential IntStream. */
final class IntPipeline implements IntStream {
    final PipelineState state;
    private final Supplier<? extends PrimitiveIterator.OfInt> source;
    final LongSupplier size;
    private boolean linked;

    IntPipeline(PipelineState state, Supplier<? extends PrimitiveIterator.OfInt> source, LongSupplier size) {
        this.state = state;
        this.source = source;
        this.size = size;
    }

    // ---------------------------------------------------------------- sources

    static IntPipeline ofArray(int[] array, int from, int to) {
        int n = to - from;
        return new IntPipeline(new PipelineState(), () -> new PrimitiveIterator.OfInt() {
            int i = from;

            public boolean hasNext() {
                return i < to;
            }

            public int nextInt() {
                if (i >= to) throw new NoSuchElementException();
                return array[i++];
            }
        }, () -> n);
    }

    static IntPipeline range(int startInclusive, int endExclusive) {
        long n = startInclusive < endExclusive ? (long) endExclusive - startInclusive : 0;
        return new IntPipeline(new PipelineState(), () -> new PrimitiveIterator.OfInt() {
            int next = startInclusive;
            boolean done = startInclusive >= endExclusive;

            public boolean hasNext() {
                return !done;
            }

            public int nextInt() {
                if (done) throw new NoSuchElementException();
                int v = next;
                if (v == endExclusive - 1) done = true;
                else next = v + 1;
                return v;
            }
        }, () -> n);
    }

    static IntPipeline rangeClosed(int startInclusive, int endInclusive) {
        long n = startInclusive <= endInclusive ? (long) endInclusive - startInclusive + 1 : 0;
        return new IntPipeline(new PipelineState(), () -> new PrimitiveIterator.OfInt() {
            int next = startInclusive;
            boolean done = startInclusive > endInclusive;

            public boolean hasNext() {
                return !done;
            }

            public int nextInt() {
                if (done) throw new NoSuchElementException();
                int v = next;
                if (v == endInclusive) done = true;
                else next = v + 1;
                return v;
            }
        }, () -> n);
    }

    static IntPipeline iterate(int seed, IntPredicate hasNext, IntUnaryOperator f) {
        return new IntPipeline(new PipelineState(), () -> new IntLookahead() {
            int prev;
            boolean started, finished;

            boolean advance() {
                if (finished) return false;
                int t;
                if (started) {
                    t = f.applyAsInt(prev);
                } else {
                    t = seed;
                    started = true;
                }
                if (hasNext != null && !hasNext.test(t)) {
                    finished = true;
                    return false;
                }
                emit(prev = t);
                return true;
            }
        }, null);
    }

    static IntPipeline generate(IntSupplier s) {
        return new IntPipeline(new PipelineState(), () -> new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return true;
            }

            public int nextInt() {
                return s.getAsInt();
            }
        }, null);
    }

    static IntStream concat(IntStream a, IntStream b) {
        IntPipeline pa = adapt(a);
        IntPipeline pb = adapt(b);
        pa.link();
        pb.link();
        LongSupplier size = null;
        if (pa.size != null && pb.size != null) {
            LongSupplier sa = pa.size, sb = pb.size;
            size = () -> sa.getAsLong() + sb.getAsLong();
        }
        Supplier<? extends PrimitiveIterator.OfInt> srcA = pa.source, srcB = pb.source;
        IntPipeline r = new IntPipeline(new PipelineState(), () -> {
            PrimitiveIterator.OfInt x = srcA.get(), y = srcB.get();
            return new PrimitiveIterator.OfInt() {
                public boolean hasNext() {
                    return x.hasNext() || y.hasNext();
                }

                public int nextInt() {
                    return x.hasNext() ? x.nextInt() : y.nextInt();
                }
            };
        }, size);
        r.state.parallel = pa.state.parallel || pb.state.parallel;
        r.state.addCloseAction(PipelineState.composedClose(pa, pb));
        return r;
    }

    static IntPipeline adapt(IntStream s) {
        if (s instanceof IntPipeline p) return p;
        IntPipeline r = new IntPipeline(new PipelineState(), s::iterator, null);
        r.state.addCloseAction(s::close);
        return r;
    }

    // ---------------------------------------------------------------- plumbing

    void link() {
        if (linked || state.closed) throw new IllegalStateException(PipelineState.MSG_STREAM_LINKED);
        linked = true;
    }

    PrimitiveIterator.OfInt start() {
        link();
        return source.get();
    }

    private IntPipeline then(Function<PrimitiveIterator.OfInt, PrimitiveIterator.OfInt> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfInt> src = source;
        return new IntPipeline(state, () -> op.apply(src.get()), newSize);
    }

    private <R> RefPipeline<R> thenRef(Function<PrimitiveIterator.OfInt, Iterator<R>> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfInt> src = source;
        return new RefPipeline<>(state, () -> op.apply(src.get()), newSize);
    }

    private LongPipeline thenLong(Function<PrimitiveIterator.OfInt, PrimitiveIterator.OfLong> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfInt> src = source;
        return new LongPipeline(state, () -> op.apply(src.get()), newSize);
    }

    private DoublePipeline thenDouble(Function<PrimitiveIterator.OfInt, PrimitiveIterator.OfDouble> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfInt> src = source;
        return new DoublePipeline(state, () -> op.apply(src.get()), newSize);
    }

    /** Computes elements ahead by one, on demand. */
    abstract static class IntLookahead implements PrimitiveIterator.OfInt {
        private int item;
        private boolean ready;
        private boolean done;

        abstract boolean advance();

        final void emit(int e) {
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

        public final int nextInt() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = false;
            return item;
        }
    }

    // ---------------------------------------------------------------- BaseStream

    public PrimitiveIterator.OfInt iterator() {
        return start();
    }

    public boolean isParallel() {
        return state.parallel;
    }

    public IntStream sequential() {
        state.parallel = false;
        return this;
    }

    public IntStream parallel() {
        state.parallel = true;
        return this;
    }

    public IntStream unordered() {
        return then(it -> it, size);
    }

    public IntStream onClose(Runnable closeHandler) {
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

    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new IntLookahead() {
            boolean advance() {
                while (up.hasNext()) {
                    int t = up.nextInt();
                    if (predicate.test(t)) {
                        emit(t);
                        return true;
                    }
                }
                return false;
            }
        }, null);
    }

    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(up.nextInt());
            }
        }, size);
    }

    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return thenRef(up -> new Iterator<U>() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public U next() {
                return mapper.apply(up.nextInt());
            }
        }, size);
    }

    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return thenLong(up -> new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(up.nextInt());
            }
        }, size);
    }

    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return thenDouble(up -> new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(up.nextInt());
            }
        }, size);
    }

    public LongStream asLongStream() {
        return mapToLong(v -> (long) v);
    }

    public DoubleStream asDoubleStream() {
        return mapToDouble(v -> (double) v);
    }

    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new IntLookahead() {
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
                    IntStream s = mapper.apply(up.nextInt());
                    if (s != null) {
                        current = s;
                        it = s.sequential().iterator();
                    }
                }
            }
        }, null);
    }

    public IntStream mapMulti(IntStream.IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new IntLookahead() {
            int[] buffer = new int[8];
            int count, pos;

            boolean advance() {
                while (pos >= count) {
                    count = pos = 0;
                    if (!up.hasNext()) return false;
                    mapper.accept(up.nextInt(), v -> {
                        if (count == buffer.length) buffer = Arrays.copyOf(buffer, count * 2);
                        buffer[count++] = v;
                    });
                }
                emit(buffer[pos++]);
                return true;
            }
        }, null);
    }

    public IntStream distinct() {
        return then(up -> new IntLookahead() {
            final HashSet<Integer> seen = new HashSet<>();

            boolean advance() {
                while (up.hasNext()) {
                    int t = up.nextInt();
                    if (seen.add(t)) {
                        emit(t);
                        return true;
                    }
                }
                return false;
            }
        }, null);
    }

    public IntStream sorted() {
        return then(up -> new PrimitiveIterator.OfInt() {
            int[] sorted;
            int pos;

            private void fill() {
                if (sorted == null) {
                    int[] a = new int[16];
                    int n = 0;
                    while (up.hasNext()) {
                        if (n == a.length) a = Arrays.copyOf(a, n * 2);
                        a[n++] = up.nextInt();
                    }
                    a = Arrays.copyOf(a, n);
                    Arrays.sort(a);
                    sorted = a;
                }
            }

            public boolean hasNext() {
                fill();
                return pos < sorted.length;
            }

            public int nextInt() {
                if (!hasNext()) throw new NoSuchElementException();
                return sorted[pos++];
            }
        }, size);
    }

    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        return then(up -> new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public int nextInt() {
                int t = up.nextInt();
                action.accept(t);
                return t;
            }
        }, size);
    }

    public IntStream limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        return then(up -> new PrimitiveIterator.OfInt() {
            long taken;

            public boolean hasNext() {
                return taken < maxSize && up.hasNext();
            }

            public int nextInt() {
                if (taken >= maxSize) throw new NoSuchElementException();
                taken++;
                return up.nextInt();
            }
        }, RefPipeline.limitSize(size, maxSize));
    }

    public IntStream skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        if (n == 0) return then(it -> it, size);
        return then(up -> new PrimitiveIterator.OfInt() {
            boolean skipped;

            public boolean hasNext() {
                if (!skipped) {
                    skipped = true;
                    for (long i = 0; i < n && up.hasNext(); i++) up.nextInt();
                }
                return up.hasNext();
            }

            public int nextInt() {
                if (!hasNext()) throw new NoSuchElementException();
                return up.nextInt();
            }
        }, RefPipeline.skipSize(size, n));
    }

    public IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new IntLookahead() {
            boolean advance() {
                if (!up.hasNext()) return false;
                int t = up.nextInt();
                if (!predicate.test(t)) return false;
                emit(t);
                return true;
            }
        }, null);
    }

    public IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new IntLookahead() {
            boolean dropping = true;

            boolean advance() {
                while (up.hasNext()) {
                    int t = up.nextInt();
                    if (dropping && predicate.test(t)) continue;
                    dropping = false;
                    emit(t);
                    return true;
                }
                return false;
            }
        }, null);
    }

    public Stream<Integer> boxed() {
        return mapToObj(Integer::valueOf);
    }

    // ---------------------------------------------------------------- terminal operations

    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfInt it = start();
        while (it.hasNext()) action.accept(it.nextInt());
    }

    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    public int[] toArray() {
        PrimitiveIterator.OfInt it = start();
        int[] a = new int[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = it.nextInt();
        }
        return Arrays.copyOf(a, n);
    }

    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int result = identity;
        PrimitiveIterator.OfInt it = start();
        while (it.hasNext()) result = op.applyAsInt(result, it.nextInt());
        return result;
    }

    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfInt it = start();
        if (!it.hasNext()) return OptionalInt.empty();
        int result = it.nextInt();
        while (it.hasNext()) result = op.applyAsInt(result, it.nextInt());
        return OptionalInt.of(result);
    }

    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        PrimitiveIterator.OfInt it = start();
        R container = supplier.get();
        while (it.hasNext()) accumulator.accept(container, it.nextInt());
        return container;
    }

    public int sum() {
        return reduce(0, Integer::sum);
    }

    public OptionalDouble average() {
        IntSummaryStatistics all = summaryStatistics();
        return all.getCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(all.getAverage());
    }

    public OptionalInt min() {
        return reduce(Math::min);
    }

    public OptionalInt max() {
        return reduce(Math::max);
    }

    public long count() {
        if (size != null) {
            link();
            return size.getAsLong();
        }
        long n = 0;
        PrimitiveIterator.OfInt it = start();
        while (it.hasNext()) {
            it.nextInt();
            n++;
        }
        return n;
    }

    public IntSummaryStatistics summaryStatistics() {
        return collect(IntSummaryStatistics::new, IntSummaryStatistics::accept, IntSummaryStatistics::combine);
    }

    public boolean anyMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfInt it = start();
        while (it.hasNext()) if (predicate.test(it.nextInt())) return true;
        return false;
    }

    public boolean allMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfInt it = start();
        while (it.hasNext()) if (!predicate.test(it.nextInt())) return false;
        return true;
    }

    public boolean noneMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfInt it = start();
        while (it.hasNext()) if (predicate.test(it.nextInt())) return false;
        return true;
    }

    public OptionalInt findFirst() {
        PrimitiveIterator.OfInt it = start();
        return it.hasNext() ? OptionalInt.of(it.nextInt()) : OptionalInt.empty();
    }

    public OptionalInt findAny() {
        return findFirst();
    }

    static final class Builder implements IntStream.Builder {
        private int[] buffer = new int[8];
        private int count;
        private boolean built;

        public void accept(int t) {
            if (built) throw new IllegalStateException();
            if (count == buffer.length) buffer = Arrays.copyOf(buffer, count * 2);
            buffer[count++] = t;
        }

        public IntStream build() {
            if (built) throw new IllegalStateException();
            built = true;
            return ofArray(buffer, 0, count);
        }
    }
}
