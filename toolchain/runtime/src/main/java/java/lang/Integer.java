package java.lang;

/** The int box and int utilities. TYPE is left out: primitive Class objects do not exist yet. */
public final class Integer extends Number implements Comparable<Integer> {
    @SuppressWarnings("unchecked")
    public static final Class<Integer> TYPE = (Class<Integer>) jos.rt.Types.primitiveClass('I');

    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    private final int value;

    /** valueOf's cache of -128..127, filled lazily; identity of small boxes then matches HotSpot's. */
    private static final Integer[] CACHE = new Integer[256];

    @Deprecated(since = "9", forRemoval = true)
    public Integer(int value) {
        this.value = value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Integer(String s) throws NumberFormatException {
        this.value = parseInt(s, 10);
    }

    // ---- formatting ----

    static final char[] DIGITS = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
        'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'
    };

    static String latin1(byte[] buf) {
        return new String(buf, String.LATIN1);
    }

    public static String toString(int i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        if (radix == 10) return toString(i);
        byte[] buf = new byte[33];
        boolean negative = i < 0;
        int pos = 32;
        if (!negative) i = -i;
        while (i <= -radix) {
            buf[pos--] = (byte) DIGITS[-(i % radix)];
            i = i / radix;
        }
        buf[pos] = (byte) DIGITS[-i];
        if (negative) buf[--pos] = '-';
        byte[] r = new byte[33 - pos];
        System.arraycopy(buf, pos, r, 0, r.length);
        return latin1(r);
    }

    public static String toUnsignedString(int i, int radix) {
        return Long.toUnsignedString(toUnsignedLong(i), radix);
    }

    public static String toHexString(int i) {
        return toUnsignedString0(i, 4);
    }

    public static String toOctalString(int i) {
        return toUnsignedString0(i, 3);
    }

    public static String toBinaryString(int i) {
        return toUnsignedString0(i, 1);
    }

    private static String toUnsignedString0(int val, int shift) {
        int bits = SIZE - numberOfLeadingZeros(val);
        int chars = Math.max((bits + shift - 1) / shift, 1);
        byte[] buf = new byte[chars];
        int mask = (1 << shift) - 1;
        for (int pos = chars - 1; pos >= 0; pos--) {
            buf[pos] = (byte) DIGITS[val & mask];
            val >>>= shift;
        }
        return latin1(buf);
    }

    public static String toString(int i) {
        int size = stringSize(i);
        byte[] buf = new byte[size];
        getChars(i, size, buf);
        return latin1(buf);
    }

    public static String toUnsignedString(int i) {
        return Long.toString(toUnsignedLong(i));
    }

    /** Digits of x (with '-' if negative). */
    static int stringSize(int x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        int p = -10;
        for (int i = 1; i < 10; i++) {
            if (x > p) return i + d;
            p = 10 * p;
        }
        return 10 + d;
    }

    /** Writes the decimal digits of i into buf ending just before index end (Latin-1). Returns the start. */
    static int getChars(int i, int end, byte[] buf) {
        int pos = end;
        boolean negative = i < 0;
        if (!negative) i = -i;
        while (i <= -10) {
            int q = i / 10;
            buf[--pos] = (byte) ('0' + (q * 10 - i));
            i = q;
        }
        buf[--pos] = (byte) ('0' - i);
        if (negative) buf[--pos] = '-';
        return pos;
    }

    // ---- parsing ----

