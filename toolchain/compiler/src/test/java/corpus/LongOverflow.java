package corpus;

public class LongOverflow {
    static long max = Long.MAX_VALUE;
    static long min = Long.MIN_VALUE;

    static long add(long a, long b) { return a + b; }
    static long mul(long a, long b) { return a * b; }

    public static void main(String[] args) {
        System.out.println(add(max, 1));
        System.out.println(add(min, -1));
        System.out.println(mul(max, 2));
        System.out.println(mul(min, -1));
        System.out.println(mul(max, max));
        System.out.println(mul(min, min));
        System.out.println(-min);
        System.out.println(Math.abs(min));
        System.out.println(~max);
        long f = 1;
        for (int i = 1; i <= 25; i++) {
            f *= i;
            if (i >= 18) System.out.println(i + "! = " + f);
        }
        long h = 1125899906842597L;
        String s = "differential";
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        System.out.println(h);
        System.out.println(mul(0x100000000L, 0x100000000L));
        System.out.println(mul(3037000500L, 3037000500L));
        System.out.println((int) max);
        System.out.println((int) min);
        System.out.println((int) 0x1_2345_6789L);
        System.out.println((short) 0x12345678_9ABCDEFL);
        System.out.println((byte) -129L);
        System.out.println((char) 70000L + 0);
        int i = Integer.MAX_VALUE;
        long sum = i + i;
        long sum2 = (long) i + i;
        System.out.println(sum + " " + sum2);
        long m = min;
        m--;
        System.out.println(m);
        System.out.println(Long.compare(add(max, 1), 0));
        System.out.println(Long.hashCode(min));
        System.out.println(Long.hashCode(-1L));
        System.out.println(Long.hashCode(0x7fffffff00000000L));
    }
}
