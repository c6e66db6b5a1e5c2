package corpus;

import java.util.*;

public class CollectionsUtil {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 1; i <= 10; i++) list.add(i);
        Collections.reverse(list);
        System.out.println(list);
        Collections.shuffle(list, new Random(42));
        System.out.println(list);
        Collections.rotate(list, 3);
        System.out.println(list);
        Collections.swap(list, 0, 9);
        System.out.println(list);
        Collections.sort(list);
        System.out.println(Collections.binarySearch(list, 7) + " " + Collections.binarySearch(list, 11));
        System.out.println(Collections.max(list) + " " + Collections.min(list) + " " + Collections.frequency(List.of(1, 2, 1, 1), 1));
        System.out.println(Collections.nCopies(3, "ab") + " " + Collections.emptyList() + " " + Collections.singletonList(5) + " " + Collections.emptyMap());
        List<String> un = Collections.unmodifiableList(new ArrayList<>(List.of("a")));
        try {
            un.add("b");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable: " + e.getMessage());
        }
        try {
            List.of(1, 2).set(0, 5);
        } catch (UnsupportedOperationException e) {
            System.out.println("immutable set: " + e.getMessage());
        }
        try {
            List.of(1, null);
        } catch (NullPointerException e) {
            System.out.println("List.of null rejected");
        }
        try {
            Map.of("k", 1, "k", 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Set.of("x", "x");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        List<Integer> fill = new ArrayList<>(Collections.nCopies(4, 0));
        Collections.fill(fill, 9);
        System.out.println(fill + " " + Collections.disjoint(fill, List.of(1, 2)) + " " + Collections.disjoint(fill, List.of(9)));
        List<String> letters = new ArrayList<>(List.of("c", "a", "b"));
        Collections.addAll(letters, "e", "d");
        Collections.sort(letters, Collections.reverseOrder());
        System.out.println(letters + " " + Collections.indexOfSubList(letters, List.of("c", "b")));
        List<Integer> copyDest = new ArrayList<>(Arrays.asList(0, 0, 0, 0));
        Collections.copy(copyDest, List.of(7, 8));
        System.out.println(copyDest);
        System.out.println(Collections.unmodifiableMap(new TreeMap<>(Map.of("z", 1, "a", 2))));
        SortedSet<Integer> ss = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(3, 1, 2)));
        System.out.println(ss + " " + ss.first());
        Iterator<Integer> empty = Collections.emptyIterator();
        System.out.println(empty.hasNext());
        List<Integer> rotated = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        Collections.rotate(rotated, -2);
        System.out.println(rotated);
        Random r = new Random(1);
        List<Integer> deck = new ArrayList<>();
        for (int i = 0; i < 20; i++) deck.add(i);
        Collections.shuffle(deck, r);
        System.out.println(deck);
        System.out.println(List.copyOf(deck).subList(0, 3) + " " + Collections.list(Collections.enumeration(List.of("e1", "e2"))));
    }
}
