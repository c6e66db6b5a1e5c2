package corpus;

import java.util.*;

public class ArrayListOps {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) list.add(i * 3 % 7);
        System.out.println(list + " size=" + list.size());
        list.add(0, -1);
        list.add(list.size(), 100);
        System.out.println(list);
        System.out.println(list.get(5) + " " + list.indexOf(6) + " " + list.lastIndexOf(6) + " " + list.indexOf(42));
        System.out.println(list.contains(5) + " " + list.contains(99));
        list.remove(Integer.valueOf(6));
        list.remove(0);
        System.out.println(list);
        System.out.println(list.set(2, 55) + " " + list);
        list.removeIf(x -> x % 2 == 0);
        System.out.println(list);
        List<Integer> sub = list.subList(1, 4);
        System.out.println(sub + " " + sub.size());
        sub.clear();
        System.out.println(list);
        list.replaceAll(x -> x * 10);
        System.out.println(list);
        List<String> s = new ArrayList<>(List.of("d", "a", "c", "b"));
        Collections.sort(s);
        System.out.println(s + " " + s.equals(List.of("a", "b", "c", "d")) + " " + s.hashCode());
        s.addAll(1, List.of("x", "y"));
        System.out.println(s);
        s.retainAll(List.of("a", "y", "d", "q"));
        System.out.println(s);
        s.removeAll(List.of("y"));
        System.out.println(s + " " + s.isEmpty());
        Object[] arr = s.toArray();
        String[] sarr = s.toArray(new String[0]);
        System.out.println(arr.length + " " + sarr[1] + " " + Arrays.toString(sarr));
        ListIterator<String> it = s.listIterator();
        while (it.hasNext()) {
            String v = it.next();
            if (v.equals("a")) it.add("a2");
            else it.set(v + "!");
        }
        System.out.println(s);
        while (it.hasPrevious()) System.out.print(it.previous() + (it.hasPrevious() ? "," : "\n"));
        List<Integer> big = new ArrayList<>(5);
        for (int i = 0; i < 1000; i++) big.add(i);
        long sum = 0;
        for (int x : big) sum += x;
        System.out.println(sum + " " + big.size() + " " + big.get(999));
        big.subList(10, 990).clear();
        System.out.println(big);
        List<String> nulls = new ArrayList<>();
        nulls.add(null);
        nulls.add("z");
        System.out.println(nulls + " " + nulls.indexOf(null) + " " + nulls.contains(null));
        try {
            big.remove(50);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            big.add(-1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        List<Integer> copy = List.copyOf(big);
        System.out.println(copy.equals(big) + " " + (copy.hashCode() == big.hashCode()));
        Collections.reverse(big);
        System.out.println(big);
    }
}
