package java.util;

import java.util.function.DoubleConsumer;
import jos.rt.CompensatedSum;

/** Count, compensated sum, minimum, maximum and mean of doubles. */
public class DoubleSummaryStatistics implements DoubleConsumer {
    private long n;
    private CompensatedSum total = new CompensatedSum();
    private double least = Double.POSITIVE_INFINITY;
    private double greatest = Double.NEGATIVE_INFINITY;

    public DoubleSummaryStatistics() {
    }

    public DoubleSummaryStatistics(long count, double min, double max, double sum) throws IllegalArgumentException {
        if (count < 0L) throw new IllegalArgumentException("Negative count value");
        if (count == 0L) return; // the other arguments are ignored for an empty instance
        if (min > max) throw new IllegalArgumentException("Minimum greater than maximum");
        boolean minNaN = Double.isNaN(min), maxNaN = Double.isNaN(max), sumNaN = Double.isNaN(sum);
        if ((minNaN || maxNaN || sumNaN) && !(minNaN && maxNaN && sumNaN))
            throw new IllegalArgumentException("Some, not all, of the minimum, maximum, or sum is NaN");
        n = count;
        total = new CompensatedSum(sum);
        least = min;
        greatest = max;
    }

    @Override
    public void accept(double value) {
        n++;
        total.add(value);
        // Math.min/max: a NaN sticks, and -0.0 is less than 0.0.
        least = Math.min(least, value);
        greatest = Math.max(greatest, value);
    }

    public void combine(DoubleSummaryStatistics other) {
        n += other.n;
        total.merge(other.total);
        least = Math.min(least, other.least);
        greatest = Math.max(greatest, other.greatest);
    }

    public final long getCount() {
        return n;
    }

    public final double getSum() {
        return total.value();
    }

    public final double getMin() {
        return least;
    }

    public final double getMax() {
        return greatest;
    }

    public final double getAverage() {
        return n > 0 ? getSum() / n : 0.0d;
    }

    @Override
    public String toString() {
        return String.format("%s{count=%d, sum=%f, min=%f, average=%f, max=%f}",
                getClass().getSimpleName(), n, getSum(), least, getAverage(), greatest);
    }
}
