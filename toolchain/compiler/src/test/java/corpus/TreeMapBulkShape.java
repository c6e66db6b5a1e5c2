package corpus;

import java.util.*;

/** Trees built without comparisons (copies of sorted maps, clone, TreeSet.addAll), then changed: shapes via compare counts. */
public class TreeMapBulkShape {
    static int calls;
    static final Comparator<Integer> CMP = (a, b) -> {
        calls++;
        return Integer.compare(a, b);
    };

    /** The number of comparisons get needs for each key, in key order: the depth of every node. */
    static String depths(TreeMap<Integer, ?> m) {
        StringBuilder sb = new StringBuilder();
        for (Integer k : new ArrayList<>(m.keySet())) {
            calls = 0;
            m.get(k);
            sb.append(calls);
        }
        return sb.toString();
    }

    static TreeMap<Integer, String> source(int n) {
        TreeMap<Integer, String> src = new TreeMap<>(CMP);
        for (int i = 0; i < n; i++) src.put(i * 10, "v" + i);
        return src;
    }

    public static void main(String[] args) {
        for (int n = 0; n <= 40; n++) {
            TreeMap<Integer, String> src = source(n);
            calls = 0;
            TreeMap<Integer, String> copy = new TreeMap<>(src);
            System.out.print(n + " built with " + calls + " calls: " + depths(copy));
            // inserts between the keys exercise the colours the build chose
            for (int i = 0; i < n; i += 3) copy.put(i * 10 + 5, "x");
            System.out.print(" | after inserts " + depths(copy));
            TreeMap<Integer, String> copy2 = new TreeMap<>(src);
            for (int i = 0; i < n; i += 2) copy2.remove(i * 10);
            System.out.print(" | after removals " + depths(copy2));
            TreeMap<Integer, String> copy3 = new TreeMap<>(src);
            for (int i = n - 1; i >= 0; i -= 4) copy3.remove(i * 10);
            for (int i = 0; i < n; i += 5) copy3.put(i * 10 + 1, "y");
            System.out.println(" | mixed " + depths(copy3) + " " + copy3.size());
        }
        TreeMap<Integer, String> src = source(23);
        @SuppressWarnings("unchecked")
        TreeMap<Integer, String> cl = (TreeMap<Integer, String>) src.clone();
        cl.put(1, "a");
        cl.put(2, "b");
        System.out.println("clone " + depths(cl) + " " + cl.equals(src) + " " + src.size() + " " + cl.size());
        TreeMap<Integer, String> viaPutAll = new TreeMap<>(CMP);
        calls = 0;
        viaPutAll.putAll(src.headMap(150));
        System.out.println("putAll " + calls + " " + depths(viaPutAll));
        TreeMap<Integer, String> viaMap = new TreeMap<>((Map<Integer, String>) src.tailMap(70, false));
        viaMap.put(3, "c");
        System.out.println("Map ctor " + viaMap + " " + viaMap.comparator());
        TreeSet<Integer> ts = new TreeSet<>(CMP);
        calls = 0;
        ts.addAll(src.navigableKeySet());
        System.out.println("TreeSet addAll " + calls + " " + ts.size());
        for (int i = 0; i < 23; i += 2) ts.remove(i * 10);
        calls = 0;
        for (int i = 0; i < 230; i += 7) ts.contains(i);
        System.out.println("TreeSet probes " + calls + " " + ts);
        TreeSet<Integer> ts2 = new TreeSet<>(src.navigableKeySet().descendingSet());
        calls = 0;
        ts2.add(55);
        ts2.add(56);
        ts2.add(-1);
        System.out.println("TreeSet of descending " + calls + " " + ts2 + " " + ts2.first());
        @SuppressWarnings("unchecked")
        TreeSet<Integer> ts3 = (TreeSet<Integer>) ts2.clone();
        ts3.pollFirst();
        calls = 0;
        for (int i = -5; i < 240; i += 5) ts3.floor(i);
        System.out.println("TreeSet clone " + calls + " " + ts3.size() + " " + ts2.size());
        TreeSet<Integer> ts4 = new TreeSet<>(List.of(9, 4, 7, 1));
        TreeSet<Integer> ts5 = new TreeSet<>((SortedSet<Integer>) ts4);
        ts5.add(5);
        System.out.println(ts4 + " " + ts5 + " " + ts5.comparator());
        // full trees: every level complete
        Random rp = new Random(7);
        for (int n = 1; n <= 127; n = n * 2 + 1) {
            for (int round = 0; round < 6; round++) {
                TreeMap<Integer, String> full = new TreeMap<>(source(n));
                StringBuilder trail = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    int k = rp.nextInt(n + 2) * 10 + (rp.nextInt(4) == 0 ? 5 : 0);
                    if (rp.nextBoolean()) full.remove(k);
                    else full.put(k, "z");
                    if (i % 4 == 3) trail.append(depths(full)).append('/');
                }
                System.out.println("full " + n + ": " + trail.toString().hashCode() + " " + depths(full));
            }
        }
        Random r = new Random(42);
        TreeMap<Integer, Integer> big = new TreeMap<>(CMP);
        for (int i = 0; i < 2000; i++) {
            int k = r.nextInt(500);
            if (r.nextInt(3) == 0) big.remove(k);
            else big.put(k, i);
        }
        TreeMap<Integer, Integer> bigCopy = new TreeMap<>(big);
        for (int i = 0; i < 300; i++) {
            int k = r.nextInt(500);
            if (r.nextBoolean()) bigCopy.remove(k);
            else bigCopy.merge(k, 1, Integer::sum);
        }
        calls = 0;
        for (int k = 0; k < 500; k++) bigCopy.get(k);
        System.out.println("random " + big.size() + " " + bigCopy.size() + " " + calls + " " + bigCopy.hashCode());
    }
}
