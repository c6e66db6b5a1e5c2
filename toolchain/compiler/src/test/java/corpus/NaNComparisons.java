package corpus;

public class NaNComparisons {
    static double nan() { return 0.0 / zero; }
    static double zero = 0.0;

    public static void main(String[] args) {
        double n = nan();
        double one = 1.0;
        System.out.println(n == n);
        System.out.println(n != n);
        System.out.println(n < one);
        System.out.println(n > one);
        System.out.println(n <= one);
        System.out.println(n >= one);
        System.out.println(!(n < one));
        System.out.println(!(n >= one));
        System.out.println(Double.isNaN(n));
        System.out.println(Double.compare(n, n));
        System.out.println(Double.compare(n, Double.POSITIVE_INFINITY));
        System.out.println(Double.valueOf(n).equals(Double.NaN));
        System.out.println(Math.max(n, one) + " " + Math.min(n, one));
        System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0));
        float fn = (float) n;
        float fone = 1f;
        System.out.println(fn == fn);
        System.out.println(fn < fone || fn > fone || fn == fone);
        System.out.println(Float.compare(fn, Float.POSITIVE_INFINITY));
        System.out.println(Float.isNaN(fn));
        int c = 0;
        if (n < one) c |= 1;
        if (n > one) c |= 2;
        if (n == one) c |= 4;
        if (!(n > one)) c |= 8;
        if (!(n <= one)) c |= 16;
        System.out.println(c);
        System.out.println(n > 0 ? "gt" : "not gt");
        System.out.println(n < 0 ? "lt" : "not lt");
        double[] arr = {3.0, n, -1.0, Double.NEGATIVE_INFINITY, 0.0, -0.0, Double.POSITIVE_INFINITY};
        java.util.Arrays.sort(arr);
        System.out.println(java.util.Arrays.toString(arr));
        System.out.println(Double.doubleToLongBits(n) == Double.doubleToLongBits(Double.NaN));
        System.out.println(Long.toHexString(Double.doubleToLongBits(Double.NaN)));
        System.out.println(Integer.toHexString(Float.floatToIntBits(Float.NaN)));
        System.out.println(Double.isInfinite(1 / zero) + " " + Double.isFinite(n) + " " + Double.isFinite(1e308));
        System.out.println(n + 1 + " " + n * 0 + " " + (n - n));
        System.out.println(Double.POSITIVE_INFINITY - Double.POSITIVE_INFINITY);
        System.out.println(0.0 * Double.POSITIVE_INFINITY);
        System.out.println(Double.hashCode(n) + " " + Float.hashCode(fn));
        Double boxed = n;
        System.out.println(boxed.equals(n) + " " + (boxed == n) + " " + boxed.compareTo(1.0));
        Integer sw = switch (Double.compare(n, one)) { case 1 -> 1; case -1 -> -1; default -> 0; };
        System.out.println(sw);
    }
}
