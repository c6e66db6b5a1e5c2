package corpus;

public class UncaughtArithmetic {
    static int average(int[] values) {
        int sum = 0;
        for (int v : values) sum += v;
        return sum / values.length;
    }

    public static void main(String[] args) {
        System.out.println(average(new int[]{1, 2, 3, 4}));
        System.out.println(average(new int[]{-7}));
        long big = 10L;
        long zero = big - 10L;
        System.out.println(5.0 / zero);
        System.out.println(average(new int[0]));
        System.out.println(big % zero);
    }
}
