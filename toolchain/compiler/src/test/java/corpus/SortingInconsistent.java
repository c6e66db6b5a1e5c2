package corpus;

import java.util.*;

/**
 * Comparators that break their contract: which pairs are compared, when "Comparison method violates its general
 * contract!" is thrown, and what the array holds afterwards (also after a comparator that throws part way).
 */
public class SortingInconsistent {
    static long hash;
    static int calls;

    static String state(Integer[] a) {
        long h = 0;
        for (Integer v : a) h = h * 31 + v;
        return calls + "/" + Long.toHexString(hash) + "/" + Long.toHexString(h);
    }

    static Comparator<Integer> traced(Comparator<Integer> c) {
        return (x, y) -> {
            calls++;
            int r = c.compare(x, y);
            hash = hash * 1000003 + x * 7919L + y * 31L + r;
            return r;
        };
    }

    static void sortAndReport(String name, Integer[] a, Comparator<Integer> c) {
        hash = 0;
        calls = 0;
        String outcome;
        try {
            Arrays.sort(a, traced(c));
            outcome = "ok";
        } catch (RuntimeException e) {
            outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        System.out.println(name + " n=" + a.length + " " + outcome + " " + state(a));
    }

    static Integer[] shuffled(Random g, int n) {
        Integer[] a = new Integer[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = g.nextInt(i + 1);
            Integer t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    public static void main(String[] args) {
        Random g = new Random(7);
        int violations = 0;
        for (int n : new int[]{0, 1, 2, 5, 31, 32, 33, 64, 100, 257, 1000, 3000}) {
            sortAndReport("one", shuffled(g, n), (x, y) -> 1);
            sortAndReport("minusOne", shuffled(g, n), (x, y) -> -1);
            sortAndReport("zero", shuffled(g, n), (x, y) -> 0);
            for (int seed = 0; seed < 6; seed++) {
                Random r = new Random(seed * 31L + n);
                sortAndReport("random" + seed, shuffled(g, n), (x, y) -> r.nextInt(3) - 1);
            }
            Random flip = new Random(n);
            sortAndReport("mostlyRight", shuffled(g, n), (x, y) -> {
                int c = Integer.compare(x, y);
                return flip.nextInt(40) == 0 ? -c : c;
            });
            sortAndReport("modular", shuffled(g, n), (x, y) -> Integer.compare(x % 7, y % 7) + (x % 3 == 0 ? 1 : 0));
        }
        // Many sizes with a random comparator: count how often the contract violation is detected.
        for (int n = 32; n < 1500; n += 13) {
            Random r = new Random(n);
            Integer[] a = shuffled(g, n);
            hash = 0;
            calls = 0;
            try {
                Arrays.sort(a, traced((x, y) -> r.nextInt(5) - 2));
            } catch (IllegalArgumentException e) {
                violations++;
            }
            if (n % 7 == 0) System.out.println("n=" + n + " " + state(a));
        }
        System.out.println("violations " + violations);
        // A comparator that throws after k calls leaves the array part way through a merge.
        for (int k : new int[]{1, 5, 40, 150, 400, 1000, 2500}) {
            Integer[] a = shuffled(g, 600);
            final int limit = k;
            hash = 0;
            calls = 0;
            try {
                Arrays.sort(a, traced((x, y) -> {
                    if (calls == limit) throw new IllegalStateException("stop at " + limit);
                    return Integer.compare(x / 3, y / 3);
                }));
                System.out.println("k=" + k + " finished");
            } catch (IllegalStateException e) {
                System.out.println("k=" + k + " " + e.getMessage() + " " + state(a) + " " + Arrays.asList(a).subList(0, 40));
            }
        }
        // Through List.sort and Collections.sort too.
        List<Integer> list = new ArrayList<>(Arrays.asList(shuffled(g, 200)));
        Random r = new Random(99);
        try {
            Collections.sort(list, (x, y) -> r.nextBoolean() ? 1 : -1);
            System.out.println("list sorted " + list.subList(0, 20));
        } catch (IllegalArgumentException e) {
            System.out.println("list: " + e.getMessage() + " " + list.subList(0, 20));
        }
    }
}
