package corpus;

import java.util.*;

/** Every comparator call TreeMap and its views make, printed per operation: shows the tree's shape and search order. */
public class TreeMapCompareTrace {
    static final StringBuilder log = new StringBuilder();

    static final Comparator<Integer> CMP = (a, b) -> {
        log.append(a).append(':').append(b).append(' ');
        return Integer.compare(a, b);
    };

    /** A naturally ordered key that logs its compareTo calls. */
    record Key(int v) implements Comparable<Key> {
        public int compareTo(Key o) {
            log.append('k').append(v).append(':').append(o.v).append(' ');
            return Integer.compare(v, o.v);
        }

        public String toString() {
            return "K" + v;
        }
    }

    static void show(String what, Object result) {
        System.out.println(what + " -> " + result + " | " + log);
        log.setLength(0);
    }

    static void attempt(String what, java.util.function.Supplier<Object> op) {
        Object r;
        try {
            r = op.get();
        } catch (RuntimeException e) {
            r = e.getClass().getSimpleName() + ":" + e.getMessage();
        }
        show(what, r);
    }

    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>(CMP);
        attempt("empty get", () -> m.get(5));
        attempt("empty containsKey", () -> m.containsKey(5));
        attempt("empty remove", () -> m.remove(5));
        attempt("empty ceilingKey", () -> m.ceilingKey(5));
        attempt("empty headMap", () -> m.headMap(5).size());
        attempt("empty put", () -> m.put(50, "a"));
        m.clear();
        attempt("empty computeIfAbsent", () -> m.computeIfAbsent(50, k -> "c"));
        m.clear();
        attempt("empty compute", () -> m.compute(50, (k, v) -> "c"));
        m.clear();
        attempt("empty compute null", () -> m.compute(50, (k, v) -> null));
        attempt("empty computeIfPresent", () -> m.computeIfPresent(50, (k, v) -> "c"));
        attempt("empty merge", () -> m.merge(50, "m", (x, y) -> x + y));
        m.clear();
        attempt("empty putIfAbsent", () -> m.putIfAbsent(50, "p"));
        m.clear();
        attempt("empty subMap put", () -> m.subMap(10, 90).put(50, "s"));
        m.clear();
        attempt("empty tailMap put", () -> m.tailMap(10).put(50, "s"));
        m.clear();

        int[] keys = new int[50];
        for (int i = 0; i < 50; i++) keys[i] = (i * 37 + 11) % 101;
        for (int k : keys) attempt("put " + k, () -> m.put(k, "v" + k));
        for (int i = 0; i <= 101; i += 3) {
            int k = i;
            attempt("get " + k, () -> m.get(k));
        }
        attempt("put existing 48", () -> m.put(48, "w"));
        attempt("putIfAbsent 48", () -> m.putIfAbsent(48, "x"));
        attempt("putIfAbsent 49", () -> m.putIfAbsent(49, "x"));
        attempt("containsKey 49", () -> m.containsKey(49));
        attempt("containsKey 1000", () -> m.containsKey(1000));
        attempt("computeIfAbsent 52", () -> m.computeIfAbsent(52, k -> "c" + k));
        attempt("computeIfAbsent 11", () -> m.computeIfAbsent(11, k -> "c" + k));
        attempt("computeIfAbsent null", () -> m.computeIfAbsent(53, k -> null));
        attempt("computeIfPresent 52", () -> m.computeIfPresent(52, (k, v) -> v + "!"));
        attempt("computeIfPresent 54", () -> m.computeIfPresent(54, (k, v) -> v + "!"));
        attempt("computeIfPresent remove 52", () -> m.computeIfPresent(52, (k, v) -> null));
        attempt("compute 55", () -> m.compute(55, (k, v) -> v + "?"));
        attempt("compute 55 again", () -> m.compute(55, (k, v) -> v + "?"));
        attempt("compute remove 55", () -> m.compute(55, (k, v) -> null));
        attempt("merge 56", () -> m.merge(56, "m", (x, y) -> x + y));
        attempt("merge 56 again", () -> m.merge(56, "n", (x, y) -> x + y));
        attempt("merge remove 56", () -> m.merge(56, "n", (x, y) -> null));
        attempt("replace 48", () -> m.replace(48, "r"));
        attempt("replace 57", () -> m.replace(57, "r"));
        attempt("replace 48 r s", () -> m.replace(48, "r", "s"));
        attempt("replace 48 q s", () -> m.replace(48, "q", "s"));
        attempt("remove 48 x", () -> m.remove(48, "x"));
        for (int i = 0; i <= 101; i += 7) {
            int k = i;
            attempt("lowerKey " + k, () -> m.lowerKey(k));
            attempt("floorEntry " + k, () -> m.floorEntry(k));
            attempt("ceilingKey " + k, () -> m.ceilingKey(k));
            attempt("higherEntry " + k, () -> m.higherEntry(k));
        }
        attempt("firstKey", m::firstKey);
        attempt("lastEntry", m::lastEntry);
        attempt("pollFirstEntry", m::pollFirstEntry);
        attempt("pollLastEntry", m::pollLastEntry);

