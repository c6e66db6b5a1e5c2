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

    private void search(int p, int qMin, int q, long c, int dk) {
        long out = c & 1;          // odd significand: the rounding interval is open
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != 1L << (p - 1) || q == qMin) {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        } else {
            // Lower neighbour is closer at a binade boundary.
            cbl = cb - 1;
            k = floorLog10ThreeQuartersPow2(q);
        }
        int h = q + floorLog2Pow10(-k) + 2;
        long g1 = PowersOfTen.g1(-k);
        long g0 = PowersOfTen.g0(-k);
        long vb = scaleRoundOdd(g1, g0, cb << h);
        long vbl = scaleRoundOdd(g1, g0, cbl << h);
        long vbr = scaleRoundOdd(g1, g0, cbr << h);

        long s = vb >> 2;
        if (s >= 100) {
            // At most one multiple of 10 (one digit shorter) fits in the interval.
            long sp10 = 10 * (s / 10);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                set(upin ? sp10 : tp10, k + dk);
                return;
            }
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            set(uin ? s : t, k + dk);
            return;
        }
        long cmp = vb - ((s + t) << 1);
        set(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k + dk);
    }

    /** floor(cp * g / 2^127), with the lowest bit set when the discarded part is non-zero. */
    private static long scaleRoundOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | ((z & Long.MAX_VALUE) + Long.MAX_VALUE) >>> 63;
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
