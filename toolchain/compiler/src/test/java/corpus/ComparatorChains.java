package corpus;

import java.util.*;

public class ComparatorChains {
    record Item(String category, String name, double price, Integer rank) {}

    public static void main(String[] args) {
        List<Item> items = new ArrayList<>(List.of(
            new Item("fruit", "apple", 1.5, 3), new Item("veg", "carrot", 0.5, null),
            new Item("fruit", "banana", 0.25, 1), new Item("dairy", "milk", 1.5, 2),
            new Item("veg", "beet", 0.75, 5), new Item("fruit", "cherry", 4.0, null),
            new Item("dairy", "cheese", 7.0, 4)));
        Comparator<Item> byCat = Comparator.comparing(Item::category);
        Comparator<Item> byPrice = Comparator.comparingDouble(Item::price);
        items.sort(byCat.thenComparing(byPrice.reversed()).thenComparing(Item::name));
        items.forEach(i -> System.out.println(i.category() + " " + i.name() + " " + i.price()));
        System.out.println("--");
        items.sort(Comparator.comparing(Item::rank, Comparator.nullsFirst(Comparator.naturalOrder())));
        items.forEach(i -> System.out.println(i.rank() + " " + i.name()));
        System.out.println("--");
        items.sort(Comparator.comparing(Item::rank, Comparator.nullsLast(Comparator.reverseOrder())));
        items.forEach(i -> System.out.println(i.rank() + " " + i.name()));
        System.out.println("--");
        items.sort(Comparator.comparing(Item::price).thenComparing(Item::name, Comparator.comparing(String::length)).thenComparing(Item::name));
        items.forEach(i -> System.out.println(i.price() + " " + i.name()));
        Comparator<String> byLenThenAlpha = Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder());
        List<String> s = new ArrayList<>(List.of("bb", "a", "ccc", "aa", "c", "b", "abc"));
        s.sort(byLenThenAlpha);
        System.out.println(s);
        s.sort(byLenThenAlpha.reversed());
        System.out.println(s);
        Comparator<Integer> natural = Comparator.naturalOrder();
        System.out.println(natural.compare(1, 2) + " " + natural.reversed().compare(1, 2) + " " + Comparator.<Integer>reverseOrder().compare(5, 5));
        System.out.println(Integer.compare(Integer.MIN_VALUE, Integer.MAX_VALUE) + " " + Long.compare(3, 3) + " " + Character.compare('b', 'a'));
        System.out.println(Boolean.compare(true, false) + " " + Double.compare(0.0, -0.0) + " " + "b".compareTo("abc"));
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < 8; i++) pairs.add(new int[]{i % 3, 7 - i});
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        StringBuilder sb = new StringBuilder();
        for (int[] p : pairs) sb.append(Arrays.toString(p));
        System.out.println(sb);
        Optional<Item> cheapest = items.stream().min(byPrice);
        System.out.println(cheapest.map(Item::name).orElse("none"));
        System.out.println(Collections.max(items, byPrice.thenComparing(Item::name)).name());
    }
}
