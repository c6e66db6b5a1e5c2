package corpus;

public class DoubleToStringEdges {
    static double[] values = {
        0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100.0, 1e6, 1e7, 9999999.0, 10000000.0,
        12345678.9, 1e-3, 0.001, 0.0009999, 1e-4, 1.0E-5, 123e-7, 1e21, 1e22, 1e23, 5e-324, 4.9e-324, 1e-323,
        Double.MIN_NORMAL, Double.MAX_VALUE, Double.MIN_VALUE, Math.PI, Math.E, 2e-7, 1.7976931348623157E308,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9007199254740992.0, 9007199254740993.0,
        1.2345678901234567e-300, 4.35, 0.5, 0.25, 0.125, 123456789012345680.0, 2.2250738585072014E-308,
        2.225073858507201E-308, 1.0E-322, 5.0E-323, 100.5, 3.0e10, 299792458.0, 6.02214076e23, 1.602176634e-19,
        -123.456, 1234567.0, 0.000123, 2.0E-3, 9.999999999999999E22
    };

    public static void main(String[] args) {
        for (double d : values) {
            System.out.println(d);
        }
        double acc = 0;
        for (int i = 0; i < 10; i++) {
            acc += 0.1;
            System.out.println(acc);
        }
        double p = 1;
        for (int i = 0; i < 25; i++) {
            p *= 10;
            System.out.println(p + " " + (1 / p));
        }
        System.out.println(Double.toString(1.0e-7) + " " + String.valueOf(1.0e7));
        System.out.println(Double.valueOf("1e400") + " " + Double.valueOf("-1e-400"));
    }
}
