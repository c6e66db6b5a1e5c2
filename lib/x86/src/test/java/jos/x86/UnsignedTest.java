package jos.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Unsigned 64-bit arithmetic against the JDK's unsigned operations. */
class UnsignedTest {
    private static final long[] VALUES = {0, 1, 2, 0xfff, 0x1000, 0x7fff_ffff_ffff_ffffL, Long.MIN_VALUE, -4096, -2, -1};

    @Test
    void comparisonsAgreeWithTheJdk() {
        for (long a : VALUES) {
            for (long b : VALUES) {
                assertEquals(Long.compareUnsigned(a, b) < 0, Unsigned.less(a, b), a + " < " + b);
                assertEquals(Long.compareUnsigned(a, b) <= 0, Unsigned.lessOrEqual(a, b), a + " <= " + b);
                assertEquals(Long.compareUnsigned(a, b) < 0 ? a : b, Unsigned.min(a, b));
                assertEquals(Long.compareUnsigned(a, b) < 0 ? b : a, Unsigned.max(a, b));
            }
        }
    }

    @Test
    void alignmentAndOverflow() {
        assertEquals(0x1000, Unsigned.alignDown(0x1fff, 0x1000));
        assertEquals(0x2000, Unsigned.alignUp(0x1001, 0x1000));
        assertEquals(0x1000, Unsigned.alignUp(0x1000, 0x1000));
        assertEquals(0, Unsigned.alignUp(-1, 0x1000), "wraps above the last multiple");
        assertTrue(Unsigned.addFits(-2, 1));
        assertFalse(Unsigned.addFits(-2, 2));
    }
}
