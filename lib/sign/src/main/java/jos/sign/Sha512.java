package jos.sign;

import jos.hw.Memory;

/**
 * SHA-512 (FIPS 180-4, section 6.4) over bytes in memory, its state in a caller's {@code long[]} of
 * {@link #SIZE} longs starting at an offset: {@link #init}, then {@link #update} per range, then
 * {@link #finish}, after which {@link #digestByte} reads the 64-byte digest. Bytes are gathered
 * big-endian straight into the first 16 words of the message schedule; a full block is compressed at once.
 */
public final class Sha512 {
    private Sha512() {
    }

    /** Where each part lives in the state, from its offset: hash words, message schedule, bytes so far. */
    static final int H = 0, W = 8, LENGTH = W + 80;
    /** Longs a state occupies. */
    public static final int SIZE = LENGTH + 1;
    /** Bytes in a block and in the digest. */
    public static final int BLOCK = 128, DIGEST = 64;

    /** The initial hash value (section 5.3.5): the first 64 bits of the fractional parts of the square roots of the first 8 primes. */
    static final long[] INITIAL = {
            0x6a09_e667_f3bc_c908L, 0xbb67_ae85_84ca_a73bL, 0x3c6e_f372_fe94_f82bL, 0xa54f_f53a_5f1d_36f1L,
            0x510e_527f_ade6_82d1L, 0x9b05_688c_2b3e_6c1fL, 0x1f83_d9ab_fb41_bd6bL, 0x5be0_cd19_137e_2179L,
    };

    /** The constants (section 4.2.3): the first 64 bits of the fractional parts of the cube roots of the first 80 primes. */
    static final long[] K = {
            0x428a_2f98_d728_ae22L, 0x7137_4491_23ef_65cdL, 0xb5c0_fbcf_ec4d_3b2fL, 0xe9b5_dba5_8189_dbbcL,
            0x3956_c25b_f348_b538L, 0x59f1_11f1_b605_d019L, 0x923f_82a4_af19_4f9bL, 0xab1c_5ed5_da6d_8118L,
            0xd807_aa98_a303_0242L, 0x1283_5b01_4570_6fbeL, 0x2431_85be_4ee4_b28cL, 0x550c_7dc3_d5ff_b4e2L,
            0x72be_5d74_f27b_896fL, 0x80de_b1fe_3b16_96b1L, 0x9bdc_06a7_25c7_1235L, 0xc19b_f174_cf69_2694L,
            0xe49b_69c1_9ef1_4ad2L, 0xefbe_4786_384f_25e3L, 0x0fc1_9dc6_8b8c_d5b5L, 0x240c_a1cc_77ac_9c65L,
            0x2de9_2c6f_592b_0275L, 0x4a74_84aa_6ea6_e483L, 0x5cb0_a9dc_bd41_fbd4L, 0x76f9_88da_8311_53b5L,
            0x983e_5152_ee66_dfabL, 0xa831_c66d_2db4_3210L, 0xb003_27c8_98fb_213fL, 0xbf59_7fc7_beef_0ee4L,
            0xc6e0_0bf3_3da8_8fc2L, 0xd5a7_9147_930a_a725L, 0x06ca_6351_e003_826fL, 0x1429_2967_0a0e_6e70L,
            0x27b7_0a85_46d2_2ffcL, 0x2e1b_2138_5c26_c926L, 0x4d2c_6dfc_5ac4_2aedL, 0x5338_0d13_9d95_b3dfL,
            0x650a_7354_8baf_63deL, 0x766a_0abb_3c77_b2a8L, 0x81c2_c92e_47ed_aee6L, 0x9272_2c85_1482_353bL,
            0xa2bf_e8a1_4cf1_0364L, 0xa81a_664b_bc42_3001L, 0xc24b_8b70_d0f8_9791L, 0xc76c_51a3_0654_be30L,
            0xd192_e819_d6ef_5218L, 0xd699_0624_5565_a910L, 0xf40e_3585_5771_202aL, 0x106a_a070_32bb_d1b8L,
            0x19a4_c116_b8d2_d0c8L, 0x1e37_6c08_5141_ab53L, 0x2748_774c_df8e_eb99L, 0x34b0_bcb5_e19b_48a8L,
            0x391c_0cb3_c5c9_5a63L, 0x4ed8_aa4a_e341_8acbL, 0x5b9c_ca4f_7763_e373L, 0x682e_6ff3_d6b2_b8a3L,
            0x748f_82ee_5def_b2fcL, 0x78a5_636f_4317_2f60L, 0x84c8_7814_a1f0_ab72L, 0x8cc7_0208_1a64_39ecL,
            0x90be_fffa_2363_1e28L, 0xa450_6ceb_de82_bde9L, 0xbef9_a3f7_b2c6_7915L, 0xc671_78f2_e372_532bL,
            0xca27_3ece_ea26_619cL, 0xd186_b8c7_21c0_c207L, 0xeada_7dd6_cde0_eb1eL, 0xf57d_4f7f_ee6e_d178L,
            0x06f0_67aa_7217_6fbaL, 0x0a63_7dc5_a2c8_98a6L, 0x113f_9804_bef9_0daeL, 0x1b71_0b35_131c_471bL,
            0x28db_77f5_2304_7d84L, 0x32ca_ab7b_40c7_2493L, 0x3c9e_be0a_15c9_bebcL, 0x431d_67c4_9c10_0d4cL,
            0x4cc5_d4be_cb3e_42b6L, 0x597f_299c_fc65_7e2aL, 0x5fcb_6fab_3ad6_faecL, 0x6c44_198c_4a47_5817L,
    };

