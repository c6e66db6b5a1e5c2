package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.DoubleSummaryStatistics;
import java.util.function.BiConsumer;
import jos.rt.CompensatedSum;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;

/** The double counterpart of RefPipeline: a pull-based sequential DoubleStream. */
final class DoublePipeline implements DoubleStream {
    final PipelineState state;
    private final Supplier<? extends PrimitiveIterator.OfDouble> source;
    final LongSupplier size;
    private boolean linked;

    DoublePipeline(PipelineState state, Supplier<? extends PrimitiveIterator.OfDouble> source, LongSupplier size) {
        this.state = state;
        this.source = source;
        this.size = size;
    }

    // ---------------------------------------------------------------- sources

    static DoublePipeline ofArray(double[] array, int from, int to) {
        int n = to - from;
        return new DoublePipeline(new PipelineState(), () -> new PrimitiveIterator.OfDouble() {
            int i = from;

            public boolean hasNext() {
                return i < to;
            }

            public double nextDouble() {
                if (i >= to) throw new NoSuchElementException();
                return array[i++];
            }
        }, () -> n);
    }

    static DoublePipeline iterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator f) {
        return new DoublePipeline(new PipelineState(), () -> new DoubleLookahead() {
            double prev;
            boolean started, finished;

            boolean advance() {
                if (finished) return false;
                double t;
                if (started) {
                    t = f.applyAsDouble(prev);
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

    static DoublePipeline generate(DoubleSupplier s) {
        return new DoublePipeline(new PipelineState(), () -> new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return true;
            }

            public double nextDouble() {
                return s.getAsDouble();
            }
        }, null);
    }

    static DoubleStream concat(DoubleStream a, DoubleStream b) {
        DoublePipeline pa = adapt(a);
        DoublePipeline pb = adapt(b);
        pa.link();
        pb.link();
        LongSupplier size = null;
        if (pa.size != null && pb.size != null) {
            LongSupplier sa = pa.size, sb = pb.size;
            size = () -> sa.getAsLong() + sb.getAsLong();
        }
        Supplier<? extends PrimitiveIterator.OfDouble> srcA = pa.source, srcB = pb.source;
        DoublePipeline r = new DoublePipeline(new PipelineState(), () -> {
            PrimitiveIterator.OfDouble x = srcA.get(), y = srcB.get();
            return new PrimitiveIterator.OfDouble() {
                public boolean hasNext() {
                    return x.hasNext() || y.hasNext();
                }

                public double nextDouble() {
                    return x.hasNext() ? x.nextDouble() : y.nextDouble();
                }
            };
        }, size);
        r.state.parallel = pa.state.parallel || pb.state.parallel;
        r.state.addCloseAction(PipelineState.composedClose(pa, pb));
        return r;
    }

    static DoublePipeline adapt(DoubleStream s) {
        if (s instanceof DoublePipeline p) return p;
        DoublePipeline r = new DoublePipeline(new PipelineState(), s::iterator, null);
        r.state.addCloseAction(s::close);
        return r;
    }

    // ---------------------------------------------------------------- plumbing

    void link() {
        if (linked || state.closed) throw new IllegalStateException(PipelineState.MSG_STREAM_LINKED);
        linked = true;
    }

    PrimitiveIterator.OfDouble start() {
        link();
        return source.get();
    }

    private DoublePipeline then(Function<PrimitiveIterator.OfDouble, PrimitiveIterator.OfDouble> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfDouble> src = source;
        return new DoublePipeline(state, () -> op.apply(src.get()), newSize);
    }

    private <R> RefPipeline<R> thenRef(Function<PrimitiveIterator.OfDouble, Iterator<R>> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfDouble> src = source;
        return new RefPipeline<>(state, () -> op.apply(src.get()), newSize);
    }

    private IntPipeline thenInt(Function<PrimitiveIterator.OfDouble, PrimitiveIterator.OfInt> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfDouble> src = source;
        return new IntPipeline(state, () -> op.apply(src.get()), newSize);
    }

    private LongPipeline thenLong(Function<PrimitiveIterator.OfDouble, PrimitiveIterator.OfLong> op, LongSupplier newSize) {
        link();
        Supplier<? extends PrimitiveIterator.OfDouble> src = source;
        return new LongPipeline(state, () -> op.apply(src.get()), newSize);
    }

    /** Computes elements ahead by one, on demand. */
    abstract static class DoubleLookahead implements PrimitiveIterator.OfDouble {
        private double item;
        private boolean ready;
        private boolean done;

        abstract boolean advance();

        final void emit(double e) {
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

        public final double nextDouble() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = false;
            return item;
        }
    }

    // ---------------------------------------------------------------- BaseStream

    public PrimitiveIterator.OfDouble iterator() {
        return start();
    }

    public boolean isParallel() {
        return state.parallel;
    }

    public DoubleStream sequential() {
        state.parallel = false;
        return this;
    }

    public DoubleStream parallel() {
        state.parallel = true;
        return this;
    }

    public DoubleStream unordered() {
        return then(it -> it, size);
    }

    public DoubleStream onClose(Runnable closeHandler) {
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

    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new DoubleLookahead() {
            boolean advance() {
                while (up.hasNext()) {
                    double t = up.nextDouble();
                    if (predicate.test(t)) {
                        emit(t);
                        return true;
                    }
                }
                return false;
            }
        }, null);
    }

    public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(up.nextDouble());
            }
        }, size);
    }

    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return thenRef(up -> new Iterator<U>() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public U next() {
                return mapper.apply(up.nextDouble());
            }
        }, size);
    }

    public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return thenInt(up -> new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(up.nextDouble());
            }
        }, size);
    }

    public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return thenLong(up -> new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(up.nextDouble());
            }
        }, size);
    }

    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new DoubleLookahead() {
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
                    DoubleStream s = mapper.apply(up.nextDouble());
                    if (s != null) {
                        current = s;
                        it = s.sequential().iterator();
                    }
                }
            }
        }, null);
    }

    public DoubleStream mapMulti(DoubleStream.DoubleMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return then(up -> new DoubleLookahead() {
            double[] buffer = new double[8];
            int count, pos;

            boolean advance() {
                while (pos >= count) {
                    count = pos = 0;
                    if (!up.hasNext()) return false;
                    mapper.accept(up.nextDouble(), v -> {
                        if (count == buffer.length) buffer = Arrays.copyOf(buffer, count * 2);
                        buffer[count++] = v;
                    });
                }
                emit(buffer[pos++]);
                return true;
            }
        }, null);
    }

    public DoubleStream distinct() {
        return then(up -> new DoubleLookahead() {
            final HashSet<Double> seen = new HashSet<>();

            boolean advance() {
                while (up.hasNext()) {
                    double t = up.nextDouble();
                    if (seen.add(t)) {
                        emit(t);
                        return true;
                    }
                }
                return false;
            }
        }, null);
    }

    public DoubleStream sorted() {
        return then(up -> new PrimitiveIterator.OfDouble() {
            double[] sorted;
            int pos;

            private void fill() {
                if (sorted == null) {
                    double[] a = new double[16];
                    int n = 0;
                    while (up.hasNext()) {
                        if (n == a.length) a = Arrays.copyOf(a, n * 2);
                        a[n++] = up.nextDouble();
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

            public double nextDouble() {
                if (!hasNext()) throw new NoSuchElementException();
                return sorted[pos++];
            }
        }, size);
    }

    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        return then(up -> new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return up.hasNext();
            }

            public double nextDouble() {
                double t = up.nextDouble();
                action.accept(t);
                return t;
            }
        }, size);
    }

    public DoubleStream limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        return then(up -> new PrimitiveIterator.OfDouble() {
            long taken;

            public boolean hasNext() {
                return taken < maxSize && up.hasNext();
            }

            public double nextDouble() {
                if (taken >= maxSize) throw new NoSuchElementException();
                taken++;
                return up.nextDouble();
            }
        }, RefPipeline.limitSize(size, maxSize));
    }

    public DoubleStream skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        if (n == 0) return then(it -> it, size);
        return then(up -> new PrimitiveIterator.OfDouble() {
            boolean skipped;

            public boolean hasNext() {
                if (!skipped) {
                    skipped = true;
                    for (long i = 0; i < n && up.hasNext(); i++) up.nextDouble();
                }
                return up.hasNext();
            }

            public double nextDouble() {
                if (!hasNext()) throw new NoSuchElementException();
                return up.nextDouble();
            }
        }, RefPipeline.skipSize(size, n));
    }

    public DoubleStream takeWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new DoubleLookahead() {
            boolean advance() {
                if (!up.hasNext()) return false;
                double t = up.nextDouble();
                if (!predicate.test(t)) return false;
                emit(t);
                return true;
            }
        }, null);
    }

    public DoubleStream dropWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(up -> new DoubleLookahead() {
            boolean dropping = true;

            boolean advance() {
                while (up.hasNext()) {
                    double t = up.nextDouble();
                    if (dropping && predicate.test(t)) continue;
                    dropping = false;
                    emit(t);
                    return true;
                }
                return false;
            }
        }, null);
    }

    public Stream<Double> boxed() {
        return mapToObj(Double::valueOf);
    }

    // ---------------------------------------------------------------- terminal operations

    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfDouble it = start();
        while (it.hasNext()) action.accept(it.nextDouble());
    }

    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    public double[] toArray() {
        PrimitiveIterator.OfDouble it = start();
        double[] a = new double[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = it.nextDouble();
        }
        return Arrays.copyOf(a, n);
    }

    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double result = identity;
        PrimitiveIterator.OfDouble it = start();
        while (it.hasNext()) result = op.applyAsDouble(result, it.nextDouble());
        return result;
    }

    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfDouble it = start();
        if (!it.hasNext()) return OptionalDouble.empty();
        double result = it.nextDouble();
        while (it.hasNext()) result = op.applyAsDouble(result, it.nextDouble());
        return OptionalDouble.of(result);
    }

    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        PrimitiveIterator.OfDouble it = start();
        R container = supplier.get();
        while (it.hasNext()) accumulator.accept(container, it.nextDouble());
        return container;
    }

    /** Compensated, so the result agrees with DoubleSummaryStatistics and Collectors.summingDouble. */
    public double sum() {
        return collect(CompensatedSum::new, CompensatedSum::add, CompensatedSum::merge).value();
    }

    public OptionalDouble average() {
        CompensatedSum total = collect(CompensatedSum::new, CompensatedSum::add, CompensatedSum::merge);
        return total.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(total.average());
    }

    public OptionalDouble min() {
        return reduce(Math::min);
    }

    public OptionalDouble max() {
        return reduce(Math::max);
    }

    public long count() {
        if (size != null) {
            link();
            return size.getAsLong();
        }
        long n = 0;
        PrimitiveIterator.OfDouble it = start();
        while (it.hasNext()) {
            it.nextDouble();
            n++;
        }
        return n;
    }

    public DoubleSummaryStatistics summaryStatistics() {
        return collect(DoubleSummaryStatistics::new, DoubleSummaryStatistics::accept, DoubleSummaryStatistics::combine);
    }

    public boolean anyMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfDouble it = start();
        while (it.hasNext()) if (predicate.test(it.nextDouble())) return true;
        return false;
    }

    public boolean allMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfDouble it = start();
        while (it.hasNext()) if (!predicate.test(it.nextDouble())) return false;
        return true;
    }

    public boolean noneMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfDouble it = start();
        while (it.hasNext()) if (predicate.test(it.nextDouble())) return false;
        return true;
    }

    public OptionalDouble findFirst() {
        PrimitiveIterator.OfDouble it = start();
        return it.hasNext() ? OptionalDouble.of(it.nextDouble()) : OptionalDouble.empty();
    }

    public OptionalDouble findAny() {
        return findFirst();
    }

    static final class Builder implements DoubleStream.Builder {
        private double[] buffer = new double[8];
        private int count;
        private boolean built;

        public void accept(double t) {
            if (built) throw new IllegalStateException();
            if (count == buffer.length) buffer = Arrays.copyOf(buffer, count * 2);
            buffer[count++] = t;
        }

        public DoubleStream build() {
            if (built) throw new IllegalStateException();
            built = true;
            return ofArray(buffer, 0, count);
        }
    }
}
