package corpus;

import java.util.*;

public class HashSetOps {
    public static void main(String[] args) {
        Set<String> s = new HashSet<>();
        for (String w : "to be or not to be that is the question whether tis nobler in the mind".split(" ")) s.add(w);
        System.out.println(s);
        System.out.println(s.size() + " " + s.contains("be") + " " + s.contains("bee"));
        System.out.println(s.add("to") + " " + s.add("suffer") + " " + s.remove("or") + " " + s.remove("or"));
        System.out.println(s);
        Set<Integer> ints = new HashSet<>();
        for (int i = 0; i < 40; i++) ints.add(i * i % 50 - 10);
        System.out.println(ints);
        Set<Integer> evens = new HashSet<>();
        for (int i : ints) if (i % 2 == 0) evens.add(i);
        Set<Integer> inter = new HashSet<>(ints);
        inter.retainAll(evens);
        System.out.println(inter.equals(evens) + " " + inter.size());
        Set<Integer> diff = new HashSet<>(ints);
        diff.removeAll(evens);
        System.out.println(diff);
        Set<Integer> union = new HashSet<>(diff);
        union.addAll(List.of(1000, 2000, -3000));
        System.out.println(union);
        System.out.println(union.containsAll(diff) + " " + diff.containsAll(union));
        Set<Character> chars = new HashSet<>();
        for (char c : "hello world".toCharArray()) chars.add(c);
        System.out.println(chars);
        Set<Long> longs = new HashSet<>();
        for (long l = 1; l < 1L << 40; l *= 7) longs.add(l);
        System.out.println(longs);
        Set<Object> mixed = new HashSet<>();
        mixed.add(1);
        mixed.add(1L);
        mixed.add("1");
        mixed.add('1');
        mixed.add(1.0);
        mixed.add(true);
        mixed.add(null);
        System.out.println(mixed.size() + " " + mixed.contains(null) + " " + mixed.contains((short) 1));
        Set<Integer> fromList = new HashSet<>(List.of(5, 3, 5, 1, 3));
        System.out.println(fromList + " " + fromList.hashCode() + " " + fromList.equals(Set.of(1, 3, 5)));
        Iterator<Integer> it = ints.iterator();
        int removed = 0;
        while (it.hasNext()) {
            if (it.next() < 0) {
                it.remove();
                removed++;
            }
        }
        System.out.println(removed + " " + ints);
        Set<String> bigSet = new HashSet<>();
        for (int i = 0; i < 100; i++) bigSet.add("item" + i);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String x : bigSet) {
            if (n++ % 10 == 0) sb.append(x).append(' ');
        }
        System.out.println(sb);
    }
}
