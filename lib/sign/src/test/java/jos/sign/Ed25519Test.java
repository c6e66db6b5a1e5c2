package jos.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The freestanding verifier against RFC 8032's test vectors and Bouncy Castle's signer: 10,000 random
 * keys and messages verify, and each with one bit flipped in the message, the signature or the key does
 * not; S + L, undecodable keys and R, and y not below p are refused with their reasons.
 */
class Ed25519Test {
    static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    static final BigInteger L = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    static final BigInteger D = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final HexFormat HEX = HexFormat.of();

    private Machine machine;
    private final long[] scratch = new long[Ed25519.SCRATCH];

    @BeforeEach
    void setUp() {
        machine = Machine.install();
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    private int verify(byte[] key, byte[] signature, byte[] message) {
        return Ed25519.verify(Memory.addressOf(key), Memory.addressOf(signature), Memory.addressOf(message), message.length, scratch);
    }

    /** RFC 8032 section 7.1, TESTs 1 to 3: seed, public key, message, signature. */
    static final String[][] RFC = {
            {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
                    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
            {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb", "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
                    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
            {"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7", "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
                    "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"},
    };

    @Test
    void rfc8032Vectors() {
        for (String[] v : RFC) {
            byte[] key = HEX.parseHex(v[1]), message = HEX.parseHex(v[2]), signature = HEX.parseHex(v[3]);
            // the vectors as typed are Bouncy Castle's too
            Ed25519PrivateKeyParameters secret = new Ed25519PrivateKeyParameters(HEX.parseHex(v[0]));
            assertArrayEquals(key, secret.generatePublicKey().getEncoded());
            assertArrayEquals(signature, sign(secret, message));
            assertEquals(Ed25519.VALID, verify(key, signature, message), v[1]);
            byte[] other = message.length == 0 ? new byte[] {0} : Arrays.copyOf(message, message.length - 1);
            assertEquals(Ed25519.MISMATCH, verify(key, signature, other));
        }
    }

    static byte[] sign(Ed25519PrivateKeyParameters secret, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, secret);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    static boolean bcVerifies(byte[] key, byte[] signature, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        try {
            signer.init(false, new Ed25519PublicKeyParameters(key));
        } catch (IllegalArgumentException e) {
            return false;
        }
        signer.update(message, 0, message.length);
        return signer.verifySignature(signature);
    }

    @Test
    void tenThousandBouncyCastleSignaturesAndTheirOneBitChanges() {
        SecureRandom keys = new SecureRandom();
        Random random = new Random(8032);
        for (int n = 0; n < 10_000; n++) {
            Ed25519PrivateKeyParameters secret = new Ed25519PrivateKeyParameters(keys);
            byte[] key = secret.generatePublicKey().getEncoded();
            byte[] message = new byte[random.nextInt(300)];
            random.nextBytes(message);
            byte[] signature = sign(secret, message);
            assertEquals(Ed25519.VALID, verify(key, signature, message), "signature " + n);
            int where = message.length == 0 ? 1 + random.nextInt(2) : n % 3;
            byte[] changed = where == 0 ? message : where == 1 ? signature : key;
            int bit = random.nextInt(changed.length * 8);
            changed[bit >> 3] ^= (byte) (1 << (bit & 7));
            int reason = verify(key, signature, message);
            assertNotEquals(Ed25519.VALID, reason, "signature " + n + " with bit " + bit + " of " + (where == 0 ? "the message" : where == 1 ? "the signature" : "the key") + " flipped");
            assertFalse(bcVerifies(key, signature, message));
        }
    }

    @Test
    void sPlusLIsRefused() {
        Ed25519PrivateKeyParameters secret = new Ed25519PrivateKeyParameters(new SecureRandom());
        byte[] key = secret.generatePublicKey().getEncoded(), message = "jos".getBytes();
        byte[] signature = sign(secret, message);
        BigInteger s = little(Arrays.copyOfRange(signature, 32, 64));
        byte[] plusL = signature.clone();
        System.arraycopy(littleBytes(s.add(L)), 0, plusL, 32, 32);
        assertEquals(Ed25519.S_NOT_CANONICAL, verify(key, plusL, message));
        assertFalse(bcVerifies(key, plusL, message));
        byte[] exactlyL = signature.clone();
        System.arraycopy(littleBytes(L), 0, exactlyL, 32, 32);
        assertEquals(Ed25519.S_NOT_CANONICAL, verify(key, exactlyL, message));
        byte[] belowL = signature.clone();
        System.arraycopy(littleBytes(L.subtract(BigInteger.ONE)), 0, belowL, 32, 32);
        assertEquals(Ed25519.MISMATCH, verify(key, belowL, message));
    }

    /** For y = 0..63, with either sign: a key decodes exactly when (y^2 - 1)/(d y^2 + 1) is a square (and not x = 0 with the sign set). */
    @Test
    void keysDecodeExactlyWhenTheCurveHasThePoint() {
        Ed25519PrivateKeyParameters secret = new Ed25519PrivateKeyParameters(new SecureRandom());
        byte[] message = {1, 2, 3};
        byte[] signature = sign(secret, message);
        int decoded = 0;
        for (int y = 0; y < 64; y++) {
            BigInteger yy = BigInteger.valueOf(y * y);
            BigInteger x2 = yy.subtract(BigInteger.ONE).multiply(D.multiply(yy).add(BigInteger.ONE).modInverse(P)).mod(P);
            boolean square = x2.signum() == 0 || x2.modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE);
            for (int sign = 0; sign < 2; sign++) {
                byte[] key = littleBytes(BigInteger.valueOf(y));
                key[31] |= (byte) (sign << 7);
                boolean point = square && !(x2.signum() == 0 && sign == 1);
                int reason = verify(key, signature, message);
                assertEquals(point ? Ed25519.MISMATCH : Ed25519.BAD_KEY, reason, "y " + y + " sign " + sign);
                byte[] r = signature.clone();
                System.arraycopy(key, 0, r, 0, 32);
                assertEquals(point ? Ed25519.MISMATCH : Ed25519.BAD_R, verify(secret.generatePublicKey().getEncoded(), r, message), "R: y " + y + " sign " + sign);
                if (point) decoded++;
            }
        }
        assertTrue(decoded > 20 && decoded < 108, "about half decode: " + decoded);
    }

    @Test
    void yNotBelowPIsRefused() {
        Ed25519PrivateKeyParameters secret = new Ed25519PrivateKeyParameters(new SecureRandom());
        byte[] message = {9};
        byte[] signature = sign(secret, message);
        // p + 1 would be y = 1 (a point) if it were reduced; p + 2 ... up to 2^255 - 1
        for (BigInteger y : new BigInteger[] {P, P.add(BigInteger.ONE), P.add(BigInteger.TWO), BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE)}) {
            assertEquals(Ed25519.BAD_KEY, verify(littleBytes(y), signature, message), "y " + y.subtract(P) + " above p");
        }
    }

    @Test
    void constantsAreTheirDefinition() {
        BigInteger sqrtM1 = BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
        BigInteger baseY = BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P);
        assertEquals(D, FieldTest.value(Ed25519.D));
        assertEquals(D.shiftLeft(1).mod(P), FieldTest.value(Ed25519.D2));
        assertEquals(P.subtract(BigInteger.ONE), sqrtM1.multiply(sqrtM1).mod(P));
        assertEquals(sqrtM1, FieldTest.value(Ed25519.SQRT_M1));
        assertEquals(baseY, FieldTest.value(Ed25519.BASE_Y));
        BigInteger x = FieldTest.value(Ed25519.BASE_X);
        assertFalse(x.testBit(0), "B's x is even");
        // -x^2 + y^2 = 1 + d x^2 y^2
        BigInteger x2 = x.multiply(x), y2 = baseY.multiply(baseY);
        assertEquals(BigInteger.ONE.add(D.multiply(x2).multiply(y2)).mod(P), y2.subtract(x2).mod(P));
        BigInteger l = BigInteger.ZERO;
        for (int i = 7; i >= 0; i--) l = l.shiftLeft(32).add(BigInteger.valueOf(Ed25519.L[i]));
        assertEquals(L, l);
    }

    @Test
    void reasonsHaveTexts() {
        for (int r = Ed25519.BAD_KEY; r <= Ed25519.MISMATCH; r++) assertTrue(Ed25519.message(r).contains(r == Ed25519.BAD_KEY ? "key" : "signature"));
        assertEquals(null, Ed25519.message(Ed25519.VALID));
    }

    static BigInteger little(byte[] b) {
        byte[] big = new byte[b.length];
        for (int i = 0; i < b.length; i++) big[i] = b[b.length - 1 - i];
        return new BigInteger(1, big);
    }

    static byte[] littleBytes(BigInteger v) {
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) out[i] = v.shiftRight(8 * i).byteValue();
        return out;
    }
}
