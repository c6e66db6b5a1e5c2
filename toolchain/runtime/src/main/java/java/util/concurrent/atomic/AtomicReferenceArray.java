package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import jos.rt.Atomics;

public class AtomicReferenceArray<E> implements java.io.Serializable {
    private final Object[] array;

    public AtomicReferenceArray(int length) {
        array = new Object[length];
    }

    public AtomicReferenceArray(E[] array) {
        this.array = java.util.Arrays.copyOf(array, array.length, Object[].class);
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

    @SuppressWarnings("unchecked")
    public final E get(int i) {
        return (E) Atomics.getRef(array, offset(i));
    }

    public final void set(int i, E newValue) {
        Atomics.setRef(array, offset(i), newValue);
    }

    public final void lazySet(int i, E newValue) {
        Atomics.setRefRelease(array, offset(i), newValue);
    }

    @SuppressWarnings("unchecked")
    public final E getAndSet(int i, E newValue) {
        return (E) Atomics.getAndSetRef(array, offset(i), newValue);
    }

    public final boolean compareAndSet(int i, E expectedValue, E newValue) {
        return Atomics.casRef(array, offset(i), expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, E expectedValue, E newValue) {
        return Atomics.casRef(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, E expectedValue, E newValue) {
        return Atomics.casRef(array, offset(i), expectedValue, newValue);
    }

    public final E getAndUpdate(int i, UnaryOperator<E> updateFunction) {
        E prev = get(i), next = null;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = updateFunction.apply(prev);
            if (weakCompareAndSetVolatile(i, prev, next)) return prev;
            haveNext = (prev == (prev = get(i)));
        }
    }

    public final E updateAndGet(int i, UnaryOperator<E> updateFunction) {
        E prev = get(i), next = null;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = updateFunction.apply(prev);
            if (weakCompareAndSetVolatile(i, prev, next)) return next;
            haveNext = (prev == (prev = get(i)));
        }
    }

    public final E getAndAccumulate(int i, E x, BinaryOperator<E> accumulatorFunction) {
        E prev = get(i), next = null;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = accumulatorFunction.apply(prev, x);
            if (weakCompareAndSetVolatile(i, prev, next)) return prev;
            haveNext = (prev == (prev = get(i)));
        }
    }

    public final E accumulateAndGet(int i, E x, BinaryOperator<E> accumulatorFunction) {
        E prev = get(i), next = null;
        for (boolean haveNext = false; ; ) {
            if (!haveNext) next = accumulatorFunction.apply(prev, x);
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

    @SuppressWarnings("unchecked")
    public final E getPlain(int i) {
        return (E) Atomics.getRef(array, offset(i));
    }

    public final void setPlain(int i, E newValue) {
        Atomics.setRef(array, offset(i), newValue);
    }

    @SuppressWarnings("unchecked")
    public final E getOpaque(int i) {
        return (E) Atomics.getRef(array, offset(i));
    }

    public final void setOpaque(int i, E newValue) {
        Atomics.setRef(array, offset(i), newValue);
    }

    @SuppressWarnings("unchecked")
    public final E getAcquire(int i) {
        return (E) Atomics.getRef(array, offset(i));
    }

    public final void setRelease(int i, E newValue) {
        Atomics.setRefRelease(array, offset(i), newValue);
    }

    @SuppressWarnings("unchecked")
    public final E compareAndExchange(int i, E expectedValue, E newValue) {
        return (E) Atomics.caeRef(array, offset(i), expectedValue, newValue);
    }

    @SuppressWarnings("unchecked")
    public final E compareAndExchangeAcquire(int i, E expectedValue, E newValue) {
        return (E) Atomics.caeRef(array, offset(i), expectedValue, newValue);
    }

    @SuppressWarnings("unchecked")
    public final E compareAndExchangeRelease(int i, E expectedValue, E newValue) {
        return (E) Atomics.caeRef(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, E expectedValue, E newValue) {
        return Atomics.casRef(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int i, E expectedValue, E newValue) {
        return Atomics.casRef(array, offset(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int i, E expectedValue, E newValue) {
        return Atomics.casRef(array, offset(i), expectedValue, newValue);
    }
}
