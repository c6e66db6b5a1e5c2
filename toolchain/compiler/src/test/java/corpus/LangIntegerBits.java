package corpus;

/** Bit twiddling and unsigned arithmetic of Integer and Long over edge and sampled values. */
public class LangIntegerBits {
    static long mix(long h, long v) {
        return (h ^ v) * 0x100000001B3L + (v >>> 29);
    }

    static void ints(int v, int m, int d, boolean print) {
        long h = 0;
        int[] r = {Integer.highestOneBit(v), Integer.lowestOneBit(v), Integer.numberOfLeadingZeros(v),
            Integer.numberOfTrailingZeros(v), Integer.bitCount(v), Integer.reverse(v), Integer.reverseBytes(v),
            Integer.rotateLeft(v, d), Integer.rotateRight(v, d), Integer.compress(v, m), Integer.expand(v, m),
            Integer.signum(v), Integer.compareUnsigned(v, m), Integer.hashCode(v), Integer.compare(v, m)};
        for (int x : r) h = mix(h, x);
        String div;
        if (m != 0) {
            div = Integer.divideUnsigned(v, m) + " " + Integer.remainderUnsigned(v, m);
            h = mix(h, Integer.divideUnsigned(v, m));
            h = mix(h, Integer.remainderUnsigned(v, m));
        } else {
            try {
                div = "" + Integer.divideUnsigned(v, m);
            } catch (ArithmeticException e) {
                div = "AE " + e.getMessage();
            }
            try {
                div += " " + Integer.remainderUnsigned(v, m);
            } catch (ArithmeticException e) {
                div += " AE " + e.getMessage();
            }
        }
        h = mix(h, Integer.toUnsignedLong(v));
        acc = mix(acc, h);
        if (print) {
            StringBuilder sb = new StringBuilder("int ").append(v).append(' ').append(m).append(' ').append(d).append(':');
            for (int x : r) sb.append(' ').append(x);
            System.out.println(sb.append(' ').append(div).append(' ').append(Integer.toUnsignedLong(v)));
        }
    }

    static void longs(long v, long m, int d, boolean print) {
        long h = 0;
        long[] r = {Long.highestOneBit(v), Long.lowestOneBit(v), Long.numberOfLeadingZeros(v),
            Long.numberOfTrailingZeros(v), Long.bitCount(v), Long.reverse(v), Long.reverseBytes(v),
            Long.rotateLeft(v, d), Long.rotateRight(v, d), Long.compress(v, m), Long.expand(v, m),
            Long.signum(v), Long.compareUnsigned(v, m), Long.hashCode(v), Long.compare(v, m)};
        for (long x : r) h = mix(h, x);
        String div;
        if (m != 0) {
            div = Long.divideUnsigned(v, m) + " " + Long.remainderUnsigned(v, m);
            h = mix(h, Long.divideUnsigned(v, m));
            h = mix(h, Long.remainderUnsigned(v, m));
        } else {
            try {
                div = "" + Long.divideUnsigned(v, m);
            } catch (ArithmeticException e) {
                div = "AE " + e.getMessage();
            }
            try {
                div += " " + Long.remainderUnsigned(v, m);
            } catch (ArithmeticException e) {
                div += " AE " + e.getMessage();
            }
        }
        acc = mix(acc, h);
        if (print) {
            StringBuilder sb = new StringBuilder("long ").append(v).append(' ').append(m).append(' ').append(d).append(':');
            for (long x : r) sb.append(' ').append(x);
            System.out.println(sb.append(' ').append(div));
        }
    }

    static long acc;

    public static void main(String[] args) {
        int[] iv = {0, 1, -1, 2, 3, 0x7fffffff, 0x80000000, 0x80000001, 0x55555555, 0xaaaaaaaa, 0x0f0f0f0f, 0x00ff00ff,
            0x12345678, 0xffff0000, 0x0000ffff, 10, -10, 1 << 30, 0x40000001};
        int[] dist = {0, 1, 7, 31, 32, 33, -1, -31, -32, 64, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int v : iv) for (int m : iv) ints(v, m, dist[(v ^ m) & 7 & 0xf % dist.length], true);
        for (int v : iv) for (int d : dist) ints(v, 0xf0f0f0f0, d, true);
        long[] lv = {0, 1, -1, 2, 3, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 0x5555555555555555L,
            0xaaaaaaaaaaaaaaaaL, 0x0f0f0f0f0f0f0f0fL, 0x123456789abcdef0L, 0xffffffff00000000L, 0xffffffffL, 10, -10,
            1L << 62, (1L << 62) + 1, 1L << 32, -(1L << 32), 0x8000000080000000L};
        int[] ldist = {0, 1, 13, 63, 64, 65, -1, -63, -64, 128, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (long v : lv) for (long m : lv) longs(v, m, ldist[(int) ((v ^ m) & 7)], true);
        for (long v : lv) for (int d : ldist) longs(v, 0xff00ff00ff00ff00L, d, true);
        System.out.println("edges " + acc);
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < 200000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            long y = x ^ (x >>> 31) * 0xBF58476D1CE4E5B9L;
            long v = x >> (i & 63);
            long m = (i & 3) == 0 ? y : (i & 3) == 1 ? y >>> (i % 64) : (i & 3) == 2 ? y & (y >>> 7) : ~y;
            ints((int) v, (int) m, (int) (y >>> 58) - 8, false);
            longs(v, m, (int) (y >>> 57) - 16, false);
            if (i % 40000 == 0) {
                ints((int) v, (int) m, (int) (y >>> 58) - 8, true);
                longs(v, m, (int) (y >>> 57) - 16, true);
            }
        }
        System.out.println("sampled " + acc);
        for (int k = 0; k < 64; k++) {
            long p = 1L << k;
            acc = mix(acc, Long.divideUnsigned(-1L, p) + Long.remainderUnsigned(-1L, p - 1 == 0 ? 1 : p - 1));
            acc = mix(acc, Long.divideUnsigned(Long.MIN_VALUE + k, -p) + Long.remainderUnsigned(Long.MIN_VALUE - k, p + 1));
            acc = mix(acc, Integer.divideUnsigned(-1 - k, (int) p | 1) + Integer.remainderUnsigned(Integer.MIN_VALUE + k, (int) (p >>> 1) | 3));
        }
        System.out.println("powers " + acc);
    }
}