        // removals: leaves, one child, two children, the root
        int[] gone = {keys[0], keys[1], keys[25], 48, 49, 11, keys[49], keys[30], 1000};
        for (int k : gone) {
            attempt("remove " + k, () -> m.remove(k));
            StringBuilder shape = new StringBuilder();
            for (Integer k2 : m.keySet()) {
                m.get(k2);
                shape.append(log.length()).append(' ');
                log.setLength(0);
            }
            System.out.println("  depths " + shape);
        }
        attempt("entrySet contains", () -> m.entrySet().contains(Map.entry(keys[2], "v" + keys[2])));
        attempt("entrySet contains wrong value", () -> m.entrySet().contains(Map.entry(keys[2], "x")));
        attempt("entrySet remove", () -> m.entrySet().remove(Map.entry(keys[3], "v" + keys[3])));
        attempt("keySet remove", () -> m.keySet().remove(keys[4]));
        attempt("keySet contains", () -> m.keySet().contains(keys[5]));
        attempt("values remove", () -> m.values().remove("v" + keys[6]));

        // views
        NavigableMap<Integer, String> sub = m.subMap(20, true, 70, false);
        show("subMap made", sub.size());
        attempt("sub get 30", () -> sub.get(30));
        attempt("sub get 80", () -> sub.get(80));
        attempt("sub containsKey 70", () -> sub.containsKey(70));
        attempt("sub put 80", () -> sub.put(80, "x"));
        attempt("sub put 21", () -> sub.put(21, "x"));
        attempt("sub remove 21", () -> sub.remove(21));
        attempt("sub remove 90", () -> sub.remove(90));
        attempt("sub firstKey", sub::firstKey);
        attempt("sub lastKey", sub::lastKey);
        attempt("sub firstEntry", sub::firstEntry);
        attempt("sub lastEntry", sub::lastEntry);
        attempt("sub ceilingKey 5", () -> sub.ceilingKey(5));
        attempt("sub ceilingKey 40", () -> sub.ceilingKey(40));
        attempt("sub ceilingKey 75", () -> sub.ceilingKey(75));
        attempt("sub floorKey 5", () -> sub.floorKey(5));
        attempt("sub floorKey 40", () -> sub.floorKey(40));
        attempt("sub floorKey 75", () -> sub.floorKey(75));
        attempt("sub higherKey 69", () -> sub.higherKey(69));
        attempt("sub lowerKey 21", () -> sub.lowerKey(21));
        attempt("sub lowerEntry 100", () -> sub.lowerEntry(100));
        attempt("sub higherEntry -1", () -> sub.higherEntry(-1));
        attempt("sub toString", sub::toString);
        attempt("sub isEmpty", sub::isEmpty);
        attempt("sub pollFirstEntry", sub::pollFirstEntry);
        attempt("sub pollLastEntry", sub::pollLastEntry);
        attempt("sub computeIfAbsent 30", () -> sub.computeIfAbsent(30, k -> "c"));
        attempt("sub computeIfAbsent 90", () -> sub.computeIfAbsent(90, k -> "c"));
        attempt("sub compute 31", () -> sub.compute(31, (k, v) -> "c"));
        attempt("sub compute 91", () -> sub.compute(91, (k, v) -> "c"));
        attempt("sub computeIfPresent 31", () -> sub.computeIfPresent(31, (k, v) -> "d"));
        attempt("sub computeIfPresent 91", () -> sub.computeIfPresent(91, (k, v) -> "d"));
        attempt("sub merge 32", () -> sub.merge(32, "m", (x, y) -> x + y));
        attempt("sub merge 92", () -> sub.merge(92, "m", (x, y) -> x + y));
        attempt("sub putIfAbsent 33", () -> sub.putIfAbsent(33, "p"));
        attempt("sub putIfAbsent 93", () -> sub.putIfAbsent(93, "p"));
        attempt("sub entrySet contains", () -> sub.entrySet().contains(Map.entry(31, "c")));
        attempt("sub entrySet contains out", () -> sub.entrySet().contains(Map.entry(90, "c")));
        attempt("sub entrySet remove", () -> sub.entrySet().remove(Map.entry(31, "c")));
        attempt("sub keySet remove", () -> sub.keySet().remove(33));
        attempt("sub values", () -> sub.values().toString());
        attempt("sub subMap", () -> sub.subMap(25, 60));
        attempt("sub subMap bad", () -> sub.subMap(10, 60));
        attempt("sub headMap", () -> sub.headMap(40, true));
        attempt("sub headMap 70 incl", () -> sub.headMap(70, true));
        attempt("sub tailMap 70", () -> sub.tailMap(70, false));
        attempt("sub tailMap 20 excl", () -> sub.tailMap(20, false));
        NavigableMap<Integer, String> desc = sub.descendingMap();
        attempt("desc toString", desc::toString);
        attempt("desc firstKey", desc::firstKey);
        attempt("desc ceilingKey 40", () -> desc.ceilingKey(40));
        attempt("desc higherKey 40", () -> desc.higherKey(40));
        attempt("desc lowerEntry 40", () -> desc.lowerEntry(40));
        attempt("desc floorKey 40", () -> desc.floorKey(40));
        attempt("desc headMap 40", () -> desc.headMap(40));
        attempt("desc tailMap 40", () -> desc.tailMap(40, false));
        attempt("desc subMap 60 30", () -> desc.subMap(60, 30));
        attempt("desc subMap 30 60", () -> desc.subMap(30, 60));
        attempt("desc pollFirstEntry", desc::pollFirstEntry);
        attempt("desc pollLastEntry", desc::pollLastEntry);
        attempt("desc size", desc::size);
        attempt("desc size again", desc::size);
        attempt("desc isEmpty", desc::isEmpty);
        attempt("desc entrySet isEmpty", () -> desc.entrySet().isEmpty());
        attempt("desc keySet size", () -> desc.keySet().size());
        attempt("desc values size", () -> desc.values().size());
        attempt("desc headMap empty", () -> desc.headMap(68, false).isEmpty());
        attempt("sub size again", sub::size);
        attempt("desc keySet", () -> desc.navigableKeySet().toString());
        attempt("desc descendingKeySet", () -> desc.descendingKeySet().toString());
        attempt("desc descendingMap", () -> desc.descendingMap().toString());
        NavigableMap<Integer, String> whole = m.descendingMap();
        attempt("whole desc firstKey", whole::firstKey);
        attempt("whole desc get", () -> whole.get(30));
        attempt("whole desc ceilingEntry", () -> whole.ceilingEntry(30));
        attempt("whole desc headMap", () -> whole.headMap(60).toString());
        attempt("m headMap", () -> m.headMap(30).toString());
        attempt("m tailMap", () -> m.tailMap(80, false).toString());
        attempt("m headMap size", () -> m.headMap(30).size());
        attempt("m navigableKeySet headSet", () -> m.navigableKeySet().headSet(25).toString());
        attempt("m navigableKeySet subSet", () -> m.navigableKeySet().subSet(25, 40).toString());

