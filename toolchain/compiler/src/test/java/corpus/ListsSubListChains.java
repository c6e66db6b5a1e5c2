package corpus;

import java.util.*;
import java.util.function.Supplier;

/** subList views nested several deep over each list kind: changes through views, through the root, and the CMEs. */
public class ListsSubListChains {
    static void t(String label, Supplier<Object> s) {
        try {
            System.out.println(label + " -> " + s.get());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /** A list that only implements the AbstractList minimum (and is not RandomAccess). */
    static class Plain extends AbstractList<Integer> {
        final ArrayList<Integer> data = new ArrayList<>();
        public Integer get(int i) { return data.get(i); }
        public int size() { return data.size(); }
        public Integer set(int i, Integer v) { return data.set(i, v); }
        public void add(int i, Integer v) { data.add(i, v); modCount++; }
        public Integer remove(int i) { modCount++; return data.remove(i); }
    }

    static List<Integer> filled(List<Integer> l, int n) {
        for (int i = 0; i < n; i++) l.add(i);
        return l;
    }

    static void exercise(String kind, List<Integer> root) {
        System.out.println("== " + kind);
        filled(root, 20);
        List<Integer> a = root.subList(2, 18);
        List<Integer> b = a.subList(3, 12);
        List<Integer> c0 = b.subList(1, 6);
        System.out.println(a + " " + b + " " + c0 + " " + (c0 instanceof RandomAccess) + " " + (b instanceof RandomAccess));
        c0.set(0, 100);
        c0.add(2, 200);
        c0.add(c0.size(), 300);
        System.out.println("after view changes " + root + " sizes " + a.size() + " " + b.size() + " " + c0.size());
        b.remove(Integer.valueOf(9));
        t("c0 after b's change", () -> c0.size());
        List<Integer> c = b.subList(1, 6);
        System.out.println("after b's change " + root + " sizes " + a.size() + " " + b.size() + " " + c.size());
        c.remove(1);
        c.addAll(1, List.of(7, 8, 9));
        c.addAll(List.of());
        System.out.println("c " + c + " b " + b + " a " + a);
        ListIterator<Integer> li = c.listIterator(2);
        li.add(-1);
        li.next();
        li.remove();
        li.previous();
        li.set(-2);
        System.out.println("iterated " + c + " " + li.nextIndex() + " " + li.previousIndex() + " " + li.hasNext() + " " + li.hasPrevious());
        System.out.println("index " + c.indexOf(9) + " " + c.lastIndexOf(300) + " " + c.contains(-2) + " " + b.indexOf(-2) + " " + a.lastIndexOf(-2));
        System.out.println("hash " + c.hashCode() + " eq " + c.equals(new ArrayList<>(c)) + " " + b.equals(c) + " " + Arrays.toString(c.toArray()));
        c.removeIf(v -> v < 0);
        b.replaceAll(v -> v * 2);
        System.out.println("bulk " + root);
        a.subList(1, 4).clear();
        System.out.println("cleared range " + root + " " + a.size() + " " + a);
        t("c after a's change", () -> c.size());
        t("b after a's change", () -> b.get(0));
        List<Integer> d = a.subList(0, 3);
        root.add(0, -9);
        t("d after root add", () -> d.get(0));
        t("d iterator after root add", () -> d.iterator().hasNext());
        t("a toString", () -> a.toString());
        t("a hashCode", () -> a.hashCode());
        t("a add", () -> a.add(5));
        t("a subList", () -> a.subList(0, 1).size());
        List<Integer> e = root.subList(1, 6);
        Iterator<Integer> ei = e.iterator();
        ei.next();
        root.set(3, 33);
        t("iterator after set", () -> ei.next() + " " + e);
        e.add(44);
        t("iterator after view add", () -> ei.next());
        ListIterator<Integer> fi = e.listIterator();
        fi.next();
        fi.remove();
        t("view after its iterator removed", () -> e + " " + root.subList(0, 8));
        t("bad ranges 1", () -> e.subList(-1, 2));
        t("bad ranges 2", () -> e.subList(0, 99));
        t("bad ranges 3", () -> e.subList(3, 2));
        t("get out of range", () -> e.get(e.size()));
        t("set out of range", () -> e.set(-1, 0));
        t("remove out of range", () -> e.remove(9));
        t("add out of range", () -> {
            e.add(9, 0);
            return e;
        });
        t("addAll out of range", () -> e.addAll(-2, List.of(1)));
        t("listIterator out of range", () -> e.listIterator(9));
        t("iterator past end", () -> {
            Iterator<Integer> i = e.subList(0, 1).iterator();
            i.next();
            return i.next();
        });
        t("previous before start", () -> e.listIterator().previous());
        e.clear();
        System.out.println("final " + root + " " + e + " " + e.isEmpty());
    }

    public static void main(String[] args) {
        exercise("ArrayList", new ArrayList<>());
        exercise("LinkedList", new LinkedList<>());
        exercise("Vector", new Vector<>());
        exercise("Plain", new Plain());
        exercise("ArrayList.reversed", new ArrayList<Integer>().reversed());
        exercise("LinkedList.reversed", new LinkedList<Integer>().reversed());
        ArrayList<Integer> big = new ArrayList<>();
        filled(big, 10);
        List<Integer> s = big.subList(2, 8);
        big.sort(Comparator.reverseOrder());
        t("subList after sort", () -> s.size());
        List<Integer> s2 = big.subList(2, 8);
        s2.sort(null);
        System.out.println("sorted view " + big + " " + s2);
        List<Integer> s3 = big.subList(0, 5);
        big.replaceAll(v -> v + 1);
        t("subList after replaceAll", () -> s3.get(0));
        List<Integer> s4 = big.subList(0, 5);
        big.trimToSize();
        t("subList after trimToSize", () -> s4.get(0));
        List<Integer> s5 = big.subList(0, 5);
        big.removeIf(v -> v > 100);
        t("subList after no-op removeIf", () -> s5.get(0));
        big.retainAll(big);
        t("subList after no-op retainAll", () -> s5.get(0));
        big.addAll(List.of());
        t("subList after empty addAll", () -> s5.get(0));
        List<Integer> s6 = big.subList(1, 9);
        System.out.println(s6.removeAll(List.of(3, 4, 5)) + " " + s6.retainAll(List.of(1, 2, 6, 7, 8, 9)) + " " + s6 + " " + big);
        Integer[] arr = s6.toArray(new Integer[8]);
        System.out.println(Arrays.toString(arr) + " " + Arrays.toString(s6.toArray(new Integer[0])));
    }
}
