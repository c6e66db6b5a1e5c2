package corpus;

import java.util.*;
import java.util.function.Supplier;

/** ArrayDeque: wraparound, growth, removal inside the deque and during iteration, documented exceptions. */
public class DequeOpsWraparound {
    static void t(String label, Supplier<Object> s) {
        try {
            System.out.println(label + " -> " + s.get());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String both(Deque<?> d) {
        StringBuilder sb = new StringBuilder().append(d).append(" rev [");
        for (Iterator<?> it = d.descendingIterator(); it.hasNext(); ) sb.append(it.next()).append(it.hasNext() ? ", " : "");
        return sb.append("] size ").append(d.size()).toString();
    }

    static int seed = 4242;

    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 10) & 0x7fff) % bound;
    }

    /** Random operations on a small deque, so the head wraps and removals hit both sides; state after each. */
    static void randomWorkload() {
        ArrayDeque<Integer> d = new ArrayDeque<>(2);
        StringBuilder out = new StringBuilder();
        for (int step = 0; step < 400; step++) {
            int op = next(17);
            int v = next(30);
            switch (op) {
                case 0, 1, 2, 3 -> d.addFirst(v);
                case 4, 5, 6, 7 -> d.addLast(v);
                case 8 -> out.append("pf").append(d.pollFirst()).append(' ');
                case 9 -> out.append("pl").append(d.pollLast()).append(' ');
                case 10, 11 -> out.append("rfo").append(d.removeFirstOccurrence(v)).append(' ');
                case 12 -> out.append("rlo").append(d.removeLastOccurrence(v)).append(' ');
                case 13, 14 -> {
                    Iterator<Integer> it = op == 13 ? d.iterator() : d.descendingIterator();
                    int skip = next(4);
                    while (it.hasNext()) {
                        int x = it.next();
                        if (x % 4 == skip) it.remove();
                    }
                }
                case 15 -> out.append("rif").append(d.removeIf(x -> x % 7 == v % 7)).append(' ');
                default -> {
                    if (d.size() > 40) d.clear();
                }
            }
            out.append(d).append('\n');
        }
        System.out.print(out);
    }

    public static void main(String[] args) {
        randomWorkload();
        ArrayDeque<Integer> d = new ArrayDeque<>(4);
        // Push the head round the end of the array several times.
        for (int round = 0; round < 6; round++) {
            d.addFirst(round * 10);
            d.addFirst(round * 10 + 1);
            d.addLast(round * 10 + 2);
            if (round % 2 == 1) System.out.println("pollLast " + d.pollLast() + " pollFirst " + d.pollFirst());
            System.out.println("round " + round + ": " + both(d));
        }
        System.out.println("array " + Arrays.toString(d.toArray()));
        Integer[] into = new Integer[d.size() + 3];
        Arrays.fill(into, 7);
        System.out.println("into " + Arrays.toString(d.toArray(into)) + " small " + Arrays.toString(d.toArray(new Integer[1])));
        System.out.println("first " + d.getFirst() + " last " + d.getLast() + " peek " + d.peek() + " " + d.peekFirst() + " " + d.peekLast() + " element " + d.element());

        // Removal from the middle, from both sides.
        ArrayDeque<Integer> m = new ArrayDeque<>();
        for (int i = 0; i < 12; i++) m.addLast(i);
        for (int i = 1; i <= 6; i++) m.addFirst(-i);
        System.out.println("m " + both(m));
        System.out.println("rfo 3 " + m.removeFirstOccurrence(3) + " rlo -2 " + m.removeLastOccurrence(-2) + " remove 9 " + m.remove(9) + " rfo 99 " + m.removeFirstOccurrence(99) + " rfo null " + m.removeFirstOccurrence(null) + " -> " + both(m));
        m.addLast(0);
        m.addFirst(0);
        System.out.println("rlo 0 " + m.removeLastOccurrence(0) + " rfo 0 " + m.removeFirstOccurrence(0) + " -> " + both(m) + " contains 0 " + m.contains(0) + " contains null " + m.contains(null));

        // Removing through iterators, forwards and backwards.
        Iterator<Integer> it = m.iterator();
        StringBuilder seen = new StringBuilder();
        while (it.hasNext()) {
            int v = it.next();
            seen.append(v).append(' ');
            if (v % 3 == 0) it.remove();
        }
        System.out.println("forward removal saw " + seen + "-> " + both(m));
        Iterator<Integer> back = m.descendingIterator();
        seen.setLength(0);
        while (back.hasNext()) {
            int v = back.next();
            seen.append(v).append(' ');
            if (v % 2 == 0) back.remove();
        }
        System.out.println("backward removal saw " + seen + "-> " + both(m));
        t("remove twice", () -> {
            Iterator<Integer> i = m.iterator();
            i.next();
            i.remove();
            i.remove();
            return m;
        });
        t("remove before next", () -> {
            m.iterator().remove();
            return m;
        });

        // Changes behind an iterator's back.
        for (int kind = 0; kind < 6; kind++) {
            ArrayDeque<Integer> c = new ArrayDeque<>();
            for (int i = 0; i < 8; i++) c.add(i);
            c.pollFirst();
            c.addFirst(100);
            Iterator<Integer> ci = kind % 2 == 0 ? c.iterator() : c.descendingIterator();
            StringBuilder out = new StringBuilder();
            try {
                for (int step = 0; ci.hasNext(); step++) {
                    out.append(ci.next()).append(' ');
                    if (step == 2) {
                        if (kind < 2) c.pollLast();
                        else if (kind < 4) c.addLast(50);
                        else c.pollFirst();
                    }
                }
                out.append("end");
            } catch (RuntimeException e) {
                out.append(e.getClass().getSimpleName());
            }
            System.out.println("kind " + kind + ": " + out + " | " + c);
        }
        // Growth while iterating.
        ArrayDeque<Integer> g = new ArrayDeque<>(3);
        g.add(1);
        g.add(2);
        g.addFirst(0);
        g.pollLast();
        g.addFirst(-1);
        StringBuilder gs = new StringBuilder();
        try {
            for (Iterator<Integer> gi = g.iterator(); gi.hasNext(); ) {
                int v = gi.next();
                gs.append(v).append(' ');
                if (g.size() < 12) {
                    g.addLast(v + 100);
                    g.addFirst(v - 100);
                }
            }
            gs.append("end");
        } catch (RuntimeException e) {
            gs.append(e.getClass().getSimpleName());
        }
        System.out.println("growth: " + gs + " | " + g);
        StringBuilder fe = new StringBuilder();
        try {
            Iterator<Integer> fi = g.iterator();
            fi.next();
            fi.forEachRemaining(v -> {
                fe.append(v).append(' ');
                if (v == 0) g.pollLast();
            });
            fe.append("end");
        } catch (RuntimeException e) {
            fe.append(e.getClass().getSimpleName());
        }
        System.out.println("forEachRemaining: " + fe + " | " + g);
        StringBuilder fr = new StringBuilder();
        Iterator<Integer> ri = g.descendingIterator();
        ri.next();
        ri.forEachRemaining(v -> fr.append(v).append(' '));
        System.out.println("descending forEachRemaining: " + fr + ri.hasNext());

        // Bulk operations keep deque order.
        ArrayDeque<String> words = new ArrayDeque<>(List.of("kiwi", "fig", "apple", "pear", "banana", "date", "plum"));
        words.addFirst("lime");
        words.addFirst("yuzu");
        System.out.println(words.removeIf(w -> w.length() == 4) + " " + both(words));
        System.out.println(words.removeAll(List.of("fig", "nut")) + " " + words.retainAll(Set.of("apple", "banana", "date", "yuzu")) + " " + both(words));
        System.out.println(words.addAll(List.of("x", "y")) + " " + words.addAll(List.of()) + " " + both(words));
        StringBuilder each = new StringBuilder();
        words.forEach(w -> each.append(w.charAt(0)));
        System.out.println("forEach " + each);
        ArrayDeque<String> copy = words.clone();
        copy.pop();
        copy.push("first");
        System.out.println("clone " + both(copy) + " original " + both(words) + " equals " + copy.equals(words));
        words.clear();
        System.out.println("cleared " + both(words) + " " + words.isEmpty() + " " + words.pollFirst() + " " + words.pollLast() + " " + words.peekFirst() + " " + words.peekLast() + " " + words.poll() + " " + words.peek());
        words.add("again");
        System.out.println(both(words));

        // Documented exceptions.
        ArrayDeque<Integer> e = new ArrayDeque<>(-5);
        t("getFirst", e::getFirst);
        t("getLast", e::getLast);
        t("removeFirst", e::removeFirst);
        t("removeLast", e::removeLast);
        t("pop", e::pop);
        t("element", e::element);
        t("remove", () -> e.remove());
        t("addFirst null", () -> {
            e.addFirst(null);
            return e;
        });
        t("addLast null", () -> {
            e.addLast(null);
            return e;
        });
        t("offer null", () -> e.offer(null));
        t("push null", () -> {
            e.push(null);
            return e;
        });
        t("addAll with null", () -> e.addAll(Arrays.asList(1, 2, null, 4)));
        System.out.println("after " + both(e));
        t("iterator past end", () -> e.iterator().next() + e.iterator().next());
        t("next on empty", () -> new ArrayDeque<Integer>().iterator().next());
        t("removeIf null", () -> e.removeIf(null));
        t("removeAll null", () -> e.removeAll(null));
        t("construct from list", () -> both(new ArrayDeque<>(List.of(3, 1, 2))));
        t("stack use", () -> {
            ArrayDeque<Character> st = new ArrayDeque<>();
            String text = "(a[b]{c(d)e}f)";
            StringBuilder ok = new StringBuilder();
            for (char ch : text.toCharArray()) {
                if ("([{".indexOf(ch) >= 0) st.push(ch);
                else if (")]}".indexOf(ch) >= 0) ok.append(st.pop());
            }
            return ok + " " + st.isEmpty();
        });
    }
}
