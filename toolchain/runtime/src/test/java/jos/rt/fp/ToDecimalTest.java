package jos.rt.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Double.toString and Float.toString of HotSpot are the reference. */
class ToDecimalTest {
    private static void check(double d) {
        String expected = Double.toString(d);
        String actual = ToDecimal.toString(d);
        if (!expected.equals(actual)) {
            assertEquals(expected, actual, "bits 0x" + Long.toHexString(Double.doubleToRawLongBits(d)));
        }
    }

    private static void check(float f) {
        String expected = Float.toString(f);
        String actual = ToDecimal.toString(f);
        if (!expected.equals(actual)) {
            assertEquals(expected, actual, "bits 0x" + Integer.toHexString(Float.floatToRawIntBits(f)));
        }
    }

    private static void checkWithNeighbours(double d) {
        check(d);
        check(-d);
        check(Math.nextUp(d));
        check(Math.nextDown(d));
    }

    private static void checkWithNeighbours(float f) {
        check(f);
        check(-f);
        check(Math.nextUp(f));
        check(Math.nextDown(f));
    }

    @Test
    void specialValues() {
        double[] ds = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            Double.MAX_VALUE, Double.MIN_NORMAL, 1e23, 2e-3, 1e7, 1e-3, 9999999.999999998, 0.001, 1.0, 0.1, 0.3,
            1e22, 5e-324, 1e-323, 2.2250738585072014E-308, 2.225073858507201E-308, 4.9e-322, 1e300, 123456789012.0,
            9007199254740991.0, 9007199254740992.0, 9007199254740993.0, 1.0E-5, 2.0E-3, 1.0E21, 1.0E20, 100.0,
            Math.PI, Math.E, 1.0 / 3, 2.0 / 3, 4.35, 0.1 + 0.2, 1.7976931348623157E308, 2.0E-323};
        for (double d : ds) checkWithNeighbours(d);
        float[] fs = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE,
            Float.MAX_VALUE, Float.MIN_NORMAL, 1e7f, 1e-3f, 2e-3f, 0.1f, 1.0f, 3.4028235E38f, 16777216f, 16777215f,
            1.0E10f, 8.507059e37f, 1.17549435E-38f, (float) Math.PI};
        for (float f : fs) checkWithNeighbours(f);
        assertEquals("4.9E-324", ToDecimal.toString(Double.MIN_VALUE));
        assertEquals("1.4E-45", ToDecimal.toString(Float.MIN_VALUE));
        assertEquals("-0.0", ToDecimal.toString(-0.0));
        assertEquals("1.0E23", ToDecimal.toString(1e23));
        assertEquals("0.002", ToDecimal.toString(2e-3));
    }

    @Test
    void powersOfTenAndTwo() {
        for (int k = -325; k <= 309; k++) {
            checkWithNeighbours(Double.parseDouble("1e" + k));
            checkWithNeighbours(Double.parseDouble("5e" + k));
            checkWithNeighbours(Double.parseDouble("9.999999999999999e" + k));
        }
        for (int k = -46; k <= 39; k++) {
            checkWithNeighbours(Float.parseFloat("1e" + k));
            checkWithNeighbours(Float.parseFloat("3e" + k));
        }
        for (int k = -1074; k <= 1023; k++) checkWithNeighbours(Math.scalb(1.0, k));
        for (int k = -149; k <= 127; k++) checkWithNeighbours(Math.scalb(1.0f, k));
    }

    @Test
    void smallSubnormalsAndIntegers() {
        for (long bits = 0; bits < 200_000; bits++) check(Double.longBitsToDouble(bits));
        for (int bits = 0; bits < 200_000; bits++) check(Float.intBitsToFloat(bits));
        for (long i = 0; i < 200_000; i++) {
            check((double) i);
            check((float) i);
            check(i / 1000.0);
            check(i / 1000.0f);
        }
    }

    @Test
    void randomBitPatterns() {
        SplittableRandom r = new SplittableRandom(0x5eed);
        for (int i = 0; i < 2_000_000; i++) {
            long bits = r.nextLong();
            check(Double.longBitsToDouble(bits));
            check(Float.intBitsToFloat((int) bits));
            check(Float.intBitsToFloat((int) (bits >>> 32)));
        }
    }

    @Test
    void randomDecimalsOfFewDigits() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 500_000; i++) {
            long digits = r.nextLong(1, 1_000_000_000L);
            int exp = r.nextInt(-330, 310);
            check(Double.parseDouble(digits + "e" + exp));
            check(Float.parseFloat(digits % 100_000 + "e" + (exp % 45)));
        }
    }

    @Test
    void splitGivesShortestDigits() {
        ToDecimal td = new ToDecimal().ofDouble(123.456);
        assertEquals(123456, td.f);
        assertEquals(-3, td.e);
        assertEquals(6, td.length());
        td.ofDouble(0.0);
        assertEquals(0, td.f);
        td.ofFloat(1e10f);
        assertEquals(1, td.f);
        assertEquals(10, td.e);
    }
}