    /** Starts a hash in s at offset at. */
    public static void init(long[] s, int at) {
        for (int i = 0; i < 8; i++) s[at + H + i] = INITIAL[i];
        for (int i = 0; i < 16; i++) s[at + W + i] = 0;
        s[at + LENGTH] = 0;
    }

    /**
     * Hashes length bytes at address: a byte at a time up to a word boundary of the block, then whole
     * big-endian words (the slot is still clear there), then the tail.
     */
    public static void update(long[] s, int at, long address, long length) {
        long i = 0;
        while (i < length && (s[at + LENGTH] & 7) != 0) absorb(s, at, Memory.read8(address + i++) & 0xff);
        for (; length - i >= 8; i += 8) {
            int position = (int) s[at + LENGTH] & (BLOCK - 1);
            s[at + W + (position >> 3)] = Long.reverseBytes(Memory.read64(address + i));
            s[at + LENGTH] += 8;
            if (position == BLOCK - 8) compress(s, at);
        }
        while (i < length) absorb(s, at, Memory.read8(address + i++) & 0xff);
    }

    /** Pads (section 5.1.2: a one bit, zeros, the length in bits as 128 bits) and compresses the last block. */
    public static void finish(long[] s, int at) {
        long bits = s[at + LENGTH] << 3, high = s[at + LENGTH] >>> 61;
        absorb(s, at, 0x80);
        while ((s[at + LENGTH] & (BLOCK - 1)) != BLOCK - 16) absorb(s, at, 0);
        for (int i = 56; i >= 0; i -= 8) absorb(s, at, (int) (high >>> i) & 0xff);
        for (int i = 56; i >= 0; i -= 8) absorb(s, at, (int) (bits >>> i) & 0xff);
    }

    /** Byte i (0..63) of the digest, after {@link #finish}. */
    public static int digestByte(long[] s, int at, int i) {
        return (int) (s[at + H + (i >> 3)] >>> (56 - 8 * (i & 7))) & 0xff;
    }

    private static void absorb(long[] s, int at, int b) {
        int position = (int) s[at + LENGTH] & (BLOCK - 1);
        s[at + W + (position >> 3)] |= (long) b << (56 - 8 * (position & 7));
        s[at + LENGTH]++;
        if (position == BLOCK - 1) compress(s, at);
    }

    /** One block (section 6.4.2), its words in W[0..16), which are cleared for the next block. */
    private static void compress(long[] s, int at) {
        int w = at + W;
        for (int t = 16; t < 80; t++) {
            long x = s[w + t - 2], y = s[w + t - 15];
            long sigma1 = Long.rotateRight(x, 19) ^ Long.rotateRight(x, 61) ^ (x >>> 6);
            long sigma0 = Long.rotateRight(y, 1) ^ Long.rotateRight(y, 8) ^ (y >>> 7);
            s[w + t] = sigma1 + s[w + t - 7] + sigma0 + s[w + t - 16];
        }
        long a = s[at + H], b = s[at + H + 1], c = s[at + H + 2], d = s[at + H + 3];
        long e = s[at + H + 4], f = s[at + H + 5], g = s[at + H + 6], h = s[at + H + 7];
        for (int t = 0; t < 80; t++) {
            long sum1 = Long.rotateRight(e, 14) ^ Long.rotateRight(e, 18) ^ Long.rotateRight(e, 41);
            long t1 = h + sum1 + ((e & f) ^ (~e & g)) + K[t] + s[w + t];
            long sum0 = Long.rotateRight(a, 28) ^ Long.rotateRight(a, 34) ^ Long.rotateRight(a, 39);
            long t2 = sum0 + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        s[at + H] += a;
        s[at + H + 1] += b;
        s[at + H + 2] += c;
        s[at + H + 3] += d;
        s[at + H + 4] += e;
        s[at + H + 5] += f;
        s[at + H + 6] += g;
        s[at + H + 7] += h;
        for (int i = 0; i < 16; i++) s[w + i] = 0;
    }
}
