package corpus;

import java.util.*;

/** Stability and range handling of the object sorts: equal keys keep their order, outside the range nothing moves. */
public class SortingStability {
    record Rec(int key, int seq) implements Comparable<Rec> {
        public int compareTo(Rec o) { return Integer.compare(key, o.key); }
    }

    static boolean stable(Rec[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            if (a[i - 1].key > a[i].key) return false;
            if (a[i - 1].key == a[i].key && a[i - 1].seq > a[i].seq) return false;
        }
        return true;
    }

    public static void main(String[] args) {
        Random g = new Random(5);
        int failures = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = trial < 100 ? trial : g.nextInt(2000);
            Rec[] a = new Rec[n];
            int range = 1 + g.nextInt(1 + n / 3);
            for (int i = 0; i < n; i++) a[i] = new Rec(g.nextInt(range), i);
            Rec[] b = a.clone();
            int lo = n == 0 ? 0 : g.nextInt(n), hi = lo + (n == lo ? 0 : g.nextInt(n - lo + 1));
            if (trial % 2 == 0) Arrays.sort(b, lo, hi);
            else Arrays.sort(b, lo, hi, Comparator.naturalOrder());
            boolean ok = stable(b, lo, hi);
            for (int i = 0; i < lo; i++) ok &= b[i] == a[i];
            for (int i = hi; i < n; i++) ok &= b[i] == a[i];
            if (!ok) failures++;
            if (trial % 25 == 0) System.out.println(n + " [" + lo + "," + hi + ") " + ok + " " + Arrays.asList(b).subList(lo, Math.min(hi, lo + 6)));
        }
        System.out.println("failures " + failures);

        // Descending input with duplicates: only strictly descending runs are reversed.
        Rec[] d = new Rec[50];
        for (int i = 0; i < d.length; i++) d[i] = new Rec(10 - i / 5, i);
        Arrays.sort(d);
        System.out.println(stable(d, 0, d.length) + " " + Arrays.toString(d));

        List<Rec> list = new ArrayList<>();
        for (int i = 0; i < 40; i++) list.add(new Rec(i % 4, i));
        Collections.sort(list);
        System.out.println(list);
        list.sort(Comparator.comparingInt(Rec::seq).reversed());
        System.out.println(list.subList(0, 5));
        list.sort(null);
        System.out.println(list.subList(0, 12));
        Collections.sort(list, Collections.reverseOrder());
        System.out.println(list.subList(0, 12));
        LinkedList<Rec> linked = new LinkedList<>(list);
        linked.sort(Comparator.comparingInt(r -> r.seq() % 5));
        System.out.println(linked.subList(0, 12));

        // Null comparator means natural order; bad ranges.
        String[] s = {"d", "b", "a", "c"};
        Arrays.sort(s, null);
        System.out.println(Arrays.toString(s));
        for (int[] r : new int[][]{{2, 1}, {-1, 2}, {0, 5}, {4, 4}, {0, 0}}) {
            try {
                Arrays.sort(new String[]{"x", "y", "z", "w"}, r[0], r[1]);
                System.out.println("ok " + r[0] + "," + r[1]);
            } catch (RuntimeException e) {
                System.out.println(e);
            }
            try {
                Arrays.sort(new String[]{"x", "y", "z", "w"}, r[0], r[1], Comparator.reverseOrder());
                System.out.println("ok " + r[0] + "," + r[1]);
            } catch (RuntimeException e) {
                System.out.println(e);
            }
        }
        try {
            Arrays.sort(new Object[]{new Object(), new Object()});
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }
        Arrays.sort(new Object[]{new Object()});
        System.out.println("single element is not compared");
        try {
            Arrays.sort(new Integer[]{1, null, 3}, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));
            System.out.println("nullsFirst ok");
        } catch (RuntimeException e) {
            System.out.println(e);
        }
    }
}
