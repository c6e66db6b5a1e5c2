package jos.rt.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PowersOfTenTest {
    @Test
    void tableMatchesExactPowers() {
        for (int e = PowersOfTen.E_MIN; e <= PowersOfTen.E_MAX; e++) {
            int r = ToDecimal.floorLog2Pow10(e) - 125;
            BigInteger num = BigInteger.TEN.pow(Math.max(e, 0));
            BigInteger den = BigInteger.TEN.pow(Math.max(-e, 0));
            if (r < 0) num = num.shiftLeft(-r); else den = den.shiftLeft(r);
            BigInteger g = num.divide(den).add(BigInteger.ONE);
            assertEquals(126, g.bitLength(), "e=" + e);
            assertEquals(g.shiftRight(63).longValueExact(), PowersOfTen.g1(e), "g1 e=" + e);
            assertEquals(g.longValue() & Long.MAX_VALUE, PowersOfTen.g0(e), "g0 e=" + e);
        }
    }

    private static final MathContext MC = new MathContext(60, RoundingMode.FLOOR);

    /** floor of x, for x given with ample precision and far from an integer (all values here are irrational). */
    private static int floor(BigDecimal x) {
        return x.setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    @Test
    void logarithmHelpersAreExactOverTheUsedRange() {
        BigDecimal log10of2 = new BigDecimal("0.3010299956639811952137388947244930267681898814621085413104274611");
        BigDecimal log2of10 = new BigDecimal("3.3219280948873623478703194294893901758648313930245806120547563958");
        BigDecimal log10of3q = new BigDecimal("-0.1249387366082999531324498861938707443362508987335212177909892819");
        for (int q = -1200; q <= 1200; q++) {
            BigDecimal bq = BigDecimal.valueOf(q);
            assertEquals(floor(bq.multiply(log10of2, MC)), ToDecimal.floorLog10Pow2(q), "log10 2^" + q);
            assertEquals(floor(bq.multiply(log10of2, MC).add(log10of3q)), ToDecimal.floorLog10ThreeQuartersPow2(q), "3/4 q=" + q);
            assertEquals(floor(bq.multiply(log2of10, MC)), ToDecimal.floorLog2Pow10(q), "log2 10^" + q);
        }
    }
}
