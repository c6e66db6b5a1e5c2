package corpus;

import java.util.*;
import java.util.function.Supplier;

/** Scripted listIterator sessions (next/previous/add/set/remove) on every list kind, with the state after each move. */
public class ListsIteratorMoves {
    static int seed = 777;

    static int next(int bound) {
        seed = seed * 1664525 + 1013904223;
        return ((seed >>> 9) & 0x3fff) % bound;
    }

    static class Plain extends AbstractList<Integer> {
        final ArrayList<Integer> data = new ArrayList<>();
        public Integer get(int i) { return data.get(i); }
        public int size() { return data.size(); }
        public Integer set(int i, Integer v) { return data.set(i, v); }
        public void add(int i, Integer v) { data.add(i, v); modCount++; }
        public Integer remove(int i) { modCount++; return data.remove(i); }
    }

    static class Chain extends AbstractSequentialList<Integer> {
        final LinkedList<Integer> data = new LinkedList<>();
        public int size() { return data.size(); }
        public ListIterator<Integer> listIterator(int index) { return data.listIterator(index); }
    }

    static List<Supplier<List<Integer>>> kinds() {
        return List.of(ArrayList::new, LinkedList::new, Vector::new, Stack::new, Plain::new, Chain::new,
                () -> new ArrayList<Integer>().reversed(), () -> new LinkedList<Integer>().reversed(),
                () -> new ArrayList<>(List.of(-1, -2)).subList(1, 1), () -> new LinkedList<>(List.of(-1, -2, -3)).subList(1, 2),
                () -> new ArrayList<>(List.of(7, 8, 9)).subList(0, 3).subList(1, 1));
    }

    static String session(List<Integer> list, int seedStart) {
        seed = seedStart;
        for (int i = 0; i < 6; i++) list.add(i * 10);
        StringBuilder out = new StringBuilder();
        ListIterator<Integer> it = list.listIterator(next(list.size() + 1));
        out.append("start@").append(it.nextIndex());
        for (int step = 0; step < 40; step++) {
            int op = next(6);
            out.append(' ');
            try {
                switch (op) {
                    case 0 -> out.append("n").append(it.next());
                    case 1 -> out.append("p").append(it.previous());
                    case 2 -> {
                        int v = 100 + step;
                        it.add(v);
                        out.append("a").append(v);
                    }
                    case 3 -> {
                        int v = 200 + step;
                        it.set(v);
                        out.append("s").append(v);
                    }
                    case 4 -> {
                        it.remove();
                        out.append("r");
                    }
                    default -> out.append("i").append(it.nextIndex()).append('/').append(it.previousIndex()).append(it.hasNext() ? "+" : "-").append(it.hasPrevious() ? "+" : "-");
                }
            } catch (RuntimeException e) {
                out.append(e.getClass().getSimpleName().charAt(0)).append(e.getClass().getSimpleName().charAt(1));
            }
        }
        return out.append(" => ").append(list).toString();
    }

    public static void main(String[] args) {
        int k = 0;
        for (Supplier<List<Integer>> kind : kinds()) {
            for (int s = 0; s < 4; s++) {
                List<Integer> list = kind.get();
                System.out.println(k + "." + s + " " + session(list, 31 * s + k));
            }
            k++;
        }
        // The descending iterators.
        LinkedList<Integer> ll = new LinkedList<>(List.of(1, 2, 3, 4, 5, 6));
        Iterator<Integer> d = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (d.hasNext()) {
            int v = d.next();
            sb.append(v);
            if (v % 2 == 0) d.remove();
        }
        System.out.println(sb + " " + ll + " " + ll.reversed() + " " + ll.reversed().reversed());
        // Iterators noticing changes made elsewhere.
        k = 0;
        for (Supplier<List<Integer>> kind : kinds()) {
            List<Integer> list = kind.get();
            for (int i = 0; i < 4; i++) list.add(i);
            StringBuilder r = new StringBuilder("kind ").append(k++).append(':');
            ListIterator<Integer> a = list.listIterator();
            ListIterator<Integer> b = list.listIterator(2);
            a.next();
            a.remove();
            try {
                b.next();
                r.append(" b.next ok");
            } catch (ConcurrentModificationException e) {
                r.append(" b.next CME");
            }
            try {
                b.set(5);
                r.append(" b.set ok");
            } catch (RuntimeException e) {
                r.append(" b.set ").append(e.getClass().getSimpleName());
            }
            try {
                b.hasNext();
                b.nextIndex();
                r.append(" b.hasNext ok");
            } catch (RuntimeException e) {
                r.append(" b.hasNext ").append(e.getClass().getSimpleName());
            }
            try {
                a.set(9);
            } catch (IllegalStateException e) {
                r.append(" a.set ISE");
            }
            a.next();
            a.set(9);
            list.set(0, 8);
            try {
                a.next();
                r.append(" a.next after set ok");
            } catch (RuntimeException e) {
                r.append(" a.next after set ").append(e.getClass().getSimpleName());
            }
            StringBuilder fe = new StringBuilder();
            try {
                list.forEach(v -> {
                    fe.append(v);
                    if (v == 2) list.add(99);
                });
            } catch (RuntimeException e) {
                fe.append(' ').append(e.getClass().getSimpleName());
            }
            r.append(" forEach ").append(fe);
            StringBuilder fr = new StringBuilder();
            try {
                Iterator<Integer> it = list.iterator();
                it.next();
                it.forEachRemaining(v -> {
                    fr.append(v);
                    if (v == 2) list.remove(0);
                });
            } catch (RuntimeException e) {
                fr.append(' ').append(e.getClass().getSimpleName());
            }
            r.append(" forEachRemaining ").append(fr).append(" => ").append(list);
            System.out.println(r);
        }
    }
}
