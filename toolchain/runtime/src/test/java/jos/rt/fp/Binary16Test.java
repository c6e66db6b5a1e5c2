package jos.rt.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Binary16Test {
    @Test
    void everyHalfToFloat() {
        for (int i = 0; i < 65536; i++) {
            short h = (short) i;
            assertEquals(Float.floatToRawIntBits(Float.float16ToFloat(h)), Float.floatToRawIntBits(Binary16.toFloat(h)),
                    "half 0x" + Integer.toHexString(i));
        }
    }

    @Test
    void floatToHalf() {
        // Every float around the binary16 range densely, then random bit patterns (NaNs included).
        for (int bits = 0x33000000 - 4096; bits < 0x47800000 + 4096; bits += 7) {
            for (int sign = 0; sign <= 1; sign++) {
                float f = Float.intBitsToFloat(bits | sign << 31);
                assertEquals(Float.floatToFloat16(f), Binary16.fromFloat(f), "float 0x" + Integer.toHexString(bits));
            }
        }
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 2_000_000; i++) {
            float f = Float.intBitsToFloat(r.nextInt());
            assertEquals(Float.floatToFloat16(f), Binary16.fromFloat(f), "float " + f);
        }
        for (int p = 0; p < (1 << 23); p += 1021) {
            float nan = Float.intBitsToFloat(0x7f800000 | p | 1);
            assertEquals(Float.floatToFloat16(nan), Binary16.fromFloat(nan));
        }
    }
}
