package java.util;

import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Count, sum, minimum, maximum and mean of longs (ints are widened); the sum wraps on overflow. */
public class LongSummaryStatistics implements LongConsumer, IntConsumer {
    private long n;
    private long total;
    private long least = Long.MAX_VALUE;
    private long greatest = Long.MIN_VALUE;

    public LongSummaryStatistics() {
    }

    public LongSummaryStatistics(long count, long min, long max, long sum) throws IllegalArgumentException {
        if (count < 0L) throw new IllegalArgumentException("Negative count value");
        if (count == 0L) return; // the other arguments are ignored for an empty instance
        if (min > max) throw new IllegalArgumentException("Minimum greater than maximum");
        n = count;
        total = sum;
        least = min;
        greatest = max;
    }

    @Override
    public void accept(int value) {
        accept((long) value);
    }

    @Override
    public void accept(long value) {
        n++;
        total += value;
        if (value < least) least = value;
        if (value > greatest) greatest = value;
    }

    public void combine(LongSummaryStatistics other) {
        n += other.n;
        total += other.total;
        if (other.least < least) least = other.least;
        if (other.greatest > greatest) greatest = other.greatest;
    }

    public final long getCount() {
        return n;
    }

    public final long getSum() {
        return total;
    }

    public final long getMin() {
        return least;
    }

    public final long getMax() {
        return greatest;
    }

    public final double getAverage() {
        if (n == 0) return 0.0d;
        return (double) total / n;
    }

    @Override
    public String toString() {
        return String.format("%s{count=%d, sum=%d, min=%d, average=%f, max=%d}",
                getClass().getSimpleName(), n, total, least, getAverage(), greatest);
    }
}