    static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\""
                + (radix == 10 ? "" : " under radix " + radix));
    }

    static NumberFormatException forCharSequence(CharSequence s, int beginIndex, int endIndex, int errorIndex) {
        return new NumberFormatException("Error at index " + (errorIndex - beginIndex) + " in: \""
                + s.subSequence(beginIndex, endIndex) + "\"");
    }

    static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX)
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        if (radix > Character.MAX_RADIX)
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
    }

    static void checkFromToIndex(int from, int to, int length) {
        if (from < 0 || from > to || to > length)
            throw new IndexOutOfBoundsException("Range [" + from + ", " + to + ") out of bounds for length " + length);
    }

    public static int parseInt(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        checkRadix(radix);
        long r = parse(s, 0, s.length(), radix);
        if (r < MIN_VALUE) throw forInputString(s, radix);
        return (int) r;
    }

    public static int parseInt(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        if (s == null) throw new NullPointerException();
        checkFromToIndex(beginIndex, endIndex, s.length());
        checkRadix(radix);
        if (beginIndex == endIndex) throw forInputString("", radix);
        long r = parse(s, beginIndex, endIndex, radix);
        if (r < MIN_VALUE) throw forCharSequence(s, beginIndex, endIndex, (int) (r - FAILED));
        return (int) r;
    }

    private static final long FAILED = Long.MIN_VALUE;

    /**
     * Parses s[begin, end) as a signed int. Returns the value, or on failure FAILED + the index the JDK
     * reports the error at.
     */
    private static long parse(CharSequence s, int begin, int end, int radix) {
        if (begin >= end) return FAILED + begin;
        int i = begin;
        char first = s.charAt(i);
        boolean negative = first == '-';
        int limit = negative ? MIN_VALUE : -MAX_VALUE;
        int digit;
        if (first == '-' || first == '+') {
            i++;
            if (i == end) return FAILED + i;
        }
        int multmin = limit / radix;
        int result = 0;
        while (i < end) {
            digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) return FAILED + i;
            result *= radix;
            if (result < limit + digit) return FAILED + i;
            result -= digit;
            i++;
        }
        return negative ? result : -result;
    }

    public static int parseInt(String s) throws NumberFormatException {
        return parseInt(s, 10);
    }

    public static int parseUnsignedInt(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        checkRadix(radix);
        return (int) Long.parseUnsigned(s, 0, s.length(), radix, true, 0xFFFFFFFFL);
    }

    public static int parseUnsignedInt(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        if (s == null) throw new NullPointerException();
        checkFromToIndex(beginIndex, endIndex, s.length());
        checkRadix(radix);
        return (int) Long.parseUnsigned(s, beginIndex, endIndex, radix, false, 0xFFFFFFFFL);
    }

    public static int parseUnsignedInt(String s) throws NumberFormatException {
        return parseUnsignedInt(s, 10);
    }

    public static Integer valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseInt(s, radix));
    }

    public static Integer valueOf(String s) throws NumberFormatException {
        return valueOf(parseInt(s, 10));
    }

    public static Integer valueOf(int i) {
        if (i >= -128 && i <= 127) {
            Integer r = CACHE[i + 128];
            if (r == null) CACHE[i + 128] = r = new Integer(i);
            return r;
        }
        return new Integer(i);
    }

    public static Integer decode(String nm) throws NumberFormatException {
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
            int r = parseInt(digits, radix);
            return valueOf(negative ? -r : r);
        } catch (NumberFormatException e) {
            // MIN_VALUE only parses with its sign attached
            return valueOf(parseInt(negative ? "-" + digits : digits, radix));
        }
    }

    // ---- system properties ----

    public static Integer getInteger(String nm) {
        return getInteger(nm, null);
    }

    public static Integer getInteger(String nm, int val) {
        Integer result = getInteger(nm, null);
        return (result == null) ? valueOf(val) : result;
    }

    public static Integer getInteger(String nm, Integer val) {
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
    public int intValue() { return value; }
    public long longValue() { return value; }
    public float floatValue() { return (float) value; }
    public double doubleValue() { return (double) value; }

    public String toString() {
        return toString(value);
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(int value) {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Integer i && value == i.value;
    }

    public int compareTo(Integer anotherInteger) {
        return compare(value, anotherInteger.value);
    }

    public static int compare(int x, int y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(int x, int y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long toUnsignedLong(int x) {
        return ((long) x) & 0xffffffffL;
    }

    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    // ---- bits ----

    public static int highestOneBit(int i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static int lowestOneBit(int i) {
        return i & -i;
    }

    public static native int numberOfLeadingZeros(int i);

    public static native int numberOfTrailingZeros(int i);

    public static native int bitCount(int i);

    public static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static int rotateRight(int i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static int reverse(int i) {
        i = (i & 0x55555555) << 1 | (i >>> 1) & 0x55555555;
        i = (i & 0x33333333) << 2 | (i >>> 2) & 0x33333333;
        i = (i & 0x0f0f0f0f) << 4 | (i >>> 4) & 0x0f0f0f0f;
        return reverseBytes(i);
    }

    public static int compress(int i, int mask) {
        int r = 0;
        for (int bit = 0; mask != 0; mask &= mask - 1) {
            int low = mask & -mask;
            if ((i & low) != 0) r |= 1 << bit;
            bit++;
        }
        return r;
    }

    public static int expand(int i, int mask) {
        int r = 0;
        for (int bit = 0; mask != 0; mask &= mask - 1) {
            int low = mask & -mask;
            if ((i & (1 << bit)) != 0) r |= low;
            bit++;
        }
        return r;
    }

    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
    }

    public static int sum(int a, int b) {
        return a + b;
    }

    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    public static int min(int a, int b) {
        return Math.min(a, b);
    }
}
