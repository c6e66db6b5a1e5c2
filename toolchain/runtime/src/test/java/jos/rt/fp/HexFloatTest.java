package jos.rt.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HexFloatTest {
    @Test
    void matchesJdk() {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL,
            Math.nextDown(Double.MIN_NORMAL), Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.0};
        for (double d : ds) assertEquals(Double.toHexString(d), HexFloat.toHexString(d));
        float[] fs = {0f, -0f, 1f, 0.1f, Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, 1e-40f, Float.NaN,
            Float.NEGATIVE_INFINITY, Math.nextDown(Float.MIN_NORMAL)};
        for (float f : fs) assertEquals(Float.toHexString(f), HexFloat.toHexString(f));
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 1_000_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            assertEquals(Double.toHexString(d), HexFloat.toHexString(d));
            float f = Float.intBitsToFloat(r.nextInt());
            assertEquals(Float.toHexString(f), HexFloat.toHexString(f));
        }
    }
}
