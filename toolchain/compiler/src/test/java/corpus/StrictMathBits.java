package corpus;

/**
 * StrictMath's results as bit patterns for a few thousand arguments per function: special values
 * and their neighbours, raw bit patterns, uniform ranges and magnitudes over the whole exponent
 * range. Natively these come from jos.rt.FdLibm, on HotSpot from the JDK's fdlibm port.
 */
public class StrictMathBits {
    static final int SAMPLES = 2500;
    static long state = 0x9E3779B97F4A7C15L;

    static long nextLong() {                              // xorshift64*
        state ^= state >>> 12;
        state ^= state << 25;
        state ^= state >>> 27;
        return state * 0x2545F4914F6CDD1DL;
    }

    static double nextDouble() {
        return (nextLong() >>> 11) * 0x1p-53;
    }

    static int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    static final double[] SPECIAL = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0, 0.5, -0.5,
        2.0, -2.0, 3.0, 10.0, 0.1, 1e-300, 1e300, 1e22, Math.PI, Math.PI / 2, Math.PI / 4, 3 * Math.PI / 4,
        1e6 * Math.PI, 0x1p20 * Math.PI / 2, 709.782712893384, -745.1332191019411, 710.4758600739439, 22.0,
        0.6931471805599453, 0.34657359027997264, 1.0397207708399179, 38.816242111356935, 0x1p-28, 0x1p-54,
        0.4375, 1.1875, 2.4375, 0x1p66, 0.975, 0.41422, -0.2929, 0x1p53, 0x1p31, 1024.0, -1075.0,
        Math.scalb(6381956970095103.0, 797), 12345 * Double.MIN_VALUE,
    };

    static double argument(double lo, double hi) {
        int mode = nextInt(10);
        double sign = nextInt(2) == 0 ? 1 : -1;
        if (mode < 2) return Double.longBitsToDouble(nextLong());
        if (mode < 5) return lo + (hi - lo) * nextDouble();
        if (mode < 7) return sign * Math.scalb(1.0 + nextDouble(), nextInt(2098) - 1074);
        if (mode < 8) return sign * Math.scalb(1.0 + nextDouble(), nextInt(120) - 60);
        double s = SPECIAL[nextInt(SPECIAL.length)];
        if (!Double.isFinite(s)) return s;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(s) + nextInt(17) - 8);
    }

    interface Unary {
        double apply(double x);
    }

    interface Binary {
        double apply(double x, double y);
    }

    static final StringBuilder line = new StringBuilder();
    static int onLine;

    static void emit(double r) {
        String hex = Long.toHexString(Double.doubleToLongBits(r));
        for (int i = hex.length(); i < 16; i++) line.append('0');
        line.append(hex);
        if (++onLine == 8) flush();
        else line.append(' ');
    }

    static void flush() {
        if (onLine > 0) System.out.println(line.toString().trim());
        line.setLength(0);
        onLine = 0;
    }

    static void unary(String name, Unary f, double lo, double hi) {
        System.out.println(name);
        for (double x : SPECIAL) emit(f.apply(x));
        for (int i = 0; i < SAMPLES; i++) emit(f.apply(argument(lo, hi)));
        flush();
    }

    static void binary(String name, Binary f, double lo, double hi, double lo2, double hi2) {
        System.out.println(name);
        for (double x : SPECIAL) {
            for (double y : SPECIAL) emit(f.apply(x, y));
        }
        for (int i = 0; i < SAMPLES; i++) {
            double x = argument(lo, hi);
            double y = argument(lo2, hi2);
            if (i % 5 == 0) y = Math.rint(y);
            emit(f.apply(x, y));
        }
        flush();
    }

    public static void main(String[] args) {
        unary("sin", StrictMath::sin, -10, 10);
        unary("cos", StrictMath::cos, -1e7, 1e7);
        unary("tan", StrictMath::tan, -1e300, 1e300);
        unary("asin", StrictMath::asin, -1, 1);
        unary("acos", StrictMath::acos, -1, 1);
        unary("atan", StrictMath::atan, -5, 5);
        unary("exp", StrictMath::exp, -750, 710);
        unary("expm1", StrictMath::expm1, -40, 710);
        unary("log", StrictMath::log, 0, 5);
        unary("log10", StrictMath::log10, 0, 1000);
        unary("log1p", StrictMath::log1p, -1, 3);
        unary("sinh", StrictMath::sinh, -712, 712);
        unary("cosh", StrictMath::cosh, -712, 712);
        unary("tanh", StrictMath::tanh, -25, 25);
        unary("cbrt", StrictMath::cbrt, -100, 100);
        unary("sqrt", StrictMath::sqrt, 0, 100);
        binary("atan2", StrictMath::atan2, -10, 10, -10, 10);
        binary("hypot", StrictMath::hypot, -1e3, 1e3, -1e3, 1e3);
        binary("pow", StrictMath::pow, 0, 10, -40, 40);
        binary("IEEEremainder", StrictMath::IEEEremainder, -1e6, 1e6, -100, 100);
    }
}
