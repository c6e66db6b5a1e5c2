package corpus;

import java.util.*;

public class ArrayDequeOps {
    public static void main(String[] args) {
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) {
            dq.addFirst(i);
            dq.addLast(-i);
        }
        System.out.println(dq + " size=" + dq.size());
        System.out.println(dq.peekFirst() + " " + dq.peekLast() + " " + dq.pollFirst() + " " + dq.pollLast());
        System.out.println(dq);
        dq.push(100);
        System.out.println(dq.pop() + " " + dq.peek() + " " + dq.element());
        Deque<String> stack = new ArrayDeque<>();
        for (String s : "a b c d".split(" ")) stack.push(s);
        StringBuilder sb = new StringBuilder();
        while (!stack.isEmpty()) sb.append(stack.pop());
        System.out.println(sb);
        Queue<String> q = new ArrayDeque<>();
        q.offer("x");
        q.offer("y");
        q.add("z");
        System.out.println(q.poll() + q.poll() + q.poll() + q.poll());
        System.out.println(q.peek());
        try {
            q.remove();
        } catch (NoSuchElementException e) {
            System.out.println("empty remove: " + e.getMessage());
        }
        try {
            new ArrayDeque<Integer>().pop();
        } catch (NoSuchElementException e) {
            System.out.println("empty pop");
        }
        try {
            dq.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("null rejected");
        }
        ArrayDeque<Integer> big = new ArrayDeque<>(2);
        for (int i = 0; i < 100; i++) {
            if (i % 3 == 0) big.addFirst(i);
            else big.addLast(i);
            if (i % 5 == 0) big.pollFirst();
        }
        System.out.println(big.size() + " " + big.peekFirst() + " " + big.peekLast());
        Iterator<Integer> desc = big.descendingIterator();
        int cnt = 0;
        StringBuilder d = new StringBuilder();
        while (desc.hasNext() && cnt++ < 10) d.append(desc.next()).append(',');
        System.out.println(d);
        System.out.println(big.contains(42) + " " + big.contains(45) + " " + big.removeFirstOccurrence(42) + " " + big.contains(42));
        int[] sums = new int[1];
        big.forEach(x -> sums[0] += x);
        System.out.println(sums[0]);
        Object[] arr = dq.toArray();
        System.out.println(Arrays.toString(arr));
        LinkedList<Integer> ll = new LinkedList<>(dq);
        ll.addFirst(7);
        ll.removeLast();
        System.out.println(ll + " " + ll.getFirst() + " " + ll.indexOf(-2));
    }
}
