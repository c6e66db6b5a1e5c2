package java.lang;

/**
 * The long box and long utilities. Also home of the digit writer and the number parser that Integer shares:
 * both work on unsigned magnitudes, so every width and sign goes through one path.
 */
@jos.rt.InitAtStart
public final class Long extends Number implements Comparable<Long> {
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) jos.rt.Types.primitiveClass('J');

    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    private final long value;

    /** Boxes of -128..127, made on first use (valueOf must hand out the same object for these). */
    private static Long[] small;

    @Deprecated(since = "9", forRemoval = true)
    public Long(long value) {
        this.value = value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Long(String s) throws NumberFormatException {
        this(parseLong(s, 10));
    }

    public static Long valueOf(long l) {
        if (l != (byte) l) return new Long(l);
        Long[] boxes = small;
        if (boxes == null) small = boxes = new Long[256];
        int slot = (int) l & 0xff;
        Long b = boxes[slot];
        if (b == null) boxes[slot] = b = new Long(l);
        return b;
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    // ---- digits out ----

    /** 10^19 as an unsigned long: the one decimal power between 2^63 and 2^64. */
    private static final long TEN_TO_19 = -8446744073709551616L;

    static byte digitChar(int d) {
        return (byte) (d < 10 ? '0' + d : 'a' - 10 + d);
    }

    /** Number of decimal digits of the unsigned value m. */
    static int decimalLength(long m) {
        if (m < 0) return compareUnsigned(m, TEN_TO_19) < 0 ? 19 : 20;
        int n = 1;
        for (long bound = 10; n < 19 && m >= bound; bound *= 10) n++;
        return n;
    }

    /** Writes the decimal digits of the unsigned value m so that the last lands at end - 1; returns the first's index. */
    static int putDecimal(long m, int end, byte[] buf) {
        int p = end;
        if (m < 0) {
            long q = divideUnsigned(m, 10);
            buf[--p] = (byte) ('0' + (int) (m - q * 10));
            m = q;
        }
        // two digits per division while at least three remain
        while (m >= 100) {
            long q = m / 100;
            int pair = (int) (m - q * 100);
            buf[--p] = (byte) ('0' + pair % 10);
            buf[--p] = (byte) ('0' + pair / 10);
            m = q;
        }
        if (m >= 10) {
            buf[--p] = (byte) ('0' + (int) m % 10);
            m /= 10;
        }
        buf[--p] = (byte) ('0' + (int) m);
        return p;
    }

    /**
     * The unsigned magnitude m in radix (10 when out of range), with a leading '-' when minus. Powers of two
     * are cut into bit groups; other radices divide, once unsigned if m is at or beyond 2^63.
     */
    static String magnitudeText(long m, int radix, boolean minus) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        int sign = minus ? 1 : 0;
        if (radix == 10) {
            int len = decimalLength(m) + sign;
            byte[] buf = new byte[len];
            putDecimal(m, len, buf);
            if (minus) buf[0] = '-';
            return new String(buf, String.LATIN1);
        }
        if ((radix & (radix - 1)) == 0) {
            int bitsPerDigit = Integer.numberOfTrailingZeros(radix);
            int significant = Math.max(SIZE - numberOfLeadingZeros(m), 1);
            int len = (significant + bitsPerDigit - 1) / bitsPerDigit + sign;
            byte[] buf = new byte[len];
            for (int p = len - 1; p >= sign; p--) {
                buf[p] = digitChar((int) m & (radix - 1));
                m >>>= bitsPerDigit;
            }
            if (minus) buf[0] = '-';
            return new String(buf, String.LATIN1);
        }
        byte[] tmp = new byte[SIZE + 1];
        int p = tmp.length;
        if (m < 0) {
            long q = divideUnsigned(m, radix);
            tmp[--p] = digitChar((int) (m - q * radix));
            m = q;
        }
        do {
            long q = m / radix;
            tmp[--p] = digitChar((int) (m - q * radix));
            m = q;
        } while (m != 0);
        if (minus) tmp[--p] = '-';
        byte[] out = new byte[tmp.length - p];
        System.arraycopy(tmp, p, out, 0, out.length);
        return new String(out, String.LATIN1);
    }

    /** Length of toString(x). */
    static int stringSize(long x) {
        return x < 0 ? decimalLength(-x) + 1 : decimalLength(x);
    }

    /** Writes toString(x) so that it ends just before end (Latin-1 bytes); returns where it starts. */
    static int getChars(long x, int end, byte[] buf) {
        if (x >= 0) return putDecimal(x, end, buf);
        int p = putDecimal(-x, end, buf);
        buf[--p] = '-';
        return p;
    }

    public static String toString(long i) {
        return magnitudeText(i < 0 ? -i : i, 10, i < 0);
    }

    public static String toString(long i, int radix) {
        return magnitudeText(i < 0 ? -i : i, radix, i < 0);
    }

    public static String toUnsignedString(long i) {
        return magnitudeText(i, 10, false);
    }

    public static String toUnsignedString(long i, int radix) {
        return magnitudeText(i, radix, false);
    }

    public static String toHexString(long i) {
        return magnitudeText(i, 16, false);
    }

    public static String toOctalString(long i) {
        return magnitudeText(i, 8, false);
    }

    public static String toBinaryString(long i) {
        return magnitudeText(i, 2, false);
    }

    // ---- digits in ----

    static void requireRadix(int radix) {
        if (radix < Character.MIN_RADIX)
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        if (radix > Character.MAX_RADIX)
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
    }

    static void requireRange(CharSequence s, int begin, int end) {
        int n = s.length();
        if (begin < 0 || end < begin || end > n)
            throw new IndexOutOfBoundsException("Range [" + begin + ", " + end + ") out of bounds for length " + n);
    }

    private static NumberFormatException notANumber(String text, int radix) {
        String suffix = radix == 10 ? "" : " under radix " + radix;
        return new NumberFormatException("For input string: \"" + text + "\"" + suffix);
    }

    /**
     * Parses s[begin, end) in radix (already checked). The result's magnitude may be at most posMax (read
     * unsigned), or negMax after a '-'. unsignedKind names the type for the unsigned methods ("int", "long"),
     * which refuse '-' and report overflow in words; null for the signed ones, which report it as a bad digit.
     * whole: the String methods (message quotes s) rather than the CharSequence ones (message gives the index).
     * Digits are read left to right and the first bad digit or overflow decides the message, as on HotSpot.
     */
    static long parse(CharSequence s, int begin, int end, int radix, long posMax, long negMax,
                      String unsignedKind, boolean whole) {
        if (begin == end) throw notANumber("", radix);
        int at = begin;
        char lead = s.charAt(at);
        boolean minus = lead == '-';
        if (minus && unsignedKind != null)
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        if (minus || lead == '+') {
            at++;
            if (at == end) throw badDigit(s, begin, end, at, radix, whole);
        }
        long max = minus ? negMax : posMax;
        long cutoff = divideUnsigned(max, radix);        // below 2^63; m below 0 is above 2^63
        int lastDigitMax = (int) (max - cutoff * radix);
        long m = 0;
        for (; at < end; at++) {
            int d = Character.digit(s.charAt(at), radix);
            if (d < 0) throw badDigit(s, begin, end, at, radix, whole);
            if (m < 0 || m > cutoff || (m == cutoff && d > lastDigitMax)) {
                if (unsignedKind != null)
                    throw new NumberFormatException("String value " + s + " exceeds range of unsigned " + unsignedKind + ".");
                throw badDigit(s, begin, end, at, radix, whole);
            }
            m = m * radix + d;
        }
        return minus ? -m : m;
    }

    private static NumberFormatException badDigit(CharSequence s, int begin, int end, int at, int radix, boolean whole) {
        if (whole) return notANumber(s.toString(), radix);
        return new NumberFormatException("Error at index " + (at - begin) + " in: \"" + s.subSequence(begin, end) + "\"");
    }

    public static long parseLong(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        requireRadix(radix);
        return parse(s, 0, s.length(), radix, MAX_VALUE, MIN_VALUE, null, true);
    }

    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        java.util.Objects.requireNonNull(s);
        requireRange(s, beginIndex, endIndex);
        requireRadix(radix);
        return parse(s, beginIndex, endIndex, radix, MAX_VALUE, MIN_VALUE, null, false);
    }

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        requireRadix(radix);
        return parse(s, 0, s.length(), radix, -1L, 0, "long", true);
    }

    public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        java.util.Objects.requireNonNull(s);
        requireRange(s, beginIndex, endIndex);
        requireRadix(radix);
        return parse(s, beginIndex, endIndex, radix, -1L, 0, "long", false);
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    /** Sign, then 0x / 0X / # (hex) or a leading 0 (octal); the rest is parsed with the sign put back in front. */
    public static Long decode(String nm) throws NumberFormatException {
        if (nm.isEmpty()) throw new NumberFormatException("Zero length string");
        int digits = Integer.decodedDigitsStart(nm);
        return valueOf(parseLong(Integer.decodedDigits(nm, digits), Integer.decodedRadix(nm, digits)));
    }

    // ---- system properties ----

    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    public static Long getLong(String nm, long val) {
        Long found = getLong(nm, null);
        return found != null ? found : valueOf(val);
    }

    public static Long getLong(String nm, Long val) {
        String text = Integer.propertyOrNull(nm);
        if (text == null) return val;
        try {
            return decode(text);
        } catch (NumberFormatException notNumeric) {
            return val;
        }
    }

    // ---- Number, Object, Comparable ----

    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public int intValue() { return (int) value; }
    public long longValue() { return value; }
    public float floatValue() { return (float) value; }
    public double doubleValue() { return (double) value; }

    public String toString() {
        return toString(value);
    }

    public int hashCode() {
        return hashCode(value);
    }

    /** As documented: the two halves xor-ed. */
    public static int hashCode(long value) {
        return (int) (value >>> 32) ^ (int) value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Long other && other.value == value;
    }

    public int compareTo(Long anotherLong) {
        return compare(value, anotherLong.value);
    }

    public static int compare(long x, long y) {
        return x == y ? 0 : (x < y ? -1 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x ^ MIN_VALUE, y ^ MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) return compareUnsigned(dividend, divisor) >= 0 ? 1 : 0;
        if (dividend >= 0) return dividend / divisor;
        // Halve the dividend so signed division applies, double back: the quotient is then low by at most one.
        long q = (dividend >>> 1) / divisor << 1;
        return compareUnsigned(dividend - q * divisor, divisor) >= 0 ? q + 1 : q;
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        if (dividend >= 0 && divisor > 0) return dividend % divisor;
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    // ---- bits ----

    public static native int numberOfLeadingZeros(long i);

    public static native int numberOfTrailingZeros(long i);

    public static native int bitCount(long i);

    public static long highestOneBit(long i) {
        return i == 0 ? 0 : 1L << (63 - numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static long rotateLeft(long i, int distance) {
        int d = distance & 63;
        return (i << d) | (i >>> ((64 - d) & 63));
    }

    public static long rotateRight(long i, int distance) {
        return rotateLeft(i, -distance);
    }

    /** Exchanges each group of bits selected by mask with the group shift places above it. */
    private static long swapGroups(long x, long mask, int shift) {
        return ((x & mask) << shift) | ((x >>> shift) & mask);
    }

    public static long reverseBytes(long i) {
        long halves = rotateLeft(i, 32);
        long quarters = swapGroups(halves, 0x0000ffff0000ffffL, 16);
        return swapGroups(quarters, 0x00ff00ff00ff00ffL, 8);
    }

    public static long reverse(long i) {
        long x = reverseBytes(i);
        x = swapGroups(x, 0x0f0f0f0f0f0f0f0fL, 4);
        x = swapGroups(x, 0x3333333333333333L, 2);
        return swapGroups(x, 0x5555555555555555L, 1);
    }

    /** Mask with the low n bits set, 0 <= n <= 64. */
    private static long lowMask(int n) {
        return n == 64 ? -1L : (1L << n) - 1;
    }

    /** Takes the bits of i under mask one run of consecutive mask bits at a time, packing them from bit 0 up. */
    public static long compress(long i, long mask) {
        long packed = 0;
        int filled = 0;
        while (mask != 0) {
            int at = numberOfTrailingZeros(mask);
            int len = numberOfTrailingZeros(~(mask >>> at));
            packed |= ((i >>> at) & lowMask(len)) << filled;
            filled += len;
            mask &= mask + (mask & -mask);    // clears the lowest run
        }
        return packed;
    }

    /** Inverse of compress: deals the low bits of i out to the runs of mask, lowest run first. */
    public static long expand(long i, long mask) {
        long spread = 0;
        int taken = 0;
        while (mask != 0) {
            int at = numberOfTrailingZeros(mask);
            int len = numberOfTrailingZeros(~(mask >>> at));
            spread |= ((i >>> taken) & lowMask(len)) << at;
            taken += len;
            mask &= mask + (mask & -mask);
        }
        return spread;
    }

    public static int signum(long i) {
        return i > 0 ? 1 : (i < 0 ? -1 : 0);
    }
}
