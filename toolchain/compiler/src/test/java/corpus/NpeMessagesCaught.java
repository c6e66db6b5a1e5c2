package corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Helpful NullPointerException messages for every dereferencing bytecode and many kinds of null source. */
public class NpeMessagesCaught {
    static class Node {
        String name;
        Node next;
        Node[] children;
        int[] counts;
        long total;
        int index;
        RuntimeException pending;

        Node self() {
            return null;
        }

        void visit(int depth, String label, long weight, double[] marks, Node[][] grid, Map.Entry<String, Node> e) {
        }

        @Override
        public String toString() {
            return null;
        }
    }

    interface Shape {
        int sides();
    }

    static Node root;
    static String title;
    static int[] histogram;
    static Object lock;
    static int position = 1;
    static int failures;

    static void show(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (NullPointerException e) {
            failures++;
            System.out.println(what + ": " + e.getMessage());
        }
    }

    static String none() {
        return null;
    }

    static Node chain(int n) {
        Node head = new Node();
        Node n1 = head;
        for (int k = 0; k < n; k++) {
            n1.next = new Node();
            n1 = n1.next;
        }
        return head;
    }

    // Plain methods, so their parameters and locals are named the way the class file says.

    static int loadInt(int[] a) {
        return a[0];
    }

    static long loadLong(long[] a) {
        return a[1];
    }

    static float loadFloat(float[] a) {
        return a[0];
    }

    static double loadDouble(double[] a) {
        return a[0];
    }

    static byte loadByte(byte[] a) {
        return a[0];
    }

    static boolean loadBoolean(boolean[] a) {
        return a[0];
    }

    static char loadChar(char[] a) {
        return a[0];
    }

    static short loadShort(short[] a) {
        return a[0];
    }

    static Object loadObject(Object[] a) {
        return a[0];
    }

    static void storeAll(int kind, Object array) {
        switch (kind) {
            case 0 -> ((int[]) array)[0] = 1;
            case 1 -> ((long[]) array)[0] = 1L;
            case 2 -> ((float[]) array)[0] = 1f;
            case 3 -> ((double[]) array)[0] = 1.0;
            case 4 -> ((byte[]) array)[0] = 1;
            case 5 -> ((boolean[]) array)[0] = true;
            case 6 -> ((char[]) array)[0] = 'c';
            case 7 -> ((short[]) array)[0] = 2;
            default -> ((String[]) array)[0] = "s";
        }
    }

    static int length(int[] values) {
        return values.length;
    }

    static void raise(RuntimeException problem) {
        throw problem;
    }

    static void guarded(Object monitor) {
        synchronized (monitor) {
            failures += 0;
        }
    }

    static String readName(Node n) {
        return n.name;
    }

    static void writeTotal(Node n, long t) {
        n.total = t;
    }

    static int twice(Integer boxed) {
        return boxed * 2;
    }

    static int stored(String s) {
        return s.concat(s = null).length();
    }

    static int element(String[] words, int i) {
        return words[i].length();
    }

    static int elementOfElement(String[][] grid, int[] rows) {
        return grid[rows[0]][position].length();
    }

    static int byteIndexed(String[] words, byte[] at) {
        return words[at[0]].length();
    }

    static int computedIndex(String[] words, int i) {
        return words[i * 2 + 1].length();
    }

    static int pick(boolean first, String a, String b) {
        return (first ? a : b).length();
    }

    static int pickField(boolean first, Node a, Node b) {
        return (first ? a : b).name.length();
    }

    static int compound(Node n) {
        return n.counts[n.index] += 3;
    }

    static void increment(Node n) {
        n.next.index++;
    }

    static void accumulate(Node n) {
        n.total += 10;
    }

    static void append(Node n, int k) {
        n.name += "-" + k;
    }

    static void label(Node n, String who, int k) {
        n.next.visit(k, "node " + who + " #" + k, 3L, null, null, null);
    }

    static int nested(Map<String, String> map, int k) {
        return map.get("key" + k).trim().length();
    }

    static int afterLoop(List<String> items) {
        String last = "start";
        for (String s : items) {
            last = s;
        }
        return last.length();
    }

    static int inHandler(String s) {
        try {
            Integer.parseInt("x");
            return 0;
        } catch (NumberFormatException e) {
            return s.length();
        }
    }

