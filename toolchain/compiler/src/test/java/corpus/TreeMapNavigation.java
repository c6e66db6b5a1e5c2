package corpus;

import java.util.*;
import java.util.function.Supplier;

/** Every navigation method of TreeMap and of its range and descending views, probed at and around the bounds. */
public class TreeMapNavigation {
    static String run(Supplier<Object> op) {
        try {
            Object r = op.get();
            return String.valueOf(r);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + "(" + e.getMessage() + ")";
        }
    }

    /** All the navigation answers of m for probes 0..12 (keys are the even numbers 2..10). */
    static void probe(String name, NavigableMap<Integer, String> m) {
        System.out.println(name + ": " + m + " size " + m.size() + " empty " + m.isEmpty() + " cmp " + (m.comparator() == null ? "natural" : "given"));
        System.out.println("  first " + run(m::firstKey) + " " + run(m::firstEntry) + " last " + run(m::lastKey) + " " + run(m::lastEntry));
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k <= 12; k++) {
            int key = k;
            sb.append(k).append(':').append(run(() -> m.lowerKey(key))).append(',').append(run(() -> m.floorKey(key))).append(',')
                    .append(run(() -> m.ceilingKey(key))).append(',').append(run(() -> m.higherKey(key))).append(',')
                    .append(run(() -> m.lowerEntry(key))).append(',').append(run(() -> m.floorEntry(key))).append(',')
                    .append(run(() -> m.ceilingEntry(key))).append(',').append(run(() -> m.higherEntry(key))).append(',')
                    .append(run(() -> m.get(key))).append(',').append(run(() -> m.containsKey(key))).append(' ');
        }
        System.out.println("  " + sb);
        System.out.println("  keys " + m.navigableKeySet() + " desc " + m.descendingKeySet() + " values " + m.values() + " entries " + m.entrySet());
        System.out.println("  descending " + m.descendingMap() + " first " + run(() -> m.descendingMap().firstKey()) + " twice " + m.descendingMap().descendingMap());
        System.out.println("  hash " + m.hashCode() + " eqTree " + m.equals(new TreeMap<>(m)) + " eqHash " + m.equals(new HashMap<>(m)) + " ks.eq " + m.keySet().equals(new HashSet<>(m.keySet())));
        NavigableSet<Integer> ks = m.navigableKeySet();
        System.out.println("  keyset nav " + run(() -> ks.lower(6)) + " " + run(() -> ks.floor(7)) + " " + run(() -> ks.ceiling(7)) + " " + run(() -> ks.higher(6)) + " "
                + run(ks::first) + " " + run(ks::last) + " " + ks.contains(4) + " " + ks.descendingSet() + " " + run(() -> ks.headSet(6)) + " "
                + run(() -> ks.tailSet(6, false)) + " " + run(() -> ks.subSet(3, true, 9, true)) + " " + run(() -> ks.reversed()));
        Iterator<Integer> di = ks.descendingIterator();
        StringBuilder d = new StringBuilder();
        while (di.hasNext()) d.append(di.next()).append(' ');
        System.out.println("  descendingIterator " + d + " reversed " + m.reversed() + " seqKeys " + m.sequencedKeySet().reversed());
        for (int lo = 0; lo <= 12; lo += 3) {
            for (int hi = lo; hi <= 12; hi += 4) {
                int a = lo, b = hi;
                System.out.println("  sub " + lo + ".." + hi + " " + run(() -> m.subMap(a, b)) + " " + run(() -> m.subMap(a, false, b, true)) + " " + run(() -> m.subMap(b, a))
                        + " head " + run(() -> m.headMap(b)) + " " + run(() -> m.headMap(b, true)) + " tail " + run(() -> m.tailMap(a)) + " " + run(() -> m.tailMap(a, false)));
            }
        }
    }

    public static void main(String[] args) {
        TreeMap<Integer, String> t = new TreeMap<>();
        for (int k = 10; k >= 2; k -= 2) t.put(k, "v" + k);
        probe("whole", t);
        probe("empty", new TreeMap<>());
        probe("desc", t.descendingMap());
        probe("sub[4,8)", (NavigableMap<Integer, String>) t.subMap(4, 8));
        probe("sub(4,8]", t.subMap(4, false, 8, true));
        probe("sub(3,9)", t.subMap(3, false, 9, false));
        probe("sub[4,4]", t.subMap(4, true, 4, true));
        probe("sub[4,4)", t.subMap(4, true, 4, false));
        probe("head(6)", (NavigableMap<Integer, String>) t.headMap(6));
        probe("head[6]", t.headMap(6, true));
        probe("tail[6]", (NavigableMap<Integer, String>) t.tailMap(6));
        probe("tail(6)", t.tailMap(6, false));
        probe("desc sub", t.descendingMap().subMap(9, true, 3, false));
        probe("desc head", t.descendingMap().headMap(6, true));
        probe("desc tail", t.descendingMap().tailMap(6, false));
        probe("sub desc", t.subMap(3, true, 9, true).descendingMap());
        probe("sub of sub", t.subMap(2, true, 10, true).subMap(4, false, 8, true));
        probe("head of tail", t.tailMap(4, true).headMap(8, true));
        TreeMap<Integer, String> r = new TreeMap<>(Comparator.reverseOrder());
        r.putAll(t);
        probe("reverse order", r);
        probe("reverse order sub", (NavigableMap<Integer, String>) r.subMap(8, 4));
        probe("reverse order desc", r.descendingMap());

        // changes through views
        TreeMap<Integer, String> w = new TreeMap<>(t);
        NavigableMap<Integer, String> sub = w.subMap(4, true, 8, true);
        System.out.println(run(() -> sub.put(5, "five")) + " " + run(() -> sub.put(9, "nine")) + " " + run(() -> sub.put(3, "three")) + " " + w);
        System.out.println(run(() -> sub.remove(2)) + " " + run(() -> sub.remove(4)) + " " + run(sub::pollFirstEntry) + " " + run(sub::pollLastEntry) + " " + w + " " + sub);
        System.out.println(run(() -> sub.headMap(9)) + " " + run(() -> sub.tailMap(3)) + " " + run(() -> sub.subMap(5, 9)) + " " + run(() -> sub.headMap(8, true))
                + " " + run(() -> sub.tailMap(4, false)) + " " + run(() -> sub.subMap(4, false, 8, false)) + " " + run(() -> sub.subMap(4, true, 8, true)));
        NavigableMap<Integer, String> open = w.subMap(4, false, 8, false);
        System.out.println(run(() -> open.headMap(8)) + " " + run(() -> open.headMap(8, true)) + " " + run(() -> open.tailMap(4)) + " " + run(() -> open.tailMap(4, false))
                + " " + run(() -> open.subMap(4, false, 8, false)) + " " + run(() -> open.descendingMap().headMap(8, false)) + " " + run(() -> open.descendingMap().tailMap(4, true)));
        sub.clear();
        System.out.println(w + " " + sub + " " + sub.isEmpty() + " " + run(sub::firstKey) + " " + run(sub::lastEntry));
        NavigableMap<Integer, String> tail = w.tailMap(3, true);
        tail.keySet().remove(10);
        tail.values().remove("v2");
        tail.entrySet().remove(new AbstractMap.SimpleEntry<>(2, "v2"));
        System.out.println(w + " " + tail + " " + tail.keySet().remove(2) + " " + tail.values().contains(null));
        tail.put(11, null);
        tail.put(12, "x");
        System.out.println(tail + " " + tail.containsValue(null) + " " + tail.values().contains(null) + " " + tail.keySet().remove(11) + " " + tail);
        NavigableSet<Integer> dks = w.descendingKeySet();
        System.out.println(dks + " " + dks.pollFirst() + " " + dks.pollLast() + " " + dks + " " + w + " " + run(dks::first) + " " + dks.comparator().compare(1, 2));
        System.out.println(run(() -> w.descendingMap().comparator().compare(1, 2)) + " " + run(() -> r.descendingMap().comparator().compare(1, 2))
                + " " + (w.descendingMap().comparator() == w.descendingMap().comparator()));
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("Apple", 1);
        ci.put("banana", 2);
        System.out.println(ci.put("APPLE", 3) + " " + ci + " " + ci.get("aPPle") + " " + ci.ceilingKey("B") + " " + ci.headMap("BANANA", true)
                + " " + ci.computeIfPresent("BANANA", (k, v) -> v * 10 + k.length()) + " " + ci.compute("apple", (k, v) -> k.hashCode() % 7 + v)
                + " " + ci.merge("CHERRY", 5, Integer::sum) + " " + ci.computeIfAbsent("Date", String::length) + " " + ci);
        TreeMap<Integer, String> one = new TreeMap<>(Map.of(1, "a"));
        System.out.println(one.pollFirstEntry() + " " + one.pollFirstEntry() + " " + one.pollLastEntry() + " " + one + " " + one.firstEntry() + " " + one.descendingMap().lastEntry());
        System.out.println(run(() -> t.firstEntry().setValue("x")) + " " + run(() -> t.subMap(2, 9).entrySet().iterator().next().setValue("y")) + " " + t);
        Map.Entry<Integer, String> ce = t.ceilingEntry(5);
        System.out.println(ce + " " + ce.equals(Map.entry(6, "v6")) + " " + ce.hashCode() + " " + ce.getClass().getSimpleName());
    }
}
