package bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The runtime library's collections at work, as an application uses them: a word-frequency count
 * (HashMap with String keys), an ordered index (TreeMap with navigation), a graph search (ArrayDeque
 * breadth-first, PriorityQueue shortest paths over an ArrayList adjacency list), sorting records with a
 * comparator chain, and a LinkedList work queue. {@code N} rounds over a seeded pseudo-random input;
 * prints checksums so both sides must compute the same thing.
 */
public final class CollectionsMix {
    static final int DEFAULT_N = 40;

    record Item(String name, int weight, int group) {}

    private static long seed = 42;

    private static int next(int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % bound);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_N;
        long total = 0;
        for (int round = 0; round < n; round++) {
            total = total * 31 + wordCounts();
            total = total * 31 + orderedIndex();
            total = total * 31 + graphSearch();
            total = total * 31 + sortedItems();
            total = total * 31 + workQueue();
        }
        System.out.println("checksum " + total);
    }

    static long wordCounts() {
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            word.setLength(0);
            int len = 2 + next(5);
            for (int k = 0; k < len; k++) word.append((char) ('a' + next(6)));
            counts.merge(word.toString(), 1, Integer::sum);
        }
        long sum = counts.size();
        for (Map.Entry<String, Integer> e : counts.entrySet()) sum += (long) e.getKey().hashCode() * e.getValue();
        return sum;
    }

    static long orderedIndex() {
        TreeMap<Integer, String> index = new TreeMap<>();
        for (int i = 0; i < 40_000; i++) index.put(next(1_000_000), "v" + i);
        long sum = 0;
        for (int i = 0; i < 40_000; i++) {
            Integer k = index.ceilingKey(next(1_000_000));
            if (k != null) sum += k;
            if ((i & 3) == 0) index.remove(index.firstKey());
        }
        for (String v : index.headMap(500_000).values()) sum += v.length();
        return sum;
    }

    static long graphSearch() {
        int nodes = 20_000;
        List<List<int[]>> edges = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) edges.add(new ArrayList<>());
        for (int i = 0; i < nodes * 4; i++) {
            int a = next(nodes), b = next(nodes);
            edges.get(a).add(new int[] {b, 1 + next(100)});
            edges.get(b).add(new int[] {a, 1 + next(100)});
        }
        int[] hops = new int[nodes];
        java.util.Arrays.fill(hops, -1);
        ArrayDeque<Integer> frontier = new ArrayDeque<>();
        frontier.add(0);
        hops[0] = 0;
        while (!frontier.isEmpty()) {
            int at = frontier.poll();
            for (int[] e : edges.get(at)) {
                if (hops[e[0]] < 0) {
                    hops[e[0]] = hops[at] + 1;
                    frontier.add(e[0]);
                }
            }
        }
        long[] dist = new long[nodes];
        java.util.Arrays.fill(dist, Long.MAX_VALUE);
        PriorityQueue<long[]> queue = new PriorityQueue<>(Comparator.comparingLong(x -> x[0]));
        dist[0] = 0;
        queue.add(new long[] {0, 0});
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int at = (int) top[1];
            if (top[0] > dist[at]) continue;
            for (int[] e : edges.get(at)) {
                long d = top[0] + e[1];
                if (d < dist[e[0]]) {
                    dist[e[0]] = d;
                    queue.add(new long[] {d, e[0]});
                }
            }
        }
        long sum = 0;
        for (int i = 0; i < nodes; i++) sum += hops[i] * 7L + (dist[i] == Long.MAX_VALUE ? -1 : dist[i]);
        return sum;
    }

    static long sortedItems() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) items.add(new Item("item" + next(10_000), next(1000), next(20)));
        items.sort(Comparator.comparingInt(Item::group).thenComparing(Item::weight, Comparator.reverseOrder())
                .thenComparing(Item::name));
        List<Item> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new java.util.Random(7));
        Collections.sort(copy, Comparator.comparing(Item::name));
        long sum = 0;
        for (int i = 0; i < items.size(); i += 97) sum = sum * 17 + items.get(i).weight() + copy.get(i).name().length();
        return sum;
    }

    static long workQueue() {
        LinkedList<Integer> queue = new LinkedList<>();
        long sum = 0;
        for (int i = 0; i < 100_000; i++) {
            queue.addLast(next(1000));
            if ((i % 3) == 0) sum += queue.removeFirst();
            if ((i % 11) == 0 && !queue.isEmpty()) sum -= queue.removeLast();
        }
        return sum + queue.size();
    }
}
