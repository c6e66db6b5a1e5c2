package corpus;

import java.util.*;

/**
 * List.of / Set.of / Map.of behaviour: nulls, duplicates, exceptions and messages, views, equality, and the
 * equals/hashCode calls made on elements. Set and map iteration order varies between HotSpot runs, so only
 * sorted or single-element orders are printed.
 */
public class ImmutableCollOps {
    static final StringBuilder calls = new StringBuilder();

    static final class K implements Comparable<K> {
        final int id;
        final int hash;
        final String tag;

        K(int id, int hash, String tag) {
            this.id = id;
            this.hash = hash;
            this.tag = tag;
        }

        public int hashCode() {
            calls.append(" h").append(tag);
            return hash;
        }

        public boolean equals(Object o) {
            calls.append(" ").append(tag).append(".eq(").append(o instanceof K k ? k.tag : String.valueOf(o)).append(")");
            return o instanceof K k && k.id == id;
        }

        public int compareTo(K o) {
            return Integer.compare(id, o.id);
        }

        public String toString() {
            return tag;
        }
    }

    interface Op {
        Object run() throws Exception;
    }

    static void show(String what, Op op) {
        calls.setLength(0);
        String r;
        try {
            r = String.valueOf(op.run());
        } catch (Exception e) {
            r = e.getClass().getName() + ": " + e.getMessage();
        }
        System.out.println(what + " -> " + r + (calls.length() > 0 ? "   calls:" + calls : ""));
    }

    static Object clearCalls(Op op) throws Exception {
        try {
            return op.run();
        } finally {
            calls.setLength(0);
        }
    }

