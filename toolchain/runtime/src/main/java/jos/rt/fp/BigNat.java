package jos.rt.fp;

/**
 * A small mutable natural number (little-endian 32-bit limbs), just enough for exact decimal to binary
 * conversion: multiply by a small factor, shift, compare and subtract.
 */
final class BigNat {
    private int[] limbs;
    private int size;   // limbs in use; limbs[size - 1] != 0 unless size == 0

    BigNat(int capacityLimbs) {
        limbs = new int[Math.max(capacityLimbs, 2)];
    }

    static BigNat of(long v) {
        BigNat b = new BigNat(4);
        b.limbs[0] = (int) v;
        b.limbs[1] = (int) (v >>> 32);
        b.size = 2;
        b.trim();
        return b;
    }

    BigNat copy(int extraLimbs) {
        BigNat b = new BigNat(size + extraLimbs);
        System.arraycopy(limbs, 0, b.limbs, 0, size);
        b.size = size;
        return b;
    }

    boolean isZero() {
        return size == 0;
    }

    private void ensure(int n) {
        if (limbs.length < n) {
            int[] bigger = new int[Math.max(n, limbs.length * 2)];
            System.arraycopy(limbs, 0, bigger, 0, size);
            limbs = bigger;
        }
    }

    private void trim() {
        while (size > 0 && limbs[size - 1] == 0) size--;
    }

    /** this = this * mul + add, both unsigned 32-bit. */
    void mulAdd(int mul, int add) {
        long m = mul & 0xffffffffL;
        long carry = add & 0xffffffffL;
        for (int i = 0; i < size; i++) {
            long p = (limbs[i] & 0xffffffffL) * m + carry;
            limbs[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            ensure(size + 1);
            limbs[size++] = (int) carry;
        }
    }

    /** this = this * 5^e. */
    void mulPow5(int e) {
        while (e >= 13) {
            mulAdd(1220703125, 0);   // 5^13, the largest power of five below 2^31
            e -= 13;
        }
        if (e > 0) {
            int p = 1;
            for (int i = 0; i < e; i++) p *= 5;
            mulAdd(p, 0);
        }
    }

    void shiftLeft(int bits) {
        if (size == 0 || bits == 0) return;
        int words = bits >>> 5;
        int r = bits & 31;
        ensure(size + words + 1);
        if (r == 0) {
            for (int i = size - 1; i >= 0; i--) limbs[i + words] = limbs[i];
        } else {
            limbs[size + words] = limbs[size - 1] >>> (32 - r);
            for (int i = size - 1; i > 0; i--) {
                limbs[i + words] = (limbs[i] << r) | (limbs[i - 1] >>> (32 - r));
            }
            limbs[words] = limbs[0] << r;
        }
        for (int i = 0; i < words; i++) limbs[i] = 0;
        size += words + 1;
        trim();
    }

    void shiftRight1() {
        for (int i = 0; i < size - 1; i++) {
            limbs[i] = (limbs[i] >>> 1) | (limbs[i + 1] << 31);
        }
        if (size > 0) {
            limbs[size - 1] >>>= 1;
            trim();
        }
    }

    int bitLength() {
        return size == 0 ? 0 : 32 * (size - 1) + 32 - Integer.numberOfLeadingZeros(limbs[size - 1]);
    }

    int compareTo(BigNat o) {
        if (size != o.size) return size < o.size ? -1 : 1;
        for (int i = size - 1; i >= 0; i--) {
            if (limbs[i] != o.limbs[i]) {
                return Integer.compareUnsigned(limbs[i], o.limbs[i]);
            }
        }
        return 0;
    }

    /** this = this - o; requires this >= o. */
    void subtract(BigNat o) {
        long borrow = 0;
        for (int i = 0; i < size; i++) {
            long d = (limbs[i] & 0xffffffffL) - (i < o.size ? o.limbs[i] & 0xffffffffL : 0) - borrow;
            limbs[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        trim();
    }
}
