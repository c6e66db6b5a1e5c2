package jos.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SHA-512 on simulated memory: the FIPS 180 examples, the JDK's SHA-512 on every length around the block, and its constants from their definition. */
class Sha512Test {
    private Machine machine;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    static byte[] digest(byte[] message) {
        long[] s = new long[Sha512.SIZE + 3];
        Sha512.init(s, 3);
        Sha512.update(s, 3, Memory.addressOf(message), message.length);
        Sha512.finish(s, 3);
        byte[] d = new byte[Sha512.DIGEST];
        for (int i = 0; i < d.length; i++) d[i] = (byte) Sha512.digestByte(s, 3, i);
        return d;
    }

    private static void assertDigest(String hex, byte[] message) {
        assertEquals(hex, HexFormat.of().formatHex(digest(message)));
    }

    @Test
    void fipsExamples() {
        assertDigest("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
                "abc".getBytes(StandardCharsets.US_ASCII));
        assertDigest("8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909",
                ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrst"
                        + "nopqrstu").getBytes(StandardCharsets.US_ASCII));
        assertDigest("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
                new byte[0]);
        byte[] million = new byte[1_000_000];
        java.util.Arrays.fill(million, (byte) 'a');
        assertDigest("e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b",
                million);
    }

    @Test
    void agreesWithTheJdkOnEveryLengthAroundTheBlocks() throws Exception {
        Random random = new Random(15);
        for (int length = 0; length <= 3 * Sha512.BLOCK + 1; length++) {
            byte[] m = new byte[length];
            random.nextBytes(m);
            assertArrayEquals(MessageDigest.getInstance("SHA-512").digest(m), digest(m), "length " + length);
        }
    }

    @Test
    void updatesInPiecesHashTheConcatenation() throws Exception {
        byte[] m = new byte[300];
        new Random(3).nextBytes(m);
        long[] s = new long[Sha512.SIZE];
        long at = Memory.addressOf(m);
        Sha512.init(s, 0);
        Sha512.update(s, 0, at, 7);
        Sha512.update(s, 0, at + 7, 200);
        Sha512.update(s, 0, at + 207, 93);
        Sha512.finish(s, 0);
        byte[] expected = MessageDigest.getInstance("SHA-512").digest(m);
        for (int i = 0; i < 64; i++) assertEquals(expected[i] & 0xff, Sha512.digestByte(s, 0, i));
    }

    /** FIPS 180-4 4.2.3 and 5.3.5: fractional parts of cube and square roots of the first primes. */
    @Test
    void constantsAreTheirDefinition() {
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        int found = 0;
        for (int n = 2; found < 80; n++) {
            if (!BigInteger.valueOf(n).isProbablePrime(50)) continue;
            BigInteger p = BigInteger.valueOf(n);
            assertEquals(root(p.shiftLeft(192), 3).mod(two64).longValue(), Sha512.K[found], "K[" + found + "]");
            if (found < 8) assertEquals(p.shiftLeft(128).sqrt().mod(two64).longValue(), Sha512.INITIAL[found], "H[" + found + "]");
            found++;
        }
    }

    /** floor(x^(1/k)) by bisection. */
    static BigInteger root(BigInteger x, int k) {
        BigInteger lo = BigInteger.ZERO, hi = BigInteger.ONE.shiftLeft(x.bitLength() / k + 1);
        while (lo.compareTo(hi) < 0) {
            BigInteger mid = lo.add(hi).add(BigInteger.ONE).shiftRight(1);
            if (mid.pow(k).compareTo(x) <= 0) lo = mid;
            else hi = mid.subtract(BigInteger.ONE);
        }
        return lo;
    }
}
