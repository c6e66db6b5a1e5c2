package java.lang;

/** The long box and long utilities. TYPE is left out: primitive Class objects do not exist yet. */
public final class Long extends Number implements Comparable<Long> {
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) jos.rt.Types.primitiveClass('J');

    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    private final long value;

    private static final Long[] CACHE = new Long[256];

    @Deprecated(since = "9", forRemoval = true)
    public Long(long value) {
        this.value = value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    // ---- formatting ----

    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        if (radix == 10) return toString(i);
        byte[] buf = new byte[65];
        int pos = 64;
        boolean negative = i < 0;
        if (!negative) i = -i;
        while (i <= -radix) {
            buf[pos--] = (byte) Integer.DIGITS[(int) (-(i % radix))];
            i = i / radix;
        }
        buf[pos] = (byte) Integer.DIGITS[(int) (-i)];
        if (negative) buf[--pos] = '-';
        byte[] r = new byte[65 - pos];
        System.arraycopy(buf, pos, r, 0, r.length);
        return Integer.latin1(r);
    }

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) return toString(i, radix);
        switch (radix) {
            case 2: return toBinaryString(i);
            case 4: return toUnsignedString0(i, 2);
            case 8: return toOctalString(i);
            case 16: return toHexString(i);
            case 32: return toUnsignedString0(i, 5);
            default: break;
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        // i as unsigned = q * radix + r, with q non-negative
        long q = divideUnsigned(i, radix);
        long r = i - q * radix;
        return toString(q, radix) + Character.forDigit((int) r, radix);
    }

    public static String toHexString(long i) {
        return toUnsignedString0(i, 4);
    }

    public static String toOctalString(long i) {
        return toUnsignedString0(i, 3);
    }

    public static String toBinaryString(long i) {
        return toUnsignedString0(i, 1);
    }

    private static String toUnsignedString0(long val, int shift) {
        int bits = SIZE - numberOfLeadingZeros(val);
        int chars = Math.max((bits + shift - 1) / shift, 1);
        byte[] buf = new byte[chars];
        int mask = (1 << shift) - 1;
        for (int pos = chars - 1; pos >= 0; pos--) {
            buf[pos] = (byte) Integer.DIGITS[(int) val & mask];
            val >>>= shift;
        }
        return Integer.latin1(buf);
    }

    public static String toString(long i) {
        int size = stringSize(i);
        byte[] buf = new byte[size];
        getChars(i, size, buf);
        return Integer.latin1(buf);
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    static int stringSize(long x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p) return i + d;
            p = 10 * p;
        }
        return 19 + d;
    }

    static int getChars(long i, int end, byte[] buf) {
        int pos = end;
        boolean negative = i < 0;
        if (!negative) i = -i;
        while (i <= Integer.MIN_VALUE) {
            long q = i / 10;
            buf[--pos] = (byte) ('0' + (int) (q * 10 - i));
            i = q;
        }
        int j = (int) i;
        while (j <= -10) {
            int q = j / 10;
            buf[--pos] = (byte) ('0' + (q * 10 - j));
            j = q;
        }
        buf[--pos] = (byte) ('0' - j);
        if (negative) buf[--pos] = '-';
        return pos;
    }

    // ---- parsing ----

    public static long parseLong(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        Integer.checkRadix(radix);
        if (s.isEmpty()) throw Integer.forInputString(s, radix);
        return parse(s, 0, s.length(), radix, true);
    }

    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        if (s == null) throw new NullPointerException();
        Integer.checkFromToIndex(beginIndex, endIndex, s.length());
        Integer.checkRadix(radix);
        if (beginIndex == endIndex) throw Integer.forInputString("", radix);
        return parse(s, beginIndex, endIndex, radix, false);
    }

    /** Parses the non-empty s[begin, end); failures throw with the String or the CharSequence message. */
    private static long parse(CharSequence s, int begin, int end, int radix, boolean whole) {
        int i = begin;
        char first = s.charAt(i);
        boolean negative = first == '-';
        long limit = negative ? MIN_VALUE : -MAX_VALUE;
        if (first == '-' || first == '+') {
            i++;
            if (i == end) throw parseError(s, begin, end, i, radix, whole);
        }
        long multmin = limit / radix;
        long result = 0;
        while (i < end) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) throw parseError(s, begin, end, i, radix, whole);
            result *= radix;
            if (result < limit + digit) throw parseError(s, begin, end, i, radix, whole);
            result -= digit;
            i++;
        }
        return negative ? result : -result;
    }

    private static NumberFormatException parseError(CharSequence s, int begin, int end, int at, int radix, boolean whole) {
        return whole ? Integer.forInputString(s.toString(), radix) : Integer.forCharSequence(s, begin, end, at);
    }

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        Integer.checkRadix(radix);
        return parseUnsigned(s, 0, s.length(), radix, true, -1L);
    }

    public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        if (s == null) throw new NullPointerException();
        Integer.checkFromToIndex(beginIndex, endIndex, s.length());
        Integer.checkRadix(radix);
        return parseUnsigned(s, beginIndex, endIndex, radix, false, -1L);
    }

    /**
     * Parses s[begin, end) as an unsigned number no larger than max (unsigned): -1L for long, 0xFFFFFFFFL for
     * int. As the JDK, digits are taken left to right and the first bad digit or the first overflow decides
     * the exception.
     */
    static long parseUnsigned(CharSequence s, int begin, int end, int radix, boolean whole, long max) {
        if (begin == end) throw Integer.forInputString(whole ? s.toString() : "", radix);
        char first = s.charAt(begin);
        if (first == '-')
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        int i = begin;
        if (first == '+') {
            i++;
            if (i == end) throw parseError(s, begin, end, i, radix, whole);
        }
        long multmax = divideUnsigned(max, radix);
        long result = 0;
        for (; i < end; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0) throw parseError(s, begin, end, i, radix, whole);
            if (compareUnsigned(result, multmax) > 0) throw exceedsRange(s, max);
            long r = result * radix;
            long next = r + digit;
            if (compareUnsigned(next, r) < 0 || compareUnsigned(next, max) > 0) throw exceedsRange(s, max);
            result = next;
        }
        return result;
    }

    private static NumberFormatException exceedsRange(CharSequence s, long max) {
        return new NumberFormatException("String value " + s + " exceeds range of unsigned " + (max == -1L ? "long." : "int."));
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) {
            int k = (int) l + 128;
            Long r = CACHE[k];
            if (r == null) CACHE[k] = r = new Long(l);
            return r;
        }
        return new Long(l);
    }

    public static Long decode(String nm) throws NumberFormatException {
        int radix = 10;
        int index = 0;
        boolean negative = false;
        if (nm.isEmpty()) throw new NumberFormatException("Zero length string");
        char firstChar = nm.charAt(0);
        if (firstChar == '-') {
            negative = true;
            index++;
        } else if (firstChar == '+') {
            index++;
        }
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index))
            throw new NumberFormatException("Sign character in wrong position");
        String digits = nm.substring(index);
        try {
            long r = parseLong(digits, radix);
            return valueOf(negative ? -r : r);
        } catch (NumberFormatException e) {
            // MIN_VALUE only parses with its sign attached
            return valueOf(parseLong(negative ? "-" + digits : digits, radix));
        }
    }

    // ---- system properties ----

    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    public static Long getLong(String nm, long val) {
        Long result = getLong(nm, null);
        return (result == null) ? valueOf(val) : result;
    }

    public static Long getLong(String nm, Long val) {
        String v = null;
        try {
            v = System.getProperty(nm);
        } catch (IllegalArgumentException | NullPointerException e) {
            // as the JDK: a bad name means no value
        }
        if (v != null) {
            try {
                return decode(v);
            } catch (NumberFormatException e) {
                // not a number: fall back to the default
            }
        }
        return val;
    }

    // ---- Number ----

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

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    public boolean equals(Object obj) {
        return obj instanceof Long l && value == l.value;
    }

    public int compareTo(Long anotherLong) {
        return compare(value, anotherLong.value);
    }

    public static int compare(long x, long y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) return compareUnsigned(dividend, divisor) < 0 ? 0L : 1L;
        if (dividend >= 0) return dividend / divisor;
        // shift-halve so the quotient estimate fits, then correct by one
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        if (divisor < 0) return compareUnsigned(dividend, divisor) < 0 ? dividend : dividend - divisor;
        if (dividend >= 0) return dividend % divisor;
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return compareUnsigned(r, divisor) >= 0 ? r - divisor : r;
    }

    // ---- bits ----

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static native int numberOfLeadingZeros(long i);

    public static native int numberOfTrailingZeros(long i);

    public static native int bitCount(long i);

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long reverse(long i) {
        i = (i & 0x5555555555555555L) << 1 | (i >>> 1) & 0x5555555555555555L;
        i = (i & 0x3333333333333333L) << 2 | (i >>> 2) & 0x3333333333333333L;
        i = (i & 0x0f0f0f0f0f0f0f0fL) << 4 | (i >>> 4) & 0x0f0f0f0f0f0f0f0fL;
        return reverseBytes(i);
    }

    public static long compress(long i, long mask) {
        long r = 0;
        for (int bit = 0; mask != 0; mask &= mask - 1) {
            long low = mask & -mask;
            if ((i & low) != 0) r |= 1L << bit;
            bit++;
        }
        return r;
    }

    public static long expand(long i, long mask) {
        long r = 0;
        for (int bit = 0; mask != 0; mask &= mask - 1) {
            long low = mask & -mask;
            if ((i & (1L << bit)) != 0) r |= low;
            bit++;
        }
        return r;
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long reverseBytes(long i) {
        i = (i & 0x00ff00ff00ff00ffL) << 8 | (i >>> 8) & 0x00ff00ff00ff00ffL;
        return (i << 48) | ((i & 0xffff0000L) << 16) | ((i >>> 16) & 0xffff0000L) | (i >>> 48);
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }
}
