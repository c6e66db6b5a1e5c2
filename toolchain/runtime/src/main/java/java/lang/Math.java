package java.lang;

import jos.rt.FdLibm;

/**
 * Math. The transcendental functions are the fdlibm algorithms (jos.rt.FdLibm), the same results as
 * StrictMath; everything else is exact bit manipulation or integer arithmetic. random() is left out.
 */
public final class Math {
    private Math() {}

    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;
    public static final double TAU = 2.0 * PI;

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;

    private static final long SIGN_BIT = 0x8000000000000000L;
    private static final long NEG_ZERO_BITS = SIGN_BIT;
    private static final int NEG_ZERO_FLOAT_BITS = 0x80000000;

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    private static double fromBits(long l) {
        return Double.longBitsToDouble(l);
    }

    // ---- transcendental ----

    public static double sin(double a) { return FdLibm.sin(a); }
    public static double cos(double a) { return FdLibm.cos(a); }
    public static double tan(double a) { return FdLibm.tan(a); }
    public static double asin(double a) { return FdLibm.asin(a); }
    public static double acos(double a) { return FdLibm.acos(a); }
    public static double atan(double a) { return FdLibm.atan(a); }
    public static double exp(double a) { return FdLibm.exp(a); }
    public static double log(double a) { return FdLibm.log(a); }
    public static double log10(double a) { return FdLibm.log10(a); }
    public static double cbrt(double a) { return FdLibm.cbrt(a); }
    public static double IEEEremainder(double f1, double f2) { return FdLibm.remainder(f1, f2); }
    public static double atan2(double y, double x) { return FdLibm.atan2(y, x); }
    /**
     * HotSpot's pow intrinsic is (almost always) correctly rounded where fdlibm may be off by an ulp.
     * For small integral exponents of finite bases we compute in double-double arithmetic, which
     * rounds correctly in all but pathological cases; everything else is fdlibm.
     */
    public static double pow(double a, double b) {
        if (b == (int) b && Math.abs(b) <= 64 && a == a && a != 0 && Math.abs(a) != Double.POSITIVE_INFINITY) {
            return powInt(a, (int) b);
        }
        return FdLibm.pow(a, b);
    }

    /** The rounding error of p = x * y, exactly (Dekker's product; no FMA instruction needed). */
    private static double productError(double x, double y, double p) {
        final double split = 134217729.0;  // 2^27 + 1
        double cx = split * x, xh = cx - (cx - x), xl = x - xh;
        double cy = split * y, yh = cy - (cy - y), yl = y - yh;
        return ((xh * yh - p) + xh * yl + xl * yh) + xl * yl;
    }

    private static double powInt(double a, int n) {
        if (n == 0) return 1.0;
        int e = n < 0 ? -n : n;
        double hi = 1.0, lo = 0.0;          // result
        double bh = a, bl = 0.0;            // base^(2^k)
        while (true) {
            if ((e & 1) != 0) {
                double p = hi * bh;
                double err = productError(hi, bh, p) + (hi * bl + lo * bh);
                hi = p + err;
                lo = err - (hi - p);
            }
            e >>>= 1;
            if (e == 0) break;
            double q = bh * bh;
            double qerr = productError(bh, bh, q) + 2 * bh * bl;
            bh = q + qerr;
            bl = qerr - (bh - q);
        }
        if (Double.isInfinite(hi) || hi == 0) return FdLibm.pow(a, n);
        if (n > 0) return hi + lo;
        double r = 1.0 / hi;
        // One Newton step on 1/(hi+lo): r + r*(1 - r*(hi+lo)).
        double resid = 1.0 - r * hi;
        resid = -(productError(r, hi, r * hi) + (r * hi - 1.0)) - r * lo;
        double result = r + r * resid;
        return Double.isFinite(result) && result != 0 ? result : FdLibm.pow(a, n);
    }
    public static double sinh(double x) { return FdLibm.sinh(x); }
    public static double cosh(double x) { return FdLibm.cosh(x); }
    public static double tanh(double x) { return FdLibm.tanh(x); }
    public static double hypot(double x, double y) { return FdLibm.hypot(x, y); }
    public static double expm1(double x) { return FdLibm.expm1(x); }
    public static double log1p(double x) { return FdLibm.log1p(x); }

    public static native double sqrt(double a);

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    // ---- rounding ----

    public static double ceil(double a) {
        return roundToIntegral(a, true);
    }

