package java.lang;

/**
 * The int box and int utilities. Text conversion and parsing widen to long and use Long's unsigned-magnitude
 * code, so the two classes cannot drift apart in their digits or messages.
 */
@jos.rt.InitAtStart
public final class Integer extends Number implements Comparable<Integer> {
    @SuppressWarnings("unchecked")
    public static final Class<Integer> TYPE = (Class<Integer>) jos.rt.Types.primitiveClass('I');

    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    private final int value;

    /** Boxes of -128..127, made on first use (valueOf must hand out the same object for these). */
    private static Integer[] small;

    @Deprecated(since = "9", forRemoval = true)
    public Integer(int value) {
        this.value = value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Integer(String s) throws NumberFormatException {
        this(parseInt(s, 10));
    }

    public static Integer valueOf(int i) {
        if (i != (byte) i) return new Integer(i);
        Integer[] boxes = small;
        if (boxes == null) small = boxes = new Integer[256];
        Integer b = boxes[i & 0xff];
        if (b == null) boxes[i & 0xff] = b = new Integer(i);
        return b;
    }

    public static Integer valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseInt(s, radix));
    }

    public static Integer valueOf(String s) throws NumberFormatException {
        return valueOf(parseInt(s, 10));
    }

    // ---- digits out ----

    private static long magnitude(int i) {
        return Math.abs((long) i);
    }

    private static long unsigned(int i) {
        return i & 0xffffffffL;
    }

    /** Length of toString(x). */
    static int stringSize(int x) {
        return Long.decimalLength(magnitude(x)) + (x >>> 31);
    }

    /** Writes toString(x) so that it ends just before end (Latin-1 bytes); returns where it starts. */
    static int getChars(int x, int end, byte[] buf) {
        int p = Long.putDecimal(magnitude(x), end, buf);
        if (x < 0) buf[--p] = '-';
        return p;
    }

    public static String toString(int i) {
        return Long.magnitudeText(magnitude(i), 10, i < 0);
    }

    public static String toString(int i, int radix) {
        return Long.magnitudeText(magnitude(i), radix, i < 0);
    }

    public static String toUnsignedString(int i) {
        return Long.magnitudeText(unsigned(i), 10, false);
    }

    public static String toUnsignedString(int i, int radix) {
        return Long.magnitudeText(unsigned(i), radix, false);
    }

    public static String toHexString(int i) {
        return Long.magnitudeText(unsigned(i), 16, false);
    }

    public static String toOctalString(int i) {
        return Long.magnitudeText(unsigned(i), 8, false);
    }

    public static String toBinaryString(int i) {
        return Long.magnitudeText(unsigned(i), 2, false);
    }

    // ---- digits in ----

    private static final long NEG_LIMIT = 1L << 31;
    private static final long UNSIGNED_LIMIT = 0xffffffffL;

    public static int parseInt(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        Long.requireRadix(radix);
        return (int) Long.parse(s, 0, s.length(), radix, MAX_VALUE, NEG_LIMIT, null, true);
    }

    public static int parseInt(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        java.util.Objects.requireNonNull(s);
        Long.requireRange(s, beginIndex, endIndex);
        Long.requireRadix(radix);
        return (int) Long.parse(s, beginIndex, endIndex, radix, MAX_VALUE, NEG_LIMIT, null, false);
    }

    public static int parseInt(String s) throws NumberFormatException {
        return parseInt(s, 10);
    }

    public static int parseUnsignedInt(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        Long.requireRadix(radix);
        return (int) Long.parse(s, 0, s.length(), radix, UNSIGNED_LIMIT, 0, "int", true);
    }

    public static int parseUnsignedInt(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        java.util.Objects.requireNonNull(s);
        Long.requireRange(s, beginIndex, endIndex);
        Long.requireRadix(radix);
        return (int) Long.parse(s, beginIndex, endIndex, radix, UNSIGNED_LIMIT, 0, "int", false);
    }

    public static int parseUnsignedInt(String s) throws NumberFormatException {
        return parseUnsignedInt(s, 10);
    }

    /** Sign, then 0x / 0X / # (hex) or a leading 0 (octal); the rest is parsed with the sign put back in front. */
    public static Integer decode(String nm) throws NumberFormatException {
        if (nm.isEmpty()) throw new NumberFormatException("Zero length string");
        int digits = decodedDigitsStart(nm);
        return valueOf(parseInt(decodedDigits(nm, digits), decodedRadix(nm, digits)));
    }

    /** Where decode's digits start: after the sign and the radix prefix. A second sign there is refused. */
    static int decodedDigitsStart(String nm) {
        int at = nm.charAt(0) == '-' || nm.charAt(0) == '+' ? 1 : 0;
        if (nm.startsWith("0x", at) || nm.startsWith("0X", at)) at += 2;
        else if (nm.startsWith("#", at) || (nm.startsWith("0", at) && nm.length() > at + 1)) at++;
        if (nm.startsWith("-", at) || nm.startsWith("+", at))
            throw new NumberFormatException("Sign character in wrong position");
        return at;
    }

    /** The radix the prefix before digitsStart selects. */
    static int decodedRadix(String nm, int digitsStart) {
        char last = digitsStart == 0 ? ' ' : nm.charAt(digitsStart - 1);
        if (last == 'x' || last == 'X' || last == '#') return 16;
        return last == '0' ? 8 : 10;
    }

    /** The digits with a minus sign in front when nm had one: MIN_VALUE only parses that way. */
    static String decodedDigits(String nm, int digitsStart) {
        String digits = nm.substring(digitsStart);
        return nm.charAt(0) == '-' ? "-" + digits : digits;
    }

    // ---- system properties ----

    /** The property's value, or null when there is none or the name is null or empty. */
    static String propertyOrNull(String name) {
        if (name == null || name.isEmpty()) return null;
        return System.getProperty(name);
    }

    public static Integer getInteger(String nm) {
        return getInteger(nm, null);
    }

    public static Integer getInteger(String nm, int val) {
        Integer found = getInteger(nm, null);
        return found != null ? found : valueOf(val);
    }

    public static Integer getInteger(String nm, Integer val) {
        String text = propertyOrNull(nm);
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
        return obj instanceof Integer other && other.value == value;
    }

    public int compareTo(Integer anotherInteger) {
        return compare(value, anotherInteger.value);
    }

    public static int compare(int x, int y) {
        return x == y ? 0 : (x < y ? -1 : 1);
    }

    public static int compareUnsigned(int x, int y) {
        return compare(x ^ MIN_VALUE, y ^ MIN_VALUE);
    }

    public static long toUnsignedLong(int x) {
        return unsigned(x);
    }

    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (unsigned(dividend) / unsigned(divisor));
    }

    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (unsigned(dividend) % unsigned(divisor));
    }

    public static int sum(int a, int b) {
        return a + b;
    }

    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    // ---- bits ----

    public static native int numberOfLeadingZeros(int i);

    public static native int numberOfTrailingZeros(int i);

    public static native int bitCount(int i);

    public static int highestOneBit(int i) {
        return i == 0 ? 0 : 1 << (31 - numberOfLeadingZeros(i));
    }

    public static int lowestOneBit(int i) {
        return i & -i;
    }

    public static int rotateLeft(int i, int distance) {
        int d = distance & 31;
        return (i << d) | (i >>> ((32 - d) & 31));
    }

    public static int rotateRight(int i, int distance) {
        return rotateLeft(i, -distance);
    }

    public static int reverseBytes(int i) {
        // bytes 0 and 2 move up by 24 (mod 32), bytes 1 and 3 up by 8
        return rotateLeft(i & 0x00ff00ff, 24) | rotateLeft(i & 0xff00ff00, 8);
    }

    public static int reverse(int i) {
        return (int) (Long.reverse(unsigned(i)) >>> 32);
    }

    /** Bit gathering and scattering are Long's, on the zero-extended operands. */
    public static int compress(int i, int mask) {
        return (int) Long.compress(unsigned(i), unsigned(mask));
    }

    public static int expand(int i, int mask) {
        return (int) Long.expand(unsigned(i), unsigned(mask));
    }

    public static int signum(int i) {
        return i > 0 ? 1 : (i < 0 ? -1 : 0);
    }
}
