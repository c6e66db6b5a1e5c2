package corpus;

public class DoubleToLongSaturation {
    static double[] dvals = {0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 1e18, 9.2233720368547758E18, -9.2233720368547758E18,
            1e19, -1e19, 2147483647.9, -2147483648.9, 2147483648.0, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4.5e15, 123456789012.75};

    public static void main(String[] args) {
        for (double d : dvals) {
            long l = (long) d;
            int i = (int) d;
            char c = (char) d;
            short s = (short) d;
            byte b = (byte) d;
            float f = (float) d;
            System.out.println(d + " -> long " + l + " int " + i + " char " + (int) c + " short " + s + " byte " + b + " float " + f);
        }
        long max = Long.MAX_VALUE;
        double dm = max;
        System.out.println(dm + " " + (long) dm + " " + (dm == max));
        long odd = (1L << 53) + 1;
        System.out.println((double) odd + " " + (long) (double) odd);
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(-0.5) + " " + Math.round(0.49999999999999994));
        System.out.println(Math.round(Double.NaN) + " " + Math.round(1e300) + " " + Math.round(-1e300));
        System.out.println(Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.rint(-2.5));
        System.out.println(Math.floor(-0.5) + " " + Math.ceil(-0.5) + " " + Math.floor(1e300) + " " + Math.ceil(Double.NaN));
        System.out.println((long) Math.floor(-1e30) + " " + (int) Math.ceil(1e30));
    }
}
