package corpus;

import java.util.Random;

public class DoubleFormatting {
    public static void main(String[] args) {
        Random r = new Random(2024);
        for (int i = 0; i < 40; i++) {
            double v = r.nextDouble();
            double scaled = v * Math.pow(10, (i % 20) - 8);
            System.out.println(v + " " + scaled + " " + (float) scaled);
        }
        for (int i = 0; i < 20; i++) {
            long bits = r.nextLong();
            double v = Double.longBitsToDouble(bits);
            float fv = Float.intBitsToFloat((int) bits);
            System.out.println(v + " " + fv);
        }
        double x = 1;
        for (int i = 0; i < 30; i++) {
            x *= 3.7;
            System.out.println(x + " " + -1 / x);
        }
        int[] ints = {1, 12, 123, 1234, 12345, 123456, 1234567, 12345678};
        for (int v : ints) System.out.println((double) v + " " + v / 1000.0 + " " + v * 1e-10 + " " + (float) v / 7);
    }
}
