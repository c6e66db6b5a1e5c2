package jos.sign;

import jos.hw.Memory;

/**
 * Ed25519 signature verification (RFC 8032, section 5.1.7) of a message in memory against a 32-byte
 * public key and a 64-byte signature in memory, in a caller's scratch of {@link #SCRATCH} longs.
 * Refused, each with its own reason: a key or an R that does not decode to a curve point (section 5.1.3,
 * including a y not below p and x = 0 with the sign bit set), an S not below the group order L (so no
 * signature has a second, non-canonical form), and a signature for which the cofactorless equation
 * [S]B = R + [k]A does not hold, where k = SHA-512(R || A || M) mod L. The equation is checked as
 * [S]B + [k](-A) = R in extended coordinates (X:Y:Z:T, x = X/Z, y = Y/Z, xy = T/Z; section 5.1.4's
 * formulas), comparing projectively, so no inversion is needed.
 */
public final class Ed25519 {
    private Ed25519() {
    }

    /** Bytes of a public key and of a signature. */
    public static final int KEY_BYTES = 32, SIGNATURE_BYTES = 64;

    /** Reasons: the signature holds, or why it was refused. */
    public static final int VALID = 0, BAD_KEY = 1, BAD_R = 2, S_NOT_CANONICAL = 3, MISMATCH = 4;

    /** The text of a reason; null for VALID. */
    public static String message(int reason) {
        switch (reason) {
            case VALID: return null;
            case BAD_KEY: return "public key is not the encoding of a curve point";
            case BAD_R: return "signature's R is not the encoding of a curve point";
            case S_NOT_CANONICAL: return "signature's S is not below the group order";
            case MISMATCH: return "signature does not match the message and key";
            default: return "unknown signature problem";
        }
    }

    private static final int E = Field.LIMBS, POINT = 4 * E;
    /** Scratch layout: the hash state, k and S as 32-bit words, field temporaries, points. */
    private static final int HASH = 0, K_WORDS = HASH + Sha512.SIZE, S_WORDS = K_WORDS + 9, TEMP = S_WORDS + 8,
            CURVE_D = TEMP + 3 * E, CURVE_D2 = CURVE_D + E,
            U = CURVE_D2 + E, V = U + E, X = V + E, F1 = X + E, F2 = F1 + E,
            FA = F2 + E, FB = FA + E, FC = FB + E, FD = FC + E, FE = FD + E, FF = FE + E, FG = FF + E, FH = FG + E,
            KEY = FH + E, BASE = KEY + POINT, BOTH = BASE + POINT, ACC = BOTH + POINT, R_POINT = ACC + POINT;
    /** Longs of scratch a verification needs. */
    public static final int SCRATCH = R_POINT + POINT;

    /** d = -121665/121666 mod p, 2d, sqrt(-1) = 2^((p-1)/4), and the base point B (x even, y = 4/5), as limbs. */
    static final long[] D = {0x35978a3, 0x2d37284, 0x18ab75e, 0x1350507, 0x000700a, 0x1de7a26, 0x0740797, 0x3f9ce33, 0x0ee2b6f, 0x01480db};
    static final long[] D2 = {0x2b2f159, 0x1a6e509, 0x3156ebd, 0x26a0a0e, 0x000e014, 0x3bcf44c, 0x0e80f2e, 0x3f39c66, 0x1dc56df, 0x00901b6};
    static final long[] SQRT_M1 = {0x20ea0b0, 0x386c9d2, 0x2478c4e, 0x01ab4bf, 0x32f4318, 0x37ef5e9, 0x0d00993, 0x37c2cad, 0x0804fc1, 0x00ae0c9};
    static final long[] BASE_X = {0x325d51a, 0x18b5823, 0x27b2c95, 0x1825496, 0x0692cc7, 0x375b717, 0x24e231f, 0x14ffb02, 0x2d3cd6e, 0x0085a4d};
    static final long[] BASE_Y = {0x2666658, 0x1999999, 0x2666666, 0x1999999, 0x2666666, 0x1999999, 0x2666666, 0x1999999, 0x2666666, 0x0199999};
    /** L = 2^252 + 27742317777372353535851937790883648493, as little-endian 32-bit words. */
    static final long[] L = {0x5cf5d3edL, 0x5812631aL, 0xa2f79cd6L, 0x14def9deL, 0, 0, 0, 0x10000000L};

