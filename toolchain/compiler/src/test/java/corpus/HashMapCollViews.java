package corpus;

import java.util.*;

/** HashMap sizing (constructors, putAll, clone), views, fail-fast iteration and compute semantics. */
public class HashMapCollViews {
    static void show(String what, Object o) {
        System.out.println(what + ": " + o);
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    /** Keys 0, 16, 32, ... share a bucket only in a 16-slot table: the order shows the table size. */
    static Map<Integer, Integer> spaced(Map<Integer, Integer> m, int n) {
        for (int i = 0; i < n; i++) m.put((i * 16) % 200 + i / 13, i);
        return m;
    }

    public static void main(String[] args) {
        for (int cap : new int[] {0, 1, 2, 3, 13, 17, 64}) {
            show("cap " + cap, spaced(new HashMap<>(cap), 6).keySet());
        }
        for (float lf : new float[] {0.25f, 0.5f, 0.6f, 1f, 2f}) {
            Map<Integer, Integer> m = new HashMap<>(16, lf);
            for (int i = 0; i < 40; i++) {
                m.put(i * 9, i);
                if (i % 5 == 4) show("lf " + lf + " " + i, m.keySet());
            }
        }
        for (int n : new int[] {1, 3, 6, 7, 12, 13, 24, 25}) {
            Map<Integer, Integer> src = new TreeMap<>();
            for (int i = 0; i < n; i++) src.put(i * 4, i);
            Map<Integer, Integer> copy = new HashMap<>(src);
            copy.put(1000, 0);
            Map<Integer, Integer> all = new HashMap<>();
            all.putAll(src);
            all.put(1000, 0);
            HashMap<Integer, Integer> orig = new HashMap<>(256);
            orig.putAll(src);
            @SuppressWarnings("unchecked")
            HashMap<Integer, Integer> cl = (HashMap<Integer, Integer>) orig.clone();
            cl.put(1000, 0);
            Set<Integer> set = new HashSet<>(src.keySet());
            set.add(1000);
            Set<Integer> sized = HashSet.newHashSet(n);
            sized.addAll(src.keySet());
            sized.add(1000);
            Map<Integer, Integer> nm = HashMap.newHashMap(n);
            nm.putAll(src);
            nm.put(1000, 0);
            show("sizes " + n, copy.keySet() + " " + all.keySet() + " " + cl.keySet() + " " + set + " " + sized + " " + nm.keySet());
        }
        attempt("negative cap", () -> new HashMap<>(-1));
        attempt("zero lf", () -> new HashMap<>(1, 0f));
        attempt("nan lf", () -> new HashMap<>(1, Float.NaN));
        attempt("negative mappings", () -> HashMap.newHashMap(-3));
        attempt("negative set", () -> HashSet.newHashSet(-2));
        attempt("null map", () -> new HashMap<>(null));

        Map<String, Integer> m = new HashMap<>();
        for (String s : "one two three four five six seven eight nine ten".split(" ")) m.put(s, s.length());
        show("map", m);
        show("hash", m.hashCode() + " " + m.equals(new TreeMap<>(m)) + " " + new TreeMap<>(m).equals(m));
        Set<String> ks = m.keySet();
        Collection<Integer> vs = m.values();
        Set<Map.Entry<String, Integer>> es = m.entrySet();
        show("views", ks + " " + vs + " " + es);
        show("toArray", Arrays.toString(ks.toArray()) + Arrays.toString(vs.toArray(new Integer[0]))
                + Arrays.toString(ks.toArray(new String[12])));
        show("contains", ks.contains("six") + " " + vs.contains(5) + " " + es.contains(Map.entry("two", 3))
                + " " + es.contains(Map.entry("two", 4)));
        show("remove", ks.remove("one") + " " + vs.remove(5) + " " + es.remove(Map.entry("ten", 3))
                + " " + es.remove(Map.entry("ten", 4)) + " " + m);
        show("retainAll", ks.retainAll(List.of("two", "four", "six", "eight", "nine", "zero")) + " " + m);
        show("removeAll", vs.removeAll(List.of(3)) + " " + m);
        m.putAll(Map.of("a", 1, "bb", 2, "ccc", 3));
        Iterator<Map.Entry<String, Integer>> it = es.iterator();
        Map.Entry<String, Integer> first = it.next();
        show("setValue", first.setValue(99) + " " + m + " " + first + " " + first.hashCode());
        it.remove();
        attempt("remove twice", it::remove);
        m.put("new", 1);
        attempt("next after put", it::next);
        attempt("remove after put", it::remove);
        Iterator<String> end = ks.iterator();
        while (end.hasNext()) end.next();
        attempt("next at end", end::next);
        m.put("x", 0);
        attempt("next at end modified", end::next);
        attempt("forEach modifying", () -> m.forEach((k, v) -> {
            System.out.print(k + " ");
            if (k.equals("x")) m.remove("bb");
        }));
        attempt("keySet forEach modifying", () -> ks.forEach(k -> {
            if (k.equals("a")) m.put("zz", 0);
        }));
        attempt("replaceAll", () -> m.replaceAll((k, v) -> v * 10 + k.length()));
        show("after", m);
        attempt("cia modifying", () -> m.computeIfAbsent("q", k -> m.put("w", 1)));
        attempt("compute modifying", () -> m.compute("q", (k, v) -> m.remove("w")));
        attempt("merge modifying", () -> m.merge("a", 1, (a, b) -> m.put("v", 1)));
        attempt("cip modifying", () -> m.computeIfPresent("a", (k, v) -> m.remove("zz")));
        show("after cme", m);
        attempt("merge null value", () -> m.merge("a", null, (a, b) -> a));
        attempt("cia null fn", () -> m.computeIfAbsent("a", null));
        show("cia null result", m.computeIfAbsent("nothing", k -> null) + " " + m.containsKey("nothing"));
        m.put("nullv", null);
        show("null value", m.computeIfAbsent("nullv", k -> 7) + " " + m.putIfAbsent("nullv", 8) + " "
                + m.merge("nullv", 3, Integer::sum) + " " + m.getOrDefault("nullv", -1));
        m.put("nullv", null);
        show("null value 2", m.merge("nullv", 3, Integer::sum) + " " + m.replace("nullv", 3, null) + " "
                + m.containsValue(null) + " " + m.remove("nullv", null) + " " + m.containsKey("nullv"));
        m.put(null, 5);
        show("null key", m.get(null) + " " + m.containsKey(null) + " " + m.remove(null) + " " + m);
        Map<Object, Object> self = new HashMap<>();
        self.put("me", self);
        self.put(self.size(), "x");
        show("self", self);
        show("empty", new HashMap<>() + " " + new HashMap<>().hashCode() + " " + new HashMap<>().equals(Map.of()));
        Set<String> hs = new HashSet<>(List.of("pear", "apple", "fig", "kiwi", "plum"));
        @SuppressWarnings("unchecked")
        Set<String> hc = (Set<String>) ((HashSet<String>) hs).clone();
        hc.add("date");
        show("sets", hs + " " + hc + " " + hs.remove("fig") + hs.remove("fig") + " " + hs + " "
                + Arrays.toString(hs.toArray(new String[6])));
    }
}
