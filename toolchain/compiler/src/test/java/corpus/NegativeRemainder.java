package corpus;

public class NegativeRemainder {
    static int[] values = {7, -7, 0, 1, -1, 13, -13, Integer.MAX_VALUE, Integer.MIN_VALUE + 1};
    static int[] divisors = {3, -3, 1, -1, 5, -5, 10};

    public static void main(String[] args) {
        for (int v : values) {
            StringBuilder sb = new StringBuilder();
            sb.append(v).append(':');
            for (int d : divisors) {
                sb.append(' ').append(v / d).append('/').append(v % d)
                  .append('/').append(Math.floorDiv(v, d)).append('/').append(Math.floorMod(v, d));
            }
            System.out.println(sb);
        }
        long[] lv = {7L, -7L, Long.MAX_VALUE, Long.MIN_VALUE + 1, -1000000000000L};
        long[] ld = {3L, -3L, 1000000007L, -2L};
        for (long v : lv) {
            StringBuilder sb = new StringBuilder();
            sb.append(v).append(':');
            for (long d : ld) {
                sb.append(' ').append(v / d).append('/').append(v % d)
                  .append('/').append(Math.floorDiv(v, d)).append('/').append(Math.floorMod(v, d));
            }
            System.out.println(sb);
        }
        double[] dv = {7.5, -7.5, 0.0, -0.0, 1e300, 5.0};
        double[] dd = {2.0, -2.0, 0.3, Double.POSITIVE_INFINITY, 0.0};
        for (double v : dv) {
            StringBuilder sb = new StringBuilder();
            sb.append(v).append(':');
            for (double d : dd) {
                sb.append(' ').append(v % d);
            }
            System.out.println(sb);
        }
        float fa = -7.25f;
        float fb = 2f;
        System.out.println(fa % fb);
        System.out.println(Math.IEEEremainder(-7.25, 2.0));
        System.out.println(Math.floorMod(-7, 3) + " " + Math.floorMod(7, -3) + " " + Math.floorMod(-7L, 3));
        System.out.println(Math.floorMod(-7L, 3) + Math.floorMod(10, 4));
    }
}
