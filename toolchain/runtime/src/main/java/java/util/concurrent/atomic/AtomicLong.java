package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import jos.rt.Atomics;

/**
 * A long updated atomically. Every access goes through jos.rt.Atomics, which is sequentially
 * consistent, so the weaker orderings (plain, opaque, acquire, release) are served by the strong ones.
 */
public class AtomicLong extends Number implements java.io.Serializable {
    private static final long CELL = Atomics.fieldOffset(AtomicLong.class, "cell");

    private volatile long cell;

    public AtomicLong(long initialValue) {
        cell = initialValue;
    }

    public AtomicLong() {
    }

    public final long get() {
        return cell;
    }

    public final void set(long newValue) {
        cell = newValue;
    }

    public final void lazySet(long newValue) {
        Atomics.setLongRelease(this, CELL, newValue);
    }

    public final long getAndSet(long newValue) {
        return Atomics.getAndSetLong(this, CELL, newValue);
    }

    public final boolean compareAndSet(long expectedValue, long newValue) {
        return Atomics.casLong(this, CELL, expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final long getAndIncrement() {
        return Atomics.getAndAddLong(this, CELL, 1);
    }

    public final long getAndDecrement() {
        return Atomics.getAndAddLong(this, CELL, -1);
    }

    public final long getAndAdd(long delta) {
        return Atomics.getAndAddLong(this, CELL, delta);
    }

    public final long incrementAndGet() {
        return addAndGet(1);
    }

    public final long decrementAndGet() {
        return addAndGet(-1);
    }

    public final long addAndGet(long delta) {
        // getAndAdd hands back the old value; the new one follows with the same wrap-around.
        return Atomics.getAndAddLong(this, CELL, delta) + delta;
    }

    public final long getAndUpdate(LongUnaryOperator updateFunction) {
        while (true) {
            long seen = cell;
            if (compareAndSet(seen, updateFunction.applyAsLong(seen))) return seen;
        }
    }

    public final long updateAndGet(LongUnaryOperator updateFunction) {
        while (true) {
            long seen = cell;
            long result = updateFunction.applyAsLong(seen);
            if (compareAndSet(seen, result)) return result;
        }
    }

    public final long getAndAccumulate(long x, LongBinaryOperator accumulatorFunction) {
        while (true) {
            long seen = cell;
            if (compareAndSet(seen, accumulatorFunction.applyAsLong(seen, x))) return seen;
        }
    }

    public final long accumulateAndGet(long x, LongBinaryOperator accumulatorFunction) {
        while (true) {
            long seen = cell;
            long result = accumulatorFunction.applyAsLong(seen, x);
            if (compareAndSet(seen, result)) return result;
        }
    }

    public String toString() {
        return Long.toString(cell);
    }

    public int intValue() {
        return (int) cell;
    }

    public long longValue() {
        return cell;
    }

    public float floatValue() {
        return cell;
    }

    public double doubleValue() {
        return cell;
    }

    public final long getPlain() {
        return cell;
    }

    public final void setPlain(long newValue) {
        cell = newValue;
    }

    public final long getOpaque() {
        return cell;
    }

    public final void setOpaque(long newValue) {
        cell = newValue;
    }

    public final long getAcquire() {
        return cell;
    }

    public final void setRelease(long newValue) {
        lazySet(newValue);
    }

    public final long compareAndExchange(long expectedValue, long newValue) {
        return Atomics.caeLong(this, CELL, expectedValue, newValue);
    }

    public final long compareAndExchangeAcquire(long expectedValue, long newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final long compareAndExchangeRelease(long expectedValue, long newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }
}
