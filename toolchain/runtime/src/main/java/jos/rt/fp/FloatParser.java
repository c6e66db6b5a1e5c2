package jos.rt.fp;

/**
 * Decimal and hexadecimal text to double or float, correctly rounded (nearest, ties to even) from the exact
 * value of the text, with the grammar and exceptions of Double.parseDouble / Float.parseFloat.
 */
public final class FloatParser {
    private FloatParser() {}

    // Halfway points between doubles have at most 767 significant digits; digits past this limit only
    // matter as "something non-zero follows", which one extra digit 1 represents exactly enough.
    private static final int MAX_DIGITS = 800;

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final float[] POW10F = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    public static double parseDouble(String in) {
        return Double.longBitsToDouble(parse(in, false));
    }

    public static float parseFloat(String in) {
        return Float.intBitsToFloat((int) parse(in, true));
    }

    /** The bits of the double, or of the float in the low 32 bits. */
    private static long parse(String in, boolean single) {
        if (in == null) {
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"in\" is null");
        }
        int start = 0;
        int end = in.length();
        while (start < end && in.charAt(start) <= ' ') start++;
        while (end > start && in.charAt(end - 1) <= ' ') end--;
        if (start == end) throw new NumberFormatException("empty String");

        int i = start;
        boolean neg = false;
        char c = in.charAt(i);
        if (c == '+' || c == '-') {
            neg = c == '-';
            i++;
        }
        if (i < end) {
            c = in.charAt(i);
            if (c == 'N') {
                if (in.startsWith("NaN", i) && i + 3 == end) {
                    return single ? Float.floatToRawIntBits(Float.NaN) & 0xffffffffL : Double.doubleToRawLongBits(Double.NaN);
                }
                throw bad(in);
            }
            if (c == 'I') {
                if (in.startsWith("Infinity", i) && i + 8 == end) {
                    return infinity(neg, single);
                }
                throw bad(in);
            }
            if (c == '0' && i + 1 < end && (in.charAt(i + 1) == 'x' || in.charAt(i + 1) == 'X')) {
                return parseHex(in, i + 2, end, neg, single);
            }
        }

        byte[] digits = new byte[Math.min(end - i, MAX_DIGITS + 1)];
        int nd = 0;
        long exp = 0;           // value = digits * 10^exp
        boolean sticky = false;
        boolean sawDigit = false;
        boolean sawPoint = false;
        for (; i < end; i++) {
            c = in.charAt(i);
            if (c >= '0' && c <= '9') {
                sawDigit = true;
                if (nd == 0 && c == '0') {
                    if (sawPoint) exp--;
                } else if (nd < MAX_DIGITS) {
                    digits[nd++] = (byte) (c - '0');
                    if (sawPoint) exp--;
                } else {
                    if (c != '0') sticky = true;
                    if (!sawPoint) exp++;
                }
            } else if (c == '.') {
                if (sawPoint) throw new NumberFormatException("multiple points");
                sawPoint = true;
            } else {
                break;
            }
        }
        if (!sawDigit) throw bad(in);
        if (i < end && ((c = in.charAt(i)) == 'e' || c == 'E')) {
            i++;
            boolean eneg = false;
            if (i < end && ((c = in.charAt(i)) == '+' || c == '-')) {
                eneg = c == '-';
                i++;
            }
            long ev = 0;
            boolean sawExpDigit = false;
            for (; i < end && (c = in.charAt(i)) >= '0' && c <= '9'; i++) {
                sawExpDigit = true;
                if (ev < 1_000_000_000L) ev = ev * 10 + (c - '0');   // saturates far beyond any finite result
            }
            if (!sawExpDigit) throw bad(in);
            exp += eneg ? -ev : ev;
        }
        if (i < end && ((c = in.charAt(i)) == 'f' || c == 'F' || c == 'd' || c == 'D')) i++;
        if (i != end) throw bad(in);

        if (nd == 0) return zero(neg, single);
        while (nd > 1 && digits[nd - 1] == 0 && !sticky) {
            nd--;
            exp++;
        }
        if (sticky) {
            digits[nd++] = 1;
            exp--;
        }
        // 10^(nd+exp-1) <= value < 10^(nd+exp)
        long top = nd + exp;
        if (top - 1 >= (single ? 39 : 309)) return infinity(neg, single);
        if (top <= (single ? -46 : -324)) return zero(neg, single);
        int e10 = (int) exp;

