package jos.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * FdLibm must give bit-for-bit the JDK's StrictMath results (NaNs compared as NaN). Runs on
 * HotSpot: every function over special values and their neighbours, then a million seeded random
 * arguments (or pairs) spread over the whole exponent range.
 */
class FdLibmTest {
    private static final int RANDOM = 1_000_000;
    private static final double LN2 = Math.log(2);

    /** Values where the algorithms branch or lose digits, before neighbours are added. */
    private static double[] baseSpecials() {
        List<Double> v = new ArrayList<>();
        double[] fixed = {
            0.0, Double.MIN_VALUE, 2 * Double.MIN_VALUE, 12345 * Double.MIN_VALUE, 0x1p-1060, 0x1p-1030,
            Double.MIN_NORMAL - Double.MIN_VALUE, Double.MIN_NORMAL, 3 * Double.MIN_NORMAL, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NaN, 1.0, 0.5, 2.0, 3.0, 10.0, 0.1, 1e-300, 1e300, 1e-20, 1e20,
            1e-8, 1e9, 1.5e19, 2.0e22, 1e22, 1e100, 1e200, 1e308, Math.E, 22.0, 22.5, 0.6744, 0.975, 0.3,
            0.78125, 0.4375, 0.6875, 1.1875, 2.4375, 0x1p66, 0x1p-27, 0x1p-28, 0x1p-29, 0x1p-54, 0x1p-55, 0x1p-57,
            0x1p-20, 0x1p31, 0x1p53, 0x1p64, 0x1p500, 0x1p-500, 0x1p600, 0x1p-600, 1024, 1075, 1023.9999,
            Math.sqrt(0.5), Math.sqrt(2), Math.sqrt(1.5), Math.sqrt(3), 0.41422, 0.2929, 0.29289321881345254,
            709.782712893384, 745.1332191019411, 745.1332191019412, 710.4758600739439, 56 * LN2, 38.8,
            0x1p19 * Math.PI, 0x1p20 * Math.PI / 2, 0x1.921fcp20, 0x1.921fbp20, 0x1.2d97cp1, 0x1.921fcp-1,
            Math.scalb(6381956970095103.0, 797),           // the double closest to a multiple of pi/2
            Math.scalb(5909152155296479.0, -20), 1e6, 1e15, 0x1p1000, 0x1p1023,
            // the branch points fdlibm puts on high words
            0x1.33333p-2, 0x1.90001p-1, 0x1.59428p-1, 0x1.62e43p-2, 0x1.3687ap5, 0x1.a827ap-2, 0x1.2bec4p-2,
            0x1.f3333p-1, 0x1.00001p-57, 0x1.62e42p9, 0x1.00001p31, 0x1.00001p64, 0x1.fffffp-1, 0x1.00001p0,
            0x1.00001p-1, 0x1p-1021, 0x1p-56, 0x1.6a09cp0, 0x1.6a09ep0, 0x1.3988ep0, 0x1.bb67ap0, 0x1.6147ap0, 0x1.6b851p0,
        };
        for (double d : fixed) v.add(d);
        for (int k = 1; k <= 80; k++) v.add(k * Math.PI / 4);
        for (int k = 1; k < 1000; k *= 3) v.add(1e3 * k * Math.PI / 2);
        for (int e = 20; e < 1024; e += 37) v.add(Math.scalb(Math.PI / 2, e));
        for (int k = -1080; k <= 1030; k += 7) v.add(k * LN2);
        for (int k = -4; k <= 4; k++) v.add((k + 0.5) * LN2);
        for (int k = 0; k < 64; k++) v.add(Math.atan(0.5 * k));
        List<Double> all = new ArrayList<>();
        for (double d : v) {
            all.add(d);
            all.add(-d);
        }
        double[] a = new double[all.size()];
        for (int i = 0; i < a.length; i++) a[i] = all.get(i);
        return a;
    }

    private static final double[] BASE = baseSpecials();

