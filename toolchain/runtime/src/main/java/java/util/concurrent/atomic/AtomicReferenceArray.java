package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import jos.rt.Atomics;

/** An array of references whose elements are updated atomically through jos.rt.Atomics. */
public class AtomicReferenceArray<E> implements java.io.Serializable {
    // Always an Object[], whatever the source array's runtime type, so any E can be stored.
    private final Object[] elements;

    public AtomicReferenceArray(int length) {
        elements = new Object[length];
    }

    public AtomicReferenceArray(E[] array) {
        int n = array.length;
        elements = new Object[n];
        System.arraycopy(array, 0, elements, 0, n);
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

    @SuppressWarnings("unchecked")
    public final E get(int i) {
        return (E) Atomics.getRef(elements, at(i));
    }

    public final void set(int i, E newValue) {
        Atomics.setRef(elements, at(i), newValue);
    }

    public final void lazySet(int i, E newValue) {
        Atomics.setRefRelease(elements, at(i), newValue);
    }

    @SuppressWarnings("unchecked")
    public final E getAndSet(int i, E newValue) {
        return (E) Atomics.getAndSetRef(elements, at(i), newValue);
    }

    public final boolean compareAndSet(int i, E expectedValue, E newValue) {
        return Atomics.casRef(elements, at(i), expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    @SuppressWarnings("unchecked")
    public final E getAndUpdate(int i, UnaryOperator<E> updateFunction) {
        long where = at(i);
        while (true) {
            E seen = (E) Atomics.getRef(elements, where);
            if (Atomics.casRef(elements, where, seen, updateFunction.apply(seen))) return seen;
        }
    }

    @SuppressWarnings("unchecked")
    public final E updateAndGet(int i, UnaryOperator<E> updateFunction) {
        long where = at(i);
        while (true) {
            E seen = (E) Atomics.getRef(elements, where);
            E result = updateFunction.apply(seen);
            if (Atomics.casRef(elements, where, seen, result)) return result;
        }
    }

    @SuppressWarnings("unchecked")
    public final E getAndAccumulate(int i, E x, BinaryOperator<E> accumulatorFunction) {
        long where = at(i);
        while (true) {
            E seen = (E) Atomics.getRef(elements, where);
            if (Atomics.casRef(elements, where, seen, accumulatorFunction.apply(seen, x))) return seen;
        }
    }

    @SuppressWarnings("unchecked")
    public final E accumulateAndGet(int i, E x, BinaryOperator<E> accumulatorFunction) {
        long where = at(i);
        while (true) {
            E seen = (E) Atomics.getRef(elements, where);
            E result = accumulatorFunction.apply(seen, x);
            if (Atomics.casRef(elements, where, seen, result)) return result;
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

    public final E getPlain(int i) {
        return get(i);
    }

    public final void setPlain(int i, E newValue) {
        set(i, newValue);
    }

    public final E getOpaque(int i) {
        return get(i);
    }

    public final void setOpaque(int i, E newValue) {
        set(i, newValue);
    }

    public final E getAcquire(int i) {
        return get(i);
    }

    public final void setRelease(int i, E newValue) {
        lazySet(i, newValue);
    }

    @SuppressWarnings("unchecked")
    public final E compareAndExchange(int i, E expectedValue, E newValue) {
        return (E) Atomics.caeRef(elements, at(i), expectedValue, newValue);
    }

    public final E compareAndExchangeAcquire(int i, E expectedValue, E newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final E compareAndExchangeRelease(int i, E expectedValue, E newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }
}
