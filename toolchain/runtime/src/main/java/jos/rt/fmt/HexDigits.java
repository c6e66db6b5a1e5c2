package jos.rt.fmt;

import jos.rt.fp.HexFloat;

/** The %a body: hexadecimal significand rounded half-even to a number of hex digits, "h.hhhp±e". */
final class HexDigits {
    private HexDigits() {}

    /**
     * v >= 0 and finite. prec 0 means all digits (as Double.toHexString); 1 to 12 rounds, normalizing
     * subnormals; 13 or more needs no rounding.
     */
    static String of(double v, int prec) {
        if (v == 0 || prec == 0 || prec >= 13) return HexFloat.toHexString(v).substring(2);
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1022;
            while ((m & (1L << 52)) == 0) {
                m <<= 1;
                exp--;
            }
        } else {
            m |= 1L << 52;
            exp = biased - 1023;
        }
        int drop = 52 - 4 * prec;
        long kept = m >>> drop;
        long rem = m & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rem > half || rem == half && (kept & 1) != 0) kept++;
        if (kept == 1L << (53 - drop)) {
            kept >>>= 1;
            exp++;
        }
        StringBuilder sb = new StringBuilder(prec + 8);
        sb.append("1.");
        long frac = kept & ((1L << (4 * prec)) - 1);
        int digits = prec;
        while (digits > 1 && (frac & 0xf) == 0) {
            frac >>>= 4;
            digits--;
        }
        for (int i = digits - 1; i >= 0; i--) sb.append("0123456789abcdef".charAt((int) (frac >>> (4 * i)) & 0xf));
        sb.append('p').append(exp);
        return sb.toString();
    }
}
