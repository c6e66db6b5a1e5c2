package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import jos.rt.Atomics;

/** An array of longs whose elements are updated atomically through jos.rt.Atomics. */
public class AtomicLongArray implements java.io.Serializable {
    private final long[] elements;

    public AtomicLongArray(int length) {
        elements = new long[length];
    }

    public AtomicLongArray(long[] array) {
        elements = array.clone();
    }

    /** Where element i lives, checked as an array access would be (same exception and message). */
    private long at(int i) {
        int n = elements.length;
        if (i >= 0 && i < n) return Atomics.arrayBase() + (long) i * 8;
        throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for length " + n);
    }

    public final int length() {
        return elements.length;
    }

    public final long get(int i) {
        return Atomics.getLong(elements, at(i));
    }

    public final void set(int i, long newValue) {
        Atomics.setLong(elements, at(i), newValue);
    }

    public final void lazySet(int i, long newValue) {
        Atomics.setLongRelease(elements, at(i), newValue);
    }

    public final long getAndSet(int i, long newValue) {
        return Atomics.getAndSetLong(elements, at(i), newValue);
    }

    public final boolean compareAndSet(int i, long expectedValue, long newValue) {
        return Atomics.casLong(elements, at(i), expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final long getAndIncrement(int i) {
        return getAndAdd(i, 1);
    }

    public final long getAndDecrement(int i) {
        return getAndAdd(i, -1);
    }

    public final long getAndAdd(int i, long delta) {
        return Atomics.getAndAddLong(elements, at(i), delta);
    }

    public final long incrementAndGet(int i) {
        return getAndAdd(i, 1) + 1;
    }

    public final long decrementAndGet(int i) {
        return getAndAdd(i, -1) - 1;
    }

    public final long addAndGet(int i, long delta) {
        return getAndAdd(i, delta) + delta;
    }

    public final long getAndUpdate(int i, LongUnaryOperator updateFunction) {
        long where = at(i);
        while (true) {
            long seen = Atomics.getLong(elements, where);
            if (Atomics.casLong(elements, where, seen, updateFunction.applyAsLong(seen))) return seen;
        }
    }

    public final long updateAndGet(int i, LongUnaryOperator updateFunction) {
        long where = at(i);
        while (true) {
            long seen = Atomics.getLong(elements, where);
            long result = updateFunction.applyAsLong(seen);
            if (Atomics.casLong(elements, where, seen, result)) return result;
        }
    }

    public final long getAndAccumulate(int i, long x, LongBinaryOperator accumulatorFunction) {
        long where = at(i);
        while (true) {
            long seen = Atomics.getLong(elements, where);
            if (Atomics.casLong(elements, where, seen, accumulatorFunction.applyAsLong(seen, x))) return seen;
        }
    }

    public final long accumulateAndGet(int i, long x, LongBinaryOperator accumulatorFunction) {
        long where = at(i);
        while (true) {
            long seen = Atomics.getLong(elements, where);
            long result = accumulatorFunction.applyAsLong(seen, x);
            if (Atomics.casLong(elements, where, seen, result)) return result;
        }
    }

    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(get(i));
        }
        return sb.append(']').toString();
    }

    public final long getPlain(int i) {
        return get(i);
    }

    public final void setPlain(int i, long newValue) {
        set(i, newValue);
    }

    public final long getOpaque(int i) {
        return get(i);
    }

    public final void setOpaque(int i, long newValue) {
        set(i, newValue);
    }

    public final long getAcquire(int i) {
        return get(i);
    }

    public final void setRelease(int i, long newValue) {
        lazySet(i, newValue);
    }

    public final long compareAndExchange(int i, long expectedValue, long newValue) {
        return Atomics.caeLong(elements, at(i), expectedValue, newValue);
    }

    public final long compareAndExchangeAcquire(int i, long expectedValue, long newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final long compareAndExchangeRelease(int i, long expectedValue, long newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }
}
