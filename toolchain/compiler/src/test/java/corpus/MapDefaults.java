package corpus;

import java.util.*;
import java.util.function.*;

/** Map's default methods, AbstractMap's implementations and SequencedMap's defaults, with the calls they make. */
public class MapDefaults {
    static final StringBuilder log = new StringBuilder();

    /** A map whose primitive operations are logged, so the defaults' call sequences show. */
    static class Logged<K, V> extends AbstractMap<K, V> {
        final LinkedHashMap<K, V> inner = new LinkedHashMap<>();

        public V get(Object k) {
            log.append("get(").append(k).append(") ");
            return inner.get(k);
        }

        public boolean containsKey(Object k) {
            log.append("containsKey(").append(k).append(") ");
            return inner.containsKey(k);
        }

        public V put(K k, V v) {
            log.append("put(").append(k).append(',').append(v).append(") ");
            return inner.put(k, v);
        }

        public V remove(Object k) {
            log.append("remove(").append(k).append(") ");
            return inner.remove(k);
        }

        public Set<Map.Entry<K, V>> entrySet() {
            log.append("entrySet ");
            return inner.entrySet();
        }
    }

    /** An AbstractMap implementing only entrySet: everything else is AbstractMap's own. */
    static class Bare<K, V> extends AbstractMap<K, V> {
        final List<Map.Entry<K, V>> list = new ArrayList<>();

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    Iterator<Map.Entry<K, V>> it = list.iterator();
                    return new Iterator<>() {
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        public Map.Entry<K, V> next() {
                            return it.next();
                        }

                        public void remove() {
                            log.append("it.remove ");
                            it.remove();
                        }
                    };
                }

