package corpus;

import java.util.*;
import java.util.function.Consumer;

public class Iterators {
    static class Range implements Iterable<Integer> {
        final int from, to, step;

        Range(int from, int to, int step) {
            this.from = from;
            this.to = to;
            this.step = step;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = from;

                public boolean hasNext() { return step > 0 ? next < to : next > to; }

                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException("range exhausted at " + next);
                    int v = next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static class Fib implements Iterable<Long> {
        final int count;
        Fib(int count) { this.count = count; }

        public Iterator<Long> iterator() {
            return new Iterator<>() {
                long a = 0, b = 1;
                int produced = 0;
                public boolean hasNext() { return produced < count; }
                public Long next() {
                    long r = a;
                    a = b;
                    b = r + b;
                    produced++;
                    return r;
                }
            };
        }
    }

    static class Tree implements Iterable<String> {
        final String value;
        final List<Tree> kids = new ArrayList<>();

        Tree(String value, Tree... kids) {
            this.value = value;
            this.kids.addAll(Arrays.asList(kids));
        }

        public Iterator<String> iterator() {
            List<String> out = new ArrayList<>();
            collect(this, out);
            return out.iterator();
        }

        static void collect(Tree t, List<String> out) {
            out.add(t.value);
            for (Tree k : t.kids) collect(k, out);
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(0, 10, 3)) sb.append(i).append(' ');
        for (int i : new Range(10, 0, -4)) sb.append(i).append(' ');
        System.out.println(sb);
        for (int i : new Range(5, 5, 1)) System.out.println("never " + i);
        long sum = 0;
        for (long f : new Fib(50)) sum += f;
        System.out.println(sum);
        Tree t = new Tree("root", new Tree("a", new Tree("a1"), new Tree("a2")), new Tree("b"), new Tree("c", new Tree("c1")));
        System.out.println(String.join(",", t));
        Iterator<Integer> it = new Range(0, 2, 1).iterator();
        it.next();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("remove unsupported: " + e.getMessage());
        }
        new Range(1, 4, 1).forEach(x -> System.out.print(x * x + " "));
        System.out.println();
        Iterator<Integer> rem = new Range(0, 5, 1).iterator();
        rem.forEachRemaining(new Consumer<Integer>() {
            public void accept(Integer x) { System.out.print("[" + x + "]"); }
        });
        System.out.println();
        List<String> list = new ArrayList<>(List.of("a", "b", "c", "d"));
        try {
            for (String s : list) if (s.equals("b")) list.remove(s);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + list);
        }
        List<String> list2 = new ArrayList<>(List.of("a", "b", "c"));
        for (String s : list2) if (s.equals("b")) list2.remove(s);
        System.out.println("second-to-last removal ok " + list2);
        Map<String, Integer> m = new TreeMap<>(Map.of("x", 1, "y", 2, "z", 3));
        for (Iterator<Map.Entry<String, Integer>> mi = m.entrySet().iterator(); mi.hasNext(); ) {
            Map.Entry<String, Integer> e = mi.next();
            if (e.getValue() == 2) mi.remove();
            else e.setValue(e.getValue() * 10);
        }
        System.out.println(m);
        int[] arr = {3, 1, 4, 1, 5};
        int total = 0;
        for (final int x : arr) total += x;
        System.out.println(total);
        PrimitiveIterator.OfInt pi = java.util.stream.IntStream.range(0, 3).iterator();
        while (pi.hasNext()) System.out.print(pi.nextInt());
        System.out.println();
    }
}
