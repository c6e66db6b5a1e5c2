package corpus;

import java.util.*;

public class CollectionsSort {
    record Person(String name, int age) {}

    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        Random rnd = new Random(12345);
        for (int i = 0; i < 30; i++) nums.add(rnd.nextInt(100) - 50);
        System.out.println(nums);
        Collections.sort(nums);
        System.out.println(nums);
        nums.sort(Collections.reverseOrder());
        System.out.println(nums);
        List<Person> people = new ArrayList<>(List.of(
            new Person("Ann", 30), new Person("Bob", 25), new Person("Cid", 30),
            new Person("Dee", 25), new Person("Eve", 35), new Person("Fay", 30)));
        people.sort(Comparator.comparingInt(Person::age));
        System.out.println(people);
        people.sort(Comparator.comparing(Person::name).reversed());
        System.out.println(people);
        String[] words = {"pear", "Apple", "fig", "banana", "apple", "Fig", "kiwi"};
        String[] w1 = words.clone();
        Arrays.sort(w1);
        System.out.println(Arrays.toString(w1));
        String[] w2 = words.clone();
        Arrays.sort(w2, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(w2));
        String[] w3 = words.clone();
        Arrays.sort(w3, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println(Arrays.toString(w3));
        int[] prim = new int[50];
        for (int i = 0; i < prim.length; i++) prim[i] = rnd.nextInt(1000);
        Arrays.sort(prim);
        System.out.println(Arrays.toString(prim));
        System.out.println(Arrays.binarySearch(prim, prim[17]) >= 0);
        System.out.println(Arrays.binarySearch(new int[]{1, 3, 5, 7}, 4));
        long[] la = {5L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0L};
        Arrays.sort(la);
        System.out.println(Arrays.toString(la));
        char[] ca = "sorting chars".toCharArray();
        Arrays.sort(ca);
        System.out.println(new String(ca));
        double[] da = {3.5, -0.0, 0.0, Double.NaN, -7.25, Double.MIN_VALUE};
        Arrays.sort(da);
        System.out.println(Arrays.toString(da));
        Integer[] boxed = {5, 2, 8, 1, 9};
        Arrays.sort(boxed, 1, 4);
        System.out.println(Arrays.toString(boxed));
        List<String> strs = new ArrayList<>();
        for (int i = 0; i < 200; i++) strs.add(Integer.toString(i * 7919 % 1000));
        Collections.sort(strs);
        System.out.println(strs.subList(0, 15) + " " + strs.get(199));
        List<Integer> stable = new ArrayList<>();
        for (int i = 0; i < 40; i++) stable.add(i);
        stable.sort(Comparator.comparingInt(x -> x % 4));
        System.out.println(stable);
        System.out.println(Collections.max(nums) + " " + Collections.min(nums) + " " + Collections.max(people, Comparator.comparingInt(Person::age)));
    }
}
