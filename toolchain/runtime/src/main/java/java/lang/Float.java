package java.lang;

import jos.rt.fp.Binary16;
import jos.rt.fp.FloatParser;
import jos.rt.fp.HexFloat;
import jos.rt.fp.ToDecimal;

/**
 * The float box and float utilities. TYPE is left out (no primitive Class objects), as are the
 * java.lang.constant methods.
 */
@jos.rt.InitAtStart
public final class Float extends Number implements Comparable<Float> {
    @SuppressWarnings("unchecked")
    public static final Class<Float> TYPE = (Class<Float>) jos.rt.Types.primitiveClass('F');

    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    public static final float NaN = 0.0f / 0.0f;
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    public static final float MIN_NORMAL = 0x1.0p-126f;
    public static final float MIN_VALUE = 0x0.000002P-126f;
    public static final int SIZE = 32;
    public static final int PRECISION = 24;
    public static final int MAX_EXPONENT = 127;
    public static final int MIN_EXPONENT = -126;
    public static final int BYTES = 4;

    private final float value;

    @Deprecated(since = "9", forRemoval = true)
    public Float(float value) {
        this.value = value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Float(double value) {
        this.value = (float) value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Float(String s) throws NumberFormatException {
        this.value = parseFloat(s);
    }

    public static String toString(float f) {
        return ToDecimal.toString(f);
    }

    public static String toHexString(float f) {
        return HexFloat.toHexString(f);
    }

    public static Float valueOf(String s) throws NumberFormatException {
        return new Float(parseFloat(s));
    }

    public static Float valueOf(float f) {
        return new Float(f);
    }

    public static float parseFloat(String s) throws NumberFormatException {
        return FloatParser.parseFloat(s);
    }

    public static boolean isNaN(float v) {
        return v != v;
    }

    public static boolean isInfinite(float v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    public static boolean isFinite(float f) {
        return f <= MAX_VALUE && f >= -MAX_VALUE;
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
        return value;
    }

    @Override
    public double doubleValue() {
        return (double) value;
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(float value) {
        return floatToIntBits(value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Float f && floatToIntBits(f.value) == floatToIntBits(value);
    }

    public static int floatToIntBits(float value) {
        if (value != value) return 0x7fc00000;
        return floatToRawIntBits(value);
    }

    public static native int floatToRawIntBits(float value);

    public static native float intBitsToFloat(int bits);

    public static float float16ToFloat(short floatBinary16) {
        return Binary16.toFloat(floatBinary16);
    }

    public static short floatToFloat16(float f) {
        return Binary16.fromFloat(f);
    }

    @Override
    public int compareTo(Float anotherFloat) {
        return compare(value, anotherFloat.value);
    }

    /** Total order: -0.0f < 0.0f, and NaN above everything (all NaNs equal). */
    public static int compare(float f1, float f2) {
        if (f1 < f2) return -1;
        if (f1 > f2) return 1;
        int b1 = floatToIntBits(f1);
        int b2 = floatToIntBits(f2);
        return b1 == b2 ? 0 : (b1 < b2 ? -1 : 1);
    }

    public static float sum(float a, float b) {
        return a + b;
    }

    public static float max(float a, float b) {
        if (a != a) return a;
        if (a == 0.0f && b == 0.0f && floatToRawIntBits(a) == 0x80000000) return b;
        return a >= b ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a) return a;
        if (a == 0.0f && b == 0.0f && floatToRawIntBits(b) == 0x80000000) return b;
        return a <= b ? a : b;
    }
}
