package corpus;

import java.util.*;

public class PriorityQueueOps {
    record Task(String name, int priority) {}

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        Random rnd = new Random(99);
        for (int i = 0; i < 25; i++) pq.add(rnd.nextInt(100));
        System.out.println(pq.size() + " peek=" + pq.peek());
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb);
        System.out.println(pq.poll() + " " + pq.peek());
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Comparator.reverseOrder());
        maxHeap.addAll(List.of(5, 1, 9, 3, 7, 9));
        sb.setLength(0);
        while (!maxHeap.isEmpty()) sb.append(maxHeap.remove()).append(' ');
        System.out.println(sb);
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::priority).thenComparing(Task::name));
        tasks.offer(new Task("write", 2));
        tasks.offer(new Task("test", 1));
        tasks.offer(new Task("deploy", 3));
        tasks.offer(new Task("review", 2));
        tasks.offer(new Task("plan", 1));
        while (!tasks.isEmpty()) System.out.println(tasks.poll());
        PriorityQueue<String> words = new PriorityQueue<>(List.of("pear", "apple", "fig", "banana"));
        System.out.println(words.remove("fig") + " " + words.remove("kiwi") + " " + words.contains("pear") + " " + words.size());
        sb.setLength(0);
        while (!words.isEmpty()) sb.append(words.poll()).append(',');
        System.out.println(sb);
        try {
            new PriorityQueue<Integer>().remove();
        } catch (NoSuchElementException e) {
            System.out.println("empty remove");
        }
        try {
            new PriorityQueue<Integer>().add(null);
        } catch (NullPointerException e) {
            System.out.println("null rejected");
        }
        PriorityQueue<int[]> dijkstra = new PriorityQueue<>((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
        int[][] edges = {{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 1}, {2, 3, 5}, {3, 4, 3}};
        int[] dist = new int[5];
        Arrays.fill(dist, Integer.MAX_VALUE);
        dist[0] = 0;
        dijkstra.add(new int[]{0, 0});
        while (!dijkstra.isEmpty()) {
            int[] cur = dijkstra.poll();
            if (cur[1] > dist[cur[0]]) continue;
            for (int[] e : edges) {
                if (e[0] == cur[0] && dist[cur[0]] + e[2] < dist[e[1]]) {
                    dist[e[1]] = dist[cur[0]] + e[2];
                    dijkstra.add(new int[]{e[1], dist[e[1]]});
                }
            }
        }
        System.out.println(Arrays.toString(dist));
        PriorityQueue<Integer> big = new PriorityQueue<>();
        for (int i = 1000; i > 0; i--) big.add(i * 7 % 1001);
        long checksum = 0;
        int pos = 0;
        while (!big.isEmpty()) checksum += (long) big.poll() * ++pos;
        System.out.println(checksum);
    }
}
