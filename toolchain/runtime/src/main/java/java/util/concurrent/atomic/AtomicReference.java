package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import jos.rt.Atomics;

/**
 * A reference updated atomically. jos.rt.Atomics is sequentially consistent, so the weaker orderings
 * (plain, opaque, acquire, release) are served by the strong operations.
 */
public class AtomicReference<V> implements java.io.Serializable {
    private static final long HELD = Atomics.fieldOffset(AtomicReference.class, "held");

    private volatile V held;

    public AtomicReference(V initialValue) {
        held = initialValue;
    }

    public AtomicReference() {
    }

    public final V get() {
        return held;
    }

    public final void set(V newValue) {
        held = newValue;
    }

    public final void lazySet(V newValue) {
        Atomics.setRefRelease(this, HELD, newValue);
    }

    /** Compares by identity, as the specification says. */
    public final boolean compareAndSet(V expectedValue, V newValue) {
        return Atomics.casRef(this, HELD, expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(V expectedValue, V newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(V expectedValue, V newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    @SuppressWarnings("unchecked")
    public final V getAndSet(V newValue) {
        return (V) Atomics.getAndSetRef(this, HELD, newValue);
    }

    public final V getAndUpdate(UnaryOperator<V> updateFunction) {
        while (true) {
            V seen = held;
            if (compareAndSet(seen, updateFunction.apply(seen))) return seen;
        }
    }

    public final V updateAndGet(UnaryOperator<V> updateFunction) {
        while (true) {
            V seen = held;
            V result = updateFunction.apply(seen);
            if (compareAndSet(seen, result)) return result;
        }
    }

    public final V getAndAccumulate(V x, BinaryOperator<V> accumulatorFunction) {
        while (true) {
            V seen = held;
            if (compareAndSet(seen, accumulatorFunction.apply(seen, x))) return seen;
        }
    }

    public final V accumulateAndGet(V x, BinaryOperator<V> accumulatorFunction) {
        while (true) {
            V seen = held;
            V result = accumulatorFunction.apply(seen, x);
            if (compareAndSet(seen, result)) return result;
        }
    }

    public String toString() {
        return String.valueOf(held);
    }

    public final V getPlain() {
        return held;
    }

    public final void setPlain(V newValue) {
        held = newValue;
    }

    public final V getOpaque() {
        return held;
    }

    public final void setOpaque(V newValue) {
        held = newValue;
    }

    public final V getAcquire() {
        return held;
    }

    public final void setRelease(V newValue) {
        lazySet(newValue);
    }

    @SuppressWarnings("unchecked")
    public final V compareAndExchange(V expectedValue, V newValue) {
        return (V) Atomics.caeRef(this, HELD, expectedValue, newValue);
    }

    public final V compareAndExchangeAcquire(V expectedValue, V newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final V compareAndExchangeRelease(V expectedValue, V newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(V expectedValue, V newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(V expectedValue, V newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(V expectedValue, V newValue) {
        return compareAndSet(expectedValue, newValue);
    }
}