    /** BASE and up to 4 ulps either side of each finite value. */
    private static double[] specials() {
        List<Double> v = new ArrayList<>();
        for (double d : BASE) {
            v.add(d);
            if (!Double.isFinite(d)) continue;
            double up = d, down = d;
            for (int i = 0; i < 4; i++) {
                up = Math.nextUp(up);
                down = Math.nextDown(down);
                if (Double.isFinite(up)) v.add(up);
                if (Double.isFinite(down)) v.add(down);
            }
        }
        double[] a = new double[v.size()];
        for (int i = 0; i < a.length; i++) a[i] = v.get(i);
        return a;
    }

    private static final double[] SPECIAL = specials();

    /** One random argument: raw bit patterns, uniform in [lo, hi], log-uniform magnitudes, or near a special value. */
    private static double random(SplittableRandom r, double lo, double hi) {
        int mode = r.nextInt(20);
        double sign = r.nextBoolean() ? 1 : -1;
        if (mode < 4) return Double.longBitsToDouble(r.nextLong());
        if (mode < 9) return lo + (hi - lo) * r.nextDouble();
        if (mode < 14) return sign * Math.scalb(1.0 + r.nextDouble(), r.nextInt(-1074, 1024));
        if (mode < 17) return sign * Math.scalb(1.0 + r.nextDouble(), r.nextInt(-60, 60));
        double s = BASE[r.nextInt(BASE.length)];
        if (!Double.isFinite(s)) return s;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(s) + r.nextInt(-1000, 1001));
    }

    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    private static final class Mismatches {
        final String name;
        final List<String> shown = new ArrayList<>();
        int count;

        Mismatches(String name) {
            this.name = name;
        }

        void check(String args, double mine, double expected) {
            if (!same(mine, expected) && count++ < 10) shown.add(name + "(" + args + ") = " + mine + ", StrictMath " + expected);
        }

        void report() {
            if (count > 0) fail(count + " mismatches:\n" + String.join("\n", shown));
        }
    }

    private static String show(double x) {
        return x + " [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]";
    }

    private static void check1(String name, DoubleUnaryOperator mine, DoubleUnaryOperator ref, double lo, double hi) {
        Mismatches m = new Mismatches(name);
        for (double x : SPECIAL) m.check(show(x), mine.applyAsDouble(x), ref.applyAsDouble(x));
        SplittableRandom r = new SplittableRandom(name.hashCode());
        for (int i = 0; i < RANDOM; i++) {
            double x = random(r, lo, hi);
            m.check(show(x), mine.applyAsDouble(x), ref.applyAsDouble(x));
        }
        m.report();
    }

    /** Special values crossed with special values, then random pairs from the given pair generator. */
    private interface PairSource {
        void next(SplittableRandom r, double[] pair);
    }

    private static void check2(String name, DoubleBinaryOperator mine, DoubleBinaryOperator ref, PairSource source) {
        Mismatches m = new Mismatches(name);
        for (double x : BASE) {
            for (double y : BASE) m.check(x + ", " + y, mine.applyAsDouble(x, y), ref.applyAsDouble(x, y));
        }
        SplittableRandom r = new SplittableRandom(name.hashCode());
        double[] pair = new double[2];
        for (int i = 0; i < RANDOM; i++) {
            source.next(r, pair);
            double x = pair[0], y = pair[1];
            m.check(show(x) + ", " + show(y), mine.applyAsDouble(x, y), ref.applyAsDouble(x, y));
        }
        m.report();
    }

    @Test void sin() { check1("sin", FdLibm::sin, StrictMath::sin, -10, 10); }
    @Test void cos() { check1("cos", FdLibm::cos, StrictMath::cos, -10, 10); }
    @Test void tan() { check1("tan", FdLibm::tan, StrictMath::tan, -10, 10); }

    /** Arguments for each reduction: Cody-Waite up to 2^20 pi/2, Payne-Hanek above. */
    @Test void trigLargeArguments() {
        check1("sinMedium", FdLibm::sin, StrictMath::sin, -2e6, 2e6);
        check1("cosLarge", FdLibm::cos, StrictMath::cos, -1e22, 1e22);
        check1("tanHuge", FdLibm::tan, StrictMath::tan, -1e300, 1e300);
        double[] huge = {1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE, 1e22, 0x1p1023 * 1.5, 0x1p1000};
        for (double x : huge) {
            assertEquals(StrictMath.sin(x), FdLibm.sin(x), 0.0, "sin " + x);
            assertEquals(StrictMath.cos(x), FdLibm.cos(x), 0.0, "cos " + x);
            assertEquals(StrictMath.tan(x), FdLibm.tan(x), 0.0, "tan " + x);
        }
    }

    @Test void asin() { check1("asin", FdLibm::asin, StrictMath::asin, -1, 1); }
    @Test void acos() { check1("acos", FdLibm::acos, StrictMath::acos, -1, 1); }
    @Test void atan() { check1("atan", FdLibm::atan, StrictMath::atan, -5, 5); }
    @Test void exp() { check1("exp", FdLibm::exp, StrictMath::exp, -750, 710); }
    @Test void expm1() { check1("expm1", FdLibm::expm1, StrictMath::expm1, -40, 710); }
    @Test void log() { check1("log", FdLibm::log, StrictMath::log, 0, 5); }
    @Test void log10() { check1("log10", FdLibm::log10, StrictMath::log10, 0, 1000); }
    @Test void log1p() { check1("log1p", FdLibm::log1p, StrictMath::log1p, -1, 3); }
    @Test void sinh() { check1("sinh", FdLibm::sinh, StrictMath::sinh, -712, 712); }
    @Test void cosh() { check1("cosh", FdLibm::cosh, StrictMath::cosh, -712, 712); }
    @Test void tanh() { check1("tanh", FdLibm::tanh, StrictMath::tanh, -25, 25); }
    @Test void cbrt() { check1("cbrt", FdLibm::cbrt, StrictMath::cbrt, -100, 100); }

    @Test void atan2() {
        check2("atan2", FdLibm::atan2, StrictMath::atan2, (r, p) -> {
            p[0] = random(r, -10, 10);
            p[1] = r.nextInt(4) == 0 ? p[0] * Math.scalb(1.0 + r.nextDouble(), r.nextInt(-70, 70)) : random(r, -10, 10);
        });
    }

    @Test void hypot() {
        check2("hypot", FdLibm::hypot, StrictMath::hypot, (r, p) -> {
            switch (r.nextInt(4)) {
                case 0 -> {                                 // subnormal beside small normals
                    p[0] = Double.longBitsToDouble(r.nextLong(1L, 0x0010000000000000L));
                    p[1] = Math.scalb(1.0 + r.nextDouble(), r.nextInt(-1074, -960));
                }
                case 1 -> {                                 // close exponents anywhere
                    int e = r.nextInt(-1074, 1024);
                    p[0] = Math.scalb(1.0 + r.nextDouble(), e);
                    p[1] = Math.scalb(1.0 + r.nextDouble(), e + r.nextInt(-64, 65));
                }
                default -> {
                    p[0] = random(r, -1e3, 1e3);
                    p[1] = random(r, -1e3, 1e3);
                }
            }
        });
    }

    @Test void remainder() {
        check2("IEEEremainder", FdLibm::remainder, StrictMath::IEEEremainder, (r, p) -> {
            p[1] = random(r, -100, 100);
            switch (r.nextInt(3)) {
                case 0 -> p[0] = p[1] * (r.nextInt(-1000, 1000) + (r.nextInt(5) - 2) * 0.25);  // ties and exact multiples
                case 1 -> p[0] = p[1] * Math.scalb(r.nextDouble(), r.nextInt(-60, 200));
                default -> p[0] = random(r, -1e6, 1e6);
            }
        });
    }

    @Test void pow() {
        check2("pow", FdLibm::pow, StrictMath::pow, (r, p) -> {
            switch (r.nextInt(8)) {
                case 0 -> {                                 // integral exponents, negative bases
                    p[0] = -Math.abs(random(r, 0, 10));
                    p[1] = Math.rint(random(r, -60, 60));
                }
                case 1 -> {                                 // near 1 with large exponents
                    p[0] = 1.0 + (r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(-60, 0));
                    p[1] = (r.nextBoolean() ? 1 : -1) * Math.scalb(1.0 + r.nextDouble(), r.nextInt(0, 70));
                }
                case 2 -> {                                 // results near overflow and underflow
                    p[0] = Math.scalb(1.0 + r.nextDouble(), r.nextInt(-30, 30));
                    double target = r.nextBoolean() ? 1024 + (r.nextDouble() - 0.5) * 1e-3 : -1075 + (r.nextDouble() - 0.5) * 4;
                    double log2 = Math.log(p[0]) / LN2;
                    p[1] = log2 == 0 ? 1e300 : target / log2;
                }
                case 3 -> {                                 // subnormal bases
                    p[0] = Double.longBitsToDouble(r.nextLong(1L, 0x0010000000000000L));
                    p[1] = random(r, -2, 2);
                }
                default -> {
                    p[0] = random(r, 0, 10);
                    p[1] = random(r, -40, 40);
                }
            }
        });
    }

    /** Math.pow's documented special cases (as StrictMath specifies them), checked directly. */
    @Test void powSpecialCases() {
        double inf = Double.POSITIVE_INFINITY, nan = Double.NaN;
        double[][] cases = {
            // x, y, result
            {5.0, 0.0, 1.0}, {nan, -0.0, 1.0}, {7.5, 1.0, 7.5}, {2.0, nan, nan}, {1.0, nan, nan}, {nan, 2.0, nan},
            {1.5, inf, inf}, {0.5, -inf, inf}, {-1.5, inf, inf}, {1.5, -inf, 0.0}, {0.5, inf, 0.0},
            {1.0, inf, nan}, {-1.0, -inf, nan}, {0.0, 2.5, 0.0}, {inf, -2.5, 0.0}, {0.0, -2.5, inf}, {inf, 3.0, inf},
            {-0.0, 2.0, 0.0}, {-0.0, 2.5, 0.0}, {-inf, -2.0, 0.0}, {-inf, -2.5, 0.0}, {-0.0, 3.0, -0.0},
            {-inf, -3.0, -0.0}, {-0.0, -2.0, inf}, {-0.0, -0.5, inf}, {-inf, 2.0, inf}, {-inf, 0.5, inf},
            {-0.0, -3.0, -inf}, {-inf, 3.0, -inf}, {-2.0, 3.0, -8.0}, {-2.0, 4.0, 16.0}, {-2.0, 0.5, nan},
            {-8.0, 1.0 / 3, nan}, {3.0, 4.0, 81.0}, {2.0, -3.0, 0.125}, {-3.0, 0x1p53 + 2, inf}, {-1.0, 0x1p60, 1.0},
            {-1.0, 0x1p53 - 1, -1.0}, {2.0, 1024, inf}, {2.0, -1074, Double.MIN_VALUE}, {2.0, -1076, 0.0},
            {0.5, 0x1p64, 0.0}, {-0.5, -0x1p31 - 1, -inf},
        };
        for (double[] c : cases) {
            assertEquals(c[2], FdLibm.pow(c[0], c[1]), 0.0, "pow(" + c[0] + ", " + c[1] + ")");
            assertEquals(Double.doubleToLongBits(StrictMath.pow(c[0], c[1])), Double.doubleToLongBits(FdLibm.pow(c[0], c[1])),
                    "pow(" + c[0] + ", " + c[1] + ") against StrictMath");
        }
    }

    /** The high words of n pi/2 that the medium reduction compares against, from a 60-digit pi. */
    @Test void multiplesOfHalfPiHighWords() throws Exception {
        BigDecimal pi = new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494");
        java.lang.reflect.Field f = FdLibm.class.getDeclaredField("HALF_PI_MULTIPLE_HIGH");
        f.setAccessible(true);
        int[] table = (int[]) f.get(null);
        for (int n = 1; n <= table.length; n++) {
            double d = pi.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128).doubleValue();
            assertEquals((int) (Double.doubleToRawLongBits(d) >>> 32), table[n - 1], "n = " + n);
        }
    }
}
