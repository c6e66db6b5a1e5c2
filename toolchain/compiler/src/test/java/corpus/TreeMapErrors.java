package corpus;

import java.util.*;

/** TreeMap's exceptions and their messages (null and incomparable keys, ranges, fail-fast), views' identities and classes. */
public class TreeMapErrors {
    static StringBuilder log = new StringBuilder();
    static Comparator<Integer> C = (a, b) -> {
        log.append(a).append(':').append(b).append(' ');
        return Integer.compare(a, b);
    };

    static void t1(String name, Runnable r) {
        try {
            r.run();
            System.out.println(name + " ok");
        } catch (RuntimeException e) {
            System.out.println(name + " " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static void p(Object o) {
        System.out.println(o + " | " + log);
        log.setLength(0);
    }

    static void t(String name, java.util.function.Supplier<Object> r) {
        try {
            p(name + " " + r.get());
        } catch (RuntimeException e) {
            p(name + " " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        part1();
        part2();
        part3();
    }

    /** Range views refuse keys outside them, but the compute methods still run the function first. */
    static void part3() {
        TreeMap<Integer, Integer> m = new TreeMap<>();
        for (int i = 0; i < 10; i++) m.put(i, i);
        NavigableMap<Integer, Integer> h = m.headMap(5, false);
        t("cia out null", () -> h.computeIfAbsent(7, k -> null));
        t("cia out val", () -> h.computeIfAbsent(7, k -> 1));
        t("cia out nullfn", () -> h.computeIfAbsent(7, null));
        t("cia in present", () -> h.computeIfAbsent(3, k -> 1));
        t("comp out null", () -> h.compute(17, (k, v) -> null));
        t("comp out val", () -> h.compute(17, (k, v) -> 1));
        t("comp out nullfn", () -> h.compute(17, null));
        t("cip out nullfn", () -> h.computeIfPresent(17, null));
        t("merge out nullval", () -> h.merge(17, null, (x, y) -> x));
        t("merge out nullfn", () -> h.merge(17, 1, null));
        t("merge in nullfn", () -> h.merge(1, 1, null));
        t("pia out", () -> h.putIfAbsent(17, 1));
        t("put out null", () -> h.put(null, 1));
        t("get null", () -> h.get(null));
        t("remove out", () -> h.remove(17));
        t("replace out", () -> h.replace(17, 1));
        t("putAll out", () -> {
            h.putAll(Map.of(1, 1, 7, 7));
            return m;
        });
        t("desc cia out null", () -> m.descendingMap().headMap(5, false).computeIfAbsent(2, k -> null));
        t("desc compute out", () -> m.descendingMap().tailMap(5, true).compute(7, (k, v) -> v));
        t("tail put null", () -> m.tailMap(5).put(null, 1));
        t("natural tail put obj", () -> new TreeMap<Object, Object>().tailMap("a").put(new Object(), 1));
        p(m);
    }

    static void part1() {
        TreeMap<Object,Object> m = new TreeMap<>();
        t1("putnull-empty", () -> m.put(null, 1));
        t1("getnull-empty", () -> m.get(null));
        t1("removenull-empty", () -> m.remove(null));
        t1("ceilnull-empty", () -> m.ceilingKey(null));
        t1("putobj-empty", () -> m.put(new Object(), 1));
        m.put("a", 1);
        t1("putnull", () -> m.put(null, 1));
        t1("getnull", () -> m.get(null));
        t1("containsnull", () -> m.containsKey(null));
        t1("removenull", () -> m.remove(null));
        t1("ceilnull", () -> m.ceilingKey(null));
        t1("floornull", () -> m.floorEntry(null));
        t1("putint", () -> m.put(1, 1));
        t1("getint", () -> m.get(1));
        t1("submapnull", () -> m.subMap(null, "z"));
        t1("headnull", () -> m.headMap(null));
        t1("rev", () -> m.subMap("z", "a"));
        t1("range", () -> m.headMap("c").put("d", 1));
        t1("range2", () -> m.headMap("c").headMap("d"));
        t1("range3", () -> m.headMap("c", true).tailMap("d"));
        t1("firstKey", () -> new TreeMap<String,String>().firstKey());
        t1("lastKey", () -> new TreeMap<String,String>().lastKey());
        t1("subfirstKey", () -> m.tailMap("b").firstKey());
        t1("pifa", () -> m.putIfAbsent(null, 1));
        t1("cia", () -> m.computeIfAbsent(null, k -> 1));
        t1("merge", () -> m.merge("a", null, (x, y) -> x));
        t1("mergenullf", () -> m.merge("a", 1, null));
        t1("cianullf", () -> m.computeIfAbsent("a", null));
        t1("cianullf2", () -> m.computeIfAbsent("q", null));
        t1("compnullf", () -> m.compute("q", null));
        t1("cipnullf", () -> m.computeIfPresent("q", null));
        t1("cipnullkey", () -> m.computeIfPresent(null, (x,y)->y));
        t1("cipnullkeyEmpty", () -> new TreeMap<String,String>().computeIfPresent(null, (x,y)->y));
        t1("putFirst", () -> m.putFirst("a", 1));
        t1("putLast", () -> m.putLast("a", 1));
        t1("entrysetadd", () -> m.entrySet().add(Map.entry("x", 1)));
        t1("keysetadd", () -> m.keySet().add("x"));
        t1("first entry setValue", () -> m.firstEntry().setValue(3));
        t1("iter entry setValue", () -> m.entrySet().iterator().next().setValue(3));
        System.out.println(m);
        t1("itremove", () -> m.entrySet().iterator().remove());
        t1("itnext", () -> { var it = m.entrySet().iterator(); it.next(); it.next(); });
        t1("subitnext", () -> { var it = m.tailMap("a").entrySet().iterator(); it.next(); it.next(); });
        t1("desc itnext", () -> { var it = m.descendingMap().entrySet().iterator(); it.next(); it.next(); });
        t1("cme", () -> { var it = m.keySet().iterator(); m.put("b", 2); it.next(); });
        t1("cme2", () -> { for (Object k : m.keySet()) m.remove("b"); });
        t1("cmesub", () -> { var it = m.tailMap("a").keySet().iterator(); m.put("c", 2); it.next(); });
        t1("cmesubhasnext", () -> { var it = m.tailMap("a").keySet().iterator(); m.put("d", 2); it.hasNext(); });
        t1("cmeremove", () -> { var it = m.keySet().iterator(); it.next(); m.put("e", 2); it.remove(); });
        System.out.println(m);
        t1("cia-cme", () -> m.computeIfAbsent("zz", k -> { m.put("yy", 1); return 2; }));
        System.out.println(m);
        t1("comp-cme", () -> m.compute("zz2", (k, v) -> { m.put("yy2", 1); return 2; }));
        t1("merge-cme", () -> m.merge("a", 5, (x, y) -> { m.put("yy3", 1); return 2; }));
        System.out.println(m);
        TreeMap<String,Integer> n = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        n.put(null, 1); n.put("a", null);
        System.out.println(n + " " + n.get(null) + " " + n.containsValue(null) + " " + n.hashCode() + " " + n.equals(Map.of("a", 1)));
        t1("entry toString", () -> System.out.println(n.firstEntry() + " " + n.firstEntry().getClass().getName()));
    }

    static void part2() {
        t("cia null", () -> new TreeMap<Integer,Integer>(C).computeIfAbsent(1, k -> { log.append("fn "); return null; }));
        t("cia", () -> new TreeMap<Integer,Integer>(C).computeIfAbsent(1, k -> { log.append("fn "); return 1; }));
        t("comp", () -> new TreeMap<Integer,Integer>(C).compute(1, (k, v) -> { log.append("fn "); return 1; }));
        t("merge", () -> new TreeMap<Integer,Integer>(C).merge(1, 1, (k, v) -> { log.append("fn "); return 1; }));
        TreeMap<Integer,Integer> e = new TreeMap<>(C);
        t("cia cme empty", () -> e.computeIfAbsent(1, k -> { e.put(5, 5); return 1; }));
        p(e);
        TreeMap<Integer,Integer> e2 = new TreeMap<>(C);
        t("comp cme empty", () -> e2.compute(1, (k, v) -> { e2.put(5, 5); return 1; }));
        p(e2);
        TreeMap<Integer,Integer> e3 = new TreeMap<>(C); e3.put(3, null);
        t("cia nullval", () -> e3.computeIfAbsent(3, k -> { log.append("fn "); return 7; }));
        t("cia nullval2", () -> e3.computeIfAbsent(3, k -> { log.append("fn "); return 8; }));
        e3.put(4, null);
        t("cia nullval null", () -> e3.computeIfAbsent(4, k -> null));
        t("merge nullval", () -> e3.merge(4, 9, (x, y) -> { log.append("fn "); return 1; }));
        e3.put(4, null);
        t("cip nullval", () -> e3.computeIfPresent(4, (x, y) -> { log.append("fn "); return 1; }));
        t("comp nullval", () -> e3.compute(4, (x, y) -> { log.append("fn " + y + " "); return null; }));
        p(e3);
        t("put value only no cme", () -> { var it = e3.keySet().iterator(); e3.put(3, 33); return it.next(); });
        t("cia same-key value change", () -> e3.computeIfAbsent(10, k -> { e3.put(3, 44); return 1; }));
        p(e3);
        t("get obj empty", () -> new TreeMap<Object,Object>().get(new Object()));
        t("containsKey obj empty", () -> new TreeMap<Object,Object>().containsKey(new Object()));
        t("remove obj empty", () -> new TreeMap<Object,Object>().remove(new Object()));
        t("cia obj empty", () -> new TreeMap<Object,Object>().computeIfAbsent(new Object(), k -> null));
        t("comp obj empty", () -> new TreeMap<Object,Object>().compute(new Object(), (k, v) -> null));
        t("comp null empty", () -> new TreeMap<Object,Object>().compute(null, (k, v) -> null));
        t("cia null empty", () -> new TreeMap<Object,Object>().computeIfAbsent(null, k -> null));
        t("merge null empty", () -> new TreeMap<Object,Object>().merge(null, 1, (x, y) -> x));
        t("pia null empty", () -> new TreeMap<Object,Object>().putIfAbsent(null, 1));
        t("headMap null empty", () -> new TreeMap<Object,Object>().headMap(null));
        t("headMap obj empty", () -> new TreeMap<Object,Object>().headMap(new Object()));
        TreeMap<Integer,Integer> m = new TreeMap<>(C);
        for (int i = 0; i < 10; i++) m.put(i, i);
        log.setLength(0);
        var sub = m.subMap(2, true, 7, true);
        p("ids " + (m.keySet() == m.navigableKeySet()) + (m.keySet() == m.keySet()) + (m.values() == m.values()) + (m.entrySet() == m.entrySet())
          + (m.descendingMap() == m.descendingMap()) + (m.descendingKeySet() == m.descendingKeySet())
          + (sub.keySet() == sub.navigableKeySet()) + (sub.keySet() == sub.keySet()) + (sub.entrySet() == sub.entrySet()) + (sub.values() == sub.values())
          + (sub.descendingMap() == sub.descendingMap()) + (sub.descendingKeySet() == sub.descendingKeySet()) + (sub.descendingMap().descendingMap() == sub));
        p(m.getClass().getName() + " " + sub.getClass().getName() + " " + sub.descendingMap().getClass().getName() + " " + m.keySet().getClass().getName() + " " + m.entrySet().getClass().getName() + " " + m.values().getClass().getName() + " " + sub.keySet().getClass().getName() + " " + m.entrySet().iterator().next().getClass().getName());
        TreeSet<Integer> s = new TreeSet<>(C);
        p("addAll empty");
        s.addAll(m.navigableKeySet().headSet(3));
        p(s);
        s.addAll(m.navigableKeySet().headSet(6));
        p(s);
        TreeSet<Integer> s2 = new TreeSet<>(C);
        s2.addAll(new TreeSet<Integer>(C));
        s2.addAll(List.of(5, 1, 3));
        p(s2);
        p(s2.descendingSet().headSet(3) + " " + s2.descendingSet().getClass().getName() + " " + s2.subSet(1, 4).getClass().getName());
        // iteration removes
        TreeMap<Integer,Integer> r = new TreeMap<>();
        for (int i = 0; i < 10; i++) r.put(i, i);
        var it = r.descendingMap().entrySet().iterator();
        while (it.hasNext()) { var x = it.next(); if (x.getKey() % 3 == 0) it.remove(); }
        p(r);
        var it2 = r.headMap(7, false).descendingMap().keySet().iterator();
        while (it2.hasNext()) { var x = it2.next(); if (x % 2 == 0) it2.remove(); }
        p(r);
        t("double remove", () -> { var i3 = r.values().iterator(); i3.next(); i3.remove(); i3.remove(); return r; });
        t("sub double remove", () -> { var i3 = r.tailMap(4).values().iterator(); i3.next(); i3.remove(); i3.remove(); return r; });
        t("remove before next", () -> { var i3 = r.tailMap(4).values().iterator(); i3.remove(); return r; });
        t("desc it cme", () -> { var i3 = r.descendingKeySet().iterator(); i3.next(); r.put(100, 1); return i3.next(); });
        t("remove cme", () -> { var i3 = r.descendingKeySet().iterator(); i3.next(); r.put(101, 1); i3.remove(); return r; });
        t("sub it cme", () -> { var i3 = r.headMap(50).keySet().iterator(); i3.next(); r.remove(101); return i3.next(); });
        t("sub it cme2", () -> { var i3 = r.headMap(50).keySet().iterator(); i3.next(); r.remove(100); i3.remove(); return r; });
        p(r);
        t("entry setValue after remove", () -> { var i3 = r.entrySet().iterator(); var x = i3.next(); i3.remove(); x.setValue(99); return x + " " + r; });
        t("forEach cme", () -> { r.forEach((k, v) -> r.put(k + 1000, v)); return r; });
        t("replaceAll cme", () -> { r.replaceAll((k, v) -> { r.remove(k); return v; }); return r; });
        p(r);
        t("sub forEach", () -> { r.headMap(5).forEach((k, v) -> log.append(k + "=" + v + " ")); return null; });
        t("replaceAll", () -> { r.replaceAll((k, v) -> v == null ? -1 : v * 2); return r; });
        t("tailMap replaceAll", () -> { r.tailMap(5).replaceAll((k, v) -> v + 1); return r; });
    }
}