    static <T extends Comparable<T>> List<T> sorted(Collection<T> c) {
        List<T> l = new ArrayList<>(c);
        Collections.sort(l);
        return l;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void lists() {
        List<List<Integer>> all = new ArrayList<>();
        all.add(List.of());
        all.add(List.of(1));
        all.add(List.of(1, 2));
        all.add(List.of(1, 2, 3));
        all.add(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        all.add(List.of(new Integer[] {4, 5}));
        all.add(List.of(new Integer[] {4, 5, 6, 7}));
        all.add(List.of(1, 2, 3, 4).subList(1, 3));
        all.add(List.of(1, 2, 3, 4).subList(1, 4).subList(1, 2));
        all.add(List.of(7, 8).subList(0, 0));
        all.add(List.copyOf(Arrays.asList(5, 6)));
        all.add(List.copyOf(new ArrayList<>(List.of(5, 6, 7))));
        all.add(List.copyOf(List.of(1, 2, 3).subList(0, 2)));
        for (List<Integer> l : all) {
            System.out.println("== " + l + " size " + l.size() + " empty " + l.isEmpty() + " hash " + l.hashCode());
            show("get(-1)", () -> l.get(-1));
            show("get(0)", () -> l.get(0));
            show("get(size)", () -> l.get(l.size()));
            show("get(MAX)", () -> l.get(Integer.MAX_VALUE));
            show("getFirst", l::getFirst);
            show("getLast", l::getLast);
            show("indexOf(2)", () -> l.indexOf(2));
            show("lastIndexOf(2)", () -> l.lastIndexOf(2));
            show("indexOf(x)", () -> l.indexOf("x"));
            show("indexOf(null)", () -> l.indexOf(null));
            show("lastIndexOf(null)", () -> l.lastIndexOf(null));
            show("contains(null)", () -> l.contains(null));
            show("contains(3)", () -> l.contains(3));
            show("containsAll", () -> l.containsAll(List.of(1, 2)));
            show("containsAll(null el)", () -> l.containsAll(Arrays.asList(2, null)));
            show("subList(0,size)", () -> l.subList(0, l.size()));
            show("subList(1,size)", () -> l.subList(1, l.size()));
            show("subList(0,9)", () -> l.subList(0, 9));
            show("subList(1,0)", () -> l.subList(1, 0));
            show("subList(-1,0)", () -> l.subList(-1, 0));
            show("listIterator(-1)", () -> l.listIterator(-1));
            show("listIterator(size+1)", () -> l.listIterator(l.size() + 1));
            show("iterate", () -> {
                StringBuilder sb = new StringBuilder();
                Iterator<Integer> it = l.iterator();
                while (it.hasNext()) sb.append(it.next()).append(',');
                try {
                    it.next();
                } catch (NoSuchElementException e) {
                    sb.append("NSEE ").append(e.getMessage());
                }
                return sb;
            });
            show("backwards", () -> {
                StringBuilder sb = new StringBuilder();
                ListIterator<Integer> it = l.listIterator(l.size());
                while (it.hasPrevious()) sb.append(it.previousIndex()).append(':').append(it.previous()).append(',');
                sb.append(it.nextIndex()).append(' ').append(it.previousIndex());
                try {
                    it.previous();
                } catch (NoSuchElementException e) {
                    sb.append(" NSEE ").append(e.getMessage());
                }
                return sb;
            });
            show("iterator as ListIterator", () -> ((ListIterator<Integer>) (Object) l.iterator()).hasPrevious());
            show("iterator.nextIndex", () -> ((ListIterator<Integer>) (Object) l.iterator()).nextIndex());
            show("it.remove", () -> {
                Iterator<Integer> it = l.iterator();
                if (it.hasNext()) it.next();
                it.remove();
                return null;
            });
            show("li.set", () -> {
                ListIterator<Integer> it = l.listIterator();
                it.set(1);
                return null;
            });
            show("li.add", () -> {
                l.listIterator().add(1);
                return null;
            });
            show("add", () -> l.add(9));
            show("add(0,x)", () -> {
                l.add(0, 9);
                return null;
            });
            show("addAll", () -> l.addAll(List.of()));
            show("addAll(0,..)", () -> l.addAll(0, List.of(1)));
            show("remove(Object)", () -> l.remove((Object) 42));
            show("remove(0)", () -> l.remove(0));
            show("removeAll", () -> l.removeAll(List.of()));
            show("retainAll", () -> l.retainAll(List.of()));
            show("removeIf", () -> l.removeIf(x -> false));
            show("replaceAll", () -> {
                l.replaceAll(x -> x);
                return null;
            });
            show("sort", () -> {
                l.sort(null);
                return null;
            });
            show("set", () -> l.set(0, 1));
            show("clear", () -> {
                l.clear();
                return null;
            });
            show("addFirst", () -> {
                l.addFirst(1);
                return null;
            });
            show("removeLast", l::removeLast);
            show("toArray", () -> Arrays.toString(l.toArray()) + " " + l.toArray().getClass().getSimpleName());
            show("toArray(small)", () -> Arrays.toString(l.toArray(new Integer[0])));
            show("toArray(big)", () -> Arrays.toString(l.toArray(new Integer[] {9, 9, 9, 9, 9, 9})));
            show("toArray(Number[])", () -> l.toArray(new Number[1]).getClass().getSimpleName());
            show("toArray(String[])", () -> Arrays.toString(l.toArray(new String[3])));
            show("equals ArrayList", () -> l.equals(new ArrayList<>(l)) + " " + new ArrayList<>(l).equals(l));
            show("equals longer", () -> l.equals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)));
            show("equals set", () -> l.equals(new HashSet<>(l)));
            show("reversed", () -> l.reversed() + " " + l.reversed().size());
            show("stream", () -> l.stream().mapToInt(x -> x).sum());
            show("copyOf same", () -> List.copyOf(l) == l);
            show("toString", l::toString);
        }
        show("of(null)", () -> List.of((Object) null));
        show("of(1,null)", () -> List.of(1, null));
        show("of(1,2,null)", () -> List.of(1, 2, null));
        show("of(arr null el)", () -> List.of(new Integer[] {1, 2, 3, null}));
        show("copyOf(null el)", () -> List.copyOf(Arrays.asList(1, null, 3)));
        show("copyOf(null)", () -> List.copyOf(null));
        show("of() same", () -> (List.of() == List.of()) + " " + (List.of() == List.copyOf(new ArrayList<>())));
        Integer[] source = {1, 2, 3};
        List<Integer> fromArray = List.of(source);
        source[0] = 99;
        show("of(array) copies", () -> fromArray);
    }

