package corpus;

import java.util.*;

/** LinkedHashMap: insertion and access order, LRU eviction, the sequenced views and putFirst/putLast. */
public class LinkedHashMapOrders {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    static final class Lru extends LinkedHashMap<String, Integer> {
        Lru() {
            super(4, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            System.out.println("  eldest " + eldest + " of " + size());
            return size() > 3;
        }
    }

    static LinkedHashMap<String, Integer> abcd(boolean accessOrder) {
        LinkedHashMap<String, Integer> m = new LinkedHashMap<>(16, 0.75f, accessOrder);
        for (String s : "d a c b".split(" ")) m.put(s, s.charAt(0) - 'a');
        return m;
    }

    public static void main(String[] args) {
        LinkedHashMap<String, Integer> ins = abcd(false);
        ins.put("a", 10);
        ins.get("d");
        ins.remove("c");
        ins.put("c", 2);
        System.out.println(ins + " " + ins.keySet() + " " + ins.values() + " " + ins.entrySet());

        LinkedHashMap<String, Integer> acc = abcd(true);
        acc.get("d");
        acc.getOrDefault("a", 0);
        acc.getOrDefault("zz", 0);
        System.out.println(acc);
        acc.put("c", 5);
        acc.putIfAbsent("b", 9);
        acc.replace("d", 7);
        acc.replace("a", 0, 1);
        System.out.println(acc);
        acc.compute("c", (k, v) -> v + 1);
        acc.computeIfAbsent("d", k -> 0);
        acc.computeIfPresent("b", (k, v) -> v);
        acc.merge("a", 1, Integer::sum);
        acc.compute("zz", (k, v) -> null);
        System.out.println(acc);
        attempt("get while iterating", () -> {
            for (String k : acc.keySet()) acc.get("d");
        });
        attempt("get last while iterating", () -> {
            for (String k : acc.keySet()) acc.get(acc.sequencedKeySet().getLast());
        });

        Lru lru = new Lru();
        for (String s : "a b c d a e b f".split(" ")) {
            lru.put(s, s.charAt(0) - 'a');
            System.out.println(lru);
        }
        lru.putFirst("g", 6);
        System.out.println(lru);
        lru.putAll(Map.of("h", 7));
        System.out.println(lru);
        Object copy = lru.clone();
        System.out.println(copy + " " + new LinkedHashMap<>(lru));

        LinkedHashMap<String, Integer> seq = abcd(false);
        seq.putFirst("b", 11);
        seq.putLast("d", 33);
        seq.putFirst("x", 0);
        seq.putLast("y", 99);
        System.out.println(seq + " " + seq.firstEntry() + " " + seq.lastEntry());
        attempt("putFirst first while iterating", () -> {
            for (String k : seq.keySet()) seq.putFirst("x", 1);
        });
        attempt("putFirst other while iterating", () -> {
            for (String k : seq.keySet()) seq.putFirst("y", 1);
        });
        SequencedMap<String, Integer> rev = seq.reversed();
        System.out.println(rev + " " + rev.keySet() + " " + rev.values() + " " + rev.entrySet() + " " + rev.firstEntry());
        System.out.println(rev.pollFirstEntry() + " " + rev.pollLastEntry() + " " + seq);
        rev.putFirst("z", 26);
        rev.putLast("w", 23);
        System.out.println(seq + " " + rev.reversed());
        SequencedSet<String> keys = seq.sequencedKeySet();
        SequencedCollection<Integer> vals = seq.sequencedValues();
        SequencedSet<Map.Entry<String, Integer>> ents = seq.sequencedEntrySet();
        System.out.println(keys.getFirst() + " " + keys.getLast() + " " + vals.getFirst() + " " + vals.getLast()
                + " " + ents.getFirst() + " " + ents.getLast() + " " + keys.reversed() + " " + vals.reversed()
                + " " + ents.reversed());
        System.out.println(keys.removeFirst() + " " + vals.removeLast() + " " + ents.reversed().removeFirst() + " " + seq);
        System.out.println(Arrays.toString(keys.reversed().toArray()) + Arrays.toString(vals.toArray(new Integer[0])));
        attempt("addFirst", () -> keys.addFirst("q"));
        attempt("values addLast", () -> vals.addLast(1));
        Iterator<String> it = keys.reversed().iterator();
        while (it.hasNext()) if (it.next().compareTo("c") < 0) it.remove();
        System.out.println(seq);
        seq.clear();
        System.out.println(seq.firstEntry() + " " + seq.pollLastEntry() + " " + seq);
        attempt("getFirst empty", keys::getFirst);
        attempt("removeLast empty", vals::removeLast);
        attempt("entries getLast empty", ents::getLast);

        LinkedHashSet<String> set = new LinkedHashSet<>(List.of("m", "k", "z", "a"));
        set.addFirst("z");
        set.addLast("m");
        set.addFirst("new");
        System.out.println(set + " " + set.reversed() + " " + set.getFirst() + " " + set.getLast());
        System.out.println(set.removeFirst() + " " + set.reversed().removeFirst() + " " + set + " "
                + Arrays.toString(set.reversed().toArray()));
        Object setCopy = set.clone();
        set.add("last");
        System.out.println(set + " " + setCopy + " " + LinkedHashSet.newLinkedHashSet(3) + " " + LinkedHashMap.newLinkedHashMap(2));

        // Many colliding keys: the linked order ignores the buckets' trees.
        LinkedHashMap<Integer, Integer> coll = new LinkedHashMap<>(64);
        for (int i = 0; i < 30; i++) coll.put(((i * 7) % 30) * 64, i);
        for (int i = 0; i < 30; i += 4) coll.remove(i * 64);
        System.out.println(coll);
    }
}
