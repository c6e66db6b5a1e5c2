package corpus;

public class FloatToStringEdges {
    static float[] values = {
        0f, -0f, 1f, -1f, 0.1f, 0.2f, 0.1f + 0.2f, 0.3f, 1f / 3, 2f / 3, 100f, 1e6f, 1e7f, 9999999f, 10000000f,
        1.0e-3f, 0.0009999f, 1e-4f, 1e-5f, 1e10f, 1e30f, 1e38f, Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL,
        1.4e-45f, 2.8e-45f, (float) Math.PI, (float) Math.E, 16777216f, 16777217f, 33554433f, 1.1754942E-38f,
        Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 3.4028235e38f, 1.23456789f, 123456.7f,
        0.5f, 2.5e-8f, 8.589973e9f, 2.0E-3f, 4.35f, -123.456f, 1.0E-10f, 9.999999E-4f
    };

    public static void main(String[] args) {
        for (float f : values) {
            System.out.println(f + " " + (double) f);
        }
        float acc = 0;
        for (int i = 0; i < 12; i++) {
            acc += 0.1f;
            System.out.println(acc);
        }
        float p = 1;
        for (int i = 0; i < 40; i++) {
            p *= 10;
            System.out.println(p + " " + (1 / p));
        }
        System.out.println(Float.toString(1.0e-7f) + " " + String.valueOf(1.0e7f));
        System.out.println(Float.valueOf("1e40") + " " + Float.parseFloat("3.4028236e38") + " " + Float.parseFloat("1e-46"));
    }
}