    /**
     * Checks the signature of the length bytes at message: VALID or the reason it is refused. key and
     * signature are the addresses of the 32-byte public key and the 64-byte signature (R then S).
     */
    public static int verify(long key, long signature, long message, long length, long[] s) {
        Field.load(s, CURVE_D, D);
        Field.load(s, CURVE_D2, D2);
        for (int i = 0; i < 8; i++) s[S_WORDS + i] = word(signature + KEY_BYTES, i);
        if (!belowL(s, S_WORDS)) return S_NOT_CANONICAL;
        if (!decodePoint(s, KEY, key)) return BAD_KEY;
        if (!decodePoint(s, R_POINT, signature)) return BAD_R;
        Sha512.init(s, HASH);
        Sha512.update(s, HASH, signature, KEY_BYTES);
        Sha512.update(s, HASH, key, KEY_BYTES);
        Sha512.update(s, HASH, message, length);
        Sha512.finish(s, HASH);
        reduceDigest(s);
        // -A, B and B - A; then [S]B + [k](-A) by one pass over the bits of both scalars.
        Field.negate(s, KEY, KEY);
        Field.negate(s, KEY + 3 * E, KEY + 3 * E);
        Field.load(s, BASE, BASE_X);
        Field.load(s, BASE + E, BASE_Y);
        Field.set(s, BASE + 2 * E, 1);
        Field.mul(s, BASE + 3 * E, BASE, BASE + E, TEMP);
        copyPoint(s, BOTH, BASE);
        add(s, BOTH, KEY);
        Field.set(s, ACC, 0);
        Field.set(s, ACC + E, 1);
        Field.set(s, ACC + 2 * E, 1);
        Field.set(s, ACC + 3 * E, 0);
        for (int i = 255; i >= 0; i--) {
            double_(s, ACC);
            int sBit = (int) (s[S_WORDS + (i >> 5)] >>> (i & 31)) & 1, kBit = (int) (s[K_WORDS + (i >> 5)] >>> (i & 31)) & 1;
            if (sBit != 0 && kBit != 0) add(s, ACC, BOTH);
            else if (sBit != 0) add(s, ACC, BASE);
            else if (kBit != 0) add(s, ACC, KEY);
        }
        // R is affine (Z = 1): X = x_R Z and Y = y_R Z.
        Field.mul(s, F1, R_POINT, ACC + 2 * E, TEMP);
        if (!Field.equal(s, F1, ACC, TEMP)) return MISMATCH;
        Field.mul(s, F1, R_POINT + E, ACC + 2 * E, TEMP);
        if (!Field.equal(s, F1, ACC + E, TEMP)) return MISMATCH;
        return VALID;
    }

    /** Little-endian 32-bit word i of the bytes at address. */
    private static long word(long address, int i) {
        return Memory.read32(address + 4L * i) & 0xFFFF_FFFFL;
    }

    /** Whether the 8 words at w are below L. */
    private static boolean belowL(long[] s, int w) {
        for (int i = 7; i >= 0; i--) {
            if (s[w + i] != L[i]) return s[w + i] < L[i];
        }
        return false;
    }

    /** k = the digest as a little-endian 512-bit integer mod L, bit by bit from the top: r = 2r + bit, less L when r reaches it. */
    private static void reduceDigest(long[] s) {
        for (int i = 0; i < 9; i++) s[K_WORDS + i] = 0;
        for (int bit = 511; bit >= 0; bit--) {
            long in = (Sha512.digestByte(s, HASH, bit >> 3) >> (bit & 7)) & 1;
            for (int i = 0; i < 9; i++) {
                long doubled = (s[K_WORDS + i] << 1) | in;
                in = doubled >>> 32;
                s[K_WORDS + i] = doubled & 0xFFFF_FFFFL;
            }
            if (s[K_WORDS + 8] != 0 || !belowL(s, K_WORDS)) {
                long borrow = 0;
                for (int i = 0; i < 9; i++) {
                    long d = s[K_WORDS + i] - (i < 8 ? L[i] : 0) - borrow;
                    borrow = d < 0 ? 1 : 0;
                    s[K_WORDS + i] = d & 0xFFFF_FFFFL;
                }
            }
        }
    }

