package corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Linked, cyclic and deep structures survive collections while garbage around them is freed. */
public class GcLinkedStructures {
    static final class Node {
        Node next, prev;
        int value;
        Object payload;
        Node(int value) { this.value = value; }
    }

    static final class Tree {
        Tree left, right;
        int depth;
        Tree(int depth) { this.depth = depth; }
    }

    static Tree build(int depth) {
        Tree t = new Tree(depth);
        if (depth > 0) {
            t.left = build(depth - 1);
            t.right = build(depth - 1);
        }
        return t;
    }

    static long count(Tree t) {
        return t == null ? 0 : 1 + count(t.left) + count(t.right);
    }

    /** A ring of n nodes, each also pointing back: a cycle the tracer must not loop on. */
    static Node ring(int n) {
        Node first = new Node(0), last = first;
        for (int i = 1; i < n; i++) {
            Node x = new Node(i);
            x.prev = last;
            last.next = x;
            last = x;
        }
        last.next = first;
        first.prev = last;
        return first;
    }

    static long ringSum(Node first) {
        long s = 0;
        Node x = first;
        do { s += x.value; x = x.next; } while (x != first);
        return s;
    }

    public static void main(String[] args) {
        // A long list (deep for a recursive marker) kept alive while much garbage comes and goes.
        Node head = null;
        for (int i = 0; i < 1_000_000; i++) {
            Node x = new Node(i);
            x.next = head;
            head = x;
        }
        Node keptRing = ring(10_000);
        Tree keptTree = build(16);
        long garbage = 0;
        for (int round = 0; round < 40; round++) {
            Node r = ring(20_000);           // cyclic garbage once the round ends
            Tree t = build(12);
            garbage += ringSum(r) + count(t);
            if (round % 10 == 0) System.gc();
        }
        long listSum = 0;
        int listLen = 0;
        for (Node x = head; x != null; x = x.next) { listSum += x.value; listLen++; }
        System.out.println("list " + listLen + " " + listSum);
        System.out.println("ring " + ringSum(keptRing) + " back " + keptRing.prev.value + " " + keptRing.next.prev.value);
        System.out.println("tree " + count(keptTree) + " garbage " + garbage);

        // A graph in a map with cycles through the map's own entries.
        Map<Integer, List<Node>> graph = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            List<Node> edges = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                Node n = new Node(i * 5 + k);
                n.payload = graph;           // back to the root of the structure
                edges.add(n);
            }
            graph.put(i, edges);
            byte[] noise = new byte[100 + i % 500];
            noise[0] = 1;
        }
        System.gc();
        long g = 0;
        for (Map.Entry<Integer, List<Node>> e : graph.entrySet())
            for (Node n : e.getValue()) g += n.value + (n.payload == graph ? 1 : 0);
        System.out.println("graph " + graph.size() + " " + g);
    }
}
