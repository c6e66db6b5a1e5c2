package corpus;

import java.util.*;

/**
 * Collections' algorithms on random-access and sequential lists of several sizes: results, and the calls they make
 * on a list that logs get/set/listIterator and on elements that log equals.
 */
public class CollectionsApiAlgorithms {
    static final StringBuilder log = new StringBuilder();

    /** A sequential list (not RandomAccess) that logs index access and iterator creation. */
    static final class Logged extends AbstractSequentialList<Integer> {
        final LinkedList<Integer> data;
        Logged(Collection<Integer> c) { data = new LinkedList<>(c); }
        public ListIterator<Integer> listIterator(int i) {
            log.append("L").append(i).append(' ');
            return data.listIterator(i);
        }
        public int size() { return data.size(); }
        public Integer get(int i) {
            log.append("g").append(i).append(' ');
            return data.get(i);
        }
        public Integer set(int i, Integer v) {
            log.append("s").append(i).append(' ');
            return data.set(i, v);
        }
    }

    static final class E {
        final String n;
        E(String n) { this.n = n; }
        @Override public boolean equals(Object o) {
            log.append(n).append('~').append(o).append(' ');
            return o instanceof E e && e.n.equals(n);
        }
        @Override public int hashCode() { return n.hashCode(); }
        @Override public String toString() { return n; }
    }

    static List<Integer> range(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(i % 13);
        return l;
    }

    static void flush(String what) {
        String s = log.toString();
        System.out.println(what + ": " + (s.length() > 300 ? s.length() + " chars, hash " + s.hashCode() : s));
        log.setLength(0);
    }

