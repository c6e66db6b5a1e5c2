package corpus;

public class FloatToIntSaturation {
    static float[] fvals = {0f, -0f, 1.5f, -1.5f, 2.5f, -2.5f, 0.9999999f, 1e10f, -1e10f, 2.14748365E9f,
            -2.14748365E9f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 9.223372E18f, -9.223372E18f, 65535.9f, 123456.789f};

    public static void main(String[] args) {
        for (float f : fvals) {
            int i = (int) f;
            long l = (long) f;
            short s = (short) f;
            byte b = (byte) f;
            char c = (char) f;
            System.out.println(f + " -> int " + i + " long " + l + " short " + s + " byte " + b + " char " + (int) c);
        }
        float big = 3e9f;
        System.out.println((int) big);
        System.out.println((int) -big);
        System.out.println((int) (big * big));
        float nan = 0f / 0f;
        System.out.println((int) nan + " " + (long) nan);
        int max = Integer.MAX_VALUE;
        float fm = max;
        System.out.println(fm);
        System.out.println((int) fm);
        System.out.println((float) 16777217);
        System.out.println((int) (float) 16777217);
        System.out.println(Math.round(2.5f) + " " + Math.round(-2.5f) + " " + Math.round(Float.NaN) + " " + Math.round(1e20f));
        System.out.println(Math.round(-1e20f) + " " + Math.round(0.49999997f));
    }
}
