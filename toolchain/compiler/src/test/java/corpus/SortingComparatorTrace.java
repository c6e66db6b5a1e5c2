package corpus;

import java.util.*;

/** The exact sequence of comparator calls made by the object sorts, hashed per input, on many shapes and sizes. */
public class SortingComparatorTrace {
    static final class Item implements Comparable<Item> {
        final int id, key;
        Item(int id, int key) { this.id = id; this.key = key; }
        public int compareTo(Item o) { return record(this, o); }
    }

    static long hash;
    static int calls;

    static int record(Item x, Item y) {
        calls++;
        int r = Integer.compare(x.key, y.key);
        hash = hash * 1000003 + x.id * 7919L + y.id * 31L + r;
        return r;
    }

    static int[] keys(Random g, int n, int shape) {
        int[] k = new int[n];
        int range = 1 + g.nextInt(Math.max(1, 2 * n));
        for (int i = 0; i < n; i++) {
            switch (shape) {
                case 0 -> k[i] = g.nextInt(range);
                case 1 -> k[i] = i;
                case 2 -> k[i] = n - i;
                case 3 -> k[i] = (i / (1 + n / 10)) % 2 == 0 ? i : n - i;
                case 4 -> k[i] = i % 17 == 0 ? g.nextInt(n + 1) : i;
                case 5 -> k[i] = (i * 37) % 11 + (i / 50) * 100;
                case 6 -> k[i] = g.nextInt(3);
                default -> k[i] = (i % 64 < 40) ? i : g.nextInt(n); // long runs broken by noise
            }
        }
        return k;
    }

    static String check(Item[] a) {
        long h = 0;
        for (Item it : a) h = h * 31 + it.id;
        return calls + "/" + Long.toHexString(hash) + "/" + Long.toHexString(h);
    }

    public static void main(String[] args) {
        Random g = new Random(2024);
        Comparator<Item> byKey = SortingComparatorTrace::record;
        int[] sizes = new int[140];
        for (int i = 0; i < sizes.length; i++) sizes[i] = i < 70 ? i : i < 120 ? 70 + g.nextInt(500) : 500 + g.nextInt(2600);
        for (int n : sizes) {
            StringBuilder line = new StringBuilder("n=" + n);
            for (int shape = 0; shape < 8; shape++) {
                int[] k = keys(g, n, shape);
                Item[] a = new Item[n];
                for (int i = 0; i < n; i++) a[i] = new Item(i, k[i]);
                int variant = g.nextInt(5);
                hash = 0;
                calls = 0;
                switch (variant) {
                    case 0 -> Arrays.sort(a, byKey);
                    case 1 -> Arrays.sort(a);
                    case 2 -> {
                        int lo = n < 2 ? 0 : g.nextInt(n / 2), hi = n - (n < 2 ? 0 : g.nextInt(n / 2));
                        Arrays.sort(a, lo, hi, byKey);
                        line.append(" [").append(lo).append(',').append(hi).append(']');
                    }
                    case 3 -> {
                        List<Item> l = new ArrayList<>(Arrays.asList(a));
                        l.sort(byKey);
                        a = l.toArray(new Item[0]);
                    }
                    default -> {
                        List<Item> l = new LinkedList<>(Arrays.asList(a));
                        Collections.sort(l);
                        a = l.toArray(new Item[0]);
                    }
                }
                line.append(' ').append(variant).append(':').append(check(a));
            }
            System.out.println(line);
        }
        // A few large ones, where the run stack and galloping get deep.
        for (int n : new int[]{10000, 65536, 100003}) {
            for (int shape = 0; shape < 8; shape++) {
                int[] k = keys(g, n, shape);
                Item[] a = new Item[n];
                for (int i = 0; i < n; i++) a[i] = new Item(i, k[i]);
                hash = 0;
                calls = 0;
                Arrays.sort(a, byKey);
                System.out.println("n=" + n + " shape=" + shape + " " + check(a));
            }
        }
    }
}
