package corpus;

import java.util.*;

public class TreeMapOps {
    public static void main(String[] args) {
        TreeMap<Integer, String> tm = new TreeMap<>();
        int[] keys = {50, 20, 80, 10, 30, 70, 90, 25, 35, 85};
        for (int k : keys) tm.put(k, "v" + k);
        System.out.println(tm);
        System.out.println(tm.firstKey() + " " + tm.lastKey() + " " + tm.firstEntry() + " " + tm.lastEntry());
        System.out.println(tm.floorKey(33) + " " + tm.ceilingKey(33) + " " + tm.lowerKey(30) + " " + tm.higherKey(30));
        System.out.println(tm.floorKey(5) + " " + tm.ceilingKey(95));
        System.out.println(tm.headMap(30) + " " + tm.headMap(30, true));
        System.out.println(tm.tailMap(80) + " " + tm.tailMap(80, false));
        System.out.println(tm.subMap(20, 70));
        System.out.println(tm.descendingMap());
        System.out.println(tm.descendingKeySet());
        System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm.size());
        tm.remove(50);
        System.out.println(tm.navigableKeySet());
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String s : new String[]{"banana", "Apple", "cherry", "apple", "BANANA", "date"}) ci.merge(s, 1, Integer::sum);
        System.out.println(ci);
        TreeMap<String, Integer> rev = new TreeMap<>(Comparator.reverseOrder());
        for (String s : new String[]{"b", "a", "d", "c"}) rev.put(s, s.charAt(0) - 'a');
        System.out.println(rev + " " + rev.firstKey());
        TreeSet<Integer> ts = new TreeSet<>();
        for (int i = 0; i < 20; i++) ts.add((i * 37) % 23);
        System.out.println(ts);
        System.out.println(ts.first() + " " + ts.last() + " " + ts.floor(12) + " " + ts.higher(22) + " " + ts.headSet(5) + " " + ts.tailSet(20));
        System.out.println(ts.subSet(3, 9) + " " + ts.descendingSet().first());
        TreeMap<Double, String> dm = new TreeMap<>();
        dm.put(-0.0, "negzero");
        dm.put(0.0, "zero");
        dm.put(Double.NaN, "nan");
        dm.put(Double.NEGATIVE_INFINITY, "-inf");
        System.out.println(dm);
        try {
            new TreeMap<Object, Integer>().put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key NPE");
        }
        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 1000; i++) big.put((i * 7919) % 1009, i);
        int checksum = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) checksum = checksum * 31 + e.getKey() * e.getValue();
        System.out.println(big.size() + " " + checksum);
        Map.Entry<Integer, String> e = tm.ceilingEntry(26);
        System.out.println(e.getKey() + "=" + e.getValue());
    }
}
