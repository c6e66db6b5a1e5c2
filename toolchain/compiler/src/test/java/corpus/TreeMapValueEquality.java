package corpus;

import java.util.*;

/** Which equals and hashCode calls TreeMap and its views make on values and keys; stream sizes of key views. */
public class TreeMapValueEquality {
    static StringBuilder log = new StringBuilder();

    record V(String n) {
        public boolean equals(Object o) {
            log.append("eq(" + n + "," + o + ") ");
            return o instanceof V v && v.n.equals(n);
        }

        public int hashCode() {
            log.append("h(" + n + ") ");
            return n.hashCode();
        }

        public String toString() {
            return n;
        }
    }

    static void p(Object o) {
        System.out.println(o + " | " + log);
        log.setLength(0);
    }

    public static void main(String[] args) {
        distinct();
        same();
    }

    static void distinct() {
        TreeMap<Integer,V> m = new TreeMap<>();
        m.put(1, new V("a")); m.put(2, new V("b")); m.put(3, null);
        p(m.entrySet().contains(Map.entry(1, new V("x"))));
        p(m.entrySet().contains(new AbstractMap.SimpleEntry<>(3, new V("x"))));
        p(m.entrySet().remove(Map.entry(1, new V("x"))));
        p(m.remove(1, new V("y")));
        p(m.replace(1, new V("z"), new V("q")));
        p(m.containsValue(new V("b")));
        p(m.values().remove(new V("b2")));
        p(m.values().contains(new V("b3")));
        p(m.headMap(3).containsValue(new V("b4")));
        p(m.headMap(3).entrySet().contains(Map.entry(1, new V("x5"))));
        p(m.headMap(3).entrySet().remove(Map.entry(1, new V("x6"))));
        p(m.headMap(3).remove(1, new V("x7")));
        p(m.headMap(3).replace(1, new V("x8"), new V("r")));
        p(m.equals(new TreeMap<>(Map.of(1, new V("a"), 2, new V("b")))));
        TreeMap<Integer,V> m2 = new TreeMap<>(); m2.put(1, new V("a")); m2.put(2, new V("b"));
        TreeMap<Integer,V> m3 = new TreeMap<>(); m3.put(1, new V("a")); m3.put(2, new V("c"));
        p(m2.equals(m3));
        p(m2.hashCode());
        p(m2.entrySet().iterator().next().equals(Map.entry(1, new V("a"))));
        p(m2.entrySet().iterator().next().hashCode());
        p(m2.firstEntry().equals(Map.entry(1, new V("a"))));
        p(Map.entry(1, new V("a")).equals(m2.firstEntry()));
        p(m2.entrySet().equals(m3.entrySet()));
        p(m2.keySet().equals(m3.keySet()));
        p(m2.entrySet().hashCode());
        p(m2.headMap(2).equals(m3.headMap(2)));
        int[] c = new int[1];
        TreeMap<Integer,Integer> t = new TreeMap<>(); for (int i = 0; i < 5; i++) t.put(i, i);
        p(t.descendingMap().descendingMap().descendingMap().keySet().stream().peek(x -> c[0]++).count() + " " + c[0]);
        p(t.descendingMap().descendingMap().descendingMap().navigableKeySet().stream().peek(x -> c[0]++).count() + " " + c[0]);
        p(t.descendingMap().headMap(-1).keySet().stream().peek(x -> c[0]++).count() + " " + c[0]);
    }

    static void same() {
        V va = new V("a"), vb = new V("b");
        TreeMap<Integer,V> m = new TreeMap<>();
        m.put(1, va); m.put(2, vb);
        p("contains " + m.entrySet().contains(Map.entry(1, va)));
        p("entry eq " + m.firstEntry().equals(Map.entry(1, va)));
        p("node eq " + m.entrySet().iterator().next().equals(Map.entry(1, va)));
        p("containsValue " + m.containsValue(vb));
        p("values contains " + m.values().contains(vb));
        p("sub containsValue " + m.headMap(5).containsValue(vb));
        p("remove kv " + m.remove(1, vb));
        p("replace " + m.replace(1, va, va));
        p("sub replace " + m.headMap(5).replace(1, va, va));
        p("sub remove kv " + m.headMap(5).remove(1, vb));
        p("equals " + m.equals(new TreeMap<>(m)));
        p("hm equals " + m.equals(new HashMap<>(m)));
        p("simple eq " + new AbstractMap.SimpleEntry<>(1, va).equals(Map.entry(1, va)));
        p("simpleimm eq " + new AbstractMap.SimpleImmutableEntry<>(1, va).equals(Map.entry(1, va)));
        p("values remove " + m.values().remove(vb));
        TreeMap<V,Integer> k = new TreeMap<>(Comparator.comparing(V::n));
        k.put(va, 1);
        p("key eq " + k.firstEntry().equals(Map.entry(va, 1)) + " " + k.entrySet().iterator().next().equals(Map.entry(va, 1)));
        p("simple key eq " + new AbstractMap.SimpleEntry<>(va, 1).equals(Map.entry(va, 1)));
    }
}
