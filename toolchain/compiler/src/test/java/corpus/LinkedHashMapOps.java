package corpus;

import java.util.*;

public class LinkedHashMapOps {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int cap;

        Lru(int cap) {
            super(16, 0.75f, true);
            this.cap = cap;
        }

        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > cap; }
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("zeta", 1);
        m.put("alpha", 2);
        m.put("mu", 3);
        m.put("beta", 4);
        System.out.println(m);
        m.put("zeta", 10);
        System.out.println(m);
        m.remove("mu");
        m.put("mu", 30);
        System.out.println(m + " " + m.keySet() + " " + m.values());
        Lru<Integer, String> lru = new Lru<>(3);
        lru.put(1, "one");
        lru.put(2, "two");
        lru.put(3, "three");
        lru.get(1);
        lru.put(4, "four");
        System.out.println(lru);
        lru.get(3);
        lru.put(5, "five");
        System.out.println(lru);
        Set<Character> seen = new LinkedHashSet<>();
        for (char c : "mississippi river".toCharArray()) seen.add(c);
        System.out.println(seen);
        StringBuilder sb = new StringBuilder();
        for (char c : seen) sb.append(c);
        System.out.println(sb);
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        int[] data = {5, 3, 5, 1, 3, 5, 9, 1};
        for (int d : data) counts.merge(d, 1, Integer::sum);
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) System.out.println(e.getKey() + "x" + e.getValue());
        LinkedHashSet<String> ls = new LinkedHashSet<>(List.of("c", "a", "b"));
        ls.add("a");
        ls.add("d");
        ls.remove("c");
        System.out.println(ls + " " + ls.contains("b"));
        Map<String, Integer> copy = new LinkedHashMap<>(m);
        copy.putAll(Map.of("new", 0));
        System.out.println(copy);
        System.out.println(m.equals(new HashMap<>(m)));
        Iterator<Map.Entry<String, Integer>> it = copy.entrySet().iterator();
        it.next();
        it.remove();
        System.out.println(copy);
    }
}