                public int size() {
                    log.append("size ");
                    return list.size();
                }
            };
        }

        public V put(K k, V v) {
            for (Map.Entry<K, V> e : list) if (Objects.equals(e.getKey(), k)) return e.setValue(v);
            list.add(new AbstractMap.SimpleEntry<>(k, v));
            return null;
        }
    }

    /** A key whose equals and hashCode calls are logged. */
    record Key(String n) {
        public boolean equals(Object o) {
            log.append("eq(").append(n).append(',').append(o).append(") ");
            return o instanceof Key k && k.n.equals(n);
        }

        public int hashCode() {
            log.append("h(").append(n).append(") ");
            return n.length();
        }

        public String toString() {
            return n;
        }
    }

    /** A minimal sequenced map for SequencedMap's defaults: a list of entries and its reverse. */
    static class Seq<K, V> extends AbstractMap<K, V> implements SequencedMap<K, V> {
        final List<Map.Entry<K, V>> list;
        final boolean backwards;

        Seq(List<Map.Entry<K, V>> list, boolean backwards) {
            this.list = list;
            this.backwards = backwards;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    List<Map.Entry<K, V>> view = backwards ? list.reversed() : list;
                    return view.iterator();
                }

                public int size() {
                    return list.size();
                }
            };
        }

        public V put(K k, V v) {
            list.add(new AbstractMap.SimpleEntry<>(k, v));
            return null;
        }

        public SequencedMap<K, V> reversed() {
            return new Seq<>(list, !backwards);
        }
    }

    static void show(String what, Object result) {
        System.out.println(what + " -> " + result + " | " + log);
        log.setLength(0);
    }

    static void attempt(String what, Supplier<Object> op) {
        Object r;
        try {
            r = op.get();
        } catch (RuntimeException e) {
            r = e.getClass().getName() + ": " + e.getMessage();
        }
        show(what, r);
    }

    public static void main(String[] args) {
        Logged<String, Integer> m = new Logged<>();
        m.inner.put("a", 1);
        m.inner.put("n", null);
        attempt("getOrDefault a", () -> m.getOrDefault("a", 9));
        attempt("getOrDefault n", () -> m.getOrDefault("n", 9));
        attempt("getOrDefault z", () -> m.getOrDefault("z", 9));
        attempt("putIfAbsent a", () -> m.putIfAbsent("a", 2));
        attempt("putIfAbsent n", () -> m.putIfAbsent("n", 2));
        m.inner.put("n", null);
        attempt("putIfAbsent z", () -> m.putIfAbsent("z", 3));
        attempt("remove a 2", () -> m.remove("a", 2));
        attempt("remove n null", () -> m.remove("n", null));
        attempt("remove q null", () -> m.remove("q", null));
        m.inner.put("n", null);
        attempt("remove z 3", () -> m.remove("z", 3));
        attempt("replace a 1 5", () -> m.replace("a", 1, 5));
        attempt("replace a 1 6", () -> m.replace("a", 1, 6));
        attempt("replace n null 7", () -> m.replace("n", null, 7));
        m.inner.put("n", null);
        attempt("replace q null 7", () -> m.replace("q", null, 7));
        attempt("replace a 8", () -> m.replace("a", 8));
        attempt("replace n 8", () -> m.replace("n", 8));
        m.inner.put("n", null);
        attempt("replace q 8", () -> m.replace("q", 8));
        attempt("computeIfAbsent a", () -> m.computeIfAbsent("a", k -> 10));
        attempt("computeIfAbsent n", () -> m.computeIfAbsent("n", k -> 11));
        m.inner.put("n", null);
        attempt("computeIfAbsent n null", () -> m.computeIfAbsent("n", k -> null));
        attempt("computeIfAbsent b", () -> m.computeIfAbsent("b", k -> k.length()));
        attempt("computeIfAbsent null fn", () -> m.computeIfAbsent("b", null));
        attempt("computeIfPresent a", () -> m.computeIfPresent("a", (k, v) -> v + 1));
        attempt("computeIfPresent n", () -> m.computeIfPresent("n", (k, v) -> 1));
        attempt("computeIfPresent b null", () -> m.computeIfPresent("b", (k, v) -> null));
        attempt("computeIfPresent null fn", () -> m.computeIfPresent("q", null));
        attempt("compute a", () -> m.compute("a", (k, v) -> v * 2));
        attempt("compute c", () -> m.compute("c", (k, v) -> v == null ? -1 : v));
        attempt("compute c null", () -> m.compute("c", (k, v) -> null));
        attempt("compute n null", () -> m.compute("n", (k, v) -> null));
        attempt("compute q null", () -> m.compute("q", (k, v) -> null));
        attempt("compute null fn", () -> m.compute("q", null));
        m.inner.put("n", null);
        attempt("merge a", () -> m.merge("a", 100, Integer::sum));
        attempt("merge n", () -> m.merge("n", 100, Integer::sum));
        attempt("merge d", () -> m.merge("d", 5, Integer::sum));
        attempt("merge d null", () -> m.merge("d", 5, (x, y) -> null));
        attempt("merge null value", () -> m.merge("d", null, Integer::sum));
        attempt("merge null fn", () -> m.merge("d", 1, null));
        attempt("forEach", () -> {
            m.forEach((k, v) -> log.append(k).append('=').append(v).append(' '));
            return null;
        });
        attempt("replaceAll", () -> {
            m.replaceAll((k, v) -> v == null ? 0 : v + 1000);
            return m.inner;
        });
        attempt("forEach null", () -> {
            m.forEach(null);
            return null;
        });
        // an entry that was removed underneath: getKey/setValue throw IllegalStateException
        Map<String, Integer> stale = new AbstractMap<>() {
            public Set<Map.Entry<String, Integer>> entrySet() {
                Map.Entry<String, Integer> dead = new Map.Entry<>() {
                    public String getKey() {
                        throw new IllegalStateException("gone");
                    }

                    public Integer getValue() {
                        return 1;
                    }

                    public Integer setValue(Integer v) {
                        throw new IllegalStateException("gone");
                    }
                };
                return Set.of(dead);
            }
        };
        attempt("forEach stale", () -> {
            stale.forEach((k, v) -> {});
            return null;
        });
        attempt("replaceAll stale", () -> {
            stale.replaceAll((k, v) -> v);
            return null;
        });
        attempt("forEach stale cause", () -> {
            try {
                stale.forEach((k, v) -> {});
            } catch (ConcurrentModificationException e) {
                return e.getCause();
            }
            return null;
        });

        // AbstractMap's own operations, through entrySet only
        Bare<Key, String> b = new Bare<>();
        Key ka = new Key("a"), kb = new Key("bb"), kn = new Key("n");
        b.put(ka, "1");
        b.put(kb, null);
        b.list.add(new AbstractMap.SimpleEntry<>(null, "z"));
        log.setLength(0);
        attempt("bare size", b::size);
        attempt("bare isEmpty", b::isEmpty);
        attempt("bare containsKey bb", () -> b.containsKey(new Key("bb")));
        attempt("bare containsKey null", () -> b.containsKey(null));
        attempt("bare containsKey n", () -> b.containsKey(kn));
        attempt("bare containsValue null", () -> b.containsValue(null));
        attempt("bare containsValue z", () -> b.containsValue("z"));
        attempt("bare get a", () -> b.get(new Key("a")));
        attempt("bare get null", () -> b.get(null));
        attempt("bare toString", b::toString);
        attempt("bare hashCode", b::hashCode);
        attempt("bare keySet", () -> b.keySet() + " " + (b.keySet() == b.keySet()) + " " + b.keySet().size());
        attempt("bare values", () -> b.values() + " " + (b.values() == b.values()) + " " + b.values().contains("z"));
        attempt("bare keySet contains", () -> b.keySet().contains(kb));
        attempt("bare equals self", () -> b.equals(b));
        attempt("bare equals hashmap", () -> b.equals(new HashMap<>(b)));
        attempt("bare equals other values", () -> {
            HashMap<Key, String> h = new HashMap<>(b);
            h.put(kb, "x");
            return b.equals(h);
        });
        attempt("bare equals treemap (NPE caught)", () -> {
            TreeMap<Key, String> t = new TreeMap<>(Comparator.comparing(Key::n));
            t.put(ka, "1");
            t.put(kb, null);
            t.put(kn, "z");
            return b.equals(t);
        });
        attempt("bare equals list", () -> b.equals(List.of()));
        attempt("bare remove bb", () -> b.remove(new Key("bb")));
        attempt("bare remove q", () -> b.remove(new Key("q")));
        attempt("bare remove null", () -> b.remove(null));
        attempt("bare put UOE", () -> new AbstractMap<String, String>() {
            public Set<Map.Entry<String, String>> entrySet() {
                return Set.of();
            }
        }.put("x", "y"));
        attempt("bare putAll", () -> {
            b.putAll(Map.of(new Key("p"), "q"));
            return b;
        });
        attempt("bare keySet remove", () -> b.keySet().remove(new Key("p")));
        attempt("bare values iterator remove", () -> {
            Iterator<String> it = b.values().iterator();
            it.next();
            it.remove();
            return b;
        });
        attempt("bare clear", () -> {
            b.clear();
            return b + " " + b.isEmpty();
        });
        Map<Object, Object> selfish = new HashMap<>();
        selfish.put("me", selfish);
        Bare<Object, Object> self = new Bare<>();
        self.put(self, self);
        self.put("k", "v");
        attempt("self toString", self::toString);
        attempt("empty toString", () -> new Bare<>().toString());

        // entries
        AbstractMap.SimpleEntry<String, Integer> se = new AbstractMap.SimpleEntry<>("k", 1);
        AbstractMap.SimpleImmutableEntry<String, Integer> si = new AbstractMap.SimpleImmutableEntry<>("k", 1);
        attempt("simple", () -> se + " " + se.hashCode() + " " + se.equals(si) + " " + si.equals(se) + " " + se.equals(Map.entry("k", 1)));
        attempt("simple setValue", () -> se.setValue(2) + " " + se + " " + se.equals(si));
        attempt("immutable setValue", () -> si.setValue(2));
        attempt("simple nulls", () -> new AbstractMap.SimpleEntry<>(null, null) + " " + new AbstractMap.SimpleEntry<>(null, null).hashCode()
                + " " + new AbstractMap.SimpleImmutableEntry<>(null, null).equals(new AbstractMap.SimpleEntry<>(null, null)));
        attempt("simple copy", () -> new AbstractMap.SimpleEntry<>(si) + " " + new AbstractMap.SimpleImmutableEntry<>(se));
        attempt("simple eq calls", () -> new AbstractMap.SimpleEntry<>(ka, ka).equals(new AbstractMap.SimpleEntry<>(ka, kb)));
        attempt("simple hash calls", () -> new AbstractMap.SimpleImmutableEntry<>(ka, kb).hashCode());
        attempt("simple equals other", () -> se.equals("k=2"));

        // static factories
        attempt("of", () -> Map.of("a", 1).toString() + Map.of().size() + Map.of("a", 1, "b", 2).get("b"));
        attempt("of duplicate", () -> Map.of("a", 1, "a", 2));
        attempt("of null key", () -> Map.of(null, 1));
        attempt("of null value", () -> Map.of("a", null));
        attempt("of ten", () -> {
            Map<Integer, Integer> ten = Map.of(1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10);
            return ten.size() + " " + ten.get(7) + " " + new TreeMap<>(ten);
        });
        attempt("ofEntries", () -> new TreeMap<>(Map.ofEntries(Map.entry("x", 1), Map.entry("y", 2))));
        attempt("ofEntries empty", () -> Map.ofEntries().size());
        attempt("ofEntries one", () -> Map.ofEntries(Map.entry("x", 1)));
        attempt("ofEntries dup", () -> Map.ofEntries(Map.entry("x", 1), Map.entry("x", 2)));
        attempt("ofEntries null", () -> Map.ofEntries(Map.entry("x", 1), null));
        attempt("entry", () -> Map.entry("k", "v") + " " + Map.entry("k", "v").hashCode() + " " + Map.entry("k", "v").equals(new AbstractMap.SimpleEntry<>("k", "v")));
        attempt("entry null", () -> Map.entry(null, "v"));
        attempt("entry null value", () -> Map.entry("k", null));
        attempt("entry setValue", () -> Map.entry("k", "v").setValue("w"));
        attempt("copyOf", () -> new TreeMap<>(Map.copyOf(new HashMap<>(Map.of("a", 1, "b", 2)))));
        attempt("copyOf immutable", () -> {
            Map<String, Integer> im = Map.of("a", 1);
            return Map.copyOf(im) == im;
        });
        attempt("copyOf null value", () -> {
            HashMap<String, Integer> h = new HashMap<>();
            h.put("a", null);
            return Map.copyOf(h);
        });
        attempt("copyOf empty", () -> Map.copyOf(new HashMap<>()).isEmpty() + " " + (Map.copyOf(new HashMap<>()) == Map.of()));
        attempt("of put", () -> Map.of("a", 1).put("b", 2));
        attempt("Entry.copyOf", () -> {
            Map.Entry<String, Integer> e = Map.entry("a", 1);
            Map.Entry<String, Integer> c = Map.Entry.copyOf(se);
            return (Map.Entry.copyOf(e) == e) + " " + c + " " + c.getClass().getSimpleName().isEmpty();
        });
        attempt("Entry.copyOf null key", () -> Map.Entry.copyOf(new AbstractMap.SimpleEntry<>(null, 1)));
        List<Map.Entry<String, Integer>> es = new ArrayList<>(List.of(Map.entry("b", 1), Map.entry("a", 3), Map.entry("c", 2)));
        es.sort(Map.Entry.comparingByKey());
        attempt("comparingByKey", es::toString);
        es.sort(Map.Entry.comparingByValue());
        attempt("comparingByValue", es::toString);
        es.sort(Map.Entry.comparingByKey(Comparator.reverseOrder()));
        attempt("comparingByKey cmp", es::toString);
        es.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
        attempt("comparingByValue cmp", es::toString);
        attempt("comparingByKey null", () -> Map.Entry.comparingByKey(null));

        // SequencedMap defaults
        List<Map.Entry<String, Integer>> items = new ArrayList<>();
        Seq<String, Integer> sq = new Seq<>(items, false);
        attempt("seq empty first", sq::firstEntry);
        attempt("seq empty pollLast", sq::pollLastEntry);
        sq.put("x", 1);
        sq.put("y", null);
        sq.put("z", 3);
        attempt("seq firstEntry", () -> sq.firstEntry() + " " + sq.lastEntry());
        attempt("seq reversed", () -> sq.reversed() + " " + sq.reversed().firstEntry());
        attempt("seq entry setValue", () -> sq.firstEntry().setValue(5));
        attempt("seq entry equals", () -> sq.lastEntry().equals(Map.entry("z", 3)) + " " + sq.lastEntry().hashCode());
        attempt("seq putFirst", () -> sq.putFirst("w", 0));
        attempt("seq putLast", () -> sq.putLast("w", 0));
        attempt("seq keySet", () -> {
            SequencedSet<String> ks = sq.sequencedKeySet();
            return ks + " " + ks.reversed() + " " + ks.size() + " " + ks.contains("y") + " " + ks.equals(Set.of("x", "y", "z")) + " " + ks.hashCode();
        });
        attempt("seq keySet add", () -> sq.sequencedKeySet().add("q"));
        attempt("seq keySet addAll", () -> sq.sequencedKeySet().addAll(List.of("q")));
        attempt("seq values", () -> {
            SequencedCollection<Integer> vs = sq.sequencedValues();
            return vs + " " + vs.reversed() + " " + vs.contains(null) + " " + vs.getFirst() + " " + vs.equals(vs);
        });
        attempt("seq values add", () -> sq.sequencedValues().add(1));
        attempt("seq entrySet", () -> {
            SequencedSet<Map.Entry<String, Integer>> set = sq.sequencedEntrySet();
            return set + " " + set.reversed() + " " + set.contains(Map.entry("x", 1)) + " " + set.getLast() + " " + set.hashCode()
                    + " " + set.equals(sq.entrySet());
        });
        attempt("seq entrySet toArray", () -> Arrays.toString(sq.sequencedEntrySet().toArray()) + Arrays.toString(sq.sequencedKeySet().toArray(new String[0])));
        attempt("seq pollFirst", () -> sq.pollFirstEntry() + " " + sq);
        attempt("seq pollLast", () -> sq.pollLastEntry() + " " + sq);
        attempt("seq keySet remove", () -> sq.sequencedKeySet().remove("y") + " " + sq);
        attempt("seq pollFirst empty", sq::pollFirstEntry);
        TreeMap<String, Integer> tm = new TreeMap<>(Map.of("p", 1, "q", 2, "r", 3));
        attempt("treemap sequenced views", () -> tm.sequencedKeySet().reversed() + " " + tm.sequencedValues().reversed() + " " + tm.sequencedEntrySet().getFirst()
                + " " + tm.reversed().sequencedKeySet());
    }
}
