package corpus;

import java.util.Arrays;
import java.util.Random;
import java.util.random.RandomGenerator;

public class RandomBounded {
    /** A generator with only nextLong, so every other method is RandomGenerator's default. */
    static final class Mixer implements RandomGenerator {
        private long state;

        Mixer(long seed) {
            state = seed;
        }

        @Override
        public long nextLong() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (IllegalArgumentException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    static void exercise(RandomGenerator g) {
        System.out.println(Arrays.toString(g.ints(8, -5, 17).toArray()));
        System.out.println(Arrays.toString(g.ints(6, Integer.MIN_VALUE, Integer.MAX_VALUE).toArray()));
        System.out.println(Arrays.toString(g.ints(6, -2, Integer.MAX_VALUE).toArray()));
        System.out.println(Arrays.toString(g.ints(5, 0, 1 << 20).toArray()));
        System.out.println(Arrays.toString(g.ints(4, 0, 0x55555556).toArray()));
        System.out.println(Arrays.toString(g.longs(5, -1000, 1000).toArray()));
        System.out.println(Arrays.toString(g.longs(5, Long.MIN_VALUE, Long.MAX_VALUE).toArray()));
        System.out.println(Arrays.toString(g.longs(4, 0, 1L << 40).toArray()));
        System.out.println(Arrays.toString(g.longs(4, 0, 0x5555555555555556L).toArray()));
        System.out.println(Arrays.toString(g.doubles(4, -1.5, 2.5).toArray()));
        System.out.println(Arrays.toString(g.doubles(4, -Double.MAX_VALUE, Double.MAX_VALUE).toArray()));
        System.out.println(Arrays.toString(g.doubles(3, 1.0, Math.nextUp(1.0)).toArray()));
        System.out.println(Arrays.toString(g.ints(4).toArray()) + " " + Arrays.toString(g.longs(2).toArray())
                + " " + Arrays.toString(g.doubles(2).toArray()));
        System.out.println(g.ints(3, 10).limit(3).sum() + " " + g.longs(-3, 3).limit(4).sum() + " " + g.doubles(0, 2).limit(3).sum());
        System.out.println(g.nextInt(1) + " " + g.nextInt(7) + " " + g.nextInt(1 << 30) + " " + g.nextInt(Integer.MAX_VALUE) + " "
                + g.nextInt(-3, 4) + " " + g.nextInt(Integer.MIN_VALUE, 0) + " " + g.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE));
        System.out.println(g.nextLong(1) + " " + g.nextLong(1000) + " " + g.nextLong(Long.MAX_VALUE) + " " + g.nextLong(-50, 50) + " "
                + g.nextLong(Long.MIN_VALUE, Long.MAX_VALUE) + " " + g.nextLong(1L << 62));
        System.out.println(g.nextDouble(1e-300) + " " + g.nextDouble(Double.MAX_VALUE) + " " + g.nextDouble(-1, 1) + " "
                + g.nextDouble(-Double.MAX_VALUE, Double.MAX_VALUE) + " " + g.nextDouble(1e300, Double.MAX_VALUE));
        System.out.println(g.nextFloat(3f) + " " + g.nextFloat(-2f, 2f) + " " + g.nextFloat(-Float.MAX_VALUE, Float.MAX_VALUE) + " "
                + g.nextFloat(Float.MIN_VALUE) + " " + g.nextFloat() + " " + g.nextBoolean());
        byte[] bytes = new byte[13];
        g.nextBytes(bytes);
        System.out.println(Arrays.toString(bytes));
        attempt("ints size", () -> g.ints(-1));
        attempt("ints range", () -> g.ints(5, 5));
        attempt("ints sized range", () -> g.ints(3, 9, 2));
        attempt("longs range", () -> g.longs(1, 4, 4));
        attempt("doubles size", () -> g.doubles(-2, 0, 1));
        attempt("doubles NaN", () -> g.doubles(Double.NaN, 1));
        attempt("doubles infinite", () -> g.doubles(0, Double.POSITIVE_INFINITY));
        attempt("nextInt bound", () -> g.nextInt(0));
        attempt("nextInt range", () -> g.nextInt(3, 3));
        attempt("nextLong bound", () -> g.nextLong(-1));
        attempt("nextLong range", () -> g.nextLong(3, -3));
        attempt("nextDouble bound", () -> g.nextDouble(0.0));
        attempt("nextDouble inf", () -> g.nextDouble(Double.POSITIVE_INFINITY));
        attempt("nextDouble NaN", () -> g.nextDouble(Double.NaN));
        attempt("nextDouble range", () -> g.nextDouble(1, 1));
        attempt("nextDouble -inf range", () -> g.nextDouble(Double.NEGATIVE_INFINITY, 0));
        attempt("nextFloat bound", () -> g.nextFloat(-1f));
        attempt("nextFloat range", () -> g.nextFloat(2f, 1f));
        attempt("nextFloat wide range", () -> g.nextFloat(-Float.MAX_VALUE, Float.MAX_VALUE));
    }

    public static void main(String[] args) {
        exercise(new Random(42));
        exercise(new Random(-7));
        exercise(new Mixer(123));
        Mixer m = new Mixer(9);
        long total = 0;
        for (int bound = 1; bound < 3000; bound += 7) total = total * 31 + m.nextInt(bound) + m.nextInt(-bound, bound * 3);
        for (long bound = 3; bound > 0; bound = bound * 5 + 1) total = total * 31 + m.nextLong(bound) + m.nextLong(-bound, bound);
        System.out.println(total);
        Random r = new Random(2024);
        double dsum = 0;
        for (int i = 0; i < 2000; i++) dsum += r.nextDouble(-i, i + 0.5) + r.nextFloat(0.25f, 1.5f + i);
        System.out.println(dsum);
    }
}
