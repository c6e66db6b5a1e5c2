package corpus;

import java.util.*;

public class HashMapOps {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] words = "the quick brown fox jumps over the lazy dog and the cat sat on the mat with a hat".split(" ");
        for (String w : words) m.merge(w, 1, Integer::sum);
        System.out.println(m);
        System.out.println(m.size() + " " + m.get("the") + " " + m.get("zebra") + " " + m.getOrDefault("zebra", -1));
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (e.getValue() > 1) System.out.println(e.getKey() + " -> " + e.getValue());
        }
        System.out.println(m.keySet());
        System.out.println(m.values());
        Map<Integer, String> ints = new HashMap<>();
        int[] keys = {100, -5, 17, 33, 1 << 20, 65, 0, 1, 16, 32, 48, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int k : keys) ints.put(k, "v" + k);
        System.out.println(ints);
        ints.remove(17);
        ints.put(16, "sixteen");
        ints.putIfAbsent(16, "nope");
        ints.putIfAbsent(2, "two");
        System.out.println(ints);
        ints.computeIfAbsent(3, k -> "c" + k);
        ints.computeIfPresent(100, (k, v) -> v + "!");
        ints.computeIfPresent(0, (k, v) -> null);
        ints.compute(1, (k, v) -> v == null ? "new" : v + v);
        System.out.println(ints);
        Map<Integer, Integer> grow = new HashMap<>();
        for (int i = 0; i < 200; i += 7) grow.put(i * 31, i);
        System.out.println(grow);
        StringBuilder sb = new StringBuilder();
        for (Integer k : grow.keySet()) sb.append(k % 10);
        System.out.println(sb);
        Map<String, String> collide = new HashMap<>();
        collide.put("Aa", "1");
        collide.put("BB", "2");
        collide.put("AaAa", "3");
        collide.put("BBBB", "4");
        collide.put("AaBB", "5");
        collide.put("BBAa", "6");
        System.out.println(collide + " " + collide.get("BB") + " " + collide.get("BBAa"));
        Map<String, Integer> nullKey = new HashMap<>();
        nullKey.put(null, 0);
        nullKey.put("x", null);
        System.out.println(nullKey + " " + nullKey.containsKey(null) + " " + nullKey.containsValue(null) + " " + nullKey.get("x"));
        Map<Long, Double> longs = new HashMap<>();
        for (long l = -3; l <= 3; l++) longs.put(l * 1_000_000_007L, l / 2.0);
        System.out.println(longs);
        Map<String, Integer> copy = new HashMap<>(m);
        System.out.println(copy.equals(m) + " " + (copy.hashCode() == m.hashCode()) + " " + m.hashCode());
        copy.entrySet().removeIf(e -> e.getValue() == 1);
        System.out.println(copy);
        copy.replaceAll((k, v) -> v * 100);
        System.out.println(copy);
        Iterator<String> it = m.keySet().iterator();
        while (it.hasNext()) if (it.next().length() <= 3) it.remove();
        System.out.println(m);
        m.clear();
        System.out.println(m + " " + m.isEmpty());
    }
}
