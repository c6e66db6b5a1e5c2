package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import jos.rt.Atomics;

public class AtomicLongArray implements java.io.Serializable {
    private final long[] array;

    public AtomicLongArray(int length) {
        array = new long[length];
    }

    public AtomicLongArray(long[] array) {
        this.array = array.clone();
    }

    /** Byte offset of element i, after the bounds check array accesses make. */
    private long offset(int i) {
        if (i < 0 || i >= array.length)
            throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for length " + array.length);
        return Atomics.arrayBase() + ((long) i << 3);
    }

    public final int length() {
        return array.length;
    }

    public final long get(int i) {
        return Atomics.getLong(array, offset(i));
    }

    public final void set(int i, long newValue) {
        Atomics.setLong(array, offset(i), newValue);
    }

    public final void lazySet(int i, long newValue) {
        Atomics.setLongRelease(array, offset(i), newValue);
    }

    public final long getAndSet(int i, long newValue) {
        return Atomics.getAndSetLong(array, offset(i), newValue);
    }

    public final boolean compareAndSet(int i, long expectedValue, long newValue) {
        return Atomics.casLong(array, offset(i), expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, long expectedValue, long newValue) {
        return Atomics.casLong(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, long expectedValue, long newValue) {
        return Atomics.casLong(array, offset(i), expectedValue, newValue);
    }

    public final long getAndIncrement(int i) {
        return Atomics.getAndAddLong(array, offset(i), 1);
    }

    public final long getAndDecrement(int i) {
        return Atomics.getAndAddLong(array, offset(i), -1);
    }

    public final long getAndAdd(int i, long delta) {
        return Atomics.getAndAddLong(array, offset(i), delta);
    }

    public final long incrementAndGet(int i) {
        return Atomics.getAndAddLong(array, offset(i), 1) + 1;
    }

    public final long decrementAndGet(int i) {
        return Atomics.getAndAddLong(array, offset(i), -1) - 1;
    }

    public final long addAndGet(int i, long delta) {
        return Atomics.getAndAddLong(array, offset(i), delta) + delta;
    }

    public final long getAndUpdate(int i, LongUnaryOperator updateFunction) {
        long prev = get(i), next = 0;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = updateFunction.applyAsLong(prev);
            if (weakCompareAndSetVolatile(i, prev, next)) return prev;
            haveNext = (prev == (prev = get(i)));
        }
    }

    public final long updateAndGet(int i, LongUnaryOperator updateFunction) {
        long prev = get(i), next = 0;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = updateFunction.applyAsLong(prev);
            if (weakCompareAndSetVolatile(i, prev, next)) return next;
            haveNext = (prev == (prev = get(i)));
        }
    }

    public final long getAndAccumulate(int i, long x, LongBinaryOperator accumulatorFunction) {
        long prev = get(i), next = 0;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = accumulatorFunction.applyAsLong(prev, x);
            if (weakCompareAndSetVolatile(i, prev, next)) return prev;
            haveNext = (prev == (prev = get(i)));
        }
    }

    public final long accumulateAndGet(int i, long x, LongBinaryOperator accumulatorFunction) {
        long prev = get(i), next = 0;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = accumulatorFunction.applyAsLong(prev, x);
            if (weakCompareAndSetVolatile(i, prev, next)) return next;
            haveNext = (prev == (prev = get(i)));
        }
    }

    public String toString() {
        int iMax = array.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(get(i));
            if (i == iMax) return b.append(']').toString();
            b.append(',').append(' ');
        }
    }

    public final long getPlain(int i) {
        return Atomics.getLong(array, offset(i));
    }

    public final void setPlain(int i, long newValue) {
        Atomics.setLong(array, offset(i), newValue);
    }

    public final long getOpaque(int i) {
        return Atomics.getLong(array, offset(i));
    }

    public final void setOpaque(int i, long newValue) {
        Atomics.setLong(array, offset(i), newValue);
    }

    public final long getAcquire(int i) {
        return Atomics.getLong(array, offset(i));
    }

    public final void setRelease(int i, long newValue) {
        Atomics.setLongRelease(array, offset(i), newValue);
    }

    public final long compareAndExchange(int i, long expectedValue, long newValue) {
        return Atomics.caeLong(array, offset(i), expectedValue, newValue);
    }

    public final long compareAndExchangeAcquire(int i, long expectedValue, long newValue) {
        return Atomics.caeLong(array, offset(i), expectedValue, newValue);
    }

    public final long compareAndExchangeRelease(int i, long expectedValue, long newValue) {
        return Atomics.caeLong(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, long expectedValue, long newValue) {
        return Atomics.casLong(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int i, long expectedValue, long newValue) {
        return Atomics.casLong(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int i, long expectedValue, long newValue) {
        return Atomics.casLong(array, offset(i), expectedValue, newValue);
    }
}
