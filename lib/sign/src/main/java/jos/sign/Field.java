package jos.sign;

import jos.hw.Memory;

/**
 * Arithmetic modulo p = 2^255 - 19 on elements of 10 signed limbs of 26 bits (value = sum of limb i
 * times 2^(26 i)), each element 10 longs at an offset in a scratch {@code long[]}. 2^260 is congruent
 * to 2^5 * 19 = 608, which folds the top back to the bottom. Every operation leaves its result carried
 * (every limb in [0, 2^26) but limb 1, which may be one off either way), so a product of two limbs is
 * below 2^53 and a sum of ten of them cannot overflow a long. Results may alias operands.
 * {@link #canonical} gives the unique representative below p, needed for comparison and encoding.
 */
final class Field {
    private Field() {
    }

    static final int LIMBS = 10, BITS = 26;
    static final long MASK = (1L << BITS) - 1;
    /** 2^260 mod p. */
    static final long FOLD = 608;
    /** The bits of the value the top limb holds below 2^255 (limb 9 starts at bit 234). */
    static final int TOP_BITS = 255 - BITS * (LIMBS - 1);
    /** The product's limbs before folding (20 longs at PRODUCT in the same scratch). */
    static final int PRODUCT_LONGS = 2 * LIMBS;

    static void copy(long[] s, int r, int a) {
        for (int i = 0; i < LIMBS; i++) s[r + i] = s[a + i];
    }

    static void load(long[] s, int r, long[] constant) {
        for (int i = 0; i < LIMBS; i++) s[r + i] = constant[i];
    }

    static void set(long[] s, int r, long small) {
        s[r] = small;
        for (int i = 1; i < LIMBS; i++) s[r + i] = 0;
    }

    static void add(long[] s, int r, int a, int b) {
        for (int i = 0; i < LIMBS; i++) s[r + i] = s[a + i] + s[b + i];
        carry(s, r);
    }

    static void sub(long[] s, int r, int a, int b) {
        for (int i = 0; i < LIMBS; i++) s[r + i] = s[a + i] - s[b + i];
        carry(s, r);
    }

    static void negate(long[] s, int r, int a) {
        for (int i = 0; i < LIMBS; i++) s[r + i] = -s[a + i];
        carry(s, r);
    }

    /** r = a * b, using the PRODUCT_LONGS longs at t as room for the unfolded product. */
    static void mul(long[] s, int r, int a, int b, int t) {
        for (int k = 0; k < PRODUCT_LONGS; k++) s[t + k] = 0;
        for (int i = 0; i < LIMBS; i++) {
            long x = s[a + i];
            for (int j = 0; j < LIMBS; j++) s[t + i + j] += x * s[b + j];
        }
        for (int k = 0; k < PRODUCT_LONGS - 1; k++) {
            long c = s[t + k] >> BITS;
            s[t + k] &= MASK;
            s[t + k + 1] += c;
        }
        for (int k = LIMBS; k < PRODUCT_LONGS; k++) s[t + k - LIMBS] += FOLD * s[t + k];
        for (int i = 0; i < LIMBS; i++) s[r + i] = s[t + i];
        carry(s, r);
    }

    /** Brings every limb back to 26 bits, the carry out of the top folded into limb 0, then limb 0 once more. */
    static void carry(long[] s, int r) {
        for (int i = 0; i < LIMBS - 1; i++) {
            long c = s[r + i] >> BITS;
            s[r + i] &= MASK;
            s[r + i + 1] += c;
        }
        long top = s[r + LIMBS - 1] >> BITS;
        s[r + LIMBS - 1] &= MASK;
        s[r] += FOLD * top;
        long c = s[r] >> BITS;
        s[r] &= MASK;
        s[r + 1] += c;
    }

    /** Carries without folding: limbs 0..8 in [0, 2^26), whatever remains in limb 9. */
    private static void ripple(long[] s, int r) {
        for (int i = 0; i < LIMBS - 1; i++) {
            long c = s[r + i] >> BITS;
            s[r + i] &= MASK;
            s[r + i + 1] += c;
        }
    }

    /** Replaces the bits of r from 2^255 up (h of them) by 19 h at the bottom. */
    private static void reduceTop(long[] s, int r) {
        long high = s[r + LIMBS - 1] >> TOP_BITS;
        s[r + LIMBS - 1] &= (1L << TOP_BITS) - 1;
        s[r] += 19 * high;
        ripple(s, r);
    }

    /**
     * r = a reduced to [0, p), using the 10 longs at t. A carried element is above -2^27, so adding
     * 4p = 2^257 - 76 makes it non-negative; two top reductions bring it below 2^255, and one
     * conditional subtraction of p (add 19, look at bit 255) below p.
     */
    static void canonical(long[] s, int r, int a, int t) {
        copy(s, r, a);
        s[r] -= 76;
        s[r + LIMBS - 1] += 1L << (257 - BITS * (LIMBS - 1));
        ripple(s, r);
        reduceTop(s, r);
        reduceTop(s, r);
        copy(s, t, r);
        s[t] += 19;
        ripple(s, t);
        if ((s[t + LIMBS - 1] >> TOP_BITS) != 0) {
            s[t + LIMBS - 1] &= (1L << TOP_BITS) - 1;
            copy(s, r, t);
        }
    }

    /** Bit i (0..254) of a canonical element. */
    static int bit(long[] s, int a, int i) {
        return (int) (s[a + i / BITS] >> (i % BITS)) & 1;
    }

    /** Whether a is 0 mod p, using the 20 longs at t. */
    static boolean isZero(long[] s, int a, int t) {
        canonical(s, t, a, t + LIMBS);
        long any = 0;
        for (int i = 0; i < LIMBS; i++) any |= s[t + i];
        return any == 0;
    }

    /** Whether a = b mod p, using the 30 longs at t. */
    static boolean equal(long[] s, int a, int b, int t) {
        sub(s, t, a, b);
        return isZero(s, t, t + LIMBS);
    }

    /** r = the 255 low bits of the 32 little-endian bytes at address (bit 255 is left to the caller). */
    static void decode(long[] s, int r, long address) {
        set(s, r, 0);
        for (int i = 0; i < 255; i++) {
            int b = (Memory.read8(address + (i >> 3)) >> (i & 7)) & 1;
            s[r + i / BITS] |= (long) b << (i % BITS);
        }
    }

    /** r = a^(2^252 - 3) = a^((p - 5) / 8), using the 20 longs at t. r must not alias a. */
    static void powP58(long[] s, int r, int a, int t) {
        set(s, r, 1);
        for (int i = 251; i >= 0; i--) {
            mul(s, r, r, r, t);
            if (i >= 2 || i == 0) mul(s, r, r, a, t);
        }
    }
}
