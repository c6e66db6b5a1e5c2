package jos.rt.fp;

/**
 * Binary to shortest decimal, as specified by Double.toString(double) and Float.toString(float) since
 * JDK 19: among the decimals that round to the value, the shortest, and among those the closest (even digit
 * on ties); when the shortest has one digit, two-digit decimals compete too (Double.MIN_VALUE is 4.9E-324).
 * The search is Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2020): the value and the
 * bounds of its rounding interval are scaled by a 126-bit approximation of a power of ten and rounded to odd,
 * which decides every comparison exactly.
 *
 * <p>An instance holds the result: the finite non-negative value equals {@code f * 10^e}, where f has no
 * trailing zero (f = 0 for zero).
 */
public final class ToDecimal {
    /** The significand digits, without trailing zeros. */
    public long f;
    /** The decimal exponent of the last digit of f. */
    public int e;

    private static final int D_P = 53, D_Q_MIN = -1074, D_C_TINY = 3;
    private static final int F_P = 24, F_Q_MIN = -149, F_C_TINY = 8;

    /** Sets this to the shortest decimal of |v|; v must be finite. */
    public ToDecimal ofDouble(double v) {
        long bits = Double.doubleToRawLongBits(v);
        split(D_P, D_Q_MIN, D_C_TINY, (int) (bits >>> 52) & 0x7ff, bits & ((1L << 52) - 1));
        return this;
    }

    /** Sets this to the shortest decimal (float precision) of |v|; v must be finite. */
    public ToDecimal ofFloat(float v) {
        int bits = Float.floatToRawIntBits(v);
        split(F_P, F_Q_MIN, F_C_TINY, (bits >>> 23) & 0xff, bits & ((1 << 23) - 1));
        return this;
    }

    /** Number of digits in f (1 for zero). */
    public int length() {
        int n = 1;
        for (long x = f; x >= 10; x /= 10) n++;
        return n;
    }

    public static String toString(double v) {
        if (v != v) return "NaN";
        if (v == Double.POSITIVE_INFINITY) return "Infinity";
        if (v == Double.NEGATIVE_INFINITY) return "-Infinity";
        boolean neg = Double.doubleToRawLongBits(v) < 0;
        return new ToDecimal().ofDouble(v).layout(neg);
    }

    public static String toString(float v) {
        if (v != v) return "NaN";
        if (v == Float.POSITIVE_INFINITY) return "Infinity";
        if (v == Float.NEGATIVE_INFINITY) return "-Infinity";
        boolean neg = Float.floatToRawIntBits(v) < 0;
        return new ToDecimal().ofFloat(v).layout(neg);
    }

    private void split(int p, int qMin, long cTiny, int bq, long t) {
        if (bq != 0) {
            int q = qMin - 1 + bq;
            long c = (1L << (p - 1)) | t;
            // Integers below 2^p print as themselves; this skips the search for them.
            if (0 < -q && -q < p) {
                long fi = c >> -q;
                if (fi << -q == c) {
                    set(fi, 0);
                    return;
                }
            }
            search(p, qMin, q, c, 0);
        } else if (t == 0) {
            f = 0;
            e = 0;
        } else if (t < cTiny) {
            // Too few significant bits for two digits at this scale: look one decade finer.
            search(p, qMin, qMin, 10 * t, -1);
        } else {
            search(p, qMin, qMin, t, 0);
        }
    }

