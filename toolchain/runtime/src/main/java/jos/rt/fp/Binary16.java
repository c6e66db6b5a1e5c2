package jos.rt.fp;

/** IEEE 754 binary16 conversions for Float.float16ToFloat and Float.floatToFloat16. */
public final class Binary16 {
    private Binary16() {}

    /** IEEE binary16 bits to float (exact). NaNs come out quiet with their payload, as x86 F16C (and so HotSpot) does. */
    public static float toFloat(short floatBinary16) {
        int bits = floatBinary16;
        int sign = (bits & 0x8000) << 16;
        int exp = (bits >>> 10) & 0x1f;
        int sig = bits & 0x3ff;
        if (exp == 0x1f) {
            if (sig == 0) return Float.intBitsToFloat(sign | 0x7f800000);
            return Float.intBitsToFloat(sign | 0x7fc00000 | sig << 13);
        }
        if (exp == 0) {
            float mag = sig * 0x1.0p-24f;   // exact: sig has at most 10 bits
            return sign != 0 ? -mag : mag;
        }
        return Float.intBitsToFloat(sign | (exp - 15 + 127) << 23 | sig << 13);
    }

    /** float to IEEE binary16 bits, rounding to nearest even. NaNs: quiet, high payload bits kept, as F16C does. */
    public static short fromFloat(float f) {
        int doppel = Float.floatToRawIntBits(f);
        int sign = (doppel >>> 16) & 0x8000;
        if (f != f) {
            return (short) (sign | 0x7e00 | (doppel >>> 13) & 0x3ff);
        }
        int abs = doppel & 0x7fffffff;
        if (abs >= 0x7f800000) return (short) (sign | 0x7c00);
        int biased = abs >>> 23;
        int m = abs & 0x7fffff;
        int e2;                       // |f| = m * 2^e2
        if (biased == 0) {
            if (m == 0) return (short) sign;
            e2 = -149;
        } else {
            m |= 0x800000;
            e2 = biased - 150;
        }
        int top = 31 - Integer.numberOfLeadingZeros(m) + e2;   // exponent of the leading bit
        int lsb = Math.max(top, -14) - 10;                      // binary16 ulp exponent
        int shift = lsb - e2;
        int r;
        if (shift <= 0) {
            r = m << -shift;
        } else if (shift > 25) {
            return (short) sign;
        } else {
            r = m >>> shift;
            int rem = m & ((1 << shift) - 1);
            int half = 1 << (shift - 1);
            if (rem > half || rem == half && (r & 1) != 0) r++;
            if (r == 1 << 11) {
                r >>>= 1;
                lsb++;
            }
        }
        if (lsb + 10 > 15) return (short) (sign | 0x7c00);
        if (r < 1 << 10) return (short) (sign | r);
        return (short) (sign | (lsb + 10 + 15) << 10 | (r - (1 << 10)));
    }
}