        // bulk construction
        attempt("copy sorted", () -> new TreeMap<>(m).size());
        attempt("copy map", () -> new TreeMap<Integer, String>((Map<Integer, String>) m).size());
        attempt("copy hashmap", () -> new TreeMap<>(new HashMap<>(m)).size());
        attempt("putAll empty same cmp", () -> {
            TreeMap<Integer, String> t = new TreeMap<>(CMP);
            t.putAll(m);
            return t.size();
        });
        attempt("putAll empty other cmp", () -> {
            TreeMap<Integer, String> t = new TreeMap<>(CMP.reversed());
            t.putAll(m.headMap(20));
            return t;
        });
        attempt("putAll nonempty", () -> {
            TreeMap<Integer, String> t = new TreeMap<>(CMP);
            t.put(50, "x");
            t.putAll(m.headMap(20));
            return t;
        });
        attempt("copy submap", () -> new TreeMap<>(m.subMap(10, 30)));
        attempt("TreeSet of sorted set", () -> new TreeSet<>(m.navigableKeySet()).size());
        attempt("TreeSet addAll", () -> {
            TreeSet<Integer> s = new TreeSet<>(CMP);
            s.addAll(m.navigableKeySet());
            return s.size();
        });
        attempt("TreeSet of collection", () -> new TreeSet<>(List.of(5, 3, 9, 1)));
        attempt("clone", () -> ((TreeMap<?, ?>) m.clone()).size());
        attempt("equals", () -> m.equals(new TreeMap<>(m)));
        attempt("equals hashmap", () -> new HashMap<>(m).equals(m));
        attempt("hashCode", m::hashCode);

        // natural ordering through compareTo
        TreeMap<Key, Integer> n = new TreeMap<>();
        attempt("natural empty put", () -> n.put(new Key(5), 5));
        for (int i = 0; i < 12; i++) {
            int v = (i * 7) % 12;
            attempt("natural put " + v, () -> n.put(new Key(v), v));
        }
        attempt("natural get", () -> n.get(new Key(3)));
        attempt("natural remove", () -> n.remove(new Key(3)));
        attempt("natural headMap", () -> n.headMap(new Key(4)));
        attempt("natural tailMap", () -> n.tailMap(new Key(4), false).firstKey());
        attempt("natural subMap", () -> n.subMap(new Key(4), new Key(8)).lastKey());
        TreeMap<Key, Integer> n2 = new TreeMap<>();
        attempt("natural empty computeIfAbsent", () -> n2.computeIfAbsent(new Key(1), k -> 1));
        TreeMap<Key, Integer> n3 = new TreeMap<>();
        attempt("natural empty merge", () -> n3.merge(new Key(1), 1, Integer::sum));
        TreeMap<Key, Integer> n4 = new TreeMap<>();
        attempt("natural empty compute", () -> n4.compute(new Key(1), (k, v) -> 1));
        TreeMap<Key, Integer> n5 = new TreeMap<>();
        attempt("natural empty putIfAbsent", () -> n5.putIfAbsent(new Key(1), 1));
    }
}
