package jos.rt;

/**
 * StrictMath's transcendental functions. StrictMath is specified by fdlibm 5.3's results, so each
 * function uses the method fdlibm publishes for it (the same argument reduction, the same
 * polynomial or rational approximation and its coefficients, evaluated in an order that rounds the
 * same way); the code is our own. FdLibmTest compares every function bit for bit with HotSpot's
 * StrictMath. Only Math.sqrt and the % operator (both exact) are used from outside.
 *
 * <p>Many branch points are the values fdlibm tests on the upper 32 bits of a double; they are
 * written here as the doubles those tests amount to (e.g. 0x1.62e43p-2 is "the high word exceeds
 * that of ln2/2").
 */
public final class FdLibm {
    private FdLibm() {}

    private static final long SIGN_BIT = 0x8000000000000000L;
    private static final long EXPONENT_BITS = 0x7ff0000000000000L;
    private static final long FRACTION_BITS = 0x000fffffffffffffL;
    private static final long ONE_BITS = 0x3ff0000000000000L;     // exponent field of [1, 2)
    private static final long HALF_BITS = 0x3fe0000000000000L;    // exponent field of [1/2, 1)
    private static final long MIN_NORMAL_BITS = 0x0010000000000000L;
    private static final double INFINITY = Double.POSITIVE_INFINITY;
    private static final double ONE_THIRD = 0x1.5555555555555p-2;

    // ---- bits of a double ----

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    /** The upper 32 bits: sign, exponent and the first 20 fraction bits. */
    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static double fromHighWord(int high) {
        return Double.longBitsToDouble((long) high << 32);
    }

    /** x cut to its first 21 significant bits, so that products of two such values are exact. */
    private static double upperHalf(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
    }

    // Comparisons rather than bit access where they do: natively, bit access is a call. A bound B
    // of at most 26 bits has an exact square, and then x * x < B * B exactly when |x| < B; that
    // form has no branch on the sign of x (which is unpredictable in loops).

    /** |x| (NaN stays NaN). */
    private static double magnitude(double x) {
        return x <= 0.0 ? 0.0 - x : x;
    }

    private static boolean isFinite(double x) {
        return x - x == 0;
    }

    private static boolean isInfinite(double x) {
        return magnitude(x) == INFINITY;
    }