    /**
     * Shortest decimal of c * 2^q. Works on four times the value and its rounding interval (so the bounds,
     * halfway to the neighbours, are integers), all scaled by 10^-k into a range where the candidates are
     * s = floor(v) and s + 1, or a multiple of ten when one fits; scale() keeps comparisons exact.
     */
    private void search(int p, int qMin, int q, long c, int dk) {
        long center = c << 2;
        boolean binadeStart = c == 1L << (p - 1) && q != qMin;
        // at the bottom of a binade the lower neighbour is half as far away
        long below = center - (binadeStart ? 1 : 2);
        long above = center + 2;
        int k = binadeStart ? floorLog10ThreeQuartersPow2(q) : floorLog10Pow2(q);
        int shift = q + floorLog2Pow10(-k) + 2;
        long hi = PowersOfTen.g1(-k);
        long lo = PowersOfTen.g0(-k);
        long v4 = scale(hi, lo, center << shift);
        // an even significand rounds to itself from the interval's ends too: they count as inside
        long open = c & 1;
        long min4 = scale(hi, lo, below << shift) + open;
        long max4 = scale(hi, lo, above << shift) - open;
        int exp = k + dk;

        long s = v4 >> 2;
        if (s >= 100) {
            // one digit less: at most one multiple of ten can lie in the interval
            long down = s - s % 10;
            boolean downIn = down << 2 >= min4;
            boolean upIn = (down + 10) << 2 <= max4;
            if (downIn != upIn) {
                set(downIn ? down : down + 10, exp);
                return;
            }
        }
        boolean sIn = s << 2 >= min4;
        boolean nextIn = (s + 1) << 2 <= max4;
        if (sIn != nextIn) {
            set(sIn ? s : s + 1, exp);
            return;
        }
        // both in: the nearer to v, the even one when v is halfway
        long fromHalf = v4 - (4 * s + 2);
        set(fromHalf < 0 || (fromHalf == 0 && (s & 1) == 0) ? s : s + 1, exp);
    }

    /**
     * floor(x * g / 2^127) for g = hi * 2^63 + lo, with its lowest bit forced to 1 when bits were cut off
     * (round to odd), which keeps every later comparison with a multiple of four exact.
     */
    private static long scale(long hi, long lo, long x) {
        long fromLo = Math.multiplyHigh(lo, x);
        long hiTop = Math.multiplyHigh(hi, x);
        long hiBottom = hi * x;
        long cut = (hiBottom >>> 1) + fromLo;      // the 63 bits below the result, plus a carry at bit 63
        long floor = hiTop + (cut >>> 63);
        return (cut & Long.MAX_VALUE) == 0 ? floor : floor | 1;
    }

    private void set(long digits, int exp) {
        while (digits != 0 && digits % 10 == 0) {
            digits /= 10;
            exp++;
        }
        f = digits;
        e = exp;
    }

    // floor(q * log10(2)), valid far beyond the exponents used here.
    static int floorLog10Pow2(int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    // floor(q * log10(2) + log10(3/4)).
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) (q * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    // floor(e * log2(10)).
    static int floorLog2Pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /**
     * Java's layout: plain notation for 1e-3 <= |v| < 1e7 with at least one fractional digit, otherwise
     * d.ddd...E[-]n with at least one digit after the point.
     */
    private String layout(boolean neg) {
        char[] buf = new char[32];
        int n = 0;
        if (neg) buf[n++] = '-';
        if (f == 0) {
            buf[n++] = '0';
            buf[n++] = '.';
            buf[n++] = '0';
            return new String(buf, 0, n);
        }
        int len = length();
        char[] d = new char[len];
        long x = f;
        for (int i = len - 1; i >= 0; i--) {
            d[i] = (char) ('0' + (int) (x % 10));
            x /= 10;
        }
        int pointPos = len + e;   // value = 0.d1d2... * 10^pointPos
        if (0 < pointPos && pointPos <= 7) {
            for (int i = 0; i < pointPos; i++) buf[n++] = i < len ? d[i] : '0';
            buf[n++] = '.';
            if (pointPos >= len) {
                buf[n++] = '0';
            } else {
                for (int i = pointPos; i < len; i++) buf[n++] = d[i];
            }
        } else if (-3 < pointPos && pointPos <= 0) {
            buf[n++] = '0';
            buf[n++] = '.';
            for (int i = pointPos; i < 0; i++) buf[n++] = '0';
            for (int i = 0; i < len; i++) buf[n++] = d[i];
        } else {
            buf[n++] = d[0];
            buf[n++] = '.';
            if (len == 1) {
                buf[n++] = '0';
            } else {
                for (int i = 1; i < len; i++) buf[n++] = d[i];
            }
            buf[n++] = 'E';
            int ex = pointPos - 1;
            if (ex < 0) {
                buf[n++] = '-';
                ex = -ex;
            }
            if (ex >= 100) buf[n++] = (char) ('0' + ex / 100);
            if (ex >= 10) buf[n++] = (char) ('0' + ex / 10 % 10);
            buf[n++] = (char) ('0' + ex % 10);
        }
        return new String(buf, 0, n);
    }
}
