package corpus;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class CollectorsApi {
    static void attempt(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<String> words = List.of("pear", "fig", "apple", "kiwi", "plum", "banana", "date", "lime", "cherry", "fig");
        System.out.println(words.stream().collect(Collectors.toList()));
        System.out.println(words.stream().collect(Collectors.toSet()));
        TreeSet<String> sorted = words.stream().collect(Collectors.toCollection(TreeSet::new));
        System.out.println(sorted);
        System.out.println(words.stream().collect(Collectors.toUnmodifiableList()));
        System.out.println(new TreeSet<>(words.stream().collect(Collectors.toUnmodifiableSet())));
        attempt("unmodifiable list add", () -> words.stream().collect(Collectors.toUnmodifiableList()).add("x"));
        attempt("unmodifiable list null", () -> Stream.of("a", null).collect(Collectors.toUnmodifiableList()));
        try {
            Stream.of("a", null).collect(Collectors.toUnmodifiableSet());
        } catch (NullPointerException e) {
            System.out.println("unmodifiable set null: NPE");
        }
        System.out.println(words.stream().collect(Collectors.joining()));
        System.out.println(words.stream().collect(Collectors.joining("/")));
        System.out.println(words.stream().collect(Collectors.joining(", ", "<", ">")));
        System.out.println(Stream.<String>empty().collect(Collectors.joining(", ", "<", ">")));
        attempt("joining null delimiter", () -> Stream.of("a").collect(Collectors.joining(null)));
        System.out.println(words.stream().collect(Collectors.mapping(String::length, Collectors.toList())));
        System.out.println(words.stream().collect(Collectors.filtering(w -> w.length() > 4, Collectors.joining("+"))));
        List<String> closed = new ArrayList<>();
        System.out.println(words.stream().collect(Collectors.flatMapping(
                w -> w.equals("kiwi") ? null : w.chars().limit(2).mapToObj(c -> (char) c).onClose(() -> closed.add(w)),
                Collectors.toList())));
        System.out.println("closed " + closed);
        int size = words.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size));
        System.out.println(size);
        System.out.println(words.stream().collect(Collectors.counting()));
        System.out.println(words.stream().collect(Collectors.minBy(Comparator.naturalOrder())) + " "
                + words.stream().collect(Collectors.maxBy(Comparator.comparing(String::length))));
        List<String> calls = new ArrayList<>();
        Comparator<String> logging = (a, b) -> {
            calls.add(a + "?" + b);
            return a.compareTo(b);
        };
        System.out.println(Stream.of("m", "c", "x", "c").collect(Collectors.minBy(logging)) + " " + calls);
        System.out.println(Stream.<String>empty().collect(Collectors.maxBy(logging)));
        System.out.println(Stream.of("b", null, "a").collect(Collectors.minBy(Comparator.nullsFirst(Comparator.<String>naturalOrder()))));
        attempt("minBy null", () -> Collectors.minBy(null));
        System.out.println(words.stream().collect(Collectors.reducing("", (a, b) -> a + b.charAt(0))));
        System.out.println(words.stream().collect(Collectors.reducing((a, b) -> b + a.length())));
        System.out.println(Stream.of("a", "b").collect(Collectors.reducing((a, b) -> null)));
        System.out.println(words.stream().collect(Collectors.reducing(0, String::length, Integer::sum)));
        System.out.println(Stream.of(Integer.MAX_VALUE, 1).collect(Collectors.summingInt(x -> x)) + " "
                + Stream.of(Long.MAX_VALUE, 1L).collect(Collectors.summingLong(x -> x)) + " "
                + Stream.of(0.1, 0.2, 0.3, 1e100, -1e100).collect(Collectors.summingDouble(x -> x)));
        System.out.println(Stream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).collect(Collectors.averagingInt(x -> x)) + " "
                + Stream.of(1L, 2L).collect(Collectors.averagingLong(x -> x)) + " "
                + Stream.<Integer>empty().collect(Collectors.averagingInt(x -> x)) + " "
                + Stream.<Double>empty().collect(Collectors.averagingDouble(x -> x)));
        double[] awkward = {0.1, 1e308, 1e308, -1e308, 3.3, 1e-320, -0.0, 7.25, 1e16, 1.0, -1e16};
        System.out.println(Arrays.stream(awkward).boxed().collect(Collectors.averagingDouble(x -> x)) + " "
                + Arrays.stream(awkward).boxed().collect(Collectors.summingDouble(x -> x)) + " "
                + Arrays.stream(awkward).sum() + " " + Arrays.stream(awkward).average());
        double[] tiny = new double[100];
        for (int i = 0; i < tiny.length; i++) tiny[i] = (i % 3 == 0 ? 1e-3 : 0.1) * (i + 1) / 7.0;
        System.out.println(Arrays.stream(tiny).boxed().collect(Collectors.averagingDouble(x -> x)) + " "
                + Arrays.stream(tiny).boxed().collect(Collectors.summingDouble(x -> x)) + " " + Arrays.stream(tiny).sum());
        System.out.println(Stream.of(Double.POSITIVE_INFINITY, 1.0).collect(Collectors.summingDouble(x -> x)) + " "
                + Stream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).collect(Collectors.summingDouble(x -> x)) + " "
                + Stream.of(Double.NaN, 1.0).collect(Collectors.averagingDouble(x -> x)) + " "
                + Stream.of(Double.MAX_VALUE, Double.MAX_VALUE).collect(Collectors.summingDouble(x -> x)));
        System.out.println(words.stream().collect(Collectors.summarizingInt(String::length)));
        System.out.println(words.stream().collect(Collectors.summarizingLong(w -> (long) w.hashCode() << 20)));
        System.out.println(Arrays.stream(awkward).boxed().collect(Collectors.summarizingDouble(x -> x)));
        System.out.println(words.stream().collect(Collectors.groupingBy(String::length)));
        System.out.println(words.stream().collect(Collectors.groupingBy(w -> w.charAt(0), Collectors.counting())));
        TreeMap<Integer, String> byLength = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.joining("|")));
        System.out.println(byLength);
        System.out.println(words.stream().collect(Collectors.groupingBy(w -> w.length() % 3, Collectors.mapping(w -> w.substring(0, 1), Collectors.toSet()))));
        attempt("groupingBy null key", () -> words.stream().collect(Collectors.groupingBy(w -> w.length() > 4 ? null : w)));
        Map<Boolean, List<String>> parts = words.stream().collect(Collectors.partitioningBy(w -> w.length() > 4));
        System.out.println(parts + " " + parts.get(true) + " " + parts.get("x") + " " + parts.containsKey(false) + " "
                + parts.containsKey(1) + " " + parts.size() + " " + parts.keySet() + " " + parts.hashCode()
                + " " + parts.equals(Map.of(false, parts.get(false), true, parts.get(true))));
        attempt("partition put", () -> parts.put(true, null));
        attempt("partition setValue", () -> parts.entrySet().iterator().next().setValue(null));
        System.out.println(Stream.<String>empty().collect(Collectors.partitioningBy(String::isEmpty)));
        System.out.println(words.stream().collect(Collectors.partitioningBy(w -> w.contains("a"), Collectors.counting())));
        System.out.println(words.stream().distinct().collect(Collectors.toMap(w -> w, String::length)));
        attempt("toMap duplicate", () -> words.stream().collect(Collectors.toMap(w -> w, String::length)));
        attempt("toMap duplicate by length", () -> words.stream().collect(Collectors.toMap(String::length, w -> w)));
        attempt("toMap null value", () -> words.stream().collect(Collectors.toMap(w -> w, w -> null)));
        System.out.println(Stream.of("a", "b").collect(Collectors.toMap(w -> null, w -> w, (x, y) -> x + y)));
        System.out.println(words.stream().collect(Collectors.toMap(String::length, w -> w, (a, b) -> a + "&" + b)));
        TreeMap<Character, Integer> initials = words.stream().collect(Collectors.toMap(w -> w.charAt(0), w -> 1, Integer::sum, TreeMap::new));
        System.out.println(initials);
        System.out.println(Stream.of("a", "b", "c").collect(Collectors.toMap(w -> "k", w -> w, (a, b) -> a.equals("a") ? null : b)));
        System.out.println(new TreeMap<>(words.stream().distinct().collect(Collectors.toUnmodifiableMap(w -> w, String::length))));
        attempt("toUnmodifiableMap duplicate", () -> words.stream().collect(Collectors.toUnmodifiableMap(w -> w, String::length)));
        System.out.println(new TreeMap<>(words.stream().collect(Collectors.toUnmodifiableMap(String::length, w -> w, (a, b) -> b))));
        attempt("toUnmodifiableMap null mapper", () -> Collectors.toUnmodifiableMap(null, w -> w));
        attempt("toUnmodifiableMap null merge", () -> Collectors.toUnmodifiableMap(w -> w, w -> w, null));
        String teed = words.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.joining(","), (n, s) -> n + ":" + s));
        System.out.println(teed);
        attempt("teeing null", () -> Collectors.teeing(Collectors.counting(), null, (a, b) -> a));
        attempt("teeing null merger", () -> Collectors.teeing(Collectors.counting(), Collectors.counting(), null));
        Collector<Object, ?, ?> conc = Collector.of(ArrayList::new, ArrayList::add, (x, y) -> x,
                Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED);
        Collector<Object, ?, ?> concOnly = Collector.of(ArrayList::new, ArrayList::add, (x, y) -> x, Collector.Characteristics.CONCURRENT);
        List<Collector<?, ?, ?>> all = List.of(Collectors.toList(), Collectors.toSet(), Collectors.joining(),
                Collectors.groupingBy(x -> x), Collectors.collectingAndThen(Collectors.toList(), x -> x),
                Collectors.toUnmodifiableSet(), Collectors.toUnmodifiableList(), Collectors.partitioningBy(x -> true),
                Collectors.counting(), Collectors.mapping(x -> x, Collectors.toSet()), Collectors.teeing(conc, conc, (a, b) -> a),
                Collectors.teeing(conc, concOnly, (a, b) -> a), Collectors.teeing(Collectors.toSet(), Collectors.toSet(), (a, b) -> a),
                Collectors.toMap(x -> x, x -> x), Collectors.groupingBy(x -> x, Collectors.counting()),
                Collectors.summarizingInt(x -> 1), Collectors.toCollection(ArrayList::new), Collectors.reducing(0, (a, b) -> a),
                Collectors.toUnmodifiableMap(x -> x, x -> x), Collectors.partitioningBy(x -> true, Collectors.counting()),
                Collectors.collectingAndThen(conc, x -> x), Collectors.mapping(x -> x, conc),
                Collector.of(ArrayList::new, ArrayList::add, (x, y) -> x), Collector.of(ArrayList::new, ArrayList::add, (x, y) -> x, x -> x),
                Collector.of(ArrayList::new, ArrayList::add, (x, y) -> x, x -> x, Collector.Characteristics.IDENTITY_FINISH, Collector.Characteristics.CONCURRENT));
        StringBuilder traits = new StringBuilder();
        for (Collector<?, ?, ?> c : all) traits.append(c.characteristics());
        System.out.println(traits);
        // A hand-made collector through the whole protocol.
        Collector<String, StringBuilder, String> upper = Collector.of(StringBuilder::new,
                (sb, s) -> sb.append(s.toUpperCase()), StringBuilder::append, StringBuilder::toString);
        System.out.println(words.stream().limit(3).collect(upper));
        System.out.println(IntStream.range(0, 20).boxed().collect(Collectors.groupingBy(i -> i % 7, Collectors.reducing(0, Integer::sum))));
    }
}
