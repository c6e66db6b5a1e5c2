package corpus;

public class MinValueDivision {
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }

    public static void main(String[] args) {
        int imin = Integer.MIN_VALUE;
        long lmin = Long.MIN_VALUE;
        int m1 = -1;
        long lm1 = -1L;
        System.out.println(div(imin, m1));
        System.out.println(rem(imin, m1));
        System.out.println(div(lmin, lm1));
        System.out.println(rem(lmin, lm1));
        System.out.println(imin / m1);
        System.out.println(imin % m1);
        System.out.println(lmin / lm1);
        System.out.println(lmin % lm1);
        int a = imin;
        a /= m1;
        System.out.println(a);
        long b = lmin;
        b %= lm1;
        System.out.println(b);
        System.out.println(div(imin, 1));
        System.out.println(div(imin, 2));
        System.out.println(div(imin, -2));
        System.out.println(rem(imin, 2));
        System.out.println(rem(imin, 3));
        System.out.println(rem(imin, -3));
        System.out.println(div(lmin, 2L));
        System.out.println(rem(lmin, 7L));
        System.out.println(Math.floorDiv(imin, m1));
        System.out.println(Math.floorMod(imin, m1));
        System.out.println(Math.floorDiv(lmin, lm1));
        System.out.println(Math.floorMod(lmin, lm1));
        System.out.println(Integer.MAX_VALUE / m1);
        System.out.println(Long.MAX_VALUE / lm1);
        System.out.println(Integer.divideUnsigned(imin, m1));
        System.out.println(Integer.remainderUnsigned(imin, m1));
        System.out.println(Long.divideUnsigned(lmin, lm1));
        System.out.println(Long.remainderUnsigned(lmin, lm1));
        try {
            System.out.println(Math.negateExact(imin));
        } catch (ArithmeticException e) {
            System.out.println("negateExact: " + e.getMessage());
        }
        try {
            System.out.println(Math.divideExact(imin, m1));
        } catch (ArithmeticException e) {
            System.out.println("divideExact: " + e.getMessage());
        }
        try {
            System.out.println(Math.divideExact(lmin, lm1));
        } catch (ArithmeticException e) {
            System.out.println("divideExact long: " + e.getMessage());
        }
    }
}
