package corpus;

import java.util.*;

public class OptionalOps {
    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        Optional<String> nullable = Optional.ofNullable(null);
        System.out.println(some + " " + none + " " + nullable + " " + (none == nullable) + " " + none.equals(nullable));
        System.out.println(some.isPresent() + " " + none.isPresent() + " " + none.isEmpty() + " " + some.get());
        System.out.println(some.map(String::length) + " " + none.map(String::length) + " " + some.map(s -> null));
        System.out.println(some.filter(s -> s.startsWith("v")) + " " + some.filter(s -> s.isEmpty()));
        System.out.println(some.flatMap(s -> Optional.of(s + "!")) + " " + some.flatMap(s -> Optional.empty()));
        System.out.println(none.orElse("default") + " " + none.orElseGet(() -> "supplied") + " " + some.orElse("unused"));
        System.out.println(none.or(() -> Optional.of("alt")) + " " + some.or(() -> Optional.of("alt")));
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println("get: " + e.getMessage());
        }
        try {
            none.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("of(null) NPE");
        }
        some.ifPresent(s -> System.out.println("present " + s));
        none.ifPresentOrElse(s -> System.out.println("present " + s), () -> System.out.println("absent"));
        for (String s : new String[]{"12", "x", "-3", ""}) {
            System.out.println(s + " -> " + parse(s).map(i -> i * 2).orElse(-1));
        }
        System.out.println(some.stream().count() + " " + none.stream().count());
        System.out.println(some.hashCode() + " " + none.hashCode() + " " + some.equals(Optional.of("value")));
        OptionalInt oi = OptionalInt.of(5);
        OptionalLong ol = OptionalLong.empty();
        OptionalDouble od = OptionalDouble.of(2.5);
        System.out.println(oi + " " + ol + " " + od + " " + oi.getAsInt() + " " + ol.orElse(9) + " " + od.getAsDouble());
        Optional<Optional<String>> nested = Optional.of(some);
        System.out.println(nested + " " + nested.flatMap(x -> x));
        Optional<Integer> max = List.of(3, 9, 2).stream().max(Integer::compare);
        System.out.println(max.get() + " " + List.<Integer>of().stream().max(Integer::compare));
    }
}