    static void elementCalls() {
        K a = new K(1, 5, "a"), a2 = new K(1, 5, "a2"), b = new K(2, 5, "b"), c = new K(3, 6, "c");
        List<K> l3 = List.of(a, b, c);
        List<K> l2 = List.of(a, b);
        List<K> sub = List.of(a, b, c, a2).subList(0, 3);
        for (List<K> l : List.of(l3, l2, sub)) {
            System.out.println("== " + l);
            show("indexOf(same c)", () -> l.indexOf(c));
            show("indexOf(a2)", () -> l.indexOf(a2));
            show("lastIndexOf(a2)", () -> l.lastIndexOf(a2));
            show("lastIndexOf(same a)", () -> l.lastIndexOf(a));
            show("contains(new)", () -> l.contains(new K(9, 9, "n")));
            show("hashCode", l::hashCode);
            show("equals(copy)", () -> l.equals(new ArrayList<>(l)));
            show("equals(other)", () -> l.equals(Arrays.asList(a2, b, new K(3, 6, "c2")).subList(0, l.size())));
            show("containsAll", () -> l.containsAll(List.of(a2)));
        }
        show("Set.of(a,b)", () -> Set.of(a, b).size());
        show("Set.of(a,a2)", () -> Set.of(a, a2));
        show("Set.of(a)", () -> Set.of(a));
        Set<K> s1 = Set.of(a);
        Set<K> s2 = Set.of(a, b);
        show("s1.contains(a2)", () -> s1.contains(a2));
        show("s2.contains(a2)", () -> s2.contains(a2));
        show("s2.contains(b2)", () -> s2.contains(new K(2, 5, "b2")));
        show("s2.contains(null)", () -> s2.contains(null));
        show("s1.contains(null)", () -> s1.contains(null));
        show("s1.hashCode", s1::hashCode);
        show("s1 equals", () -> s1.equals(Set.of(a2)) + " " + s1.equals(new HashSet<>(List.of(a))));
        show("Map.of(a,1)", () -> Map.of(a, 1));
        Map<K, Integer> m1 = Map.of(a, 1);
        show("m1.get(a2)", () -> m1.get(a2));
        show("m1.containsKey(a2)", () -> m1.containsKey(a2));
        show("m1.containsValue(1)", () -> m1.containsValue(1));
        show("m1.get(null)", () -> m1.get(null));
        show("m1.containsKey(null)", () -> m1.containsKey(null));
        show("m1.containsValue(null)", () -> m1.containsValue(null));
        show("m1.getOrDefault(null)", () -> m1.getOrDefault(null, 0));
        show("m1.hashCode", m1::hashCode);
        show("m1.entrySet", () -> m1.entrySet() + " " + m1.keySet() + " " + m1.values());
        show("m1.entrySet.remove", () -> m1.entrySet().remove(Map.entry(a, 2)));
        show("m1.entrySet.add", () -> m1.entrySet().add(Map.entry(a, 2)));
        show("Map.of(a,1,a2,2)", () -> Map.of(a, 1, a2, 2));
        // which elements a hashed set or map compares varies on HotSpot (salted probing): no calls shown
        show("Set.of(a,c,a2)", () -> clearCalls(() -> Set.of(a, c, a2)));
        show("Map.of(a,1,c,2,a2,3)", () -> clearCalls(() -> Map.of(a, 1, c, 2, a2, 3)));
    }

