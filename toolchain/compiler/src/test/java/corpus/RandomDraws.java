package corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/** Random's draws bit for bit: bounded ints (powers of two and not), bytes, Gaussians; nulls in comparators. */
public class RandomDraws {
    /** A generator that only supplies nextLong, so the interface's default methods are used. */
    static final class Counter implements RandomGenerator {
        long state = 12345;

        public long nextLong() {
            state = state * 6364136223846793005L + 1442695040888963407L;
            return state;
        }
    }

    public static void main(String[] args) {
        Random r = new Random(42);
        long h = 0;
        for (int bound : new int[] {1, 2, 3, 7, 16, 100, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE}) {
            for (int i = 0; i < 2000; i++) h = h * 31 + r.nextInt(bound);
            System.out.println("bound " + bound + ": " + h);
        }
        for (int len = 0; len <= 9; len++) {
            byte[] b = new byte[len];
            r.nextBytes(b);
            System.out.println("bytes " + len + ": " + Arrays.toString(b));
        }
        Random g = new Random(7);
        for (int i = 0; i < 6; i++) System.out.println("gaussian " + Double.doubleToLongBits(g.nextGaussian()));
        g.setSeed(7);
        System.out.println("after setSeed " + g.nextGaussian());
        Counter c = new Counter();
        for (int len : new int[] {0, 1, 7, 8, 9, 17}) {
            byte[] b = new byte[len];
            c.nextBytes(b);
            System.out.println("generator bytes " + len + ": " + Arrays.toString(b));
        }
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("bound 0: " + e.getMessage());
        }
        List<String> names = new ArrayList<>(Arrays.asList("pear", null, "apple", null, "fig"));
        names.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println(names);
        names.sort(Comparator.nullsLast(Comparator.<String>naturalOrder().reversed()));
        System.out.println(names);
        names.sort(Comparator.nullsFirst(Comparator.<String>naturalOrder()).reversed());
        System.out.println(names);
        names.sort(Comparator.nullsLast((Comparator<String>) null));
        System.out.println(names);
        names.sort(Comparator.nullsLast(Comparator.comparing(String::length)).thenComparing(Comparator.nullsFirst(Comparator.naturalOrder())));
        System.out.println(names);
    }
}
