package corpus;

import java.util.*;

/** PriorityQueue's array order (visible through toString, toArray and iteration) and comparator calls. */
public class PQueueHeapOrder {
    static final StringBuilder calls = new StringBuilder();

    static final Comparator<Integer> LOGGED = (a, b) -> {
        calls.append(a).append('?').append(b).append(' ');
        return Integer.compare(a / 10, b / 10);
    };

    static void flush(String label) {
        System.out.println(label + " calls: " + calls);
        calls.setLength(0);
    }

    static int seed = 12345;

    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 8) & 0xffff) % bound;
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>(LOGGED);
        int[] adds = {55, 31, 72, 30, 18, 96, 14, 40, 33, 12, 19, 77, 50, 11, 35};
        for (int v : adds) {
            pq.add(v);
            System.out.println("add " + v + " -> " + pq);
        }
        flush("adds");
        System.out.println("poll " + pq.poll() + " -> " + pq);
        flush("poll");
        System.out.println("remove(33) " + pq.remove(33) + " -> " + pq);
        flush("remove(33)");
        System.out.println("remove(99) " + pq.remove(99) + " -> " + pq);
        System.out.println("remove(77) " + pq.remove(77) + " -> " + pq);
        flush("remove(77)");
        // Removing through the iterator: elements moved above the cursor come at the end.
        Iterator<Integer> it = pq.iterator();
        StringBuilder seen = new StringBuilder();
        while (it.hasNext()) {
            int v = it.next();
            seen.append(v).append(' ');
            if (v % 3 == 0 || v == 96) {
                it.remove();
                seen.append("(x) ");
            }
        }
        flush("iterator.remove");
        System.out.println("seen " + seen + "-> " + pq + " size " + pq.size());
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("second remove: ISE");
        }
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("past end: NSEE");
        }
        Iterator<Integer> stale = pq.iterator();
        pq.add(5);
        try {
            stale.next();
        } catch (ConcurrentModificationException e) {
            System.out.println("stale iterator: CME");
        }
        flush("add 5");
        Iterator<Integer> quiet = pq.iterator();
        pq.removeIf(v -> false);
        try {
            quiet.next();
            System.out.println("removeIf(false) left the iterator valid");
        } catch (ConcurrentModificationException e) {
            System.out.println("removeIf(false): CME");
        }
        System.out.println("removeIf " + pq.removeIf(v -> v % 2 == 1) + " -> " + pq);
        flush("removeIf");
        System.out.println("retainAll " + pq.retainAll(List.of(12, 14, 18, 30, 40, 72, 5)) + " -> " + pq);
        flush("retainAll");
        System.out.println("removeAll " + pq.removeAll(Set.of(18, 72)) + " -> " + pq);

        // Heap construction from collections.
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) list.add(next(100));
        System.out.println("source " + list);
        PriorityQueue<Integer> built = new PriorityQueue<>(list);
        System.out.println("heapified " + built);
        System.out.println("from sorted set " + new PriorityQueue<>(new TreeSet<>(list)));
        TreeSet<Integer> descending = new TreeSet<>(Comparator.reverseOrder());
        descending.addAll(list);
        PriorityQueue<Integer> fromDescending = new PriorityQueue<>(descending);
        fromDescending.add(50);
        System.out.println("from reversed sorted set " + fromDescending + " " + (fromDescending.comparator() != null));
        PriorityQueue<Integer> copied = new PriorityQueue<>(built);
        System.out.println("copied " + copied + " " + copied.comparator());
        PriorityQueue<Integer> maxFirst = new PriorityQueue<>(Comparator.<Integer>reverseOrder());
        maxFirst.addAll(list);
        System.out.println("max first " + maxFirst);
        PriorityQueue<Integer> viaCollection = new PriorityQueue<>((Collection<Integer>) maxFirst);
        System.out.println("via collection " + viaCollection + " " + (viaCollection.comparator() != null));
        PriorityQueue<Integer> logged = new PriorityQueue<>(LOGGED);
        logged.addAll(list);
        flush("addAll");
        System.out.println("logged " + logged + " array " + Arrays.toString(logged.toArray()));
        Integer[] small = logged.toArray(new Integer[0]);
        Integer[] big = new Integer[25];
        Arrays.fill(big, -1);
        logged.toArray(big);
        System.out.println(small.length + " " + Arrays.toString(big));
        StringBuilder order = new StringBuilder();
        while (!logged.isEmpty()) order.append(logged.poll()).append(' ');
        flush("drain");
        System.out.println("drained " + order);

        // Random workload: array order after every step.
        PriorityQueue<Integer> random = new PriorityQueue<>(3);
        StringBuilder trace = new StringBuilder();
        for (int step = 0; step < 300; step++) {
            int op = next(10);
            if (op < 5) random.offer(next(50));
            else if (op < 7) random.poll();
            else if (op < 9) random.remove(next(50));
            else {
                Iterator<Integer> r = random.iterator();
                int skip = next(5);
                while (r.hasNext()) {
                    Integer v = r.next();
                    if (skip-- == 0) r.remove();
                }
            }
            trace.append(random).append('\n');
        }
        System.out.print(trace);
        forEachCheck();
        deferredVisits();
        failures();
    }

    /** Removals whose moved element rises above the cursor: it is visited after the array, and can be removed then too. */
    static void deferredVisits() {
        for (int variant = 0; variant < 4; variant++) {
            PriorityQueue<Integer> pq = new PriorityQueue<>(LOGGED);
            for (int v : new int[]{0, 50, 10, 60, 70, 20, 30, 61, 62, 71, 72, 21, 22, 31, 32}) pq.add(v);
            calls.setLength(0);
            Iterator<Integer> it = pq.iterator();
            StringBuilder seen = new StringBuilder();
            int step = 0;
            while (it.hasNext()) {
                int v = it.next();
                seen.append(v);
                boolean drop = switch (variant) {
                    case 0 -> v >= 60;
                    case 1 -> v % 20 == 0 || v > 70;
                    case 2 -> true;
                    default -> step % 3 == 1;
                };
                if (drop) {
                    it.remove();
                    seen.append('x');
                }
                seen.append(' ');
                step++;
            }
            System.out.println("variant " + variant + ": " + seen + "-> " + pq + " [" + calls + "]");
            calls.setLength(0);
        }
    }

    static void forEachCheck() {
        PriorityQueue<String> words = new PriorityQueue<>(List.of("kiwi", "fig", "apple", "pear", "banana", "date"));
        StringBuilder sb = new StringBuilder();
        words.forEach(w -> sb.append(w).append(' '));
        System.out.println("forEach " + sb + "contains fig " + words.contains("fig") + " peek " + words.peek());
        try {
            words.forEach(w -> {
                if (w.equals("apple")) words.add("zzz");
            });
        } catch (ConcurrentModificationException e) {
            System.out.println("forEach CME, now " + words);
        }
        words.clear();
        System.out.println("cleared " + words + " " + words.peek() + " " + words.poll());
    }

    static void failures() {
        try {
            new PriorityQueue<Integer>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("capacity 0: " + e.getMessage());
        }
        try {
            new PriorityQueue<>(Arrays.asList(1, null, 3, 7));
        } catch (NullPointerException e) {
            System.out.println("null in collection: NPE");
        }
        try {
            new PriorityQueue<Integer>(Comparator.naturalOrder()).addAll(Arrays.asList(4, null));
        } catch (NullPointerException e) {
            System.out.println("null element: NPE");
        }
        try {
            new PriorityQueue<>(new ArrayList<>(Arrays.asList((Integer) null)));
        } catch (NullPointerException e) {
            System.out.println("single null: NPE");
        }
        try {
            new PriorityQueue<Integer>().element();
        } catch (NoSuchElementException e) {
            System.out.println("element on empty: NSEE " + e.getMessage());
        }
    }
}
