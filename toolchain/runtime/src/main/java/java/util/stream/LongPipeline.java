package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.LongSummaryStatistics;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.LongToIntFunction;
import java.util.function.LongToDoubleFunction;

/** The long counterpart of RefPipeline: a pull-based sequential LongStream. */
final class LongPipeline implements LongStream {
    final PipelineState state;
    private final Supplier<? extends PrimitiveIterator.OfLong> source;
    final LongSupplier size;
    private boolean linked;

    LongPipeline(PipelineState state, Supplier<? extends PrimitiveIterator.OfLong> source, LongSupplier size) {
        this.state = state;
        this.source = source;
        this.size = size;
    }

    // ---------------------------------------------------------------- sources

    static LongPipeline ofArray(long[] array, int from, int to) {
        int n = to - from;
        return new LongPipeline(new PipelineState(), () -> new PrimitiveIterator.OfLong() {
            int i = from;

            public boolean hasNext() {
                return i < to;
            }

            public long nextLong() {
                if (i >= to) throw new NoSuchElementException();
                return array[i++];
            }
        }, () -> n);
    }

    static LongPipeline range(long startInclusive, long endExclusive) {
        if (startInclusive >= endExclusive) return ofArray(new long[0], 0, 0);
        return rangeClosed(startInclusive, endExclusive - 1);
    }

    static LongPipeline rangeClosed(long startInclusive, long endInclusive) {
        long n = startInclusive <= endInclusive ? endInclusive - startInclusive + 1 : 0;
        // A range longer than Long.MAX_VALUE elements has no exact size.
        LongSupplier size = (startInclusive <= endInclusive && n <= 0) ? null : () -> n;
        return new LongPipeline(new PipelineState(), () -> new PrimitiveIterator.OfLong() {
            long next = startInclusive;
            boolean done = startInclusive > endInclusive;

            public boolean hasNext() {
                return !done;
            }

            public long nextLong() {
                if (done) throw new NoSuchElementException();
                long v = next;
                if (v == endInclusive) done = true;
                else next = v + 1;
                return v;
            }
        }, size);
    }

