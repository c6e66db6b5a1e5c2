package corpus;

public class MathFunctions {
    static void exact(String label, java.util.function.IntSupplier s) {
        try {
            System.out.println(label + " = " + s.getAsInt());
        } catch (ArithmeticException e) {
            System.out.println(label + " threw " + e.getMessage());
        }
    }

    static void exactL(String label, java.util.function.LongSupplier s) {
        try {
            System.out.println(label + " = " + s.getAsLong());
        } catch (ArithmeticException e) {
            System.out.println(label + " threw " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int imax = Integer.MAX_VALUE, imin = Integer.MIN_VALUE;
        long lmax = Long.MAX_VALUE, lmin = Long.MIN_VALUE;
        System.out.println(Math.abs(-5) + " " + Math.abs(imin) + " " + Math.abs(lmin) + " " + Math.abs(-2.5) + " " + Math.abs(-0.0f));
        System.out.println(Math.max(3, 7) + " " + Math.min(-3L, 7L) + " " + Math.max(1.5f, Float.NaN) + " " + Math.min(2.0, 1.0));
        System.out.println(Math.floorDiv(7, 2) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(7, -2));
        System.out.println(Math.ceilDiv(7, 2) + " " + Math.ceilDiv(-7, 2) + " " + Math.ceilMod(7, 2) + " " + Math.clamp(15L, 0, 10) + " " + Math.clamp(-2.5, -1.0, 1.0));
        exact("addExact(max,1)", () -> Math.addExact(imax, 1));
        exact("addExact(1,2)", () -> Math.addExact(1, 2));
        exact("subtractExact(min,1)", () -> Math.subtractExact(imin, 1));
        exact("multiplyExact(65536,65536)", () -> Math.multiplyExact(65536, 65536));
        exact("incrementExact(max)", () -> Math.incrementExact(imax));
        exact("decrementExact(min)", () -> Math.decrementExact(imin));
        exact("negateExact(min)", () -> Math.negateExact(imin));
        exact("toIntExact(2^31)", () -> Math.toIntExact(1L << 31));
        exact("absExact(min)", () -> Math.absExact(imin));
        exactL("addExact(lmax,1)", () -> Math.addExact(lmax, 1L));
        exactL("multiplyExact(lmin,-1)", () -> Math.multiplyExact(lmin, -1L));
        exactL("multiplyExact(2^32,2^31)", () -> Math.multiplyExact(1L << 32, 1L << 31));
        exactL("multiplyExact(3,5)", () -> Math.multiplyExact(3L, 5L));
        exactL("multiplyHigh", () -> Math.multiplyHigh(lmax, lmax));
        exactL("unsignedMultiplyHigh", () -> Math.unsignedMultiplyHigh(-1L, -1L));
        System.out.println(Math.sqrt(2) + " " + Math.sqrt(144) + " " + Math.sqrt(-1) + " " + Math.sqrt(Double.POSITIVE_INFINITY) + " " + Math.cbrt(27) + " " + Math.cbrt(-8));
        System.out.println(StrictMath.pow(2, 10) + " " + StrictMath.pow(2, -2) + " " + StrictMath.pow(0, 0) + " " + StrictMath.pow(-8, 1.0 / 3) + " " + StrictMath.pow(1.0001, 10000));
        System.out.println(StrictMath.sin(1) + " " + StrictMath.cos(1) + " " + StrictMath.tan(1) + " " + StrictMath.atan2(1, 1));
        System.out.println(StrictMath.exp(1) + " " + StrictMath.log(10) + " " + StrictMath.log10(1000) + " " + StrictMath.log1p(1e-10) + " " + StrictMath.expm1(1e-10));
        System.out.println(StrictMath.asin(0.5) + " " + StrictMath.acos(0.5) + " " + StrictMath.atan(1) + " " + StrictMath.sinh(1) + " " + StrictMath.cosh(1) + " " + StrictMath.tanh(1));
        System.out.println(StrictMath.hypot(3, 4) + " " + StrictMath.sin(Math.PI) + " " + StrictMath.cos(Math.PI / 2));
        System.out.println(String.format("%.10f %.10f %.10f %.10f", Math.sin(0.5), Math.cos(0.5), Math.exp(2), Math.log(3)));
        System.out.println(String.format("%.10f %.10f %.10f", Math.pow(3.5, 2.5), Math.atan2(-1, -1), Math.tan(0.25)));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.signum(-3.2) + " " + Math.signum(0.0) + " " + Math.signum(7f));
        System.out.println(Math.floor(-1.5) + " " + Math.ceil(-1.5) + " " + Math.rint(-1.5) + " " + Math.round(-1.5) + " " + Math.round(1.5) + " " + Math.round(-1.5f));
        System.out.println(Math.ulp(1.0) + " " + Math.ulp(1.0f) + " " + Math.nextUp(1.0) + " " + Math.nextDown(1.0f) + " " + Math.nextAfter(0.0, -1));
        System.out.println(Math.getExponent(1024.0) + " " + Math.getExponent(0.1f) + " " + Math.scalb(1.5, 4) + " " + Math.copySign(2.0, -0.0));
        System.out.println(Math.fma(2.0, 3.0, 1.0) + " " + Math.fma(0.1, 10, -1) + " " + Math.fma(1.5f, 2f, 0.25f));
        System.out.println(Math.sqrt(1e-320) + " " + Math.hypot(1e300, 1e300) + " " + Math.abs(Double.NEGATIVE_INFINITY));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) sum += Math.sqrt(i);
        System.out.println(sum);
        long isqrtSum = 0;
        for (long i = 0; i < 2000; i++) isqrtSum += (long) Math.sqrt(i * i * 1000003L);
        System.out.println(isqrtSum);
        System.out.println(Math.PI + " " + Math.E + " " + Math.TAU);
    }
}
