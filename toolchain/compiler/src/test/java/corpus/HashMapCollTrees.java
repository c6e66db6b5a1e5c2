package corpus;

import java.util.*;

/** HashMap buckets with many colliding keys: chains, tree bins (their root moves to the front), splits. */
public class HashMapCollTrees {
    /** Hash chosen by the test, ordered by id. */
    static final class Key implements Comparable<Key> {
        final int hash, id;

        Key(int hash, int id) {
            this.hash = hash;
            this.id = id;
        }

        @Override public int hashCode() { return hash; }
        @Override public boolean equals(Object o) { return o instanceof Key k && k.id == id; }
        @Override public int compareTo(Key o) { return Integer.compare(id, o.id); }
        @Override public String toString() { return hash + ":" + id; }
    }

    /** Not Comparable: only hashes (all distinct here) order it in a tree. */
    static final class Plain {
        final int hash;

        Plain(int hash) { this.hash = hash; }

        @Override public int hashCode() { return hash; }
        @Override public boolean equals(Object o) { return o instanceof Plain p && p.hash == hash; }
        @Override public String toString() { return "p" + hash; }
    }

    static void show(String what, Map<?, ?> m) {
        System.out.println(what + " " + m.size() + " " + m.keySet());
    }

    public static void main(String[] args) {
        // One bucket growing one key at a time past the tree threshold, in a small table (grows instead).
        Map<Key, Integer> small = new HashMap<>();
        int[] ids = {50, 20, 80, 10, 30, 60, 90, 5, 15, 25, 35, 55, 65, 85, 95, 1, 2, 3, 4, 70, 71, 72};
        for (int id : ids) {
            small.put(new Key(7, id), id);
            show("grow", small);
        }
        // Removing in a scattered order: the root moves to the front, small trees turn back into chains.
        int[] gone = {50, 55, 20, 80, 1, 95, 3, 10, 30, 60, 90, 5, 15, 25, 35};
        for (int id : gone) {
            small.remove(new Key(7, id));
            show("shrink", small);
        }
        for (int id : new int[] {100, 101, 102, 103, 104, 105}) {
            small.put(new Key(7, id), id);
            show("regrow", small);
        }

        // A presized table so that treeification happens at the ninth key.
        Map<Key, Integer> big = new HashMap<>(64);
        for (int i = 0; i < 30; i++) {
            big.put(new Key(3 + 64 * (i % 3), (i * 37) % 101), i);
            if (i >= 7) show("big", big);
        }
        System.out.println(big.get(new Key(3, 37)) + " " + big.get(new Key(67, 74)) + " " + big.get(new Key(3, 99))
                + " " + big.containsKey(new Key(131, 10)) + " " + big.containsValue(29));

        // Splitting on resize: keys whose hashes differ only above the old table bit.
        Map<Key, Integer> split = new HashMap<>(64);
        for (int i = 0; i < 20; i++) split.put(new Key(5 + (i % 2) * 64, 100 - i), i);
        show("before split", split);
        for (int i = 0; i < 40; i++) split.put(new Key(1000 + i, i), i);
        show("after split", split);
        for (int i = 0; i < 100; i++) split.put(new Key(2000 + i, i), i);
        show("after more", split);
        // Splits that leave a short part (six or fewer) turn it into a plain chain.
        Map<Key, Integer> uneven = new HashMap<>(64);
        for (int i = 0; i < 14; i++) uneven.put(new Key(9 + (i < 4 ? 64 : 0), 40 - i), i);
        show("uneven", uneven);
        for (int i = 0; i < 50; i++) uneven.put(new Key(500 + i, i), i);
        show("uneven split", uneven);
        uneven.put(new Key(9 + 64, 1), 0);
        uneven.put(new Key(9, 1), 0);
        show("uneven add", uneven);

        // Not Comparable, distinct hashes that share a bucket.
        Map<Plain, Integer> plain = new HashMap<>(64);
        for (int i = 0; i < 20; i++) plain.put(new Plain(11 + 64 * ((i * 7) % 20)), i);
        show("plain", plain);
        for (int i = 0; i < 20; i += 3) plain.remove(new Plain(11 + 64 * i));
        show("plain removed", plain);
        for (int i = 0; i < 20; i += 2) System.out.print(plain.get(new Plain(11 + 64 * i)) + " ");
        System.out.println();

        // Mixed classes with equal hashes: class names break the ties.
        Map<Object, String> mixed = new HashMap<>(64);
        for (int i = 0; i < 6; i++) {
            mixed.put(new Key(0, i), "k");
            mixed.put("\0".repeat(i), "s");
        }
        mixed.put(0, "int");
        mixed.put(0L, "long");
        mixed.put(null, "null");
        mixed.put(false, "bool");
        for (int i = 6; i < 12; i++) mixed.put(new Key(0, i), "k");
        show("mixed", mixed);
        System.out.println(mixed);
        mixed.remove(null);
        mixed.remove(0L);
        show("mixed removed", mixed);

        // Iterator removal keeps tree bins as they are (no root move), then later removals restructure.
        Map<Key, Integer> it = new HashMap<>(64);
        for (int i = 0; i < 24; i++) it.put(new Key(13, (i * 5) % 24), i);
        show("iter", it);
        Iterator<Key> keys = it.keySet().iterator();
        int n = 0;
        while (keys.hasNext()) {
            Key k = keys.next();
            if (n++ % 3 == 1) keys.remove();
        }
        show("iter removed", it);
        it.entrySet().removeIf(e -> e.getValue() % 4 == 0);
        show("removeIf", it);
        for (int i = 0; i < 24; i++) {
            if (it.remove(new Key(13, i)) != null) show("after remove " + i, it);
        }

        // compute and merge put new keys at the head of a chain; they do not grow after inserting.
        Map<Key, Integer> heads = new HashMap<>();
        for (int i = 0; i < 14; i++) {
            heads.computeIfAbsent(new Key(1, i), k -> k.id);
            heads.merge(new Key(2, i), i, Integer::sum);
            heads.compute(new Key(17, i), (k, v) -> v == null ? 1 : v + 1);
            show("heads", heads);
        }
        heads.put(new Key(1, 0), 5);
        show("heads put existing", heads);
        heads.computeIfAbsent(new Key(1, 0), k -> 9);
        show("heads cia existing", heads);
        for (int i = 0; i < 14; i += 2) {
            heads.compute(new Key(1, i), (k, v) -> null);
            heads.merge(new Key(2, i), 1, (a, b) -> null);
            heads.computeIfPresent(new Key(17, i), (k, v) -> null);
        }
        show("heads removed", heads);
    }
}
