package corpus;

import java.util.*;
import java.util.function.*;

/** Bulk operations whose callback throws part way: what state each list kind is left in. */
public class ListsBulkFailures {
    static void t(String label, Supplier<Object> s) {
        try { System.out.println(label + " -> " + s.get()); }
        catch (Throwable e) { System.out.println(label + " !! " + e.getClass().getName() + ": " + e.getMessage()); }
    }
    static class Bomb extends AbstractCollection<Integer> {
        int left;
        Bomb(int left) { this.left = left; }
        public Iterator<Integer> iterator() { return List.<Integer>of().iterator(); }
        public int size() { return 0; }
        public boolean contains(Object o) { if (left-- == 0) throw new IllegalStateException("boom at " + o); return ((Integer) o) % 2 == 0; }
    }
    static void show(List<Integer> l) {
        try {
            System.out.println("  " + l);
        } catch (ConcurrentModificationException e) {
            System.out.println("  (view now stale)");
        }
    }

    public static void main(String[] a) {
        List<Supplier<List<Integer>>> ks = List.of(ArrayList::new, LinkedList::new, Vector::new, () -> new ArrayList<>(List.of(-1)).subList(1, 1), () -> new ArrayList<Integer>().reversed());
        for (var k : ks) {
            for (int b = 0; b < 6; b++) {
                List<Integer> l = k.get();
                for (int i = 0; i < 8; i++) l.add(i);
                int bb = b;
                t("removeAll bomb " + bb, () -> l.removeAll(new Bomb(bb)));
                show(l);
                List<Integer> m = k.get();
                for (int i = 0; i < 8; i++) m.add(i);
                t("retainAll bomb " + bb, () -> m.retainAll(new Bomb(bb)));
                show(m);
                List<Integer> n = k.get();
                for (int i = 0; i < 8; i++) n.add(i);
                int[] cnt = {bb};
                t("removeIf bomb " + bb, () -> n.removeIf(x -> { if (cnt[0]-- == 0) throw new IllegalStateException("boom"); return x % 3 == 0; }));
                show(n);
                List<Integer> r = k.get();
                for (int i = 0; i < 8; i++) r.add(i);
                int[] cnt2 = {bb};
                t("replaceAll bomb " + bb, () -> { r.replaceAll(x -> { if (cnt2[0]-- == 0) throw new IllegalStateException("boom"); return x + 10; }); return r; });
                show(r);
            }
        }
        ArrayDeque<Integer> d = new ArrayDeque<>(List.of(1,2,3,4,5,6));
        t("deque removeAll bomb", () -> d.removeAll(new Bomb(3)));
        System.out.println(d);
        PriorityQueue<Integer> p = new PriorityQueue<>(List.of(1,2,3,4,5,6));
        t("pq removeAll bomb", () -> p.removeAll(new Bomb(3)));
        System.out.println(p);
        Vector<Integer> v = new Vector<>(List.of(1,2,3));
        Enumeration<Integer> en = v.elements();
        en.nextElement(); v.remove(0); v.add(9);
        StringBuilder sb = new StringBuilder();
        while (en.hasMoreElements()) sb.append(en.nextElement());
        System.out.println("enum " + sb);
        ArrayList<Integer> al = new ArrayList<>(List.of(1,2,3,4,5));
        Iterator<Integer> it = al.iterator(); it.next();
        it.forEachRemaining(x -> System.out.print(x));
        t(" after fer remove", () -> { it.remove(); return al; });
        List<Integer> sl = al.subList(1, 3);
        Iterator<Integer> sit = sl.iterator();
        sit.forEachRemaining(x -> System.out.print(x));
        t(" sub after fer remove", () -> { sit.remove(); return al + " " + sl; });
    }
}
