package java.util;

import java.util.function.IntConsumer;

/** Count, sum (kept as a long so it does not overflow), minimum, maximum and mean of ints. */
public class IntSummaryStatistics implements IntConsumer {
    private long n;
    private long total;
    private int least = Integer.MAX_VALUE;
    private int greatest = Integer.MIN_VALUE;

    public IntSummaryStatistics() {
    }

    public IntSummaryStatistics(long count, int min, int max, long sum) throws IllegalArgumentException {
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
        n++;
        total += value;
        if (value < least) least = value;
        if (value > greatest) greatest = value;
    }

    public void combine(IntSummaryStatistics other) {
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

    public final int getMin() {
        return least;
    }

    public final int getMax() {
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
