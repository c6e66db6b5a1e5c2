package jos.rt;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** FdLibm must give bit-for-bit StrictMath's results (NaNs compared as NaN). Runs on HotSpot. */
class FdLibmTest {
    private static final int N = 200_000;

    private static final double[] SPECIAL = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 10.0, 0.1, 1e-300, 1e300, 1e-20, 1e20, 1e-8,
        Math.PI, -Math.PI, Math.PI / 2, -Math.PI / 2, Math.PI / 4, 3 * Math.PI / 4, Math.E, 0.6744, 0.975,
        709.78, 709.79, -745.13, -745.14, 710.4758600739439, 22.0, 22.5, 0.34657359, 1.0397207708,
        Math.nextUp(1.0), Math.nextDown(1.0), Math.nextUp(-1.0), Math.nextDown(-1.0), 1e9, 1.5e19, 2.0e22,
        0x1p-1022 * 3, 0x1p-1074 * 12345, 0x1p19 * Math.PI, 0x1p20 * Math.PI, 1e-5, 0.41422, -0.2929,
        1023.9999, 1024.0, -1075.0, -1074.5, 0.5 * Math.log(2), 1.5 * Math.log(2), 56 * Math.log(2),
    };

    /** Random doubles: uniform bit patterns, uniform over some ranges, and near-special values. */
    private static double[] inputs(long seed, double lo, double hi) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[N];
        for (int i = 0; i < N; i++) {
            switch (i % 5) {
                case 0 -> a[i] = Double.longBitsToDouble(r.nextLong());
                case 1 -> a[i] = lo + (hi - lo) * r.nextDouble();
                case 2 -> a[i] = (r.nextBoolean() ? 1 : -1) * Math.scalb(1.0 + r.nextDouble(), r.nextInt(-60, 60));
                case 3 -> a[i] = (r.nextBoolean() ? 1 : -1) * Math.scalb(1.0 + r.nextDouble(), r.nextInt(-1074, 1024));
                default -> {
                    double s = SPECIAL[r.nextInt(SPECIAL.length)];
                    long d = r.nextInt(-8, 9);
                    a[i] = Double.isFinite(s) ? Double.longBitsToDouble(Double.doubleToRawLongBits(s) + d) : s;
                }
            }
        }
        return a;
    }

    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    private static void check1(String name, DoubleUnaryOperator mine, DoubleUnaryOperator ref, double lo, double hi) {
        List<String> bad = new ArrayList<>();
        int failures = 0;
        for (double x : SPECIAL) {
            double m = mine.applyAsDouble(x), e = ref.applyAsDouble(x);
            if (!same(m, e) && failures++ < 10) bad.add(name + "(" + x + ") = " + m + ", StrictMath " + e);
        }
        for (double x : inputs(name.hashCode(), lo, hi)) {
            double m = mine.applyAsDouble(x), e = ref.applyAsDouble(x);
            if (!same(m, e) && failures++ < 10)
                bad.add(name + "(" + x + " [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]) = " + m + ", StrictMath " + e);
        }
        if (failures > 0) fail(failures + " mismatches:\n" + String.join("\n", bad));
    }

    private static void check2(String name, DoubleBinaryOperator mine, DoubleBinaryOperator ref, double lo, double hi,
            double lo2, double hi2) {
        List<String> bad = new ArrayList<>();
        int failures = 0;
        for (double x : SPECIAL) {
            for (double y : SPECIAL) {
                double m = mine.applyAsDouble(x, y), e = ref.applyAsDouble(x, y);
                if (!same(m, e) && failures++ < 10) bad.add(name + "(" + x + ", " + y + ") = " + m + ", StrictMath " + e);
            }
        }
        double[] xs = inputs(name.hashCode(), lo, hi), ys = inputs(name.hashCode() * 31L + 7, lo2, hi2);
        SplittableRandom r = new SplittableRandom(name.hashCode() ^ 0x5DEECE66DL);
        for (int i = 0; i < N; i++) {
            double x = xs[i], y = ys[i];
            if (i % 7 == 0) y = Math.rint(y);                       // integral exponents, for pow
            if (i % 11 == 0) x = Math.copySign(x, -1.0);
            if (i % 13 == 0) x = 1.0 + (r.nextDouble() - 0.5) * 1e-6;  // near one
            double m = mine.applyAsDouble(x, y), e = ref.applyAsDouble(x, y);
            if (!same(m, e) && failures++ < 10) bad.add(name + "(" + x + ", " + y + ") = " + m + ", StrictMath " + e);
        }
        if (failures > 0) fail(failures + " mismatches:\n" + String.join("\n", bad));
    }

    @Test void sin() { check1("sin", FdLibm::sin, StrictMath::sin, -10, 10); }
    @Test void cos() { check1("cos", FdLibm::cos, StrictMath::cos, -10, 10); }
    @Test void tan() { check1("tan", FdLibm::tan, StrictMath::tan, -10, 10); }
    @Test void trigLarge() {
        check1("sinL", FdLibm::sin, StrictMath::sin, -1e9, 1e9);
        check1("cosL", FdLibm::cos, StrictMath::cos, -1e22, 1e22);
        check1("tanL", FdLibm::tan, StrictMath::tan, -1e300, 1e300);
    }
    @Test void asin() { check1("asin", FdLibm::asin, StrictMath::asin, -1, 1); }
    @Test void acos() { check1("acos", FdLibm::acos, StrictMath::acos, -1, 1); }
    @Test void atan() { check1("atan", FdLibm::atan, StrictMath::atan, -5, 5); }
    @Test void exp() { check1("exp", FdLibm::exp, StrictMath::exp, -750, 710); }
    @Test void log() { check1("log", FdLibm::log, StrictMath::log, 0, 5); }
    @Test void log10() { check1("log10", FdLibm::log10, StrictMath::log10, 0, 1000); }
    @Test void cbrt() { check1("cbrt", FdLibm::cbrt, StrictMath::cbrt, -100, 100); }
    @Test void sinh() { check1("sinh", FdLibm::sinh, StrictMath::sinh, -712, 712); }
    @Test void cosh() { check1("cosh", FdLibm::cosh, StrictMath::cosh, -712, 712); }
    @Test void tanh() { check1("tanh", FdLibm::tanh, StrictMath::tanh, -25, 25); }
    @Test void expm1() { check1("expm1", FdLibm::expm1, StrictMath::expm1, -40, 710); }
    @Test void log1p() { check1("log1p", FdLibm::log1p, StrictMath::log1p, -1, 3); }
    @Test void atan2() { check2("atan2", FdLibm::atan2, StrictMath::atan2, -10, 10, -10, 10); }
    @Test void hypot() { check2("hypot", FdLibm::hypot, StrictMath::hypot, -1e3, 1e3, -1e3, 1e3); }
    @Test void pow() {
        check2("pow", FdLibm::pow, StrictMath::pow, 0, 10, -40, 40);
        check2("powWide", FdLibm::pow, StrictMath::pow, -1e3, 1e3, -400, 400);
    }
    @Test void remainder() { check2("IEEEremainder", FdLibm::remainder, StrictMath::IEEEremainder, -1e6, 1e6, -100, 100); }
}