    /**
     * The point encoded by the 32 bytes at address into the 4 elements at p (section 5.1.3): y below p,
     * x^2 = (y^2 - 1) / (d y^2 + 1) solvable, x's parity by bit 255 (x = 0 with bit 255 set refused).
     */
    private static boolean decodePoint(long[] s, int p, long address) {
        int y = p + E;
        Field.decode(s, y, address);
        Field.canonical(s, F1, y, TEMP);
        for (int i = 0; i < E; i++) {
            if (s[F1 + i] != s[y + i]) return false;
        }
        int sign = (Memory.read8(address + 31) >> 7) & 1;
        Field.mul(s, U, y, y, TEMP);
        Field.mul(s, V, U, CURVE_D, TEMP);
        Field.set(s, F1, 1);
        Field.sub(s, U, U, F1);
        Field.add(s, V, V, F1);
        // x = u v^3 (u v^7)^((p-5)/8)
        Field.mul(s, F1, V, V, TEMP);
        Field.mul(s, F1, F1, V, TEMP);
        Field.mul(s, X, U, F1, TEMP);
        Field.mul(s, F2, F1, F1, TEMP);
        Field.mul(s, F2, F2, V, TEMP);
        Field.mul(s, F2, F2, U, TEMP);
        Field.powP58(s, F1, F2, TEMP);
        Field.mul(s, X, X, F1, TEMP);
        Field.mul(s, F1, X, X, TEMP);
        Field.mul(s, F1, F1, V, TEMP);
        if (!Field.equal(s, F1, U, TEMP)) {
            Field.negate(s, F2, U);
            if (!Field.equal(s, F1, F2, TEMP)) return false;
            Field.load(s, F2, SQRT_M1);
            Field.mul(s, X, X, F2, TEMP);
        }
        Field.canonical(s, p, X, TEMP);
        if (Field.isZero(s, p, TEMP) && sign == 1) return false;
        if (Field.bit(s, p, 0) != sign) Field.negate(s, p, p);
        Field.set(s, p + 2 * E, 1);
        Field.mul(s, p + 3 * E, p, y, TEMP);
        return true;
    }

    private static void copyPoint(long[] s, int r, int a) {
        for (int i = 0; i < POINT; i++) s[r + i] = s[a + i];
    }

    /** p += q (section 5.1.4's addition; also right when p = q). */
    private static void add(long[] s, int p, int q) {
        int x1 = p, y1 = p + E, z1 = p + 2 * E, t1 = p + 3 * E, x2 = q, y2 = q + E, z2 = q + 2 * E, t2 = q + 3 * E;
        Field.sub(s, FA, y1, x1);
        Field.sub(s, F1, y2, x2);
        Field.mul(s, FA, FA, F1, TEMP);
        Field.add(s, FB, y1, x1);
        Field.add(s, F1, y2, x2);
        Field.mul(s, FB, FB, F1, TEMP);
        Field.mul(s, FC, t1, CURVE_D2, TEMP);
        Field.mul(s, FC, FC, t2, TEMP);
        Field.mul(s, FD, z1, z2, TEMP);
        Field.add(s, FD, FD, FD);
        Field.sub(s, FE, FB, FA);
        Field.sub(s, FF, FD, FC);
        Field.add(s, FG, FD, FC);
        Field.add(s, FH, FB, FA);
        Field.mul(s, x1, FE, FF, TEMP);
        Field.mul(s, y1, FG, FH, TEMP);
        Field.mul(s, t1, FE, FH, TEMP);
        Field.mul(s, z1, FF, FG, TEMP);
    }

    /** p = 2p (section 5.1.4's doubling). */
    private static void double_(long[] s, int p) {
        int x1 = p, y1 = p + E, z1 = p + 2 * E, t1 = p + 3 * E;
        Field.mul(s, FA, x1, x1, TEMP);
        Field.mul(s, FB, y1, y1, TEMP);
        Field.mul(s, FC, z1, z1, TEMP);
        Field.add(s, FC, FC, FC);
        Field.add(s, FH, FA, FB);
        Field.add(s, F1, x1, y1);
        Field.mul(s, F1, F1, F1, TEMP);
        Field.sub(s, FE, FH, F1);
        Field.sub(s, FG, FA, FB);
        Field.add(s, FF, FC, FG);
        Field.mul(s, x1, FE, FF, TEMP);
        Field.mul(s, y1, FG, FH, TEMP);
        Field.mul(s, t1, FE, FH, TEMP);
        Field.mul(s, z1, FF, FG, TEMP);
    }
}
