package corpus;

/** Integer/Long to text in every radix (in and out of range), unsigned forms and StringBuilder appends. */
public class LangIntegerFormatting {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, -8, 9, 10, -10, 35, 36, -36, 99, 100, 127, -128, 255, 256, 1000, 65535, 65536,
            999_999_999, 1_000_000_000, -1_000_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1,
            Integer.MIN_VALUE + 1, 0x12345678, 0x80000001, 0xdeadbeef};
        long[] longs = {0, 1, -1, 9, 10, -10, 1L << 31, -(1L << 31), 1L << 32, 4294967295L, 999_999_999_999_999_999L,
            1_000_000_000_000_000_000L, -1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
            Long.MAX_VALUE - 1, 0x123456789abcdefL, 0xfedcba9876543210L, 1L << 62, -(1L << 62), 99_999_999_999L};
        int[] radices = {Integer.MIN_VALUE, -1, 0, 1, 2, 3, 4, 5, 7, 8, 10, 11, 16, 17, 31, 32, 33, 35, 36, 37, 100};
        for (int v : ints) {
            StringBuilder sb = new StringBuilder();
            sb.append(v).append(' ').append(Integer.toString(v)).append(' ').append(String.valueOf(v)).append(' ')
                    .append(Integer.toUnsignedString(v)).append(' ').append(Integer.toHexString(v)).append(' ')
                    .append(Integer.toOctalString(v)).append(' ').append(Integer.toBinaryString(v)).append(' ')
                    .append(Integer.valueOf(v)).append(' ').append(Integer.hashCode(v));
            for (int r : radices) sb.append(" r").append(r).append('=').append(Integer.toString(v, r))
                    .append('/').append(Integer.toUnsignedString(v, r));
            System.out.println(sb);
        }
        for (long v : longs) {
            StringBuilder sb = new StringBuilder();
            sb.append(v).append(' ').append(Long.toString(v)).append(' ').append(String.valueOf(v)).append(' ')
                    .append(Long.toUnsignedString(v)).append(' ').append(Long.toHexString(v)).append(' ')
                    .append(Long.toOctalString(v)).append(' ').append(Long.toBinaryString(v)).append(' ')
                    .append(Long.valueOf(v)).append(' ').append(Long.hashCode(v)).append(' ').append(Long.valueOf(v).hashCode());
            for (int r : radices) sb.append(" r").append(r).append('=').append(Long.toString(v, r))
                    .append('/').append(Long.toUnsignedString(v, r));
            System.out.println(sb);
        }
        // appends into a UTF-16 builder, and mixed with other text
        StringBuilder u = new StringBuilder("\u20ac");
        u.append(Integer.MIN_VALUE).append(Long.MIN_VALUE).append(-5).append(5L).append(0).append(0L);
        System.out.println(u + " " + u.length());
        // sampled values, hashed per function and radix
        long x = 0x2545F4914F6CDD1DL;
        long[] h = new long[12];
        for (int i = 0; i < 30000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            long v = x >> (i % 61);
            int iv = (int) (x >>> (i % 33));
            int r = 2 + i % 35;
            h[0] = h[0] * 31 + Long.toString(v).hashCode();
            h[1] = h[1] * 31 + Integer.toString(iv).hashCode();
            h[2] = h[2] * 31 + Long.toString(v, r).hashCode();
            h[3] = h[3] * 31 + Integer.toString(iv, r).hashCode();
            h[4] = h[4] * 31 + Long.toUnsignedString(v, r).hashCode();
            h[5] = h[5] * 31 + Integer.toUnsignedString(iv, r).hashCode();
            h[6] = h[6] * 31 + Long.toHexString(v).hashCode() + Long.toOctalString(v).hashCode();
            h[7] = h[7] * 31 + Integer.toBinaryString(iv).hashCode() + Integer.toHexString(iv).hashCode();
            h[8] = h[8] * 31 + Long.toUnsignedString(v).hashCode() + Integer.toUnsignedString(iv).hashCode();
            h[9] = h[9] * 31 + new StringBuilder().append(v).append(iv).toString().hashCode();
            h[10] = h[10] * 31 + (v + "," + iv).hashCode();
            h[11] = h[11] * 31 + Integer.toOctalString(iv).length() + Long.toBinaryString(v).length();
            if (i % 5000 == 0) System.out.println(v + " " + iv + " " + r + " " + Long.toString(v, r) + " "
                    + Integer.toString(iv, r) + " " + Long.toUnsignedString(v, r) + " " + Integer.toUnsignedString(iv, r));
        }
        for (int i = 0; i < h.length; i++) System.out.println("h" + i + " " + h[i]);
        // identity of boxes: cached range only
        System.out.println((Integer.valueOf(127) == Integer.valueOf(127)) + " " + (Integer.valueOf(-128) == Integer.valueOf(-128))
                + " " + (Long.valueOf(127L) == Long.valueOf(127L)) + " " + (Long.valueOf(-128L) == Long.valueOf(-128L))
                + " " + (Long.valueOf(-129L) == Long.valueOf(-129L)) + " " + (Integer.valueOf(128) == Integer.valueOf(128)));
        Integer a = 1000;
        Long b = 1000L;
        System.out.println(a.equals(1000) + " " + a.equals(1000L) + " " + b.equals(1000L) + " " + b.equals(1000)
                + " " + a.compareTo(999) + " " + b.compareTo(1001L) + " " + Integer.compare(3, 3) + " " + Long.compare(-1, 1)
                + " " + a.byteValue() + " " + a.shortValue() + " " + b.intValue() + " " + a.doubleValue() + " " + b.floatValue()
                + " " + Integer.sum(3, 4) + " " + Long.max(3, 4) + " " + Integer.min(-3, 4) + " " + Long.sum(5, 6));
    }
}
