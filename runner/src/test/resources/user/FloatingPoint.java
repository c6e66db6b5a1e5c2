/**
 * Float and double arithmetic in ring 3 (QemuBootIT, test=user-programs): its output must match the
 * same class run on HotSpot, so the printing of doubles, square roots and remainders is Java's.
 */
public final class FloatingPoint {
    static void main() {
        double sum = 0;
        for (int i = 1; i <= 10; i++) sum += 1.0 / i;
        System.out.println("harmonic 10: " + sum);
        System.out.println("sqrt 2: " + Math.sqrt(2) + ", sqrt 1e-300: " + Math.sqrt(1e-300) + ", sqrt -1: " + Math.sqrt(-1));
        float f = 0.1f;
        for (int i = 0; i < 7; i++) f = f * 3 - 0.2f;
        System.out.println("float: " + f + ", " + (f / 0f) + ", " + Float.toString(1.0e-10f) + ", " + (float) Math.PI);
        System.out.println("double: " + Double.toString(1e21) + ", " + 123456.789e-3 + ", " + Double.MIN_VALUE + ", " + (0.1 + 0.2));
        System.out.println("remainder: " + (10.5 % 3) + ", " + (-7.25f % 2f) + ", " + (1.0 % 0.0));
        System.out.println("casts: " + (long) 1e19 + ", " + (int) -2.9 + ", " + (int) Double.NaN + ", " + (double) Long.MAX_VALUE);
        double x = 1;
        for (int i = 0; i < 20; i++) x = (x + 2 / x) / 2;   // Newton's method towards sqrt 2
        System.out.println("newton: " + x + " " + (x == Math.sqrt(2)) + ", compare: " + Double.compare(0.0, -0.0) + " " + (0.0 == -0.0));
        System.out.println("bits: " + Long.toHexString(Double.doubleToLongBits(-2.5)) + " " + Float.intBitsToFloat(0x3f800001));
        System.exit(0);
    }
}