    static LongPipeline iterate(long seed, LongPredicate hasNext, LongUnaryOperator f) {
        return new LongPipeline(new PipelineState(), () -> new LongLookahead() {
            long prev;
            boolean started, finished;

            boolean advance() {
                if (finished) return false;
                long t;
                if (started) {
                    t = f.applyAsLong(prev);
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

    static LongPipeline generate(LongSupplier s) {
        return new LongPipeline(new PipelineState(), () -> new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return true;
            }

            public long nextLong() {
                return s.getAsLong();
            }
        }, null);
    }

    static LongStream concat(LongStream a, LongStream b) {
        LongPipeline pa = adapt(a);
        LongPipeline pb = adapt(b);
        pa.link();
        pb.link();
        LongSupplier size = null;
        if (pa.size != null && pb.size != null) {
            LongSupplier sa = pa.size, sb = pb.size;
            size = () -> sa.getAsLong() + sb.getAsLong();
        }
        Supplier<? extends PrimitiveIterator.OfLong> srcA = pa.source, srcB = pb.source;
        LongPipeline r = new LongPipeline(new PipelineState(), () -> {
            PrimitiveIterator.OfLong x = srcA.get(), y = srcB.get();
            return new PrimitiveIterator.OfLong() {
                public boolean hasNext() {
                    return x.hasNext() || y.hasNext();
                }

                public long nextLong() {
                    return x.hasNext() ? x.nextLong() : y.nextLong();
                }
            };
        }, size);
        r.state.parallel = pa.state.parallel || pb.state.parallel;
        r.state.addCloseAction(PipelineState.composedClose(pa, pb));
        return r;
    }

    static LongPipeline adapt(LongStream s) {
        if (s instanceof LongPipeline p) return p;
        LongPipeline r = new LongPipeline(new PipelineState(), s::iterator, null);
        r.state.addCloseAction(s::close);
        return r;
    }

    // ---------------------------------------------------------------- plumbing

    void link() {
        if (linked || state.closed) throw new IllegalStateException(PipelineState.MSG_STREAM_LINKED);
        linked = true;
    }

    PrimitiveIterator.OfLong start() {
        link();
        return source.get();
    }

    private LongPipeline then(Function<PrimitiveIterator.OfLong, PrimitiveIterator.OfLong> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfLong> src = source;
        return new LongPipeline(state, () -> op.apply(src.get()), newSize);
    }

    private <R> RefPipeline<R> thenRef(Function<PrimitiveIterator.OfLong, Iterator<R>> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfLong> src = source;
        return new RefPipeline<>(state, () -> op.apply(src.get()), newSize);
    }

    private IntPipeline thenInt(Function<PrimitiveIterator.OfLong, PrimitiveIterator.OfInt> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfLong> src = source;
        return new IntPipeline(state, () -> op.apply(src.get()), newSize);
    }

    private DoublePipeline thenDouble(Function<PrimitiveIterator.OfLong, PrimitiveIterator.OfDouble> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfLong> src = source;
        return new DoublePipeline(state, () -> op.apply(src.get()), newSize);
    }

    /** Computes elements ahead by one, on demand. */
    abstract static class LongLookahead implements PrimitiveIterator.OfLong {
        private long item;
        private boolean ready;
        private boolean done;

        abstract boolean advance();

        final void emit(long e) {
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

        public final long nextLong() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = false;
            return item;
        }
    }

    // ---------------------------------------------------------------- BaseStream

    public PrimitiveIterator.OfLong iterator() {
        return start();
    }

    public boolean isParallel() {
        return state.parallel;
    }

    public LongStream sequential() {
        state.parallel = false;
        return this;
    }

    public LongStream parallel() {
        state.parallel = true;
        return this;
    }

    public LongStream unordered() {
        return then(it -> it, size);
    }

    public LongStream onClose(Runnable closeHandler) {
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

    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new LongLookahead() {
            boolean advance() {
                while (up.hasNext()) {
                    long t = up.nextLong();
                    if (predicate.test(t)) {
                        emit(t);
                        return true;
                    }
                }
                return false;
            }
        }, null);
    }

    public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(up.nextLong());
            }
        }, size);
    }

    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return thenRef(up -> new Iterator<U>() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public U next() {
                return mapper.apply(up.nextLong());
            }
        }, size);
    }

    public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return thenInt(up -> new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(up.nextLong());
            }
        }, size);
    }

    public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return thenDouble(up -> new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(up.nextLong());
            }
        }, size);
    }

    public DoubleStream asDoubleStream() {
        return mapToDouble(v -> (double) v);
    }

    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new LongLookahead() {
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
                    LongStream s = mapper.apply(up.nextLong());
                    if (s != null) {
                        current = s;
                        it = s.sequential().iterator();
                    }
                }
            }
        }, null);
    }

    public LongStream mapMulti(LongStream.LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new LongLookahead() {
            long[] buffer = new long[8];
            int count, pos;

            boolean advance() {
                while (pos >= count) {
                    count = pos = 0;
                    if (!up.hasNext()) return false;
                    mapper.accept(up.nextLong(), v -> {
                        if (count == buffer.length) buffer = Arrays.copyOf(buffer, count * 2);
                        buffer[count++] = v;
                    });
                }
                emit(buffer[pos++]);
                return true;
            }
        }, null);
    }

    public LongStream distinct() {
        return then(up -> new LongLookahead() {
            final HashSet<Long> seen = new HashSet<>();

            boolean advance() {
                while (up.hasNext()) {
                    long t = up.nextLong();
                    if (seen.add(t)) {
                        emit(t);
                        return true;
                    }
                }
                return false;
            }
        }, null);
    }

    public LongStream sorted() {
        return then(up -> new PrimitiveIterator.OfLong() {
            long[] sorted;
            int pos;

            private void fill() {
                if (sorted == null) {
                    long[] a = new long[16];
                    int n = 0;
                    while (up.hasNext()) {
                        if (n == a.length) a = Arrays.copyOf(a, n * 2);
                        a[n++] = up.nextLong();
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

            public long nextLong() {
                if (!hasNext()) throw new NoSuchElementException();
                return sorted[pos++];
            }
        }, size);
    }

    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        return then(up -> new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public long nextLong() {
                long t = up.nextLong();
                action.accept(t);
                return t;
            }
        }, size);
    }

    public LongStream limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        return then(up -> new PrimitiveIterator.OfLong() {
            long taken;

            public boolean hasNext() {
                return taken < maxSize && up.hasNext();
            }

            public long nextLong() {
                if (taken >= maxSize) throw new NoSuchElementException();
                taken++;
                return up.nextLong();
            }
        }, RefPipeline.limitSize(size, maxSize));
    }

    public LongStream skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        if (n == 0) return then(it -> it, size);
        return then(up -> new PrimitiveIterator.OfLong() {
            boolean skipped;

            public boolean hasNext() {
                if (!skipped) {
                    skipped = true;
                    for (long i = 0; i < n && up.hasNext(); i++) up.nextLong();
                }
                return up.hasNext();
            }

            public long nextLong() {
                if (!hasNext()) throw new NoSuchElementException();
                return up.nextLong();
            }
        }, RefPipeline.skipSize(size, n));
    }

    public LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new LongLookahead() {
            boolean advance() {
                if (!up.hasNext()) return false;
                long t = up.nextLong();
                if (!predicate.test(t)) return false;
                emit(t);
                return true;
            }
        }, null);
    }

    public LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new LongLookahead() {
            boolean dropping = true;

            boolean advance() {
                while (up.hasNext()) {
                    long t = up.nextLong();
                    if (dropping && predicate.test(t)) continue;
                    dropping = false;
                    emit(t);
                    return true;
                }
                return false;
            }
        }, null);
    }

    public Stream<Long> boxed() {
        return mapToObj(Long::valueOf);
    }

    // ---------------------------------------------------------------- terminal operations

    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfLong it = start();
        while (it.hasNext()) action.accept(it.nextLong());
    }

    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    public long[] toArray() {
        PrimitiveIterator.OfLong it = start();
        long[] a = new long[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = it.nextLong();
        }
        return Arrays.copyOf(a, n);
    }

    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long result = identity;
        PrimitiveIterator.OfLong it = start();
        while (it.hasNext()) result = op.applyAsLong(result, it.nextLong());
        return result;
    }

    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfLong it = start();
        if (!it.hasNext()) return OptionalLong.empty();
        long result = it.nextLong();
        while (it.hasNext()) result = op.applyAsLong(result, it.nextLong());
        return OptionalLong.of(result);
    }

    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        PrimitiveIterator.OfLong it = start();
        R container = supplier.get();
        while (it.hasNext()) accumulator.accept(container, it.nextLong());
        return container;
    }

    public long sum() {
        return reduce(0, Long::sum);
    }

    public OptionalDouble average() {
        LongSummaryStatistics all = summaryStatistics();
        return all.getCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(all.getAverage());
    }

    public OptionalLong min() {
        return reduce(Math::min);
    }

    public OptionalLong max() {
        return reduce(Math::max);
    }

    public long count() {
        if (size != null) {
            link();
            return size.getAsLong();
        }
        long n = 0;
        PrimitiveIterator.OfLong it = start();
        while (it.hasNext()) {
            it.nextLong();
            n++;
        }
        return n;
    }

    public LongSummaryStatistics summaryStatistics() {
        return collect(LongSummaryStatistics::new, LongSummaryStatistics::accept, LongSummaryStatistics::combine);
    }

    public boolean anyMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfLong it = start();
        while (it.hasNext()) if (predicate.test(it.nextLong())) return true;
        return false;
    }

    public boolean allMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfLong it = start();
        while (it.hasNext()) if (!predicate.test(it.nextLong())) return false;
        return true;
    }

    public boolean noneMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfLong it = start();
        while (it.hasNext()) if (predicate.test(it.nextLong())) return false;
        return true;
    }

    public OptionalLong findFirst() {
        PrimitiveIterator.OfLong it = start();
        return it.hasNext() ? OptionalLong.of(it.nextLong()) : OptionalLong.empty();
    }

    public OptionalLong findAny() {
        return findFirst();
    }

    static final class Builder implements LongStream.Builder {
        private long[] buffer = new long[8];
        private int count;
        private boolean built;

        public void accept(long t) {
            if (built) throw new IllegalStateException();
            if (count == buffer.length) buffer = Arrays.copyOf(buffer, count * 2);
            buffer[count++] = t;
        }

        public LongStream build() {
            if (built) throw new IllegalStateException();
            built = true;
            return ofArray(buffer, 0, count);
        }
    }
}
