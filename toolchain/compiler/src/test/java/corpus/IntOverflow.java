package corpus;

public class IntOverflow {
    static int max = Integer.MAX_VALUE;
    static int min = Integer.MIN_VALUE;

    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }

    public static void main(String[] args) {
        System.out.println(add(max, 1));
        System.out.println(sub(min, 1));
        System.out.println(mul(max, 2));
        System.out.println(mul(min, -1));
        System.out.println(mul(min, min));
        System.out.println(mul(max, max));
        System.out.println(-min);
        System.out.println(-max);
        int x = max;
        x++;
        System.out.println(x);
        x--;
        System.out.println(x);
        int y = min;
        y += -1;
        System.out.println(y);
        System.out.println(mul(65536, 65536));
        System.out.println(mul(46341, 46341));
        System.out.println(mul(123456789, 987654321));
        System.out.println(add(max, max));
        System.out.println(add(min, min));
        System.out.println(Math.abs(min));
        System.out.println(~max);
        System.out.println(~min);
        System.out.println(~0);
        int acc = 1;
        for (int i = 0; i < 40; i++) {
            acc *= 3;
            if (i % 5 == 4) System.out.println("3^" + (i + 1) + " = " + acc);
        }
        int h = 0;
        for (int i = 0; i < 1000; i++) {
            h = 31 * h + i;
        }
        System.out.println(h);
        System.out.println((short) (max));
        System.out.println((byte) (min + 200));
        System.out.println((char) (max) + 0);
        long widened = max + 1;
        System.out.println(widened);
        long widened2 = max + 1L;
        System.out.println(widened2);
        System.out.println(Integer.MAX_VALUE + 1 == Integer.MIN_VALUE);
        System.out.println(Integer.compare(add(max, 1), max));
    }
}
