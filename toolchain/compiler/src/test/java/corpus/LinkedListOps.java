package corpus;

import java.util.*;

public class LinkedListOps {
    public static void main(String[] args) {
        LinkedList<String> ll = new LinkedList<>();
        ll.add("b");
        ll.addFirst("a");
        ll.addLast("c");
        ll.add(1, "x");
        System.out.println(ll + " " + ll.size() + " " + ll.getFirst() + " " + ll.getLast() + " " + ll.get(2));
        System.out.println(ll.removeFirst() + " " + ll.removeLast() + " " + ll);
        ll.push("pushed");
        ll.offer("offered");
        ll.offerFirst("front");
        System.out.println(ll + " " + ll.peek() + " " + ll.peekLast() + " " + ll.pop() + " " + ll.poll() + " " + ll.pollLast());
        System.out.println(ll);
        ll.addAll(List.of("m", "n", "m"));
        System.out.println(ll.indexOf("m") + " " + ll.lastIndexOf("m") + " " + ll.removeLastOccurrence("m") + " " + ll);
        ListIterator<String> it = ll.listIterator();
        while (it.hasNext()) {
            String s = it.next();
            if (s.equals("x")) it.remove();
            else if (s.equals("b")) it.add("b2");
            else it.set(s.toUpperCase());
        }
        System.out.println(ll);
        Iterator<String> desc = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) sb.append(desc.next());
        System.out.println(sb);
        LinkedList<Integer> nums = new LinkedList<>();
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) nums.addFirst(i);
            else nums.addLast(i);
        }
        System.out.println(nums);
        nums.removeIf(n -> n % 3 == 0);
        System.out.println(nums + " " + nums.contains(4) + " " + nums.contains(6));
        nums.remove(Integer.valueOf(5));
        nums.remove(0);
        System.out.println(nums);
        Collections.sort(nums);
        System.out.println(nums);
        try {
            new LinkedList<String>().getFirst();
        } catch (NoSuchElementException e) {
            System.out.println("getFirst on empty: " + e.getMessage());
        }
        try {
            nums.get(100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        LinkedList<String> withNull = new LinkedList<>();
        withNull.add(null);
        withNull.add("v");
        System.out.println(withNull + " " + withNull.indexOf(null) + " " + withNull.peekFirst());
        System.out.println(nums.equals(new ArrayList<>(nums)) + " " + nums.reversed());
    }
}
