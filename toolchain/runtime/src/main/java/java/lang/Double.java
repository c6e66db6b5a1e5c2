package java.lang;

import jos.rt.fp.FloatParser;
import jos.rt.fp.HexFloat;
import jos.rt.fp.ToDecimal;

/**
 * The double box and double utilities. TYPE is left out (no primitive Class objects), as are the
 * java.lang.constant methods.
 */
@jos.rt.InitAtStart
public final class Double extends Number implements Comparable<Double> {
    @SuppressWarnings("unchecked")
    public static final Class<Double> TYPE = (Class<Double>) jos.rt.Types.primitiveClass('D');

    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int SIZE = 64;
    public static final int PRECISION = 53;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int BYTES = 8;

    private final double value;

    @Deprecated(since = "9", forRemoval = true)
    public Double(double value) {
        this.value = value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Double(String s) throws NumberFormatException {
        this.value = parseDouble(s);
    }

    public static String toString(double d) {
        return ToDecimal.toString(d);
    }

    public static String toHexString(double d) {
        return HexFloat.toHexString(d);
    }

    public static Double valueOf(String s) throws NumberFormatException {
        return new Double(parseDouble(s));
    }

    public static Double valueOf(double d) {
        return new Double(d);
    }

    public static double parseDouble(String s) throws NumberFormatException {
        return FloatParser.parseDouble(s);
    }

    public static boolean isNaN(double v) {
        return v != v;
    }

    public static boolean isInfinite(double v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    public static boolean isFinite(double d) {
        return d <= MAX_VALUE && d >= -MAX_VALUE;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    @Override
    public String toString() {
        return toString(value);
    }

    @Override
    public byte byteValue() {
        return (byte) value;
    }

    @Override
    public short shortValue() {
        return (short) value;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(double value) {
        long bits = doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Double d && doubleToLongBits(d.value) == doubleToLongBits(value);
    }

    public static long doubleToLongBits(double value) {
        if (value != value) return 0x7ff8000000000000L;
        return doubleToRawLongBits(value);
    }

    public static native long doubleToRawLongBits(double value);

    public static native double longBitsToDouble(long bits);

    @Override
    public int compareTo(Double anotherDouble) {
        return compare(value, anotherDouble.value);
    }

    /** Total order: -0.0 < 0.0, and NaN above everything (all NaNs equal). */
    public static int compare(double d1, double d2) {
        if (d1 < d2) return -1;
        if (d1 > d2) return 1;
        long b1 = doubleToLongBits(d1);
        long b2 = doubleToLongBits(d2);
        return b1 == b2 ? 0 : (b1 < b2 ? -1 : 1);
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        if (a != a) return a;
        if (a == 0.0 && b == 0.0 && doubleToRawLongBits(a) == 0x8000000000000000L) return b;
        return a >= b ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) return a;
        if (a == 0.0 && b == 0.0 && doubleToRawLongBits(b) == 0x8000000000000000L) return b;
        return a <= b ? a : b;
    }
}