    private static int biasedExponent(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 52) & 0x7ff;
    }

    /** 2^k for -1022 <= k <= 1023. */
    private static double twoTo(int k) {
        return Double.longBitsToDouble((long) (k + 1023) << 52);
    }

    /** x * 2^n rounded once, like an exact scaling followed by a single IEEE rounding. */
    private static double scale(double x, int n) {
        if (n >= -1022 && n <= 1023) return x * twoTo(n);
        if (n > 0) {
            // Scaling up is exact until it overflows, and then the result overflows too.
            for (int step = 0; step < 2 && n > 1023; step++) {
                x *= 0x1p1023;
                n -= 1023;
            }
            return x * twoTo(n > 1023 ? 1023 : n);
        }
        // 2^-969 leaves 53 bits of headroom above the subnormals: a step that rounds here makes a
        // value the last step sends to zero anyway.
        for (int step = 0; step < 2 && n < -1022; step++) {
            x *= 0x1p-969;
            n += 969;
        }
        return x * twoTo(n < -1022 ? -1022 : n);
    }

    // ---- exp ----
    // x = k ln2 + r with |r| <= ln2/2, exp(x) = 2^k exp(r). On that interval a minimax polynomial
    // gives R(r^2) ~ r (exp(r) + 1) / (exp(r) - 1) - 2; with c = r - r^2 R(r^2) (expRemainder),
    // exp(r) = 1 + r + r c / (2 - c).

    private static final double LN2_HI = 0x1.62e42feep-1;          // ln 2 with 11 trailing zero bits: k LN2_HI is exact
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;    // ln 2 - LN2_HI
    private static final double INV_LN2 = 0x1.71547652b82fep0;     // 1 / ln 2
    private static final double EXP_P1 = 1.66666666666666019037e-01;
    private static final double EXP_P2 = -2.77777777770155933842e-03;
    private static final double EXP_P3 = 6.61375632143793436117e-05;
    private static final double EXP_P4 = -1.65339022054652515390e-06;
    private static final double EXP_P5 = 4.13813679705723846039e-08;
    private static final double EXP_LARGEST = 0x1.62e42fefa39efp9;   // ln(Double.MAX_VALUE)
    private static final double EXP_SMALLEST = -0x1.74910d52d3051p9; // ln(2^-1075): below, exp rounds to 0
    private static final double HALF_LN2_BOUND = 0x1.62e43p-2;

    private static double expRemainder(double r) {
        double rr = r * r;
        return r - rr * (EXP_P1 + rr * (EXP_P2 + rr * (EXP_P3 + rr * (EXP_P4 + rr * EXP_P5))));
    }

    /** k with k ln 2 nearest to x (ties away from zero). */
    private static int nearestMultipleOfLn2(double x) {
        return (int) (INV_LN2 * x + halfWithSignOf(x));
    }

    /** 0.5 with x's sign, without a branch (the sign of x is unpredictable in loops). */
    private static double halfWithSignOf(double x) {
        return Double.longBitsToDouble(HALF_BITS | (Double.doubleToRawLongBits(x) & SIGN_BIT));
    }

    public static double exp(double x) {
        if (x != x) return x + x;
        if (x > EXP_LARGEST) return INFINITY;
        if (x < EXP_SMALLEST) return 0.0;
        double xx = x * x;
        if (xx < HALF_LN2_BOUND * HALF_LN2_BOUND) {
            if (xx < 0x1p-56) return 1.0 + x;
            double c = expRemainder(x);
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        int k = nearestMultipleOfLn2(x);
        double hi = x - k * LN2_HI;
        double lo = k * LN2_LO;
        double r = hi - lo;
        double c = expRemainder(r);
        return scale(1.0 - ((lo - (r * c) / (2.0 - c)) - hi), k);
    }

    // ---- expm1 ----
    // Same reduction as exp, keeping the rounding error of r. On |r| <= ln2/2 a rational
    // approximation in r^2/2 (Q1..Q5) gives expm1(r) = r + r^2/2 + r^3/2 (3 - ...)/(6 - ...), and
    // expm1(x) = 2^k (expm1(r) + 1) - 1 is assembled so that no digits cancel.

    private static final double EXPM1_Q1 = -3.33333333333331316428e-02;
    private static final double EXPM1_Q2 = 1.58730158725481460165e-03;
    private static final double EXPM1_Q3 = -7.93650757867487942473e-05;
    private static final double EXPM1_Q4 = 4.00821782732936239552e-06;
    private static final double EXPM1_Q5 = -2.01099218183624371326e-07;

    public static double expm1(double x) {
        if (x != x) return x + x;
        double xx = x * x;
        if (xx >= 0x1.3687ap5 * 0x1.3687ap5) {             // |x| >= 56 ln2
            if (x > EXP_LARGEST) return INFINITY;
            if (x < 0) return -1.0;                        // exp(x) is below half an ulp of 1
        }
        int k;
        double r;
        double error = 0.0;                                // r's rounding error
        if (xx >= HALF_LN2_BOUND * HALF_LN2_BOUND) {
            k = nearestMultipleOfLn2(x);
            double hi = x - k * LN2_HI;
            double lo = k * LN2_LO;
            r = hi - lo;
            error = (hi - r) - lo;
        } else if (xx < 0x1p-108) {
            return x;
        } else {
            k = 0;
            r = x;
        }
        double halfR = 0.5 * r;
        double halfRR = r * halfR;
        double q = 1.0 + halfRR * (EXPM1_Q1 + halfRR * (EXPM1_Q2 + halfRR * (EXPM1_Q3 + halfRR * (EXPM1_Q4 + halfRR * EXPM1_Q5))));
        double t = 3.0 - q * halfR;
        double e = halfRR * ((q - t) / (6.0 - r * t));     // expm1(r) = r + (r^2/2 - (r e - ...))
        if (k == 0) return r - (r * e - halfRR);
        e = r * (e - error) - error;
        e -= halfRR;
        if (k == -1) return 0.5 * (r - e) - 0.5;
        if (k == 1) return r < -0.25 ? -2.0 * (e - (r + 0.5)) : 1.0 + 2.0 * (r - e);
        if (k <= -2 || k > 56) return scale(1.0 - (e - r), k) - 1.0;  // the -1 hardly matters
        if (k < 20) return scale((1.0 - twoTo(-k)) - (e - r), k);
        return scale((r - (e + twoTo(-k))) + 1.0, k);
    }

    // ---- log, log10 ----
    // x = 2^k m with m in [sqrt(2)/2, sqrt(2)), f = m - 1, s = f / (2 + f). Then
    // log(1 + f) = 2s + 2/3 s^3 + ... = f - f^2/2 + s (f^2/2 + R(s^2)), R a minimax polynomial
    // (Lg1..Lg7, split into even and odd powers of s^4), and log(x) = k ln2 + log(1 + f).

    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    public static double log(double x) {
        long b = bits(x);
        int k = 0;
        if (b < MIN_NORMAL_BITS) {  // negative, zero or subnormal
            if ((b & ~SIGN_BIT) == 0) return Double.NEGATIVE_INFINITY;
            if (b < 0) return Double.NaN;
            x *= 0x1p54;
            k = -54;
            b = bits(x);
        }
        if (b >= EXPONENT_BITS) return x + x;              // +infinity, NaN
        k += (int) (b >>> 52) - 1023;
        int leading = (int) (b >>> 32) & 0xfffff;         // the fraction's first 20 bits
        int aboveSqrt2 = (0x6a09b - leading) >>> 31;       // 1 if the significand is about sqrt(2) or more
        k += aboveSqrt2;
        double f = Double.longBitsToDouble((b & FRACTION_BITS) | (ONE_BITS - ((long) aboveSqrt2 << 52))) - 1.0;
        double dk = k;
        if (leading == 0 || leading >= 0xffffe) {         // |f| < 2^-20: three terms of the series
            if (f == 0) return k == 0 ? 0.0 : dk * LN2_HI + dk * LN2_LO;
            double series = f * f * (0.5 - ONE_THIRD * f);
            return k == 0 ? f - series : dk * LN2_HI - ((series - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double poly = s2 * (LG1 + s4 * (LG3 + s4 * (LG5 + s4 * LG7))) + s4 * (LG2 + s4 * (LG4 + s4 * LG6));
        if (leading >= 0x6147a && leading <= 0x6b851) {    // f near 0.4 or -0.3: keep f^2/2 apart
            double halfF2 = 0.5 * f * f;
            if (k == 0) return f - (halfF2 - s * (halfF2 + poly));
            return dk * LN2_HI - ((halfF2 - (s * (halfF2 + poly) + dk * LN2_LO)) - f);
        }
        if (k == 0) return f - s * (f - poly);
        return dk * LN2_HI - ((s * (f - poly) - dk * LN2_LO) - f);
    }

    private static final double INV_LN10 = 0x1.bcb7b1526e50ep-2;      // 1 / ln 10
    private static final double LOG10_2_HI = 0x1.34413509f6p-2;       // log10(2), 36 bits: n LOG10_2_HI is exact
    private static final double LOG10_2_LO = 0x1.9fef311f12b36p-42;   // log10(2) - LOG10_2_HI

    /** x = 2^n m with m in [1, 2) for n >= 0 and in [1/2, 1) below; log10(x) = n log10(2) + log(m) / ln 10. */
    public static double log10(double x) {
        long b = bits(x);
        int k = 0;
        if (b < MIN_NORMAL_BITS) {
            if ((b & ~SIGN_BIT) == 0) return Double.NEGATIVE_INFINITY;
            if (b < 0) return Double.NaN;
            x *= 0x1p54;
            k = -54;
            b = bits(x);
        }
        if (b >= EXPONENT_BITS) return x + x;
        k += (int) (b >>> 52) - 1023;
        double n = k < 0 ? k + 1 : k;
        double m = Double.longBitsToDouble((b & FRACTION_BITS) | (k < 0 ? HALF_BITS : ONE_BITS));
        double z = n * LOG10_2_LO + INV_LN10 * log(m);
        return z + n * LOG10_2_HI;
    }

    // ---- log1p ----
    // As log, on u = 1 + x: when forming u rounds, the correction c = (x - (u - 1)) / u is added.
    // For -0.2929 < x < 0.41422, f = x directly. The polynomial is log's (Lp1..Lp7 = Lg1..Lg7),
    // evaluated in s^2 throughout.

    public static double log1p(double x) {
        if (!(x > -1.0)) return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        if (x == INFINITY) return x;
        if (magnitude(x) < 0x1p-29) return magnitude(x) < 0x1p-54 ? x : x - x * x * 0.5;
        int k;
        double f;
        double c = 0.0;
        boolean nearOne;                                   // |f| < 2^-20
        if (x < 0x1.a827ap-2 && x > -0x1.2bec4p-2) {
            k = 0;
            f = x;
            nearOne = false;
        } else {
            double u;
            if (x < 0x1p53) {
                u = 1.0 + x;
                k = biasedExponent(u) - 1023;
                c = (k > 0 ? 1.0 - (u - x) : x - (u - 1.0)) / u;
            } else {
                u = x;
                k = biasedExponent(u) - 1023;
            }
            long b = bits(u);
            int leading = (int) (b >>> 32) & 0xfffff;
            if (leading < 0x6a09e) {
                u = Double.longBitsToDouble((b & FRACTION_BITS) | ONE_BITS);
                nearOne = leading == 0;
            } else {
                k++;
                u = Double.longBitsToDouble((b & FRACTION_BITS) | HALF_BITS);
                nearOne = leading > 0xffffc;
            }
            f = u - 1.0;
        }
        double halfF2 = 0.5 * f * f;
        if (nearOne) {
            if (f == 0) return k == 0 ? 0.0 : k * LN2_HI + (c + k * LN2_LO);
            double series = halfF2 * (1.0 - 2 * ONE_THIRD * f);
            if (k == 0) return f - series;
            return k * LN2_HI - ((series - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double s2 = s * s;
        double poly = s2 * (LG1 + s2 * (LG2 + s2 * (LG3 + s2 * (LG4 + s2 * (LG5 + s2 * (LG6 + s2 * LG7))))));
        if (k == 0) return f - (halfF2 - s * (halfF2 + poly));
        return k * LN2_HI - ((halfF2 - (s * (halfF2 + poly) + (k * LN2_LO + c))) - f);
    }

    // ---- sinh, cosh, tanh ----
    // From expm1 for small |x| (no cancellation), from exp above, and exp(|x|/2)^2 near overflow.

    private static final double HYPERBOLIC_LARGEST = 0x1.633ce8fb9f87dp9;  // where cosh(x) overflows
    private static final double EXP_FINITE_BOUND = 0x1.62e42p9;          // high word of ln(MAX_VALUE)

    public static double sinh(double x) {
        if (!isFinite(x)) return x + x;
        double ax = magnitude(x);
        double half = x < 0 ? -0.5 : 0.5;
        if (ax < 22) {
            if (ax < 0x1p-28) return x;
            double t = expm1(ax);
            if (ax < 1) return half * (2.0 * t - t * t / (t + 1.0));
            return half * (t + t / (t + 1.0));
        }
        if (ax < EXP_FINITE_BOUND) return half * exp(ax);
        if (ax <= HYPERBOLIC_LARGEST) {
            double w = exp(0.5 * ax);
            return (half * w) * w;
        }
        return x > 0 ? INFINITY : Double.NEGATIVE_INFINITY;
    }

    public static double cosh(double x) {
        if (!isFinite(x)) return x * x;
        double ax = magnitude(x);
        if (ax < HALF_LN2_BOUND) {
            double t = expm1(ax);
            double w = 1.0 + t;
            if (ax < 0x1p-55) return w;
            return 1.0 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < EXP_FINITE_BOUND) return 0.5 * exp(ax);
        if (ax <= HYPERBOLIC_LARGEST) {
            double w = exp(0.5 * ax);
            return (0.5 * w) * w;
        }
        return INFINITY;
    }

    public static double tanh(double x) {
        if (x != x) return x + x;
        double ax = magnitude(x);
        double magnitude;
        if (ax < 22) {
            if (ax < 0x1p-55) return x;
            if (ax >= 1) {
                magnitude = 1.0 - 2.0 / (expm1(2.0 * ax) + 2.0);
            } else {
                double t = expm1(-2.0 * ax);
                magnitude = -t / (t + 2.0);
            }
        } else {
            magnitude = 1.0;                               // also for the infinities
        }
        return x < 0 ? -magnitude : magnitude;
    }

    // ---- atan, atan2 ----
    // |x| is mapped to t near 0 by atan(x) = atan(c) + atan((x - c) / (1 + x c)) for c in
    // {1/2, 1, 3/2, infinity} (atan(c) split in hi + lo); atan(t) = t - t (t^2 P(t^4) + t^4 Q(t^4))
    // with the minimax coefficients aT0..aT10.

    private static final double[] ATAN_OF_BREAK_HI = {
        0x1.dac670561bb4fp-2, 0x1.921fb54442d18p-1, 0x1.f730bd281f69bp-1, 0x1.921fb54442d18p+0,  // atan(1/2), atan(1), atan(3/2), pi/2
    };
    private static final double[] ATAN_OF_BREAK_LO = {
        0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55, 0x1.007887af0cbbdp-56, 0x1.1a62633145c07p-54,
    };
    private static final double AT0 = 3.33333333333329318027e-01;
    private static final double AT1 = -1.99999999998764832476e-01;
    private static final double AT2 = 1.42857142725034663711e-01;
    private static final double AT3 = -1.11111104054623557880e-01;
    private static final double AT4 = 9.09088713343650656196e-02;
    private static final double AT5 = -7.69187620504482999495e-02;
    private static final double AT6 = 6.66107313738753120669e-02;
    private static final double AT7 = -5.83357013379057348645e-02;
    private static final double AT8 = 4.97687799461593236017e-02;
    private static final double AT9 = -3.65315727442169155270e-02;
    private static final double AT10 = 1.62858201153657823623e-02;

    /** (t - atan(t)) / t. */
    private static double atanSeries(double t) {
        double t2 = t * t;
        double t4 = t2 * t2;
        double odd = t2 * (AT0 + t4 * (AT2 + t4 * (AT4 + t4 * (AT6 + t4 * (AT8 + t4 * AT10)))));
        double even = t4 * (AT1 + t4 * (AT3 + t4 * (AT5 + t4 * (AT7 + t4 * AT9))));
        return odd + even;
    }

    public static double atan(double x) {
        double ax = magnitude(x);
        if (!(ax < 0x1p66)) {
            if (x != x) return x + x;
            double limit = ATAN_OF_BREAK_HI[3] + ATAN_OF_BREAK_LO[3];
            return x > 0 ? limit : -limit;
        }
        if (ax < 0.4375) {
            if (ax < 0x1p-29) return x;
            return x - x * atanSeries(x);
        }
        int breakPoint;
        double t;
        if (ax < 0.6875) {
            breakPoint = 0;
            t = (2.0 * ax - 1.0) / (2.0 + ax);
        } else if (ax < 1.1875) {
            breakPoint = 1;
            t = (ax - 1.0) / (ax + 1.0);
        } else if (ax < 2.4375) {
            breakPoint = 2;
            t = (ax - 1.5) / (1.0 + 1.5 * ax);
        } else {
            breakPoint = 3;
            t = -1.0 / ax;
        }
        double z = ATAN_OF_BREAK_HI[breakPoint] - ((t * atanSeries(t) - ATAN_OF_BREAK_LO[breakPoint]) - t);
        return x < 0 ? -z : z;
    }

    private static final double PI = 0x1.921fb54442d18p1;
    private static final double PI_LO = 0x1.1a62633145c07p-53;       // pi - PI
    private static final double PI_OVER_2 = 0x1.921fb54442d18p0;
    private static final double PI_OVER_2_LO = 0x1.1a62633145c07p-54;
    private static final double PI_OVER_4 = 0x1.921fb54442d18p-1;
    private static final double PI_OVER_4_LO = 0x1.1a62633145c07p-55;

    /** atan(y / x) placed in the quadrant of (x, y); atan(|y / x|) unless the ratio is extreme. */
    public static double atan2(double y, double x) {
        if (x != x || y != y) return x + y;
        if (x == 1.0) return atan(y);
        boolean xNegative = bits(x) < 0;
        boolean yNegative = bits(y) < 0;
        if (y == 0) {
            if (!xNegative) return y;
            return yNegative ? -PI : PI;
        }
        if (x == 0) return yNegative ? -PI_OVER_2 : PI_OVER_2;
        if (isInfinite(x)) {
            double angle;
            if (isInfinite(y)) angle = xNegative ? 3.0 * PI_OVER_4 : PI_OVER_4;
            else angle = xNegative ? PI : 0.0;
            return yNegative ? -angle : angle;
        }
        if (isInfinite(y)) return yNegative ? -PI_OVER_2 : PI_OVER_2;
        // The exponent gap as the high words see it.
        int gap = (highWord(magnitude(y)) - highWord(magnitude(x))) >> 20;
        double z;
        if (gap > 60) z = PI_OVER_2 + 0.5 * PI_LO;
        else if (xNegative && gap < -60) z = 0.0;
        else z = atan(magnitude(y / x));
        if (!xNegative) return yNegative ? -z : z;
        return yNegative ? (z - PI_LO) - PI : PI - (z - PI_LO);
    }

    // ---- asin, acos ----
    // asin(x) = x + x^3 R(x^2) for |x| < 1/2, R a rational minimax approximation (pS/qS);
    // above, asin(x) = pi/2 - 2 asin(sqrt((1 - |x|) / 2)), with sqrt split in hi + lo when the
    // result needs more than the rounded root.

    private static final double PS0 = 1.66666666666666657415e-01;
    private static final double PS1 = -3.25565818622400915405e-01;
    private static final double PS2 = 2.01212532134862925881e-01;
    private static final double PS3 = -4.00555345006794114027e-02;
    private static final double PS4 = 7.91534994289814532176e-04;
    private static final double PS5 = 3.47933107596021167570e-05;
    private static final double QS1 = -2.40339491173441421878e+00;
    private static final double QS2 = 2.02094576023350569471e+00;
    private static final double QS3 = -6.88283971605453293030e-01;
    private static final double QS4 = 7.70381505559019352791e-02;

    /** R(t) with asin(x) = x + x t R(t), t = x^2. */
    private static double asinRatio(double t) {
        double p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
        double q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
        return p / q;
    }

    public static double asin(double x) {
        double ax = magnitude(x);
        if (!(ax < 1.0)) {
            if (ax == 1.0) return x * PI_OVER_2 + x * PI_OVER_2_LO;
            return Double.NaN;
        }
        if (ax < 0.5) {
            if (ax < 0x1p-27) return x;
            return x + x * asinRatio(x * x);
        }
        double t = (1.0 - ax) * 0.5;
        double ratio = asinRatio(t);
        double root = Math.sqrt(t);
        double result;
        if (ax >= 0x1.f3333p-1) {
            result = PI_OVER_2 - (2.0 * (root + root * ratio) - PI_OVER_2_LO);
        } else {
            double rootHi = upperHalf(root);
            double rootLo = (t - rootHi * rootHi) / (root + rootHi);
            double p = 2.0 * root * ratio - (PI_OVER_2_LO - 2.0 * rootLo);
            double q = PI_OVER_4 - 2.0 * rootHi;
            result = PI_OVER_4 - (p - q);
        }
        return x > 0 ? result : -result;
    }

    public static double acos(double x) {
        double ax = magnitude(x);
        if (!(ax < 1.0)) {
            if (x == 1.0) return 0.0;
            if (x == -1.0) return PI + 2.0 * PI_OVER_2_LO;
            return Double.NaN;
        }
        if (ax < 0.5) {
            if (ax < 0x1.00001p-57) return PI_OVER_2 + PI_OVER_2_LO;
            return PI_OVER_2 - (x - (PI_OVER_2_LO - x * asinRatio(x * x)));
        }
        if (x < 0) {
            double t = (1.0 + x) * 0.5;
            double root = Math.sqrt(t);
            double w = asinRatio(t) * root - PI_OVER_2_LO;
            return PI - 2.0 * (root + w);
        }
        double t = (1.0 - x) * 0.5;
        double root = Math.sqrt(t);
        double rootHi = upperHalf(root);
        double rootLo = (t - rootHi * rootHi) / (root + rootHi);
        return 2.0 * (rootHi + (asinRatio(t) * root + rootLo));
    }

    // ---- cbrt ----
    // A first guess from dividing the biased exponent (with the leading fraction bits) by 3, a
    // rational correction to about 23 bits, then one Newton step on t rounded up to 20 bits.

    private static final int CBRT_BIAS = 715094163;        // (682 - 0.03306235651) 2^20
    private static final int CBRT_BIAS_SUBNORMAL = 696219795;  // (664 - 0.03306235651) 2^20
    private static final double CBRT_C = 19.0 / 35;
    private static final double CBRT_D = -864.0 / 1225;
    private static final double CBRT_E = 99.0 / 70;
    private static final double CBRT_F = 45.0 / 28;
    private static final double CBRT_G = 5.0 / 14;

    public static double cbrt(double x) {
        if (!isFinite(x) || x == 0) return x + x;
        double ax = magnitude(x);
        double t;
        if (ax < Double.MIN_NORMAL) {
            double scaled = ax * 0x1p54;
            long b = bits(scaled);
            t = Double.longBitsToDouble(((long) ((int) (b >>> 32) / 3 + CBRT_BIAS_SUBNORMAL) << 32) | (b & 0xffffffffL));
        } else {
            t = fromHighWord(highWord(ax) / 3 + CBRT_BIAS);
        }
        double r = t * t / ax;
        double s = CBRT_C + r * t;
        t *= CBRT_G + CBRT_F / (s + CBRT_E + CBRT_D / s);
        t = fromHighWord(highWord(t) + 1);                 // 20 bits, rounded away from the root
        double t2 = t * t;
        double q = ax / t2;
        q = (q - t) / ((t + t) + q);
        t = t + t * q;
        return x < 0 ? -t : t;
    }

    // ---- hypot ----
    // sqrt(a^2 + b^2) with a >= b (by high words), the squares formed exactly from 21-bit halves;
    // operands are scaled by 2^+-600 (or 2^1022 for subnormals) to keep them in range.

    public static double hypot(double x, double y) {
        double a = Double.longBitsToDouble(bits(x) & ~SIGN_BIT);   // NaNs too: the high words are compared
        double b = Double.longBitsToDouble(bits(y) & ~SIGN_BIT);
        int aHigh = highWord(a);
        int bHigh = highWord(b);
        if (bHigh > aHigh) {
            double swap = a;
            a = b;
            b = swap;
            int swapHigh = aHigh;
            aHigh = bHigh;
            bHigh = swapHigh;
        }
        if (aHigh - bHigh > 0x3c00000) return a + b;      // a / b > 2^60
        int exponent = 0;
        if (aHigh > 0x5f300000) {                          // a > 2^500
            if (aHigh >= 0x7ff00000) return a == INFINITY || b == INFINITY ? INFINITY : a + b;
            a *= 0x1p-600;
            b *= 0x1p-600;
            aHigh -= 600 << 20;
            bHigh -= 600 << 20;
            exponent = 600;
        } else if (bHigh < 0x20b00000) {                   // b < 2^-500
            if (bHigh <= 0x000fffff) {
                if (b == 0) return a;
                // The halves below are still cut at the unscaled high words (StrictMath's results
                // depend on it): only a and b are scaled here.
                a *= 0x1p1022;
                b *= 0x1p1022;
                exponent = -1022;
            } else {
                a *= 0x1p600;
                b *= 0x1p600;
                aHigh += 600 << 20;
                bHigh += 600 << 20;
                exponent = -600;
            }
        }
        double diff = a - b;
        double w;
        if (diff > b) {
            double aHi = fromHighWord(aHigh);
            double aLo = a - aHi;
            w = Math.sqrt(aHi * aHi - (b * (-b) - aLo * (a + aHi)));
        } else {
            double twoA = a + a;
            double bHi = fromHighWord(bHigh);
            double bLo = b - bHi;
            double twoAHi = fromHighWord(aHigh + 0x00100000);
            double twoALo = twoA - twoAHi;
            w = Math.sqrt(twoAHi * bHi - (diff * (-diff) - (twoAHi * bLo + twoALo * b)));
        }
        return exponent == 0 ? w : w * twoTo(exponent);
    }

    // ---- IEEEremainder ----

    /** x - n p for the integer n nearest x / p (ties to even): x mod 2p, then at most two subtractions of p. */
    public static double remainder(double x, double p) {
        if (p == 0 || !isFinite(x) || p != p) return Double.NaN;
        double ap = magnitude(p);
        boolean same = magnitude(x) == ap;
        boolean negative = bits(x) < 0;
        if (ap < 0x1p1023) x = x % (p + p);
        if (same) return 0.0 * x;
        double r = magnitude(x);
        if (ap < 0x1p-1021) {                              // p / 2 would not be exact
            if (r + r > ap) {
                r -= ap;
                if (r + r >= ap) r -= ap;
            }
        } else {
            double half = 0.5 * ap;
            if (r > half) {
                r -= ap;
                if (r >= half) r -= ap;
            }
        }
        return negative ? -r : r;
    }

    // ---- pow ----
    // x^y = 2^(y log2|x|). log2|x| is computed to about 70 bits as hi + lo: |x| = 2^n m with m in
    // [1, sqrt(3)), s = (m - c) / (m + c) for c = 1 or 3/2, log2(m) = log2(c) + (2s + 2/3 s^3 +
    // ...) / ln2 (minimax L1..L6 for the tail of the series). y is split in 21 + 32 bits, the
    // product y log2|x| = z kept as pHi + pLo; 2^z = 2^n 2^f with exp's polynomial for 2^f.

    private static final double POW_L1 = 5.99999999999994648725e-01;
    private static final double POW_L2 = 4.28571428578550184252e-01;
    private static final double POW_L3 = 3.33333329818377432918e-01;
    private static final double POW_L4 = 2.72728123808534006489e-01;
    private static final double POW_L5 = 2.30660745775561754067e-01;
    private static final double POW_L6 = 2.06975017800338417784e-01;
    private static final double LN2 = 0x1.62e42fefa39efp-1;
    private static final double LN2_HI_POW = 0x1.62e43p-1;            // ln 2 in 21 bits
    private static final double LN2_LO_POW = -0x1.05c610ca86c39p-29;  // ln 2 - LN2_HI_POW
    private static final double TWO_OVER_3LN2 = 0x1.ec709dc3a03fdp-1; // 2 / (3 ln 2)
    private static final double TWO_OVER_3LN2_HI = 0x1.ec709ep-1;
    private static final double TWO_OVER_3LN2_LO = -0x1.e2fe0145b01f5p-28;
    private static final double[] POW_CENTRE = {1.0, 1.5};
    private static final double[] POW_LOG2_CENTRE_HI = {0.0, 0x1.2b8034p-1};      // log2 of the centre, 24 bits
    private static final double[] POW_LOG2_CENTRE_LO = {0.0, 0x1.cfdeb43cfd006p-27};
    private static final double INV_LN2_HI = 0x1.715476p0;             // 1 / ln 2 in 24 bits
    private static final double INV_LN2_LO = 0x1.4ae0bf85ddf44p-26;
    private static final double POW_OVERFLOW_MARGIN = 0x1.71547652b82fep-54;  // 1024 - log2(MAX_VALUE + ulp/2)

    private static final int NOT_INTEGER = 0;
    private static final int ODD = 1;
    private static final int EVEN = 2;

    /** Whether |y| (nonzero) is an odd or even integer. */
    private static int integerKind(double ay) {
        if (ay >= 0x1p53) return EVEN;
        if (ay < 1.0) return NOT_INTEGER;
        long b = bits(ay);
        int fractionBits = 1075 - (int) (b >>> 52);
        long significand = (b & FRACTION_BITS) | (FRACTION_BITS + 1);
        if ((significand & ((1L << fractionBits) - 1)) != 0) return NOT_INTEGER;
        return ((significand >>> fractionBits) & 1) != 0 ? ODD : EVEN;
    }

    public static double pow(double x, double y) {
        if (y == 0) return 1.0;
        if (x != x || y != y) return x + y;
        double ax = magnitude(x);
        double ay = magnitude(y);
        boolean xNegative = bits(x) < 0;
        int kind = xNegative ? integerKind(ay) : NOT_INTEGER;

        if (ay == INFINITY) {
            if (ax == 1.0) return y - y;
            return (ax > 1.0) == (y > 0) ? INFINITY : 0.0;
        }
        if (ay == 1.0) return y > 0 ? x : 1.0 / x;
        if (y == 2.0) return x * x;
        if (y == 0.5 && !xNegative) return Math.sqrt(x);

        if (ax == 0 || ax == 1.0 || ax == INFINITY) {
            double z = y < 0 ? 1.0 / ax : ax;
            if (xNegative) {
                if (ax == 1.0 && kind == NOT_INTEGER) return Double.NaN;
                if (kind == ODD) z = -z;
            }
            return z;
        }
        if (xNegative && kind == NOT_INTEGER) return Double.NaN;
        double sign = xNegative && kind == ODD ? -1.0 : 1.0;

        double logHi;                                      // log2|x| = logHi + logLo, logHi in 21 bits
        double logLo;
        if (ay >= 0x1.00001p31) {
            if (ay >= 0x1.00001p64) return (ax < 1.0) == (y < 0) ? INFINITY : 0.0;
            if (ax < 0x1.fffffp-1) return y < 0 ? sign * INFINITY : sign * 0.0;
            if (ax >= 0x1.00001p0) return y > 0 ? sign * INFINITY : sign * 0.0;
            // |x - 1| <= 2^-20: log(x) from four terms of its series
            double t = ax - 1.0;
            double w = t * t * (0.5 - t * (ONE_THIRD - 0.25 * t));
            double u = INV_LN2_HI * t;
            double v = t * INV_LN2_LO - w * INV_LN2;
            logHi = upperHalf(u + v);
            logLo = v - (logHi - u);
        } else {
            int n = 0;
            double m = ax;
            if (m < Double.MIN_NORMAL) {
                m *= 0x1p53;
                n = -53;
            }
            long b = bits(m);
            n += (int) (b >>> 52) - 1023;
            int leading = (int) (b >>> 32) & 0xfffff;
            int halve = (0xbb679 - leading) >>> 31;         // m >= sqrt(3): use m/2 (near 1)
            int around = ((0x3988e - leading) >>> 31) & (halve ^ 1);  // sqrt(3/2) <= m < sqrt(3): compare with 3/2
            n += halve;
            m = Double.longBitsToDouble((b & FRACTION_BITS) | (ONE_BITS - ((long) halve << 52)));
            double c = POW_CENTRE[around];
            double log2cHi = POW_LOG2_CENTRE_HI[around];
            double log2cLo = POW_LOG2_CENTRE_LO[around];

            double u = m - c;
            double v = 1.0 / (m + c);
            double s = u * v;
            double sHi = upperHalf(s);
            // m + c rounded down to 20 fraction bits (exact), then the rest
            double sumHi = c + Double.longBitsToDouble(bits(m) & 0xfffffffe00000000L);
            double sumLo = m - (sumHi - c);
            double sLo = v * ((u - sHi * sumHi) - sHi * sumLo);

            double s2 = s * s;
            double r = s2 * s2 * (POW_L1 + s2 * (POW_L2 + s2 * (POW_L3 + s2 * (POW_L4 + s2 * (POW_L5 + s2 * POW_L6)))));
            r += sLo * (sHi + s);
            double sHi2 = sHi * sHi;
            double threeHi = upperHalf(3.0 + sHi2 + r);
            double threeLo = r - ((threeHi - 3.0) - sHi2);
            // s (3 + s^2 + r) = 3/2 ln(m / c), as pHi + pLo
            u = sHi * threeHi;
            v = sLo * threeHi + threeLo * s;
            double pHi = upperHalf(u + v);
            double pLo = v - (pHi - u);
            double zHi = TWO_OVER_3LN2_HI * pHi;
            double zLo = TWO_OVER_3LN2_LO * pHi + pLo * TWO_OVER_3LN2 + log2cLo;
            double dn = n;
            logHi = upperHalf(((zHi + zLo) + log2cHi) + dn);
            logLo = zLo - (((logHi - dn) - log2cHi) - zHi);
        }

        double yHi = upperHalf(y);
        double pLo = (y - yHi) * logHi + y * logLo;
        double pHi = yHi * logHi;
        double z = pLo + pHi;
        if (z >= 1024) {
            if (z != 1024 || pLo + POW_OVERFLOW_MARGIN > z - pHi) return sign * INFINITY;
        } else if (z <= -1075) {
            if (z != -1075 || pLo <= z - pHi) return sign * 0.0;
        }
        int n = 0;
        if (magnitude(z) >= 0x1.00001p-1) {
            n = (int) (magnitude(z) + 0.5);
            if (z < 0) n = -n;
            pHi -= n;
        }
        // 2^f with f = pHi + pLo, |f| <= 1/2: exp(f ln2) with f ln2 = r + rLo
        double t = upperHalf(pLo + pHi);
        double u = t * LN2_HI_POW;
        double v = (pLo - (t - pHi)) * LN2 + t * LN2_LO_POW;
        double r = u + v;
        double rLo = v - (r - u);
        double c = expRemainder(r);
        double e = (r * c) / (c - 2.0) - (rLo + r * rLo);
        return sign * scale(1.0 - (e - r), n);
    }

    // ---- sin, cos, tan ----
    // x = n pi/2 + (head + tail), |head + tail| <= pi/4, then a kernel on the reduced argument
    // chosen by n mod 4. The kernels are minimax polynomials on [-pi/4, pi/4]:
    // sin(x) = x + x^3 (S1 + x^2 S2 + ...), cos(x) = 1 - x^2/2 + x^4 (C1 + x^2 C2 + ...),
    // tan(x) = x + x^3 (T0 + x^2 T1 + ...), with tan(pi/4 - y) = (1 - tan y) / (1 + tan y) above 0.6744.

    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;

    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;

    private static final double T0 = 3.33333333333334091986e-01;
    private static final double T1 = 1.33333333333201242699e-01;
    private static final double T2 = 5.39682539762260521377e-02;
    private static final double T3 = 2.18694882948595424599e-02;
    private static final double T4 = 8.86323982359930005737e-03;
    private static final double T5 = 3.59207910759131235356e-03;
    private static final double T6 = 1.45620945432529025516e-03;
    private static final double T7 = 5.88041240820264096874e-04;
    private static final double T8 = 2.46463134818469906812e-04;
    private static final double T9 = 7.81794442939557092300e-05;
    private static final double T10 = 7.14072491382608190305e-05;
    private static final double T11 = -1.85586374855275456654e-05;
    private static final double T12 = 2.59073051863633712884e-05;

    /** sin(x + tail); withTail false means tail is zero. */
    private static double sinKernel(double x, double tail, boolean withTail) {
        double x2 = x * x;
        if (x2 < 0x1p-54) return x;
        double x3 = x2 * x;
        double higher = S2 + x2 * (S3 + x2 * (S4 + x2 * (S5 + x2 * S6)));
        if (!withTail) return x + x3 * (S1 + x2 * higher);
        return x - ((x2 * (0.5 * tail - x3 * higher) - tail) - x3 * S1);
    }

    /** cos(x + tail). Above 0.3, 1 - x^2/2 is formed as (1 - q) - (x^2/2 - q) with q near x^2/8 so no bits are lost. */
    private static double cosKernel(double x, double tail) {
        double x2 = x * x;
        if (x2 < 0x1p-54) return 1.0;
        double higher = x2 * (C1 + x2 * (C2 + x2 * (C3 + x2 * (C4 + x2 * (C5 + x2 * C6)))));
        if (x2 < 0x1.33333p-2 * 0x1.33333p-2) return 1.0 - (0.5 * x2 - (x2 * higher - x * tail));
        double q = x2 >= 0x1.90001p-1 * 0x1.90001p-1 ? 0.28125
                : Double.longBitsToDouble(bits(x) & 0x7fffffff00000000L) * 0.25;
        return (1.0 - q) - ((0.5 * x2 - q) - (x2 * higher - x * tail));
    }

    /** -1 / (x + tail), with the quotient's low half refined (w = x + tail rounded). */
    private static double negatedReciprocal(double x, double tail) {
        double w = x + tail;
        double wHi = upperHalf(w);
        double wLo = tail - (wHi - x);
        double q = -1.0 / w;
        double qHi = upperHalf(q);
        double residual = 1.0 + qHi * wHi;
        return qHi + q * (residual + qHi * wLo);
    }

    /** tan(x + tail), or -1 / tan(x + tail) (the cotangent of the next quadrant). */
    private static double tanKernel(double x, double tail, boolean negatedCotangent) {
        double xx = x * x;
        if (xx < 0x1p-56) {
            if (!negatedCotangent) return x;
            if (x == 0) return INFINITY;
            return negatedReciprocal(x, tail);
        }
        boolean nearQuarter = xx >= 0x1.59428p-1 * 0x1.59428p-1;
        boolean negative = x < 0;
        if (nearQuarter) {
            if (negative) {
                x = -x;
                tail = -tail;
            }
            x = (PI_OVER_4 - x) + (PI_OVER_4_LO - tail);
            tail = 0.0;
        }
        double x2 = x * x;
        double x4 = x2 * x2;
        double odd = T1 + x4 * (T3 + x4 * (T5 + x4 * (T7 + x4 * (T9 + x4 * T11))));
        double even = x2 * (T2 + x4 * (T4 + x4 * (T6 + x4 * (T8 + x4 * (T10 + x4 * T12)))));
        double x3 = x2 * x;
        double rest = tail + x2 * (x3 * (odd + even) + tail);
        rest += T0 * x3;
        double w = x + rest;
        if (nearQuarter) {
            double v = negatedCotangent ? -1.0 : 1.0;
            double value = v - 2.0 * (x - (w * w / (w + v) - rest));
            return negative ? -value : value;
        }
        if (!negatedCotangent) return w;
        return negatedReciprocal(x, rest);
    }

    private static final double QUARTER_PI_BOUND = 0x1.921fcp-1;   // |x| below: no reduction
    private static final int SIN = 0;
    private static final int COS = 1;
    private static final int TAN = 2;

    public static double sin(double x) {
        if (x * x < QUARTER_PI_BOUND * QUARTER_PI_BOUND) return sinKernel(x, 0.0, false);
        if (!isFinite(x)) return x - x;
        return reduced(SIN, x);
    }

    public static double cos(double x) {
        if (x * x < QUARTER_PI_BOUND * QUARTER_PI_BOUND) return cosKernel(x, 0.0);
        if (!isFinite(x)) return x - x;
        return reduced(COS, x);
    }

    public static double tan(double x) {
        if (x * x < QUARTER_PI_BOUND * QUARTER_PI_BOUND) return tanKernel(x, 0.0, false);
        if (!isFinite(x)) return x - x;
        return reduced(TAN, x);
    }

    // pi/2 in pieces: PIO2_1 holds its first 33 bits, PIO2_2 the next 33, PIO2_3 the next; each
    // PIO2_iT is the rest after piece i. fn * PIO2_i is exact for the quadrant numbers used here.
    private static final double PIO2_1 = 0x1.921fb544p0;
    private static final double PIO2_1T = 0x1.0b4611a626331p-34;
    private static final double PIO2_2 = 0x1.0b4611a6p-34;
    private static final double PIO2_2T = 0x1.3198a2e037073p-69;
    private static final double PIO2_3 = 0x1.3198a2ep-69;
    private static final double PIO2_3T = 0x1.b839a252049c1p-104;
    private static final double[] PIO2_PIECE = {PIO2_1, PIO2_2, PIO2_3};
    private static final double[] PIO2_REST = {PIO2_1T, PIO2_2T, PIO2_3T};
    /** Exponent loss of head against x after which the next piece of pi/2 is brought in. */
    private static final int[] PIO2_LOSS_LIMIT = {0, 16, 49};
    private static final double INV_PIO2 = 0x1.45f306dc9c883p-1;   // 2 / pi

    /**
     * High words of n pi/2 for n = 1..32: an argument whose high word differs from that of its
     * multiple cannot lose enough bits to need more than the first piece of pi/2.
     */
    private static final int[] HALF_PI_MULTIPLE_HIGH = {
        0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb,
        0x402c463a, 0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb,
        0x403ab41b, 0x403c463a, 0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c,
        0x4043a28c, 0x40446b9c, 0x404534ac, 0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
    };

    /** sin, cos or tan of x, |x| >= pi/4 finite, through the reduction x = n pi/2 + (head + tail). */
    private static double reduced(int function, double x) {
        long magnitudeBits = bits(x) & ~SIGN_BIT;
        double ax = Double.longBitsToDouble(magnitudeBits);
        int high = (int) (magnitudeBits >>> 32);
        int n;
        double head;
        double tail;
        if (ax < 0x1.2d97cp1) {                           // |x| < 3pi/4: n = 1
            n = 1;
            double d = ax - PIO2_1;
            if (high != 0x3ff921fb) {
                head = d - PIO2_1T;
                tail = (d - head) - PIO2_1T;
            } else {                                       // near pi/2: one more piece
                d -= PIO2_2;
                head = d - PIO2_2T;
                tail = (d - head) - PIO2_2T;
            }
        } else if (ax < 0x1.921fcp20) {                    // |x| < 2^20 pi/2: Cody-Waite in up to three pieces
            n = (int) (ax * INV_PIO2 + 0.5);
            double fn = n;
            double r = ax - fn * PIO2_1;
            double w = fn * PIO2_1T;
            head = r - w;
            if (n >= 32 || high == HALF_PI_MULTIPLE_HIGH[n - 1]) {
                int exponent = high >>> 20;
                for (int piece = 1; piece < 3 && exponent - biasedExponent(head) > PIO2_LOSS_LIMIT[piece]; piece++) {
                    double before = r;
                    double product = fn * PIO2_PIECE[piece];
                    r = before - product;
                    w = fn * PIO2_REST[piece] - ((before - r) - product);
                    head = r - w;
                }
            }
            tail = (r - head) - w;
        } else {
            return reducedHuge(function, x, ax);
        }
        return x < 0 ? evaluate(function, -n, -head, -tail) : evaluate(function, n, head, tail);
    }

    private static double reducedHuge(int function, double x, double ax) {
        double[] parts = new double[2];
        int n = PayneHanek.reduce(ax, parts);
        return x < 0 ? evaluate(function, -n, -parts[0], -parts[1]) : evaluate(function, n, parts[0], parts[1]);
    }

    /** The function at n pi/2 + (head + tail). */
    private static double evaluate(int function, int n, double head, double tail) {
        if (function == TAN) return tanKernel(head, tail, (n & 1) != 0);
        if (function == COS) n++;
        double value = (n & 1) == 0 ? sinKernel(head, tail, true) : cosKernel(head, tail);
        return (n & 2) == 0 ? value : -value;
    }

    /**
     * Payne and Hanek's reduction for |x| >= 2^20 pi/2, in the form fdlibm publishes (K. C. Ng,
     * "Argument reduction for huge arguments: good to the last bit"): x is three 24-bit digits
     * times 2^e0, 2/pi is read in 24-bit digits, and the leading digits of 2/pi that only add
     * multiples of 8 to x 2/pi are skipped. The product's fraction is formed exactly (here in long
     * arithmetic), with more digits of 2/pi until at least four digits follow its first nonzero
     * one; then fraction times pi/2 is summed from 24-bit pieces in floating point. That last sum
     * rounds, so its terms and their order are fdlibm's, which StrictMath's head and tail depend on.
     */
    private static final class PayneHanek {
        /** 2/pi in binary, 64 fraction bits per word (1600 bits). */
        private static final long[] TWO_OVER_PI = {
            0xa2f9836e4e441529L, 0xfc2757d1f534ddc0L, 0xdb6295993c439041L, 0xfe5163abdebbc561L,
            0xb7246e3a424dd2e0L, 0x06492eea09d1921cL, 0xfe1deb1cb129a73eL, 0xe88235f52ebb4484L,
            0xe99c7026b45f7e41L, 0x3991d639835339f4L, 0x9c845f8bbdf9283bL, 0x1ff897ffde05980fL,
            0xef2f118b5a0a6d1fL, 0x6d367ecf27cb09b7L, 0x4f463f669e5fea2dL, 0x7527bac7ebe5f17bL,
            0x3d0739f78a5292eaL, 0x6bfb5fb11f8d5d08L, 0x56033046fc7b6babL, 0xf0cfbc209af4361dL,
            0xa9e391615ee61b08L, 0x6599855f14a06840L, 0x8dffd8804d732731L, 0x06061556ca73a8c9L,
            0x60e27bc08c6b47c4L,
        };
        /** pi/2 cut into 24-bit pieces (pi/2 = sum of all, the first five are enough here). */
        private static final double[] PIO2_PIECES = {
            0x1.921fb4p0, 0x1.4442dp-24, 0x1.846988p-48, 0x1.8cc516p-72, 0x1.01b838p-96,
        };
        private static final int DIGIT = 24;
        private static final long DIGIT_MASK = (1L << DIGIT) - 1;
        private static final int FOLLOWING_DIGITS = 4;
        private static final int MAX_TERMS = 40;

        /** Digit k (k >= 0) of 2/pi: bits 24k+1 .. 24k+24 after the binary point; 0 for k < 0. */
        private static long twoOverPiDigit(int k) {
            if (k < 0) return 0;
            int offset = DIGIT * k;
            int word = offset >>> 6;
            int shift = offset & 63;
            long aligned = TWO_OVER_PI[word] << shift;
            if (shift > 64 - DIGIT) aligned |= TWO_OVER_PI[word + 1] >>> (64 - shift);
            return aligned >>> (64 - DIGIT);
        }

        /** The coefficient of one digit position of x * 2/pi: the sum of digit products that land there. */
        private static long column(long[] x, int k) {
            return x[0] * twoOverPiDigit(k) + x[1] * twoOverPiDigit(k - 1) + x[2] * twoOverPiDigit(k - 2);
        }

        /** Returns n mod 8 and stores head and tail with |x| = n pi/2 + head + tail. */
        static int reduce(double ax, double[] parts) {
            long b = bits(ax);
            long significand = (b & FRACTION_BITS) | (FRACTION_BITS + 1);
            int e0 = (int) (b >>> 52) - 1023 - 23;         // x = (x0 + x1 2^-24 + x2 2^-48) 2^e0
            long[] x = {significand >>> 29, (significand >>> 5) & DIGIT_MASK, (significand & 31) << 19};
            int skip = e0 < 3 ? 0 : (e0 - 3) / DIGIT;
            int q0 = e0 - DIGIT * (skip + 1);              // weight of the leading column is 2^q0
            long[] digits = new long[MAX_TERMS + 1];       // digits[i] has weight 2^(q0 - 24 i)
            int terms = FOLLOWING_DIGITS;
            int n;
            long topFraction;                              // fraction bits of the leading column (q0 < 0)
            boolean negative;
            while (true) {
                long carry = 0;
                for (int i = terms; i >= 1; i--) {
                    long sum = column(x, skip + i) + carry;
                    digits[i] = sum & DIGIT_MASK;
                    carry = sum >>> DIGIT;
                }
                long top = column(x, skip) + carry;
                long half;
                if (q0 >= 0) {
                    n = (int) ((top << q0) + (digits[1] >>> (DIGIT - q0)));
                    digits[1] &= DIGIT_MASK >>> q0;
                    topFraction = 0;
                    half = digits[1] >>> (DIGIT - 1 - q0);
                } else {
                    n = (int) (top >>> -q0);
                    topFraction = top & ((1L << -q0) - 1);
                    half = topFraction >>> (-q0 - 1);
                }
                negative = half != 0;
                if (negative) {                            // fraction >= 1/2: use fraction - 1
                    n++;
                    boolean borrow = false;
                    for (int i = terms; i >= 1; i--) {
                        if (borrow) {
                            digits[i] = DIGIT_MASK - digits[i];
                        } else if (digits[i] != 0) {
                            digits[i] = (DIGIT_MASK + 1) - digits[i];
                            borrow = true;
                        }
                    }
                    if (q0 > 0) digits[1] &= DIGIT_MASK >>> q0;
                    if (q0 < 0) topFraction = (1L << -q0) - topFraction - (borrow ? 1 : 0);
                }
                if (topFraction != 0) break;
                int first = 1;
                while (first <= terms && digits[first] == 0) first++;
                if (first <= terms - FOLLOWING_DIGITS || first + FOLLOWING_DIGITS > MAX_TERMS) break;
                terms = first + FOLLOWING_DIGITS;
            }
            // The fraction's digits from its leading nonzero one, and that digit's weight.
            long[] pieces = new long[terms + 2];
            int count = 0;
            int weight;
            int from;
            if (topFraction != 0) {
                weight = q0;
                if (topFraction > DIGIT_MASK) {
                    pieces[count++] = topFraction >>> DIGIT;
                    weight += DIGIT;
                }
                pieces[count++] = topFraction & DIGIT_MASK;
                from = 1;
            } else {
                from = 1;
                while (from < terms && digits[from] == 0) from++;
                weight = q0 - DIGIT * from;
            }
            for (int i = from; i <= terms; i++) pieces[count++] = digits[i];
            double[] value = new double[count];
            double unit = scale(1.0, weight);
            for (int t = 0; t < count; t++) {
                value[t] = unit * pieces[t];
                unit *= 0x1p-24;
            }
            // Column d of fraction times pi/2, then the columns summed smallest first.
            double[] columns = new double[count];
            for (int d = 0; d < count; d++) {
                double sum = 0.0;
                for (int k = 0; k <= d && k < PIO2_PIECES.length; k++) sum += PIO2_PIECES[k] * value[d - k];
                columns[d] = sum;
            }
            double head = 0.0;
            for (int d = count - 1; d >= 0; d--) head += columns[d];
            double tail = columns[0] - head;
            for (int d = 1; d < count; d++) tail += columns[d];
            parts[0] = negative ? -head : head;
            parts[1] = negative ? -tail : tail;
            return n & 7;
        }
    }
}
