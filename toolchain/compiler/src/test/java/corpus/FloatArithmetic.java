package corpus;

public class FloatArithmetic {
    @SuppressWarnings("strictfp")
    static strictfp double strictMul(double a, double b) { return a * b; }

    public static void main(String[] args) {
        float f = 0.1f;
        double d = 0.1;
        System.out.println(f + " " + d + " " + (double) f + " " + (f == d) + " " + ((float) d == f));
        float fs = 0;
        double ds = 0;
        for (int i = 0; i < 10; i++) {
            fs += 0.1f;
            ds += 0.1;
        }
        System.out.println(fs + " " + ds + " " + (fs == 1.0f) + " " + (ds == 1.0));
        float big = 16777216f;
        System.out.println(big + 1 + " " + (big + 1f == big) + " " + (big + 2f));
        float third = 1f / 3f;
        double dthird = 1.0 / 3.0;
        System.out.println(third + " " + dthird + " " + (third * 3) + " " + (dthird * 3));
        float mixed = 1.1f * 1.1f;
        double mixedD = 1.1f * 1.1;
        System.out.println(mixed + " " + mixedD);
        float tiny = Float.MIN_VALUE;
        System.out.println(tiny / 2 + " " + tiny * 0.5f + " " + (tiny * 1.5f));
        double sub = Double.MIN_VALUE;
        System.out.println(sub / 2 + " " + sub * 1.5 + " " + sub * 2.5);
        System.out.println(Float.MAX_VALUE * 2 + " " + -Float.MAX_VALUE * 2 + " " + Double.MAX_VALUE * 2);
        System.out.println(1e308 * 10 / 10 + " " + strictMul(1e308, 10) / 10);
        float ff = 1e20f;
        System.out.println(ff * ff + " " + (double) ff * ff);
        double x = 1e16;
        System.out.println(x + 1 - x + " " + (x + 2 - x));
        System.out.println(0.1 + 0.2 + " " + (0.1 + 0.2 == 0.3) + " " + (0.1f + 0.2f) + " " + (0.1f + 0.2f == 0.3f));
        System.out.println(3.0 * 1.1 + " " + 3.0f * 1.1f + " " + 100.0 / 3 + " " + 100f / 3);
        System.out.println(1.0 % 0.1 + " " + 1.0f % 0.1f + " " + -5.5 % 2 + " " + 5.5f % -2f);
        float fi = 123456789;
        System.out.println(fi + " " + (int) fi + " " + (long) 123456789.0f);
        double dl = Long.MAX_VALUE;
        float fl = Long.MAX_VALUE;
        System.out.println(dl + " " + fl + " " + (float) Integer.MAX_VALUE);
        float accum = 1f;
        for (int i = 0; i < 30; i++) accum = accum * 1.7f - 0.3f;
        System.out.println(accum);
        double accumD = 1;
        for (int i = 0; i < 30; i++) accumD = accumD * 1.7 - 0.3;
        System.out.println(accumD);
        float kahanSum = 0f, c = 0f, naive = 0f;
        for (int i = 0; i < 10000; i++) {
            float y = 0.0001f - c;
            float t = kahanSum + y;
            c = (t - kahanSum) - y;
            kahanSum = t;
            naive += 0.0001f;
        }
        System.out.println(kahanSum + " " + naive);
        System.out.println(Float.floatToIntBits(1.0f) + " " + Float.intBitsToFloat(0x3f800001) + " " + Double.longBitsToDouble(0x3ff0000000000001L));
        System.out.println(Float.MIN_NORMAL + " " + Float.MIN_VALUE / Float.MIN_NORMAL + " " + Math.ulp(Float.MAX_VALUE));
        System.out.println((float) 1e-46 + " " + (float) 1e39 + " " + (float) -1e-50 + " " + (float) 3.4028235677973366E38);
        System.out.println((double) 3.4e38f + " " + (float) 0.1 + " " + (0.1f + 0.1));
        System.out.println(Float.sum(1.5f, 2.25f) + " " + Float.max(-0f, 0f) + " " + Double.sum(1e-16, 1));
    }
}