    public static double floor(double a) {
        return roundToIntegral(a, false);
    }

    /** floor or ceil by clearing fraction bits. */
    private static double roundToIntegral(double a, boolean up) {
        long b = bits(a);
        int e = (int) ((b >> 52) & 0x7FF) - 1023;
        if (e >= 52) return a;              // integral already, or NaN / infinity
        boolean negative = b < 0;
        if (e < 0) {                        // |a| < 1
            if ((b & ~SIGN_BIT) == 0) return a;   // +-0
            if (up) return negative ? -0.0 : 1.0;
            return negative ? -1.0 : 0.0;
        }
        long fraction = 0x000FFFFFFFFFFFFFL >> e;
        if ((b & fraction) == 0) return a;
        // away from zero when the direction and the sign agree
        if (up != negative) b += fraction + 1;
        return fromBits(b & ~fraction);
    }

    public static double rint(double a) {
        // Adding and removing 2^52 leaves the nearest integer (ties to even) under IEEE arithmetic.
        double twoToThe52 = 4503599627370496.0;
        double sign = copySign(1.0, a);
        a = abs(a);
        if (a < twoToThe52) a = (twoToThe52 + a) - twoToThe52;
        return sign * a;
    }

    public static int round(float a) {
        int b = Float.floatToRawIntBits(a);
        int biasedExp = (b & 0x7F800000) >> 23;
        int shift = (23 - 1 + 127) - biasedExp;
        if ((shift & -32) == 0) {           // 0 <= shift < 32: |a| is in [2^-10, 2^22]
            int r = (b & 0x007FFFFF) | 0x00800000;
            if (b < 0) r = -r;
            return ((r >> shift) + 1) >> 1;
        }
        return (int) a;
    }

    public static long round(double a) {
        long b = bits(a);
        long biasedExp = (b & 0x7FF0000000000000L) >> 52;
        long shift = (52 - 1 + 1023) - biasedExp;
        if ((shift & -64) == 0) {
            long r = (b & 0x000FFFFFFFFFFFFFL) | 0x0010000000000000L;
            if (b < 0) r = -r;
            return ((r >> shift) + 1) >> 1;
        }
        return (long) a;
    }

