package corpus;

import java.util.*;

public class GenericsBridges {
    interface Transformer<A, B> {
        B transform(A a);
    }

    static class Lengther implements Transformer<String, Integer> {
        public Integer transform(String s) { return s.length(); }
    }

    static abstract class Node<T extends Comparable<T>> implements Comparable<Node<T>> {
        abstract T key();

        public int compareTo(Node<T> o) { return key().compareTo(o.key()); }
    }

    static class IntNode extends Node<Integer> {
        final int k;
        IntNode(int k) { this.k = k; }
        Integer key() { return k; }
        @Override public String toString() { return "N" + k; }
    }

    static class Base<T> {
        T value;
        void set(T v) { value = v; System.out.println("Base.set " + v); }
        T get() { return value; }
    }

    static class StringBox extends Base<String> {
        @Override void set(String v) { super.set(v.toUpperCase()); }
        @Override String get() { return "[" + super.get() + "]"; }
    }

    static class Animal implements Comparable<Animal> {
        final String n;
        Animal(String n) { this.n = n; }
        public int compareTo(Animal o) { return n.compareTo(o.n); }
        Animal self() { return this; }
        public String toString() { return n; }
    }

    static class Cat extends Animal {
        Cat(String n) { super(n); }
        @Override Cat self() { return this; }
        void meow() { System.out.println(n + " meows"); }
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> list) {
        T best = list.get(0);
        for (T t : list) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    static <K, V> Map<V, K> invert(Map<K, V> m) {
        Map<V, K> r = new TreeMap<>();
        for (Map.Entry<K, V> e : m.entrySet()) r.put(e.getValue(), e.getKey());
        return r;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Transformer<String, Integer> t = new Lengther();
        System.out.println(t.transform("bridge"));
        Transformer raw = t;
        System.out.println(raw.transform("raw"));
        try {
            raw.transform(42);
        } catch (ClassCastException e) {
            System.out.println("CCE through bridge");
        }
        List<IntNode> nodes = new ArrayList<>(List.of(new IntNode(5), new IntNode(-2), new IntNode(9)));
        Collections.sort(nodes);
        System.out.println(nodes + " max=" + max(nodes));
        Base<String> b = new StringBox();
        b.set("hello");
        System.out.println(b.get());
        Base rawBase = b;
        try {
            rawBase.set(1);
        } catch (ClassCastException e) {
            System.out.println("CCE via raw set");
        }
        Animal a = new Cat("tom");
        System.out.println(a.self());
        new Cat("felix").self().meow();
        List<Cat> cats = List.of(new Cat("b"), new Cat("c"), new Cat("a"));
        System.out.println(max(cats));
        Map<String, Integer> m = new TreeMap<>();
        m.put("one", 1);
        m.put("two", 2);
        m.put("three", 3);
        System.out.println(invert(m));
        Comparable<Animal> cmp = new Cat("m");
        System.out.println(cmp.compareTo(new Animal("z")) < 0);
        List<? extends Number> nums = List.of(1, 2.5, 3L);
        double sum = 0;
        for (Number n : nums) sum += n.doubleValue();
        System.out.println(sum);
    }
}