    static void sets() {
        List<Set<Integer>> all = List.of(Set.of(), Set.of(1), Set.of(1, 2), Set.of(1, 2, 3), Set.of(5, 4, 3, 2, 1, 0, -1, 100, 64, 32, 16),
                Set.of(new Integer[] {8, 9}), Set.of(new Integer[] {30, 20, 10, 0}), Set.copyOf(List.of(3, 3, 2, 1, 1)),
                Set.copyOf(Set.of(1, 2, 3)), Set.copyOf(new TreeSet<>(List.of(4, 5))));
        for (Set<Integer> s : all) {
            System.out.println("== " + sorted(s) + " size " + s.size() + " empty " + s.isEmpty() + " hash " + s.hashCode());
            show("contains(2)", () -> s.contains(2));
            show("contains(7)", () -> s.contains(7));
            show("contains(x)", () -> s.contains("x"));
            show("containsAll", () -> s.containsAll(List.of(1, 2)));
            show("equals", () -> s.equals(new HashSet<>(s)) + " " + new HashSet<>(s).equals(s) + " " + s.equals(new ArrayList<>(s)));
            show("equals bigger", () -> s.equals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)));
            show("iterate", () -> {
                Iterator<Integer> it = s.iterator();
                int n = 0;
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                try {
                    it.next();
                } catch (NoSuchElementException e) {
                    return n + " NSEE " + e.getMessage();
                }
                return n;
            });
            show("it.remove", () -> {
                Iterator<Integer> it = s.iterator();
                if (it.hasNext()) it.next();
                it.remove();
                return null;
            });
            show("toArray", () -> sorted(Arrays.asList(s.toArray(new Integer[0]))) + " " + s.toArray().length);
            show("toArray(big)", () -> Arrays.asList(s.toArray(new Integer[s.size() + 2])).subList(s.size(), s.size() + 2));
            show("add", () -> s.add(1));
            show("remove", () -> s.remove(1));
            show("removeIf", () -> s.removeIf(x -> true));
            show("clear", () -> {
                s.clear();
                return null;
            });
            show("retainAll", () -> s.retainAll(List.of()));
            show("copyOf same", () -> Set.copyOf(s) == s);
            show("stream sum", () -> s.stream().mapToInt(x -> x).sum());
            show("contains(null)", () -> s.contains(null));
        }
        show("Set.of(1,1)", () -> Set.of(1, 1));
        show("Set.of(1,2,1)", () -> Set.of(1, 2, 1));
        show("Set.of(arr dup)", () -> Set.of(new Integer[] {1, 2, 3, 4, 2}));
        show("Set.of(null)", () -> Set.of((Object) null));
        show("Set.of(1,null)", () -> Set.of(1, null));
        show("Set.of(null,1)", () -> Set.of(null, 1));
        show("Set.of(1,2,null)", () -> Set.of(1, 2, null));
        show("copyOf(null el)", () -> Set.copyOf(Arrays.asList(1, null)));
        show("of() same", () -> (Set.of() == Set.of()) + " " + (Set.of() == Set.copyOf(List.of())));
        show("strings", () -> sorted(Set.of("b", "a", "c", "aa", "Aa", "BB")));
    }

    static void maps() {
        List<Map<String, Integer>> all = List.of(Map.of(), Map.of("a", 1), Map.of("a", 1, "b", 2),
                Map.of("a", 1, "b", 2, "c", 3, "d", 4, "e", 5, "f", 6, "g", 7, "h", 8, "i", 9, "j", 10),
                Map.ofEntries(Map.entry("x", 24)), Map.ofEntries(Map.entry("x", 24), Map.entry("y", 25), Map.entry("Aa", 0), Map.entry("BB", 1)),
                Map.copyOf(new TreeMap<>(Map.of("k", 1, "l", 2))), Map.copyOf(Map.of("q", 1)));
        for (Map<String, Integer> m : all) {
            System.out.println("== " + new TreeMap<>(m) + " size " + m.size() + " empty " + m.isEmpty() + " hash " + m.hashCode());
            show("get(a)", () -> m.get("a"));
            show("get(zz)", () -> m.get("zz"));
            show("get(1)", () -> m.get(1));
            show("getOrDefault", () -> m.getOrDefault("zz", -1) + " " + m.getOrDefault("a", -1));
            show("containsKey(a)", () -> m.containsKey("a"));
            show("containsValue(1)", () -> m.containsValue(1));
            show("containsValue(99)", () -> m.containsValue(99));
            show("get(null)", () -> m.get(null));
            show("containsKey(null)", () -> m.containsKey(null));
            show("containsValue(null)", () -> m.containsValue(null));
            show("getOrDefault(null)", () -> m.getOrDefault(null, 1));
            show("keySet", () -> sorted(m.keySet()) + " " + m.keySet().size() + " " + m.keySet().contains("a"));
            show("values", () -> sorted(m.values()) + " " + m.values().size());
            show("entrySet", () -> {
                List<String> es = new ArrayList<>();
                for (Map.Entry<String, Integer> e : m.entrySet()) es.add(e.toString() + "#" + e.hashCode());
                Collections.sort(es);
                return es + " " + m.entrySet().size() + " " + m.entrySet().contains(Map.entry("a", 1));
            });
            show("entry.setValue", () -> m.entrySet().iterator().next().setValue(0));
            show("entry iterator end", () -> {
                Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
                while (it.hasNext()) it.next();
                it.next();
                return null;
            });
            show("entry it.remove", () -> {
                Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
                if (it.hasNext()) it.next();
                it.remove();
                return null;
            });
            show("keySet.remove", () -> m.keySet().remove("a"));
            show("values.remove", () -> m.values().remove(1));
            show("equals", () -> m.equals(new HashMap<>(m)) + " " + new HashMap<>(m).equals(m) + " " + m.equals(Map.of("zz", 0)));
            show("put", () -> m.put("a", 1));
            show("putAll", () -> {
                m.putAll(Map.of());
                return null;
            });
            show("remove", () -> m.remove("a"));
            show("remove(k,v)", () -> m.remove("a", 1));
            show("replace", () -> m.replace("a", 1));
            show("replace3", () -> m.replace("a", 1, 2));
            show("replaceAll", () -> {
                m.replaceAll((k, v) -> v);
                return null;
            });
            show("putIfAbsent", () -> m.putIfAbsent("z", 1));
            show("compute", () -> m.compute("a", (k, v) -> v));
            show("computeIfAbsent", () -> m.computeIfAbsent("a", k -> 1));
            show("computeIfPresent", () -> m.computeIfPresent("a", (k, v) -> v));
            show("merge", () -> m.merge("a", 1, Integer::sum));
            show("clear", () -> {
                m.clear();
                return null;
            });
            show("forEach", () -> {
                int[] sum = {0};
                m.forEach((k, v) -> sum[0] += v + k.length());
                return sum[0];
            });
            show("copyOf same", () -> Map.copyOf(m) == m);
            show("toString single", () -> m.size() <= 1 ? m.toString() : "-");
        }
        show("Map.of dup", () -> Map.of("a", 1, "a", 2));
        show("Map.of dup3", () -> Map.of("a", 1, "b", 2, "b", 3));
        show("Map.of null k", () -> Map.of(null, 1));
        show("Map.of null v", () -> Map.of("a", null));
        show("Map.of null k2", () -> Map.of("a", 1, null, 2));
        show("Map.of null v2", () -> Map.of("a", 1, "b", null));
        show("ofEntries dup", () -> Map.ofEntries(Map.entry("a", 1), Map.entry("a", 2)));
        show("ofEntries null", () -> Map.ofEntries(Map.entry("a", 1), null));
        show("entry null", () -> Map.entry(null, 1));
        show("copyOf null v", () -> Map.copyOf(new HashMap<>(Collections.singletonMap("a", null))));
        show("of() same", () -> (Map.of() == Map.of()) + " " + (Map.of() == Map.copyOf(new HashMap<>())));
    }

    public static void main(String[] args) {
        lists();
        elementCalls();
        sets();
        maps();
    }
}