    static int wideArgs(long a, double b, String c, long d, String e) {
        return e.length() + (int) a;
    }

    static int castThrough(Object o) {
        return ((Node) o).next.name.length();
    }

    static int deepChain(Node n) {
        return n.next.next.next.next.next.name.length();
    }

    static int deepArray(String[][][][][][] a) {
        return a[0][0][0][0][0][0].length();
    }

    int instanceField;
    Node instanceNode;

    int onThis() {
        return instanceNode.next.name.length();
    }

    public static void main(String[] args) {
        show("iaload", () -> loadInt(null));
        show("laload", () -> loadLong(null));
        show("faload", () -> loadFloat(null));
        show("daload", () -> loadDouble(null));
        show("baload", () -> loadByte(null));
        show("baload boolean", () -> loadBoolean(null));
        show("caload", () -> loadChar(null));
        show("saload", () -> loadShort(null));
        show("aaload", () -> loadObject(null));
        for (int kind = 0; kind <= 8; kind++) {
            int k = kind;
            show("store kind " + k, () -> storeAll(k, null));
        }
        show("arraylength", () -> length(null));
        show("athrow", () -> raise(null));
        show("monitorenter", () -> guarded(null));
        show("monitorenter static", () -> {
            synchronized (lock) {
                failures += 0;
            }
        });
        show("getfield", () -> readName(null));
        show("putfield long", () -> writeTotal(null, 5L));
        show("unboxing", () -> twice(null));
        show("stored after load", () -> stored(null));
        show("static field", () -> title.length());
        show("static chain", () -> {
            root = new Node();
            root.next.name.length();
        });
        show("static array", () -> histogram[position] = 1);
        show("return value", () -> none().length());
        show("return value chain", () -> new Node().self().next.name.length());
        show("toString result", () -> new Node().toString().length());
        show("map get", () -> new HashMap<String, Node>().get("x").name.length());
        show("element const", () -> element(new String[3], 2));
        show("element of element", () -> elementOfElement(new String[2][2], new int[1]));
        show("byte index", () -> byteIndexed(new String[2], new byte[1]));
        show("computed index", () -> computedIndex(new String[4], 1));
        show("ternary", () -> pick(true, null, "b"));
        show("ternary field", () -> pickField(false, new Node(), null));
        show("compound element", () -> compound(new Node()));
        show("increment field", () -> increment(new Node()));
        show("compound long field", () -> accumulate(null));
        show("concat compound", () -> append(null, 4));
        show("concat argument", () -> label(new Node(), "n", 7));
        show("nested calls", () -> nested(new HashMap<>(), 3));
        List<String> items = new ArrayList<>();
        items.add("one");
        items.add(null);
        show("after loop", () -> afterLoop(items));
        show("null iterable", () -> afterLoop(null));
        show("in handler", () -> inHandler(null));
        show("wide arguments", () -> wideArgs(1L, 2.0, "c", 4L, null));
        show("cast", () -> castThrough(chain(1)));
        show("deep chain", () -> deepChain(chain(5)));
        show("deep array", () -> deepArray(new String[1][1][1][1][1][1]));
        show("this chain", () -> {
            NpeMessagesCaught self = new NpeMessagesCaught();
            self.instanceNode = new Node();
            self.onThis();
        });
        show("throw field", () -> {
            throw new Node().pending;
        });
        show("interface", () -> {
            Shape s = null;
            s.sides();
        });
        show("local array", () -> {
            int[][] table = new int[2][];
            table[1][0] = 4;
        });
        show("supplier", () -> {
            Supplier<String> sup = () -> null;
            sup.get().isEmpty();
        });
        show("method reference", () -> {
            Function<String, Integer> f = String::length;
            f.apply(null);
        });
        show("string switch", () -> {
            String s = none();
            switch (s) {
                case "a" -> failures++;
                default -> failures--;
            }
        });
        show("array clone", () -> {
            int[] a = null;
            a.clone();
        });
        show("local null", () -> {
            Node n = null;
            n.children[0] = null;
        });
        show("children", () -> {
            Node n = new Node();
            n.children = new Node[2];
            n.children[1].name.length();
        });
        System.out.println("failures=" + failures);
    }
}
