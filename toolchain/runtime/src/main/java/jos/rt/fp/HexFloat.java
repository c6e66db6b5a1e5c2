package jos.rt.fp;

/** Double.toHexString and Float.toHexString. */
public final class HexFloat {
    private HexFloat() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static String toHexString(double d) {
        if (d != d) return "NaN";
        if (d == Double.POSITIVE_INFINITY) return "Infinity";
        if (d == Double.NEGATIVE_INFINITY) return "-Infinity";
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long frac = bits & ((1L << 52) - 1);
        StringBuilder sb = new StringBuilder(24);
        if (bits < 0) sb.append('-');
        if (biased == 0 && frac == 0) return sb.append("0x0.0p0").toString();
        sb.append(biased == 0 ? "0x0." : "0x1.");
        appendFraction(sb, frac, 13);
        sb.append('p').append(biased == 0 ? -1022 : biased - 1023);
        return sb.toString();
    }

    public static String toHexString(float f) {
        if (f != f) return "NaN";
        if (f == Float.POSITIVE_INFINITY) return "Infinity";
        if (f == Float.NEGATIVE_INFINITY) return "-Infinity";
        int bits = Float.floatToRawIntBits(f);
        int biased = (bits >>> 23) & 0xff;
        long frac = (bits & ((1 << 23) - 1)) << 1;   // 23 bits as six hex digits
        StringBuilder sb = new StringBuilder(16);
        if (bits < 0) sb.append('-');
        if (biased == 0 && frac == 0) return sb.append("0x0.0p0").toString();
        sb.append(biased == 0 ? "0x0." : "0x1.");
        appendFraction(sb, frac, 6);
        sb.append('p').append(biased == 0 ? -126 : biased - 127);
        return sb.toString();
    }

    /** The hex digits of frac (ndigits of them), trailing zeros dropped but at least one digit. */
    static void appendFraction(StringBuilder sb, long frac, int ndigits) {
        int n = ndigits;
        while (n > 1 && (frac >>> (4 * (ndigits - n)) & 0xf) == 0) n--;
        for (int i = 0; i < n; i++) {
            sb.append(HEX[(int) (frac >>> (4 * (ndigits - 1 - i))) & 0xf]);
        }
    }
}
