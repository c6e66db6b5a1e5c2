package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import jos.rt.Atomics;

public class AtomicIntegerArray implements java.io.Serializable {
    private final int[] array;

    public AtomicIntegerArray(int length) {
        array = new int[length];
    }

    public AtomicIntegerArray(int[] array) {
        this.array = array.clone();
    }

    /** Byte offset of element i, after the bounds check array accesses make. */
    private long offset(int i) {
        if (i < 0 || i >= array.length)
            throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for length " + array.length);
        return Atomics.arrayBase() + ((long) i << 2);
    }

    public final int length() {
        return array.length;
    }

    public final int get(int i) {
        return Atomics.getInt(array, offset(i));
    }

    public final void set(int i, int newValue) {
        Atomics.setInt(array, offset(i), newValue);
    }

    public final void lazySet(int i, int newValue) {
        Atomics.setIntRelease(array, offset(i), newValue);
    }

    public final int getAndSet(int i, int newValue) {
        return Atomics.getAndSetInt(array, offset(i), newValue);
    }

    public final boolean compareAndSet(int i, int expectedValue, int newValue) {
        return Atomics.casInt(array, offset(i), expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) {
        return Atomics.casInt(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, int expectedValue, int newValue) {
        return Atomics.casInt(array, offset(i), expectedValue, newValue);
    }

    public final int getAndIncrement(int i) {
        return Atomics.getAndAddInt(array, offset(i), 1);
    }

    public final int getAndDecrement(int i) {
        return Atomics.getAndAddInt(array, offset(i), -1);
    }

    public final int getAndAdd(int i, int delta) {
        return Atomics.getAndAddInt(array, offset(i), delta);
    }

    public final int incrementAndGet(int i) {
        return Atomics.getAndAddInt(array, offset(i), 1) + 1;
    }

    public final int decrementAndGet(int i) {
        return Atomics.getAndAddInt(array, offset(i), -1) - 1;
    }

    public final int addAndGet(int i, int delta) {
        return Atomics.getAndAddInt(array, offset(i), delta) + delta;
    }

    public final int getAndUpdate(int i, IntUnaryOperator updateFunction) {
        int prev = get(i), next = 0;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = updateFunction.applyAsInt(prev);
            if (weakCompareAndSetVolatile(i, prev, next)) return prev;
            haveNext = (prev == (prev = get(i)));
        }
    }

    public final int updateAndGet(int i, IntUnaryOperator updateFunction) {
        int prev = get(i), next = 0;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = updateFunction.applyAsInt(prev);
            if (weakCompareAndSetVolatile(i, prev, next)) return next;
            haveNext = (prev == (prev = get(i)));
        }
    }

    public final int getAndAccumulate(int i, int x, IntBinaryOperator accumulatorFunction) {
        int prev = get(i), next = 0;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = accumulatorFunction.applyAsInt(prev, x);
            if (weakCompareAndSetVolatile(i, prev, next)) return prev;
            haveNext = (prev == (prev = get(i)));
        }
    }

    public final int accumulateAndGet(int i, int x, IntBinaryOperator accumulatorFunction) {
        int prev = get(i), next = 0;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = accumulatorFunction.applyAsInt(prev, x);
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

    public final int getPlain(int i) {
        return Atomics.getInt(array, offset(i));
    }

    public final void setPlain(int i, int newValue) {
        Atomics.setInt(array, offset(i), newValue);
    }

    public final int getOpaque(int i) {
        return Atomics.getInt(array, offset(i));
    }

    public final void setOpaque(int i, int newValue) {
        Atomics.setInt(array, offset(i), newValue);
    }

    public final int getAcquire(int i) {
        return Atomics.getInt(array, offset(i));
    }

    public final void setRelease(int i, int newValue) {
        Atomics.setIntRelease(array, offset(i), newValue);
    }

    public final int compareAndExchange(int i, int expectedValue, int newValue) {
        return Atomics.caeInt(array, offset(i), expectedValue, newValue);
    }

    public final int compareAndExchangeAcquire(int i, int expectedValue, int newValue) {
        return Atomics.caeInt(array, offset(i), expectedValue, newValue);
    }

    public final int compareAndExchangeRelease(int i, int expectedValue, int newValue) {
        return Atomics.caeInt(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, int expectedValue, int newValue) {
        return Atomics.casInt(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int i, int expectedValue, int newValue) {
        return Atomics.casInt(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int i, int expectedValue, int newValue) {
        return Atomics.casInt(array, offset(i), expectedValue, newValue);
    }
}