    // ---- integer arithmetic ----

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) throw new ArithmeticException("integer overflow");
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long lo = x * y;
        long hi = multiplyHigh(x, y);
        if (hi != (lo >> 63)) throw new ArithmeticException("long overflow");
        return lo;
    }

    public static int divideExact(int x, int y) {
        if (x == Integer.MIN_VALUE && y == -1) throw new ArithmeticException("integer overflow");
        return x / y;
    }

    public static long divideExact(long x, long y) {
        if (x == Long.MIN_VALUE && y == -1) throw new ArithmeticException("long overflow");
        return x / y;
    }

    public static int floorDivExact(int x, int y) {
        if (x == Integer.MIN_VALUE && y == -1) throw new ArithmeticException("integer overflow");
        return floorDiv(x, y);
    }

    public static long floorDivExact(long x, long y) {
        if (x == Long.MIN_VALUE && y == -1) throw new ArithmeticException("long overflow");
        return floorDiv(x, y);
    }

    public static int ceilDivExact(int x, int y) {
        if (x == Integer.MIN_VALUE && y == -1) throw new ArithmeticException("integer overflow");
        return ceilDiv(x, y);
    }

    public static long ceilDivExact(long x, long y) {
        if (x == Long.MIN_VALUE && y == -1) throw new ArithmeticException("long overflow");
        return ceilDiv(x, y);
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) throw new ArithmeticException("integer overflow");
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) throw new ArithmeticException("long overflow");
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) throw new ArithmeticException("integer overflow");
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    public static native long multiplyHigh(long x, long y);

    public static native long unsignedMultiplyHigh(long x, long y);

    public static int unsignedMultiplyExact(int x, int y) {
        long r = Integer.toUnsignedLong(x) * Integer.toUnsignedLong(y);
        if ((r >>> 32) != 0) throw new ArithmeticException("unsigned integer overflow");
        return (int) r;
    }

    public static long unsignedMultiplyExact(long x, int y) {
        return unsignedMultiplyExact(x, Integer.toUnsignedLong(y));
    }

    public static long unsignedMultiplyExact(long x, long y) {
        if (unsignedMultiplyHigh(x, y) != 0) throw new ArithmeticException("unsigned long overflow");
        return x * y;
    }

    // Squaring only while higher exponent bits remain: a square that overflows then means the result does.

    public static int powExact(int x, int n) {
        if (n < 0) throw new ArithmeticException("negative exponent");
        int r = 1;
        while (true) {
            if ((n & 1) != 0) r = multiplyExact(r, x);
            n >>>= 1;
            if (n == 0) return r;
            x = multiplyExact(x, x);
        }
    }

    public static long powExact(long x, int n) {
        if (n < 0) throw new ArithmeticException("negative exponent");
        long r = 1;
        while (true) {
            if ((n & 1) != 0) r = multiplyExact(r, x);
            n >>>= 1;
            if (n == 0) return r;
            x = multiplyExact(x, x);
        }
    }

    public static int unsignedPowExact(int x, int n) {
        if (n < 0) throw new ArithmeticException("negative exponent");
        int r = 1;
        while (true) {
            if ((n & 1) != 0) r = unsignedMultiplyExact(r, x);
            n >>>= 1;
            if (n == 0) return r;
            x = unsignedMultiplyExact(x, x);
        }
    }

    public static long unsignedPowExact(long x, int n) {
        if (n < 0) throw new ArithmeticException("negative exponent");
        long r = 1;
        while (true) {
            if ((n & 1) != 0) r = unsignedMultiplyExact(r, x);
            n >>>= 1;
            if (n == 0) return r;
            x = unsignedMultiplyExact(x, x);
        }
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x) q--;
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && q * y != x) q--;
        return q;
    }

    public static int floorMod(int x, int y) {
        int r = x % y;
        if ((x ^ y) < 0 && r != 0) r += y;
        return r;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long r = x % y;
        if ((x ^ y) < 0 && r != 0) r += y;
        return r;
    }

    public static int ceilDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) >= 0 && q * y != x) q++;
        return q;
    }

    public static long ceilDiv(long x, int y) {
        return ceilDiv(x, (long) y);
    }

    public static long ceilDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) >= 0 && q * y != x) q++;
        return q;
    }

    public static int ceilMod(int x, int y) {
        int r = x % y;
        if ((x ^ y) >= 0 && r != 0) r -= y;
        return r;
    }

    public static int ceilMod(long x, int y) {
        return (int) ceilMod(x, (long) y);
    }

    public static long ceilMod(long x, long y) {
        long r = x % y;
        if ((x ^ y) >= 0 && r != 0) r -= y;
        return r;
    }

    // ---- abs, min, max, clamp ----

    public static int abs(int a) {
        return (a < 0) ? -a : a;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE)
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        return abs(a);
    }

    public static long abs(long a) {
        return (a < 0) ? -a : a;
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE)
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        return abs(a);
    }

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7FFFFFFF);
    }

    public static double abs(double a) {
        return fromBits(bits(a) & ~SIGN_BIT);
    }

    public static int max(int a, int b) {
        return (a >= b) ? a : b;
    }

    public static long max(long a, long b) {
        return (a >= b) ? a : b;
    }

    public static float max(float a, float b) {
        if (a != a) return a;
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(a) == NEG_ZERO_FLOAT_BITS) return b;
        return (a >= b) ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) return a;
        if (a == 0.0d && b == 0.0d && bits(a) == NEG_ZERO_BITS) return b;
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) {
        return (a <= b) ? a : b;
    }

    public static long min(long a, long b) {
        return (a <= b) ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a) return a;
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(b) == NEG_ZERO_FLOAT_BITS) return b;
        return (a <= b) ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) return a;
        if (a == 0.0d && b == 0.0d && bits(b) == NEG_ZERO_BITS) return b;
        return (a <= b) ? a : b;
    }

    public static int clamp(long value, int min, int max) {
        if (min > max) throw new IllegalArgumentException(min + " > " + max);
        return (int) min(max, max(value, min));
    }

    public static long clamp(long value, long min, long max) {
        if (min > max) throw new IllegalArgumentException(min + " > " + max);
        return min(max, max(value, min));
    }

    public static double clamp(double value, double min, double max) {
        if (!(min < max)) {
            if (min != min) throw new IllegalArgumentException("min is NaN");
            if (max != max) throw new IllegalArgumentException("max is NaN");
            if (Double.compare(min, max) > 0) throw new IllegalArgumentException(min + " > " + max);
            // equal, or -0.0 and +0.0: fall through
        }
        return min(max, max(value, min));
    }

    public static float clamp(float value, float min, float max) {
        if (!(min < max)) {
            if (min != min) throw new IllegalArgumentException("min is NaN");
            if (max != max) throw new IllegalArgumentException("max is NaN");
            if (Float.compare(min, max) > 0) throw new IllegalArgumentException(min + " > " + max);
        }
        return min(max, max(value, min));
    }

    // ---- fused multiply-add ----

    public static native double fma(double a, double b, double c);

    public static float fma(float a, float b, float c) {
        // The double product is exact; the sum is rounded to odd in double, which then rounds correctly to float.
        double p = (double) a * (double) b;
        double dc = c;
        double s = p + dc;
        if (s != s || s - s != 0 || p - p != 0 || dc - dc != 0) return (float) s;   // NaN or infinity involved
        double bb = s - p;
        double err = (p - (s - bb)) + (dc - bb);
        if (err != 0) {
            long sb = bits(s);
            if ((sb & 1) == 0) {
                // move s one ulp toward the exact sum, making its last bit odd
                boolean up = (err > 0) == (s > 0);
                sb += up ? 1 : -1;
                s = fromBits(sb);
            }
        }
        return (float) s;
    }

    // ---- IEEE bits ----

    public static double ulp(double d) {
        int exp = getExponent(d);
        if (exp == 1024) return abs(d);                 // NaN or infinity
        if (exp == -1023) return Double.MIN_VALUE;      // zero or subnormal
        exp -= 52;
        if (exp >= -1022) return powerOfTwoD(exp);
        return fromBits(1L << (exp + 1074));            // a subnormal power of two
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        if (exp == 128) return abs(f);
        if (exp == -127) return Float.MIN_VALUE;
        exp -= 23;
        if (exp >= -126) return powerOfTwoF(exp);
        return Float.intBitsToFloat(1 << (exp + 149));
    }

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        return fromBits((bits(sign) & SIGN_BIT) | (bits(magnitude) & ~SIGN_BIT));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & 0x80000000)
                | (Float.floatToRawIntBits(magnitude) & 0x7FFFFFFF));
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) & 0x7F800000) >> 23) - 127;
    }

    public static int getExponent(double d) {
        return (int) (((bits(d) & 0x7FF0000000000000L) >> 52) - 1023);
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) return nextDown(start);
        if (start < direction) return nextUp(start);
        if (start == direction) return direction;
        return start + direction;   // NaN
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) return nextDown(start);
        if (start < direction) return nextUp(start);
        if (start == direction) return (float) direction;
        return start + (float) direction;
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) return d;
        d += 0.0d;   // -0.0 becomes +0.0
        return fromBits(bits(d) + ((d >= 0.0d) ? +1L : -1L));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) return f;
        f += 0.0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f >= 0.0f) ? +1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) return d;
        if (d == 0.0) return -Double.MIN_VALUE;
        return fromBits(bits(d) + ((d > 0.0d) ? -1L : +1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) return f;
        if (f == 0.0f) return -Float.MIN_VALUE;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f > 0.0f) ? -1 : +1));
    }

    public static double scalb(double d, int scaleFactor) {
        // Scale by the remainder mod 512 first, then by 2^+-512 steps: only the last step can round.
        final int maxScale = 1023 + 1022 + 53 + 1;
        double step;
        int increment;
        if (scaleFactor < 0) {
            scaleFactor = max(scaleFactor, -maxScale);
            increment = -512;
            step = powerOfTwoD(-512);
        } else {
            scaleFactor = min(scaleFactor, maxScale);
            increment = 512;
            step = powerOfTwoD(512);
        }
        int rem = scaleFactor % 512;
        d *= powerOfTwoD(rem);
        scaleFactor -= rem;
        while (scaleFactor != 0) {
            d *= step;
            scaleFactor -= increment;
        }
        return d;
    }

    public static float scalb(float f, int scaleFactor) {
        // The double product is exact; the one rounding is to float.
        final int maxScale = 127 + 126 + 24 + 1;
        scaleFactor = max(min(scaleFactor, maxScale), -maxScale);
        return (float) ((double) f * powerOfTwoD(scaleFactor));
    }

    /** 2^n for n in the normal exponent range. */
    static double powerOfTwoD(int n) {
        return fromBits(((long) n + 1023) << 52);
    }

    static float powerOfTwoF(int n) {
        return Float.intBitsToFloat((n + 127) << 23);
    }
}
