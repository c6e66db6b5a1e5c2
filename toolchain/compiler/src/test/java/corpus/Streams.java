package corpus;

import java.util.*;
import java.util.stream.*;

public class Streams {
    record Emp(String name, String dept, int salary) {}

    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 10).sum() + " " + IntStream.rangeClosed(1, 5).reduce(1, (a, b) -> a * b));
        System.out.println(IntStream.range(0, 20).filter(i -> i % 3 == 0).map(i -> i * i).boxed().collect(Collectors.toList()));
        System.out.println(Stream.of("a", "bb", "ccc").map(String::toUpperCase).collect(Collectors.joining(", ", "[", "]")));
        System.out.println(Stream.of(5, 3, 8, 1).sorted().toList() + " " + Stream.of(5, 3, 8, 1).sorted(Comparator.reverseOrder()).toList());
        System.out.println(Stream.iterate(1, x -> x * 2).limit(10).toList());
        System.out.println(Stream.iterate(1, x -> x < 100, x -> x * 3).map(String::valueOf).collect(Collectors.joining("-")));
        System.out.println(IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).summaryStatistics());
        System.out.println(IntStream.of(3, 1, 4).average().getAsDouble() + " " + IntStream.empty().max() + " " + LongStream.range(0, 5).sum());
        System.out.println(DoubleStream.of(1.5, 2.5).sum() + " " + DoubleStream.of(0.1, 0.2, 0.3).sum());
        List<Emp> emps = List.of(new Emp("ann", "eng", 120), new Emp("bob", "eng", 100), new Emp("cat", "ops", 90),
                new Emp("dan", "ops", 95), new Emp("eve", "sales", 80), new Emp("fay", "eng", 130));
        Map<String, List<String>> byDept = emps.stream().collect(Collectors.groupingBy(Emp::dept, TreeMap::new, Collectors.mapping(Emp::name, Collectors.toList())));
        System.out.println(byDept);
        Map<String, Integer> total = emps.stream().collect(Collectors.groupingBy(Emp::dept, TreeMap::new, Collectors.summingInt(Emp::salary)));
        System.out.println(total);
        Map<String, Long> counts = emps.stream().collect(Collectors.groupingBy(Emp::dept, TreeMap::new, Collectors.counting()));
        System.out.println(counts);
        Map<Boolean, List<String>> part = emps.stream().collect(Collectors.partitioningBy(e -> e.salary() >= 100, Collectors.mapping(Emp::name, Collectors.toList())));
        System.out.println(part);
        System.out.println(emps.stream().mapToInt(Emp::salary).max().getAsInt() + " " + emps.stream().map(Emp::name).filter(n -> n.contains("a")).count());
        System.out.println(emps.stream().sorted(Comparator.comparingInt(Emp::salary)).map(Emp::name).toList());
        System.out.println(emps.stream().anyMatch(e -> e.salary() > 125) + " " + emps.stream().allMatch(e -> e.salary() > 85) + " " + emps.stream().noneMatch(e -> e.dept().isEmpty()));
        System.out.println(emps.stream().map(Emp::dept).distinct().toList() + " " + emps.stream().skip(2).limit(2).map(Emp::name).toList());
        System.out.println(emps.stream().findFirst().map(Emp::name).orElse("?") + " " + emps.stream().filter(e -> e.salary() < 0).findFirst());
        Map<String, Integer> toMap = emps.stream().collect(Collectors.toMap(Emp::name, Emp::salary, (a, b) -> a, TreeMap::new));
        System.out.println(toMap);
        System.out.println(Stream.of("x", "y", "z").reduce("", String::concat) + " " + Stream.of(1, 2, 3).reduce(Integer::sum).get());
        System.out.println(Stream.of(List.of(1, 2), List.of(3), List.<Integer>of()).flatMap(List::stream).map(i -> i * 10).toList());
        ArrayDeque<String> deque = IntStream.range(0, 5).mapToObj(i -> "i" + i).collect(Collectors.toCollection(ArrayDeque::new));
        System.out.println(deque);
        System.out.println("hello world".chars().filter(Character::isLetter).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        System.out.println(Arrays.stream(new int[]{4, 2, 7}).map(x -> -x).sorted().boxed().toList());
        TreeSet<String> treeSet = Stream.of("b", "a", "c").collect(Collectors.toCollection(TreeSet::new));
        System.out.println(treeSet);
        List<Integer> peeked = new ArrayList<>();
        long cnt = Stream.of(1, 2, 3, 4).filter(x -> x > 1).peek(peeked::add).map(x -> x * 2).filter(x -> x < 8).count();
        System.out.println(cnt + " " + peeked);
        System.out.println(Stream.generate(() -> "z").limit(3).collect(Collectors.joining()));
        System.out.println(IntStream.iterate(0, i -> i + 2).takeWhile(i -> i < 10).boxed().toList() + " " + IntStream.range(0, 10).dropWhile(i -> i < 7).boxed().toList());
        System.out.println(emps.stream().collect(Collectors.averagingInt(Emp::salary)) + " " + emps.stream().collect(Collectors.summingLong(Emp::salary)));
        Map<Integer, String> byLen = Stream.of("aa", "b", "cc", "ddd").collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.joining("+")));
        System.out.println(byLen);
        System.out.println(Stream.of(3, 1, 2).min(Comparator.naturalOrder()).get() + " " + Stream.concat(Stream.of(1), Stream.of(2)).toList());
    }
}
