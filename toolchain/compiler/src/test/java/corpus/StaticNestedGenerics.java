package corpus;

import java.util.*;
import java.util.function.*;

public class StaticNestedGenerics {
    static class Pair<A, B> {
        final A first;
        final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }

        Pair<B, A> swap() { return new Pair<>(second, first); }

        static <X> Pair<X, X> twin(X x) { return new Pair<>(x, x); }

        @Override public String toString() { return "(" + first + ", " + second + ")"; }
    }

    static class Stack<T> implements Iterable<T> {
        private Object[] items = new Object[2];
        private int size;

        void push(T t) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = t;
        }

        @SuppressWarnings("unchecked")
        T pop() {
            if (size == 0) throw new RuntimeException("empty stack");
            T t = (T) items[--size];
            items[size] = null;
            return t;
        }

        boolean isEmpty() { return size == 0; }

        public Iterator<T> iterator() {
            return new Iterator<T>() {
                int i = size;
                public boolean hasNext() { return i > 0; }
                @SuppressWarnings("unchecked") public T next() { return (T) items[--i]; }
            };
        }
    }

    static <T extends Comparable<T>> void insertionSort(List<T> list) {
        for (int i = 1; i < list.size(); i++) {
            T key = list.get(i);
            int j = i - 1;
            while (j >= 0 && list.get(j).compareTo(key) > 0) {
                list.set(j + 1, list.get(j));
                j--;
            }
            list.set(j + 1, key);
        }
    }

    static <T, R> List<R> mapAll(Collection<? extends T> in, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T t : in) out.add(f.apply(t));
        return out;
    }

    static <T> T firstNonNull(T a, T b) { return a != null ? a : b; }

    static double sumAll(Collection<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) sink.add(i);
    }

    static <K extends Comparable<K>, V> SortedMap<K, List<V>> groupBy(List<V> items, Function<V, K> key) {
        SortedMap<K, List<V>> m = new TreeMap<>();
        for (V v : items) m.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
        return m;
    }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("one", 1);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(2.5) + " " + Pair.twin('x') + " " + Pair.<Long>twin(3L).first);
        Stack<String> st = new Stack<>();
        for (String s : "a b c d e".split(" ")) st.push(s);
        StringBuilder sb = new StringBuilder();
        for (String s : st) sb.append(s);
        System.out.println(sb + " " + st.pop() + st.pop());
        while (!st.isEmpty()) System.out.print(st.pop());
        System.out.println();
        try {
            st.pop();
        } catch (RuntimeException e) {
            System.out.println(e.getMessage());
        }
        List<String> words = new ArrayList<>(List.of("pear", "apple", "fig", "kiwi"));
        insertionSort(words);
        System.out.println(words);
        List<Double> ds = new ArrayList<>(List.of(3.5, -1.0, 2.25));
        insertionSort(ds);
        System.out.println(ds);
        System.out.println(mapAll(words, String::length) + " " + mapAll(Set.of(7), x -> x * 6));
        System.out.println(firstNonNull(null, "fallback") + " " + StaticNestedGenerics.<Integer>firstNonNull(5, 6));
        System.out.println(sumAll(List.of(1, 2L, 3.5f, 4.5)));
        List<Number> sink = new ArrayList<>();
        fill(sink, 4);
        List<Object> objSink = new ArrayList<>();
        fill(objSink, 2);
        System.out.println(sink + " " + objSink);
        System.out.println(groupBy(List.of("apple", "avocado", "banana", "blueberry", "cherry"), s -> s.charAt(0)));
        BiFunction<Integer, Integer, Pair<Integer, Integer>> mk = Pair::new;
        System.out.println(mk.apply(1, 2).swap());
        Map<String, Pair<Integer, List<String>>> complex = new TreeMap<>();
        complex.put("k", new Pair<>(1, List.of("v")));
        System.out.println(complex);
    }
}
