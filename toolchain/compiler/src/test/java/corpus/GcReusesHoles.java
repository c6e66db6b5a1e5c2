// jvm: -Xmx64m
package corpus;

/**
 * Old data thinned out to a quarter leaves every block it used with free lines between survivors (a kept
 * run of eight nodes covers at most two lines of four, however the runs fall on lines); the next 28 MB
 * must go into those holes, since without them it does not fit in the 64 MB heap (36 MB of thinned blocks
 * plus 28 MB), and the program would end with OutOfMemoryError. Then the same with what the second list
 * left.
 */
public class GcReusesHoles {
    static final class Node {   // 32 bytes natively (header, next, value): eight to a 256-byte line
        Node next;
        long value;
        Node(Node next, long value) {
            this.next = next;
            this.value = value;
        }
    }

    static Node build(int n, long seed) {
        Node head = null;
        for (int i = 0; i < n; i++) head = new Node(head, seed + i);
        return head;
    }

    /** Keeps one run of eight nodes in four, unlinking the others. */
    static Node thin(Node head) {
        Node keptHead = null, keptTail = null;
        int i = 0;
        for (Node n = head; n != null; i++) {
            Node next = n.next;
            if ((i / 8) % 4 == 0) {
                n.next = null;
                if (keptTail == null) keptHead = n; else keptTail.next = n;
                keptTail = n;
            }
            n = next;
        }
        return keptHead;
    }

    static long sum(Node head) {
        long s = 0, count = 0;
        for (Node n = head; n != null; n = n.next) { s += n.value; count++; }
        return s * 31 + count;
    }

    public static void main(String[] args) {
        int perList = 36 << 20 >> 5;   // 36 MB of nodes
        Node a = build(perList, 0);
        System.out.println("built " + sum(a));
        a = thin(a);
        System.gc();
        Node b = build(28 << 20 >> 5, 1_000_000_000L);
        System.out.println("thinned " + sum(a) + " second " + sum(b));
        b = thin(b);
        System.gc();
        Node c = build(20 << 20 >> 5, 2_000_000_000L);
        System.out.println("after " + sum(a) + " " + sum(b) + " " + sum(c));
    }
}
