package corpus;

import java.util.*;
import java.util.function.Supplier;

/** Iteration over TreeMap and its views after mixed changes, removal through iterators, fail-fast and stale entries. */
public class TreeMapIteration {
    static String run(Supplier<Object> op) {
        try {
            return String.valueOf(op.get());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + "(" + e.getMessage() + ")";
        }
    }

    static TreeMap<Integer, String> numbers(int n) {
        TreeMap<Integer, String> m = new TreeMap<>();
        for (int i = 1; i <= n; i++) m.put(i, "v" + i);
        return m;
    }

    /** Drains it, removing the elements pick accepts; returns what it saw. */
    static <T> String drain(Iterator<T> it, java.util.function.Predicate<T> pick) {
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) {
            T x = it.next();
            sb.append(x).append(' ');
            if (pick.test(x)) it.remove();
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        // mixed inserts and removals, then every way of iterating
        TreeMap<Integer, String> m = new TreeMap<>();
        Random r = new Random(5);
        for (int i = 0; i < 400; i++) {
            int k = r.nextInt(120);
            switch (r.nextInt(5)) {
                case 0 -> m.remove(k);
                case 1 -> m.pollFirstEntry();
                case 2 -> m.merge(k, "m", String::concat);
                default -> m.put(k, "p" + i);
            }
        }
        System.out.println(m.size() + " " + m);
        System.out.println(m.descendingMap());
        System.out.println(m.headMap(40).keySet() + " " + m.tailMap(80, false).values() + " " + m.subMap(30, true, 60, false).descendingMap().entrySet());

        // removing through iterators: every element, every other, in all directions and over ranges
        for (int n = 0; n <= 24; n++) {
            StringBuilder line = new StringBuilder(n + ":");
            TreeMap<Integer, String> a = numbers(n);
            line.append(' ').append(drain(a.keySet().iterator(), k -> k % 2 == 0)).append(" -> ").append(a.keySet());
            TreeMap<Integer, String> b = numbers(n);
            line.append(" | ").append(drain(b.descendingMap().entrySet().iterator(), e -> e.getKey() % 3 != 0)).append(" -> ").append(b.keySet());
            TreeMap<Integer, String> c = numbers(n);
            line.append(" | ").append(drain(c.subMap(3, true, Math.max(3, n - 2), true).values().iterator(), v -> true)).append(" -> ").append(c.keySet());
            TreeMap<Integer, String> d = numbers(n);
            line.append(" | ").append(drain(d.headMap(n / 2 + 1, false).descendingKeySet().iterator(), k -> k % 2 == 1)).append(" -> ").append(d.keySet());
            TreeMap<Integer, String> e = numbers(n);
            line.append(" | ").append(drain(e.tailMap(n / 3, true).navigableKeySet().descendingIterator(), k -> true)).append(" -> ").append(e.keySet());
            System.out.println(line);
        }
        TreeSet<Integer> set = new TreeSet<>();
        for (int i = 0; i < 30; i++) set.add((i * 11) % 31);
        System.out.println(drain(set.iterator(), x -> x % 3 == 0) + " -> " + set);
        System.out.println(drain(set.descendingSet().iterator(), x -> x % 5 == 0) + " -> " + set);
        System.out.println(drain(set.subSet(4, 20).iterator(), x -> x % 2 == 0) + " -> " + set);

        // entries handed out by iterators are the live mappings
        TreeMap<Integer, String> live = numbers(15);
        List<Map.Entry<Integer, String>> held = new ArrayList<>(live.entrySet());
        held.get(0).setValue("changed");
        live.remove(8);
        live.remove(4);
        live.remove(1);
        System.out.println(held + " " + live);
        for (Map.Entry<Integer, String> e : held) e.setValue(e.getValue() + "!");
        System.out.println(held + " " + live);
        Map.Entry<Integer, String> firstLive = live.entrySet().iterator().next();
        System.out.println(firstLive.equals(Map.entry(2, "v2!")) + " " + firstLive.hashCode() + " " + firstLive + " " + run(() -> live.firstEntry().setValue("no")));

        // iterator protocol errors
        TreeMap<Integer, String> f = numbers(6);
        System.out.println("remove before next " + run(() -> {
            f.keySet().iterator().remove();
            return f;
        }));
        System.out.println("double remove " + run(() -> {
            Iterator<Integer> it = f.keySet().iterator();
            it.next();
            it.remove();
            it.remove();
            return f;
        }));
        System.out.println("sub double remove " + run(() -> {
            Iterator<String> it = f.tailMap(3).values().iterator();
            it.next();
            it.remove();
            it.remove();
            return f;
        }));
        System.out.println("past end " + run(() -> {
            Iterator<Integer> it = f.headMap(4).keySet().iterator();
            while (true) it.next();
        }));
        System.out.println("past end desc " + run(() -> {
            Iterator<Integer> it = f.descendingKeySet().iterator();
            while (true) it.next();
        }));
        System.out.println("empty next " + run(() -> new TreeMap<String, String>().entrySet().iterator().next()));
        System.out.println(f);

        // fail-fast
        TreeMap<Integer, String> g = numbers(8);
        System.out.println("put new " + run(() -> {
            Iterator<Integer> it = g.keySet().iterator();
            it.next();
            g.put(100, "x");
            return it.next();
        }));
        System.out.println("put existing " + run(() -> {
            Iterator<Integer> it = g.keySet().iterator();
            it.next();
            g.put(2, "replaced");
            return it.next() + " " + g.get(2);
        }));
        System.out.println("hasNext after change " + run(() -> {
            Iterator<Integer> it = g.keySet().iterator();
            g.remove(100);
            return it.hasNext();
        }));
        System.out.println("remove after change " + run(() -> {
            Iterator<String> it = g.values().iterator();
            it.next();
            g.put(101, "y");
            it.remove();
            return g;
        }));
        System.out.println("exhausted then changed " + run(() -> {
            Iterator<Integer> it = g.headMap(3).keySet().iterator();
            it.next();
            it.next();
            g.put(0, "zero");
            return it.hasNext() + " " + it.next();
        }));
        System.out.println("exhausted whole then changed " + run(() -> {
            Iterator<Integer> it = g.keySet().iterator();
            while (it.hasNext()) it.next();
            g.remove(0);
            return it.next();
        }));
        System.out.println("remove before next after change " + run(() -> {
            Iterator<Integer> it = g.keySet().iterator();
            g.remove(101);
            it.remove();
            return g;
        }));
        System.out.println("clear " + run(() -> {
            Iterator<Integer> it = g.descendingKeySet().iterator();
            g.clear();
            return it.hasNext() + " " + it.next();
        }));
        TreeMap<Integer, String> h = numbers(6);
        System.out.println("submap view change " + run(() -> {
            Iterator<Map.Entry<Integer, String>> it = h.subMap(2, 5).entrySet().iterator();
            it.next();
            h.subMap(2, 5).remove(4);
            return it.next();
        }));
        System.out.println("for-each remove " + run(() -> {
            for (Integer k : h.keySet()) if (k == 3) h.remove(k);
            return h;
        }));
        System.out.println("forEach put " + run(() -> {
            h.forEach((k, v) -> {
                if (k == 6) h.put(7, "x");
            });
            return h;
        }));
        System.out.println("forEach value change " + run(() -> {
            h.forEach((k, v) -> h.put(k, v + "."));
            return h;
        }));
        System.out.println("replaceAll remove " + run(() -> {
            h.replaceAll((k, v) -> {
                if (k == 5) h.remove(1);
                return v + "+";
            });
            return h;
        }));
        System.out.println("computeIfAbsent grows " + run(() -> h.computeIfAbsent(50, k -> {
            h.put(51, "inner");
            return "outer";
        })) + " " + h);
        System.out.println("computeIfPresent shrinks " + run(() -> h.computeIfPresent(51, (k, v) -> {
            h.remove(2);
            return "z";
        })) + " " + h);
        System.out.println("compute grows " + run(() -> h.compute(52, (k, v) -> {
            h.put(53, "w");
            return null;
        })) + " " + h);
        System.out.println("merge shrinks " + run(() -> h.merge(53, "m", (x, y) -> {
            h.pollFirstEntry();
            return x + y;
        })) + " " + h);
        System.out.println("sub forEach " + run(() -> {
            h.tailMap(50).forEach((k, v) -> {
                if (k == 51) h.remove(53);
            });
            return h;
        }));
        TreeMap<Integer, String> empty = new TreeMap<>();
        System.out.println("empty compute grows " + run(() -> empty.computeIfAbsent(1, k -> {
            empty.put(2, "two");
            return "one";
        })) + " " + empty);
        // values and keys of a view removed through removeIf / retainAll / removeAll
        TreeMap<Integer, String> q = numbers(20);
        q.keySet().removeIf(k -> k % 4 == 0);
        q.values().removeIf(v -> v.endsWith("1"));
        q.subMap(5, 15).entrySet().removeIf(e -> e.getKey() % 3 == 0);
        q.headMap(8).keySet().retainAll(Set.of(2, 3, 5, 7, 100));
        q.tailMap(15).values().removeAll(List.of("v17", "v19", "v2"));
        System.out.println(q + " " + q.size() + " " + q.headMap(10).size() + " " + q.tailMap(10).keySet().stream().mapToInt(Integer::intValue).sum());
    }
}
