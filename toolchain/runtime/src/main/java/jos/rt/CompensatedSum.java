package jos.rt;

/**
 * A running double sum with Kahan's compensation (the error of each addition is carried into the
 * next one), plus the plain sum as a fallback. DoubleSummaryStatistics, DoubleStream.sum/average and
 * Collectors' summingDouble/averagingDouble all sum this way, so their results agree to the last bit.
 */
public final class CompensatedSum {
    private double high;    // the running sum
    private double error;   // what the additions so far lost; subtracted from the next addend
    private double plain;   // the uncompensated sum, for infinities (see value())
    private long count;

    public CompensatedSum() {
    }

    /** Starts from a sum known to be exact. */
    public CompensatedSum(double start) {
        high = start;
        plain = start;
    }

    /** Adds x and counts it. */
    public void add(double x) {
        count++;
        plain += x;
        step(x);
    }

    /** Adds everything other has seen (its count too). */
    public void merge(CompensatedSum other) {
        count += other.count;
        plain += other.plain;
        step(other.high);
        step(-other.error);
    }

    private void step(double x) {
        double corrected = x - error;
        double next = high + corrected;
        error = (next - high) - corrected;
        high = next;
    }

    public long count() {
        return count;
    }

    /**
     * The compensated sum. When infinities of both signs were added, or the sum overflowed, the
     * compensation turns into NaN; an infinite plain sum is the right answer then.
     */
    public double value() {
        double v = high - error;
        if (v != v && Double.isInfinite(plain)) return plain;
        return v;
    }

    /** value() / count(), or 0 when nothing was added. */
    public double average() {
        return count == 0 ? 0.0d : value() / count;
    }
}
