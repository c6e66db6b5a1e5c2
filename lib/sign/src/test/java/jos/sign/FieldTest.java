package jos.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Field arithmetic against BigInteger modulo p, on random elements and on the edges of canonical reduction. */
class FieldTest {
    static final BigInteger P = Ed25519Test.P;
    private static final int A = 0, B = 10, R = 20, T = 30, SIZE = 60;

    static BigInteger value(long[] limbs) {
        return value(limbs, 0);
    }

    static BigInteger value(long[] s, int at) {
        BigInteger v = BigInteger.ZERO;
        for (int i = Field.LIMBS - 1; i >= 0; i--) v = v.shiftLeft(Field.BITS).add(BigInteger.valueOf(s[at + i]));
        return v;
    }

    static void put(long[] s, int at, BigInteger v) {
        for (int i = 0; i < Field.LIMBS; i++) s[at + i] = v.shiftRight(Field.BITS * i).longValue() & Field.MASK;
    }

    @Test
    void operationsAgreeWithBigInteger() {
        Random random = new Random(25519);
        long[] s = new long[SIZE];
        for (int n = 0; n < 20_000; n++) {
            BigInteger a = new BigInteger(255, random).mod(P), b = new BigInteger(255, random).mod(P);
            if (n % 7 == 0) a = P.subtract(BigInteger.valueOf(random.nextInt(40)));
            put(s, A, a);
            put(s, B, b);
            Field.mul(s, R, A, B, T);
            check(s, a.multiply(b).mod(P), "mul");
            Field.add(s, R, A, B);
            check(s, a.add(b).mod(P), "add");
            Field.sub(s, R, A, B);
            check(s, a.subtract(b).mod(P), "sub");
            Field.negate(s, R, A);
            check(s, a.negate().mod(P), "negate");
            // chains of loose results stay right
            Field.sub(s, R, A, B);
            Field.mul(s, R, R, R, T);
            Field.add(s, R, R, A);
            Field.mul(s, R, R, B, T);
            check(s, a.subtract(b).pow(2).add(a).multiply(b).mod(P), "chain");
        }
    }

    @Test
    void canonicalAtTheEdges() {
        long[] s = new long[SIZE];
        BigInteger[] edges = {BigInteger.ZERO, BigInteger.ONE, P.subtract(BigInteger.ONE), P, P.add(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(255), P.shiftLeft(1),
                BigInteger.ONE.shiftLeft(260).subtract(BigInteger.ONE)};
        for (BigInteger e : edges) {
            put(s, A, e);
            Field.carry(s, A);
            Field.canonical(s, R, A, T);
            assertEquals(e.mod(P), value(s, R), "canonical of " + e);
            Field.set(s, B, 0);
            Field.sub(s, A, B, A);
            Field.canonical(s, R, A, T);
            assertEquals(e.negate().mod(P), value(s, R), "canonical of -" + e);
        }
    }

    @Test
    void powerIsTheExponentOfTheSquareRoot() {
        Random random = new Random(58);
        long[] s = new long[SIZE];
        BigInteger e = BigInteger.ONE.shiftLeft(252).subtract(BigInteger.valueOf(3));
        for (int n = 0; n < 20; n++) {
            BigInteger a = new BigInteger(255, random).mod(P);
            put(s, A, a);
            Field.powP58(s, R, A, T);
            check(s, a.modPow(e, P), "pow");
        }
    }

    private static void check(long[] s, BigInteger expected, String what) {
        Field.canonical(s, R + 40 - 20, R, T);
        assertEquals(expected, value(s, 40), what);
    }
}