    public static void main(String[] args) {
        for (int n : new int[]{0, 1, 4, 5, 10, 11, 17, 18, 24, 25, 34, 35, 99, 100, 150}) {
            List<Integer> base = range(n);
            for (int kind = 0; kind < 3; kind++) {
                List<Integer> l = kind == 0 ? new ArrayList<>(base) : kind == 1 ? new LinkedList<>(base) : new Logged(base);
                String tag = n + "/" + kind;
                Collections.reverse(l);
                flush(tag + " reverse " + l);
                Collections.shuffle(l, new Random(n));
                flush(tag + " shuffle " + l);
                Collections.rotate(l, n / 3 + 1);
                flush(tag + " rotate " + l);
                Collections.rotate(l, -7);
                flush(tag + " rotateBack " + l);
                if (n > 0) Collections.swap(l, 0, n - 1);
                flush(tag + " swap " + l);
                System.out.println(tag + " replaceAll " + Collections.replaceAll(l, 3, 30) + " " + l);
                flush(tag + " replaceAll");
                System.out.println(tag + " sub " + Collections.indexOfSubList(l, List.of(30)) + " " + Collections.lastIndexOfSubList(l, List.of(30))
                        + " " + Collections.indexOfSubList(l, new LinkedList<>(List.of(4, 5))) + " " + Collections.lastIndexOfSubList(l, new Logged(List.of(4, 5))));
                flush(tag + " sublists");
                List<Integer> sorted = new ArrayList<>(l);
                Collections.sort(sorted);
                List<Integer> sortedView = kind == 2 ? new Logged(sorted) : kind == 1 ? new LinkedList<>(sorted) : sorted;
                System.out.println(tag + " search " + Collections.binarySearch(sortedView, 5) + " " + Collections.binarySearch(sortedView, 100)
                        + " " + Collections.binarySearch(sortedView, -1, Comparator.naturalOrder()) + " " + Collections.binarySearch(sortedView, 7, null));
                flush(tag + " search");
                if (n > 0) System.out.println(tag + " minmax " + Collections.min(l) + " " + Collections.max(l) + " " + Collections.min(l, Comparator.reverseOrder())
                        + " " + Collections.max(l, null) + " " + Collections.frequency(l, 4) + " " + Collections.frequency(l, null));
                Collections.fill(l, 9);
                flush(tag + " fill " + l);
                List<Integer> src = range(n / 2);
                Collections.copy(l, kind == 2 ? new Logged(src) : src);
                flush(tag + " copy " + l);
            }
        }
        // Big sequential list: binary search by iterator.
        List<Integer> big = new LinkedList<>();
        for (int i = 0; i < 6000; i++) big.add(i * 2);
        System.out.println(Collections.binarySearch(big, 4000) + " " + Collections.binarySearch(big, 4001) + " " + Collections.binarySearch(big, -5)
                + " " + Collections.binarySearch(big, 99999) + " " + Collections.binarySearch(big, 11998, Comparator.reverseOrder()));
        Logged bigLogged = new Logged(big);
        System.out.println(Collections.binarySearch(bigLogged, 5000));
        flush("bigSearch");

        // Which equals calls are made, and on which object.
        E a = new E("a"), b = new E("b"), c = new E("c");
        System.out.println(Collections.indexOfSubList(List.of(a, b, c, a, b), List.of(new E("b"), new E("c"))));
        flush("indexOfSubList");
        System.out.println(Collections.lastIndexOfSubList(new LinkedList<>(List.of(a, b, c, a, b)), List.of(new E("a"))));
        flush("lastIndexOfSubList");
        List<E> longSeq = new LinkedList<>();
        for (int i = 0; i < 40; i++) longSeq.add(new E("x" + (i % 5)));
        System.out.println(Collections.indexOfSubList(longSeq, List.of(new E("x3"), new E("x4"))) + " " + Collections.lastIndexOfSubList(longSeq, new LinkedList<>(List.of(new E("x1"), new E("x2")))));
        flush("longSubLists");
        System.out.println(Collections.frequency(List.of(a, b, a), new E("a")));
        flush("frequency");
        System.out.println(Collections.disjoint(List.of(a, b), List.of(new E("c"), new E("d"), new E("e"))));
        flush("disjoint1");
        System.out.println(Collections.disjoint(new ArrayList<>(List.of(a, b, c)), List.of(new E("d"))));
        flush("disjoint2");
        System.out.println(Collections.disjoint(new HashSet<>(List.of(a)), List.of(new E("q"), new E("a"))) + " " + Collections.disjoint(List.of(), List.of(a)));
        flush("disjoint3");
        System.out.println(Collections.replaceAll(new ArrayList<>(List.of(a, b, a)), new E("a"), c));
        flush("replaceAll");
        System.out.println(Collections.nCopies(3, a).equals(List.of(new E("a"), a, a)) + " " + Collections.nCopies(3, a).indexOf(new E("a")) + " " + Collections.nCopies(0, a).contains(a));
        flush("nCopies");

        // Errors.
        try { Collections.copy(new ArrayList<>(List.of(1)), List.of(1, 2)); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { Collections.swap(new ArrayList<>(List.of(1)), 0, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { Collections.min(new ArrayList<Integer>()); } catch (NoSuchElementException e) { System.out.println(e); }
        try { Collections.max(new LinkedList<Integer>(), null); } catch (NoSuchElementException e) { System.out.println(e); }
        List<Integer> added = new ArrayList<>();
        System.out.println(Collections.addAll(added, 1, 2, 3) + " " + Collections.addAll(new HashSet<>(List.of(1)), 1) + " " + added);
        Enumeration<Integer> en = Collections.enumeration(added);
        System.out.println(Collections.list(en) + " " + en.hasMoreElements());
        List<Integer> shuffled = range(30);
        Collections.shuffle(shuffled, new Random(42));
        List<Integer> shuffledSeq = new LinkedList<>(range(30));
        Collections.shuffle(shuffledSeq, new Random(42));
        System.out.println(shuffled + " " + shuffled.equals(shuffledSeq));
        Collections.shuffle(shuffled);
        Collections.sort(shuffled);
        System.out.println(shuffled);
    }
}
