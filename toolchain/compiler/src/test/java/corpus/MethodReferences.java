package corpus;

import java.util.*;
import java.util.function.*;

public class MethodReferences {
    private final String name;

    MethodReferences(String name) { this.name = name; }

    MethodReferences() { this("default"); }

    static int twice(int x) { return x * 2; }

    String greet(String other) { return name + " greets " + other; }

    String getName() { return name; }

    static String join(String a, String b) { return a + "+" + b; }

    static class Base {
        String who() { return "base"; }
    }

    static class Derived extends Base {
        @Override String who() { return "derived"; }

        Supplier<String> superRef() { return super::who; }

        Supplier<String> thisRef() { return this::who; }
    }

    public static void main(String[] args) {
        IntUnaryOperator st = MethodReferences::twice;
        System.out.println(st.applyAsInt(21));
        MethodReferences alice = new MethodReferences("alice");
        Function<String, String> bound = alice::greet;
        System.out.println(bound.apply("bob"));
        BiFunction<MethodReferences, String, String> unbound = MethodReferences::greet;
        System.out.println(unbound.apply(new MethodReferences("carol"), "dave"));
        Function<MethodReferences, String> getter = MethodReferences::getName;
        System.out.println(getter.apply(alice));
        Supplier<MethodReferences> ctor0 = MethodReferences::new;
        Function<String, MethodReferences> ctor1 = MethodReferences::new;
        System.out.println(ctor0.get().getName() + " " + ctor1.apply("eve").getName());
        IntFunction<String[]> arr = String[]::new;
        String[] made = arr.apply(3);
        System.out.println(made.length + " " + made[0]);
        Function<Integer, int[][]> arr2 = int[][]::new;
        System.out.println(arr2.apply(2).length);
        BinaryOperator<String> j = MethodReferences::join;
        System.out.println(j.apply("x", "y"));
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println(parse.apply("-123") + 1);
        Function<String, Integer> len = String::length;
        System.out.println(len.apply("four"));
        Comparator<String> cmp = String::compareToIgnoreCase;
        List<String> words = new ArrayList<>(List.of("banana", "Apple", "cherry", "apple2"));
        words.sort(cmp);
        System.out.println(words);
        words.forEach(System.out::println);
        Derived d = new Derived();
        System.out.println(d.superRef().get() + " " + d.thisRef().get());
        Supplier<List<String>> listMaker = ArrayList::new;
        List<String> l = listMaker.get();
        l.add("z");
        System.out.println(l);
        Function<Integer, List<Integer>> sized = ArrayList::new;
        System.out.println(sized.apply(10).size());
        String prefix = "pre";
        Predicate<String> starts = prefix::startsWith;
        System.out.println(starts.test("pr") + " " + starts.test("x"));
        Function<Object, String> vo = String::valueOf;
        System.out.println(vo.apply(null) + " " + vo.apply(3.5));
        ToIntFunction<Integer> unbox = Integer::intValue;
        System.out.println(unbox.applyAsInt(77));
        Function<Double, Long> round = Math::round;
        System.out.println(round.apply(2.5));
        MethodReferences nul = null;
        try {
            Supplier<String> s = nul::getName;
            System.out.println(s.get());
        } catch (NullPointerException e) {
            System.out.println("NPE at method ref creation");
        }
        Runnable r = System.out::println;
        r.run();
        Consumer<Object> printer = System.out::println;
        printer.accept('c');
        printer.accept(new char[]{'n', 'o'}.length);
    }
}
