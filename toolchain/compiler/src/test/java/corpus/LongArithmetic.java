package corpus;

public class LongArithmetic {
    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }

    static long modpow(long base, long exp, long mod) {
        long result = 1;
        base %= mod;
        while (exp > 0) {
            if ((exp & 1) == 1) result = result * base % mod;
            base = base * base % mod;
            exp >>= 1;
        }
        return result;
    }

    public static void main(String[] args) {
        long a = 1_000_000_007L, b = 998_244_353L;
        System.out.println(a * b + " " + a * b % 1_000_000_009L + " " + (a + b) + " " + (a - b) + " " + a / 7 + " " + a % 7);
        System.out.println(gcd(1071, 462) + " " + gcd(a * 6, b * 4) + " " + gcd(0, 5));
        System.out.println(modpow(2, 100, a) + " " + modpow(3, a - 2, a) + " " + modpow(7, 0, 13));
        long fib1 = 0, fib2 = 1;
        for (int i = 0; i < 92; i++) {
            long t = fib1 + fib2;
            fib1 = fib2;
            fib2 = t;
        }
        System.out.println(fib1 + " " + fib2 + " " + (fib1 + fib2));
        long x = 0x7FFF_FFFF_FFFF_FFFFL;
        System.out.println(x / 3 + " " + x % 1000 + " " + -x / 3 + " " + (x >> 32) + " " + (x >>> 60) + " " + (-x >> 62));
        int i = 100000;
        long wrong = i * i;
        long right = (long) i * i;
        System.out.println(wrong + " " + right);
        long mixed = 5 + 3L * Integer.MAX_VALUE;
        System.out.println(mixed);
        long compound = 1;
        compound *= 3_000_000_000L;
        compound += Integer.MAX_VALUE;
        compound <<= 2;
        compound /= -7;
        compound %= 1_000_000;
        System.out.println(compound);
        long hash = 0xcbf29ce484222325L;
        for (char c : "fnv-1a hashing".toCharArray()) {
            hash ^= c;
            hash *= 0x100000001b3L;
        }
        System.out.println(hash + " " + Long.toHexString(hash));
        long seed = 42;
        for (int k = 0; k < 5; k++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            System.out.println(seed + " " + (seed >>> 33));
        }
        System.out.println(Long.sum(1, 2) + " " + Long.max(-1, -2) + " " + Long.min(Long.MIN_VALUE, 0) + " " + Long.signum(-99));
        System.out.println(Long.divideUnsigned(-1L, 3) + " " + Long.remainderUnsigned(-1L, 3) + " " + Long.compareUnsigned(-1L, 1L));
        long neg = -17;
        System.out.println(neg / 5 + " " + neg % 5 + " " + (neg >> 1) + " " + (neg >>> 60) + " " + (neg & 0xFF));
        System.out.println((long) 1e18 + " " + (long) -1e18 + " " + (long) 9.3e18 + " " + (double) Long.MIN_VALUE);
        long sum = 0;
        for (long v = 1; v <= 2_000_000; v += 3) sum += v * v;
        System.out.println(sum);
    }
}
