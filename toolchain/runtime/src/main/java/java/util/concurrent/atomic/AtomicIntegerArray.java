package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import jos.rt.Atomics;

/** An array of ints whose elements are updated atomically through jos.rt.Atomics. */
public class AtomicIntegerArray implements java.io.Serializable {
    private final int[] elements;

    public AtomicIntegerArray(int length) {
        elements = new int[length];
    }

    public AtomicIntegerArray(int[] array) {
        elements = array.clone();
    }

    /** Where element i lives, checked as an array access would be (same exception and message). */
    private long at(int i) {
        int n = elements.length;
        if (i >= 0 && i < n) return Atomics.arrayBase() + (long) i * 4;
        throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for length " + n);
    }

    public final int length() {
        return elements.length;
    }

    public final int get(int i) {
        return Atomics.getInt(elements, at(i));
    }

    public final void set(int i, int newValue) {
        Atomics.setInt(elements, at(i), newValue);
    }

    public final void lazySet(int i, int newValue) {
        Atomics.setIntRelease(elements, at(i), newValue);
    }

    public final int getAndSet(int i, int newValue) {
        return Atomics.getAndSetInt(elements, at(i), newValue);
    }

    public final boolean compareAndSet(int i, int expectedValue, int newValue) {
        return Atomics.casInt(elements, at(i), expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final int getAndIncrement(int i) {
        return getAndAdd(i, 1);
    }

    public final int getAndDecrement(int i) {
        return getAndAdd(i, -1);
    }

    public final int getAndAdd(int i, int delta) {
        return Atomics.getAndAddInt(elements, at(i), delta);
    }

    public final int incrementAndGet(int i) {
        return getAndAdd(i, 1) + 1;
    }

    public final int decrementAndGet(int i) {
        return getAndAdd(i, -1) - 1;
    }

    public final int addAndGet(int i, int delta) {
        return getAndAdd(i, delta) + delta;
    }

    public final int getAndUpdate(int i, IntUnaryOperator updateFunction) {
        long where = at(i);
        while (true) {
            int seen = Atomics.getInt(elements, where);
            if (Atomics.casInt(elements, where, seen, updateFunction.applyAsInt(seen))) return seen;
        }
    }

    public final int updateAndGet(int i, IntUnaryOperator updateFunction) {
        long where = at(i);
        while (true) {
            int seen = Atomics.getInt(elements, where);
            int result = updateFunction.applyAsInt(seen);
            if (Atomics.casInt(elements, where, seen, result)) return result;
        }
    }

    public final int getAndAccumulate(int i, int x, IntBinaryOperator accumulatorFunction) {
        long where = at(i);
        while (true) {
            int seen = Atomics.getInt(elements, where);
            if (Atomics.casInt(elements, where, seen, accumulatorFunction.applyAsInt(seen, x))) return seen;
        }
    }

    public final int accumulateAndGet(int i, int x, IntBinaryOperator accumulatorFunction) {
        long where = at(i);
        while (true) {
            int seen = Atomics.getInt(elements, where);
            int result = accumulatorFunction.applyAsInt(seen, x);
            if (Atomics.casInt(elements, where, seen, result)) return result;
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

    public final int getPlain(int i) {
        return get(i);
    }

    public final void setPlain(int i, int newValue) {
        set(i, newValue);
    }

    public final int getOpaque(int i) {
        return get(i);
    }

    public final void setOpaque(int i, int newValue) {
        set(i, newValue);
    }

    public final int getAcquire(int i) {
        return get(i);
    }

    public final void setRelease(int i, int newValue) {
        lazySet(i, newValue);
    }

    public final int compareAndExchange(int i, int expectedValue, int newValue) {
        return Atomics.caeInt(elements, at(i), expectedValue, newValue);
    }

    public final int compareAndExchangeAcquire(int i, int expectedValue, int newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final int compareAndExchangeRelease(int i, int expectedValue, int newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }
}
