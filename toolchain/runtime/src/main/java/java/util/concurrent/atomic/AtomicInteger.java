package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import jos.rt.Atomics;

/**
 * A int updated atomically. Every access goes through jos.rt.Atomics, which is sequentially
 * consistent, so the weaker orderings (plain, opaque, acquire, release) are served by the strong ones.
 */
public class AtomicInteger extends Number implements java.io.Serializable {
    private static final long CELL = Atomics.fieldOffset(AtomicInteger.class, "cell");

    private volatile int cell;

    public AtomicInteger(int initialValue) {
        cell = initialValue;
    }

    public AtomicInteger() {
    }

    public final int get() {
        return cell;
    }

    public final void set(int newValue) {
        cell = newValue;
    }

    public final void lazySet(int newValue) {
        Atomics.setIntRelease(this, CELL, newValue);
    }

    public final int getAndSet(int newValue) {
        return Atomics.getAndSetInt(this, CELL, newValue);
    }

    public final boolean compareAndSet(int expectedValue, int newValue) {
        return Atomics.casInt(this, CELL, expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final int getAndIncrement() {
        return Atomics.getAndAddInt(this, CELL, 1);
    }

    public final int getAndDecrement() {
        return Atomics.getAndAddInt(this, CELL, -1);
    }

    public final int getAndAdd(int delta) {
        return Atomics.getAndAddInt(this, CELL, delta);
    }

    public final int incrementAndGet() {
        return addAndGet(1);
    }

    public final int decrementAndGet() {
        return addAndGet(-1);
    }

    public final int addAndGet(int delta) {
        // getAndAdd hands back the old value; the new one follows with the same wrap-around.
        return Atomics.getAndAddInt(this, CELL, delta) + delta;
    }

    public final int getAndUpdate(IntUnaryOperator updateFunction) {
        while (true) {
            int seen = cell;
            if (compareAndSet(seen, updateFunction.applyAsInt(seen))) return seen;
        }
    }

    public final int updateAndGet(IntUnaryOperator updateFunction) {
        while (true) {
            int seen = cell;
            int result = updateFunction.applyAsInt(seen);
            if (compareAndSet(seen, result)) return result;
        }
    }

    public final int getAndAccumulate(int x, IntBinaryOperator accumulatorFunction) {
        while (true) {
            int seen = cell;
            if (compareAndSet(seen, accumulatorFunction.applyAsInt(seen, x))) return seen;
        }
    }

    public final int accumulateAndGet(int x, IntBinaryOperator accumulatorFunction) {
        while (true) {
            int seen = cell;
            int result = accumulatorFunction.applyAsInt(seen, x);
            if (compareAndSet(seen, result)) return result;
        }
    }

    public String toString() {
        return Integer.toString(cell);
    }

    public int intValue() {
        return cell;
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

    public final int getPlain() {
        return cell;
    }

    public final void setPlain(int newValue) {
        cell = newValue;
    }

    public final int getOpaque() {
        return cell;
    }

    public final void setOpaque(int newValue) {
        cell = newValue;
    }

    public final int getAcquire() {
        return cell;
    }

    public final void setRelease(int newValue) {
        lazySet(newValue);
    }

    public final int compareAndExchange(int expectedValue, int newValue) {
        return Atomics.caeInt(this, CELL, expectedValue, newValue);
    }

    public final int compareAndExchangeAcquire(int expectedValue, int newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final int compareAndExchangeRelease(int expectedValue, int newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }
}