        long bits = single ? fastFloat(digits, nd, e10) : fastDouble(digits, nd, e10);
        if (bits < 0) bits = viaTable(digits, nd, e10, single);
        if (bits < 0) bits = exact(digits, nd, e10, single);
        if (neg) bits |= single ? 0x80000000L : 0x8000000000000000L;
        return bits;
    }

    /** Exact IEEE arithmetic when digits and power of ten are both exact; -1 otherwise. */
    private static long fastDouble(byte[] digits, int nd, int e10) {
        if (nd > 15) return -1;
        long d = 0;
        for (int k = 0; k < nd; k++) d = d * 10 + digits[k];
        double v;
        if (e10 >= 0) {
            if (e10 <= 22) {
                v = (double) d * POW10[e10];
            } else if (nd + e10 <= 15 + 22) {
                // d * 10^(e10-22) still has at most 15 digits, so it is exact.
                v = (double) (d * (long) POW10[e10 - 22]) * POW10[22];
            } else {
                return -1;
            }
        } else if (e10 >= -22) {
            v = (double) d / POW10[-e10];
        } else {
            return -1;
        }
        return Double.doubleToRawLongBits(v);
    }

    private static long fastFloat(byte[] digits, int nd, int e10) {
        if (nd > 7) return -1;
        int d = 0;
        for (int k = 0; k < nd; k++) d = d * 10 + digits[k];
        float v;
        if (e10 >= 0 && e10 <= 10) {
            v = (float) d * POW10F[e10];
        } else if (e10 < 0 && e10 >= -10) {
            v = (float) d / POW10F[-e10];
        } else {
            return -1;
        }
        return Float.floatToRawIntBits(v) & 0xffffffffL;
    }

    /**
     * For up to 18 digits: the table's g(e10) brackets 10^e10 (g - 1 <= 10^e10 / 2^r < g), so the exact
     * products D * (g - 1) and D * g bracket the value; when both round to the same binary number, so does
     * the value. Otherwise (ties, near-ties) returns -1 for the exact path.
     */
    private static long viaTable(byte[] digits, int nd, int e10, boolean single) {
        if (nd > 18 || e10 < PowersOfTen.E_MIN || e10 > PowersOfTen.E_MAX) return -1;
        long d = 0;
        for (int k = 0; k < nd; k++) d = d * 10 + digits[k];
        long g1 = PowersOfTen.g1(e10);
        long g0 = PowersOfTen.g0(e10);
        int r = ToDecimal.floorLog2Pow10(e10) - 125;
        // p2:p1:p0 = d * g = (d * g1) << 63 + d * g0; both factors are below 2^63.
        long a1 = Math.multiplyHigh(d, g1), a0 = d * g1;
        long b1 = Math.multiplyHigh(d, g0), b0 = d * g0;
        long p0 = a0 << 63;
        long p1 = (a0 >>> 1) | (a1 << 63);
        long p2 = a1 >>> 1;
        long s0 = p0 + b0;
        long carry = Long.compareUnsigned(s0, p0) < 0 ? 1 : 0;
        p0 = s0;
        long s1 = p1 + b1;
        long carry1 = Long.compareUnsigned(s1, p1) < 0 ? 1 : 0;
        long s2 = s1 + carry;
        if (carry != 0 && s2 == 0) carry1 = 1;
        p1 = s2;
        p2 += carry1;
        long upper = roundWide(p2, p1, p0, r, single);
        // lower = p - d
        long l0 = p0 - d;
        long borrow = Long.compareUnsigned(p0, d) < 0 ? 1 : 0;
        long l1 = p1 - borrow;
        long l2 = p2 - (borrow != 0 && p1 == 0 ? 1 : 0);
        long lower = roundWide(l2, l1, l0, r, single);
        return upper == lower ? upper : -1;
    }

    /** Rounds the 192-bit x2:x1:x0 (at least 2^64) times 2^exp2. */
    private static long roundWide(long x2, long x1, long x0, int exp2, boolean single) {
        int sh = 0;
        if (x2 == 0) {
            x2 = x1;
            x1 = x0;
            x0 = 0;
            sh = 64;
        }
        int n = Long.numberOfLeadingZeros(x2);
        if (n > 0) {
            x2 = x2 << n | x1 >>> (64 - n);
            x1 = x1 << n | x0 >>> (64 - n);
            x0 <<= n;
            sh += n;
        }
        // The top 62 bits, with everything below folded into sticky.
        long q = x2 >>> 2;
        boolean sticky = (x2 & 3) != 0 || x1 != 0 || x0 != 0;
        return round(q, sticky, (long) exp2 + (192 - sh - 62), single);
    }

    /** value = D * 10^e10 = D * 5^e10 * 2^e10, as num / den * 2^e10, divided out to p + 4 bits. */
    private static long exact(byte[] digits, int nd, int e10, boolean single) {
        int p = single ? 24 : 53;
        BigNat num = new BigNat(nd / 9 + 4);
        int k = 0;
        int head = nd % 9;
        if (head == 0) head = 9;
        while (k < nd) {
            int chunk = 0;
            int mul = 1;
            for (int j = 0; j < head; j++) {
                chunk = chunk * 10 + digits[k++];
                mul *= 10;
            }
            num.mulAdd(mul, chunk);
            head = 9;
        }
        BigNat den = BigNat.of(1);
        if (e10 >= 0) {
            num.mulPow5(e10);
        } else {
            den.mulPow5(-e10);
        }
        int shift = p + 3 - (num.bitLength() - den.bitLength());
        if (shift >= 0) {
            num.shiftLeft(shift);
        } else {
            den.shiftLeft(-shift);
        }
        // num / den is now in (2^(p+2), 2^(p+4)).
        int topBit = p + 4;
        den.shiftLeft(topBit);
        long q = 0;
        for (int b = topBit; b >= 0; b--) {
            if (num.compareTo(den) >= 0) {
                num.subtract(den);
                q |= 1L << b;
            }
            den.shiftRight1();
        }
        return round(q, !num.isZero(), e10 - shift, single);
    }

    /**
     * Rounds (q + a fraction that is non-zero iff sticky) * 2^exp2 to the nearest double or float, ties to
     * even, with gradual underflow. 0 < q < 2^63.
     */
    static long round(long q, boolean sticky, long exp2, boolean single) {
        int p = single ? 24 : 53;
        int eMin = single ? -126 : -1022;
        int eMax = single ? 127 : 1023;
        int bq = 64 - Long.numberOfLeadingZeros(q);
        long topExp = bq - 1 + exp2;
        if (topExp > eMax) return single ? 0x7f800000L : 0x7ff0000000000000L;
        long lsbExp = Math.max(topExp, eMin) - (p - 1);
        long shift = lsbExp - exp2;
        long m;
        if (shift <= 0) {
            m = q << -shift;    // exact: q has fewer than p bits here
        } else if (shift > bq) {
            return 0;           // below half the smallest subnormal
        } else {
            int s = (int) shift;
            m = q >>> s;
            long rem = q & ((1L << s) - 1);
            long half = 1L << (s - 1);
            if (rem > half || rem == half && (sticky || (m & 1) != 0)) m++;
            if (m == 1L << p) {
                m >>>= 1;
                lsbExp++;
                if (lsbExp + p - 1 > eMax) return single ? 0x7f800000L : 0x7ff0000000000000L;
            }
        }
        long hidden = 1L << (p - 1);
        if (m < hidden) return m;   // subnormal (or zero)
        long biased = lsbExp + (p - 1) + eMax;
        return (biased << (p - 1)) | (m - hidden);
    }

    private static long parseHex(String in, int i, int end, boolean neg, boolean single) {
        long q = 0;
        int kept = 0;           // significant hex digits in q
        long exp2 = 0;          // value = q * 2^exp2 (+ sticky)
        boolean sticky = false;
        boolean sawDigit = false;
        boolean sawPoint = false;
        char c = 0;
        for (; i < end; i++) {
            c = in.charAt(i);
            int h = hexValue(c);
            if (h >= 0) {
                sawDigit = true;
                if (kept == 0 && h == 0) {
                    if (sawPoint) exp2 -= 4;
                } else if (kept < 15) {
                    q = q << 4 | h;
                    kept++;
                    if (sawPoint) exp2 -= 4;
                } else {
                    if (h != 0) sticky = true;
                    if (!sawPoint) exp2 += 4;
                }
            } else if (c == '.') {
                if (sawPoint) throw new NumberFormatException("multiple points");
                sawPoint = true;
            } else {
                break;
            }
        }
        if (!sawDigit || i >= end || ((c = in.charAt(i)) != 'p' && c != 'P')) throw bad(in);
        i++;
        boolean eneg = false;
        if (i < end && ((c = in.charAt(i)) == '+' || c == '-')) {
            eneg = c == '-';
            i++;
        }
        long ev = 0;
        boolean sawExpDigit = false;
        for (; i < end && (c = in.charAt(i)) >= '0' && c <= '9'; i++) {
            sawExpDigit = true;
            if (ev < 1_000_000_000L) ev = ev * 10 + (c - '0');
        }
        if (!sawExpDigit) throw bad(in);
        if (i < end && ((c = in.charAt(i)) == 'f' || c == 'F' || c == 'd' || c == 'D')) i++;
        if (i != end) throw bad(in);
        if (q == 0) return zero(neg, single);
        exp2 += eneg ? -ev : ev;
        long bits = round(q, sticky, exp2, single);
        if (neg) bits |= single ? 0x80000000L : 0x8000000000000000L;
        return bits;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static long zero(boolean neg, boolean single) {
        if (!neg) return 0;
        return single ? 0x80000000L : 0x8000000000000000L;
    }

    private static long infinity(boolean neg, boolean single) {
        if (single) return neg ? 0xff800000L : 0x7f800000L;
        return neg ? 0xfff0000000000000L : 0x7ff0000000000000L;
    }

    private static NumberFormatException bad(String in) {
        return new NumberFormatException("For input string: \"" + in + "\"");
    }
}
