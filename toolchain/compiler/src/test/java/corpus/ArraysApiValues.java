package corpus;

import java.util.*;

/** Arrays: results of every operation on every element type, and the calls made on user objects. */
public class ArraysApiValues {
    static final class E {
        final String n;
        E(String n) { this.n = n; }
        @Override public boolean equals(Object o) {
            System.out.println("  equals " + n + " " + o);
            return o instanceof E e && e.n.equals(n);
        }
        @Override public int hashCode() {
            System.out.println("  hashCode " + n);
            return n.hashCode();
        }
        @Override public String toString() { return n; }
    }

    record C(int v) implements Comparable<C> {
        public int compareTo(C o) {
            System.out.println("  compareTo " + v + " " + o.v);
            return Integer.compare(v, o.v);
        }
    }

    static Comparator<Integer> traced(String name) {
        return (p, q) -> {
            System.out.println("  " + name + " " + p + " " + q);
            return p.compareTo(q);
        };
    }

    public static void main(String[] args) {
        // Searching: which of equal elements is found, insertion points, comparator argument order.
        Integer[] odd = {1, 3, 5, 7, 9};
        System.out.println(Arrays.binarySearch(odd, 4, traced("search")));
        System.out.println(Arrays.binarySearch(odd, 1, 4, 9, traced("searchRange")));
        System.out.println(Arrays.binarySearch(new C[]{new C(1), new C(2), new C(3)}, new C(3)));
        System.out.println(Arrays.binarySearch(new int[]{1, 1, 1, 1, 1}, 1) + " " + Arrays.binarySearch(new int[]{1, 1, 1, 1, 1, 1}, 1)
                + " " + Arrays.binarySearch(new int[]{2, 2, 2, 3, 3, 3, 3}, 3) + " " + Arrays.binarySearch(new int[0], 5));
        System.out.println(Arrays.binarySearch(new double[]{-0.0, 0.0, Double.NaN}, 0.0) + " "
                + Arrays.binarySearch(new double[]{-0.0, 0.0, Double.NaN}, Double.NaN) + " "
                + Arrays.binarySearch(new float[]{1, 2}, -0.0f) + " " + Arrays.binarySearch(new float[]{-0.0f, 0.0f}, -0.0f));
        System.out.println(Arrays.binarySearch(new long[]{-5, 0, 5, 10}, 7) + " " + Arrays.binarySearch(new char[]{'a', 'c', 'e'}, 'd')
                + " " + Arrays.binarySearch(new byte[]{-3, 0, 3}, (byte) 3) + " " + Arrays.binarySearch(new short[]{1, 2, 3, 4}, 1, 3, (short) 4)
                + " " + Arrays.binarySearch(new String[]{"a", "c", "e"}, "b") + " " + Arrays.binarySearch(new String[]{"a", "c", "e"}, 0, 2, "z", null));
        Random g = new Random(3);
        int[] sorted = new int[200];
        for (int i = 0; i < sorted.length; i++) sorted[i] = g.nextInt(60);
        Arrays.sort(sorted);
        StringBuilder found = new StringBuilder();
        for (int k = -2; k < 63; k += 3) found.append(Arrays.binarySearch(sorted, k)).append(' ');
        System.out.println(found);

        // Equality, mismatch, compare: which pairs are asked.
        E a = new E("a"), b = new E("b"), a2 = new E("a");
        System.out.println(Arrays.equals(new E[]{a, b, null}, new E[]{a, new E("b"), null}));
        System.out.println(Arrays.equals(new E[]{a2, b}, new E[]{a, b}) + " " + Arrays.equals(new E[]{a}, 0, 1, new E[]{b, a2}, 1, 2));
        System.out.println(Arrays.deepEquals(new Object[]{a2, new Object[]{a, new int[]{1}}}, new Object[]{a, new Object[]{a2, new int[]{1}}}));
        System.out.println(Arrays.deepEquals(new Object[]{new int[]{1}}, new Object[]{new long[]{1}}) + " "
                + Arrays.deepEquals(new Object[]{new double[]{Double.NaN}}, new Object[]{new double[]{Double.NaN}}) + " "
                + Arrays.deepEquals(null, new Object[0]) + " " + Objects.deepEquals(new int[]{1, 2}, new int[]{1, 2})
                + " " + Objects.deepEquals(new String[][]{{"x"}}, new String[][]{{"x"}}));
        System.out.println(Arrays.mismatch(new E[]{a2, b}, new E[]{a, a}) + " " + Arrays.mismatch(new E[]{a}, new E[]{a, b})
                + " " + Arrays.mismatch(new E[]{a, b}, 1, 2, new E[]{b}, 0, 1));
        Integer one = 1000, two = 2000;
        Integer[] b1 = {one, two}, b2 = {one, 2000};
        System.out.println(Arrays.equals(b1, b2, traced("eq")) + " " + Arrays.compare(b1, b2, traced("cmp"))
                + " " + Arrays.mismatch(b1, b2, traced("mm")));
        System.out.println(Arrays.equals(b1, 0, 2, b2, 0, 2, traced("eqR")) + " " + Arrays.compare(b1, 0, 2, b2, 0, 1, traced("cmpR"))
                + " " + Arrays.mismatch(b1, 0, 2, b2, 0, 2, traced("mmR")));
        C c1 = new C(1), c2 = new C(2), c3 = new C(3);
        System.out.println(Arrays.compare(new C[]{c1, new C(2), null, c3}, new C[]{c1, c2, null, c2}));
        System.out.println(Arrays.compare(new C[]{c1, null}, new C[]{c1, c2}) + " " + Arrays.compare(new C[]{c1}, new C[]{c1, c2})
                + " " + Arrays.compare(null, new C[0]) + " " + Arrays.compare(new C[0], (C[]) null) + " " + Arrays.compare(new C[]{c3}, 0, 1, new C[]{c2, c1}, 1, 2));
        System.out.println(Arrays.compare(new byte[]{1}, new byte[]{-100}) + " " + Arrays.compareUnsigned(new byte[]{1}, new byte[]{-100})
                + " " + Arrays.compare(new short[]{1}, new short[]{-100}) + " " + Arrays.compareUnsigned(new short[]{1}, new short[]{-100})
                + " " + Arrays.compare(new char[]{'a'}, new char[]{'z'}) + " " + Arrays.compare(new int[]{1, 2}, new int[]{1, 2, 3, 4, 5})
                + " " + Arrays.compare(new boolean[]{true}, new boolean[]{false}) + " " + Arrays.compare(new double[]{-0.0}, new double[]{0.0})
                + " " + Arrays.compare(new float[]{Float.NaN}, new float[]{1f}) + " " + Arrays.compareUnsigned(new int[]{-1}, new int[]{1})
                + " " + Arrays.compareUnsigned(new long[]{-1}, new long[]{1}) + " " + Arrays.compare(new long[]{5}, new long[]{5})
                + " " + Arrays.compare((int[]) null, new int[0]) + " " + Arrays.compareUnsigned(new byte[0], (byte[]) null)
                + " " + Arrays.compare(new int[]{1, 9}, 1, 2, new int[]{9}, 0, 1) + " " + Arrays.compareUnsigned(new short[]{-1, 4}, 1, 2, new short[]{3}, 0, 1));
        System.out.println(Arrays.equals(new double[]{Double.NaN, 0.0}, new double[]{Double.NaN, -0.0}) + " "
                + Arrays.mismatch(new double[]{Double.NaN, 0.0}, new double[]{Double.NaN, -0.0}) + " "
                + Arrays.mismatch(new float[]{Float.NaN}, new float[]{Float.intBitsToFloat(0x7fc00001)}) + " "
                + Arrays.mismatch(new long[]{1, 2}, new long[]{1, 2}) + " " + Arrays.mismatch(new char[]{'a'}, new char[]{'a', 'b'})
                + " " + Arrays.mismatch(new boolean[]{true, false}, 0, 2, new boolean[]{true, true}, 0, 2)
                + " " + Arrays.equals(new byte[]{1, 2, 3}, 1, 3, new byte[]{2, 3}, 0, 2) + " " + Arrays.equals((short[]) null, null)
                + " " + Arrays.equals(new int[0], null));

        // Hashing and printing.
        System.out.println(Arrays.hashCode(new E[]{a2, null, b}));
        System.out.println(Arrays.deepHashCode(new Object[]{a2, null, new Object[]{b}}));
        System.out.println(Arrays.deepHashCode(new Object[]{new byte[]{1}, new short[]{1}, new char[]{1}, new boolean[]{true},
                new float[]{1f}, new double[]{1}, new long[]{1}, new int[]{1}, "s", 3.5}));
        System.out.println(Arrays.hashCode(new double[]{1.5, -0.0, Double.NaN}) + " " + Arrays.hashCode(new float[]{1.5f, -0.0f})
                + " " + Arrays.hashCode(new long[]{-1L, 1L << 40}) + " " + Arrays.hashCode(new boolean[]{true, false})
                + " " + Arrays.hashCode(new char[]{'a'}) + " " + Arrays.hashCode(new byte[]{-1}) + " " + Arrays.hashCode(new short[]{-7, 7})
                + " " + Arrays.hashCode(new int[]{1, 2}) + " " + Arrays.hashCode((int[]) null) + " " + Arrays.deepHashCode(null)
                + " " + Arrays.hashCode(new int[0]));
        System.out.println(Arrays.toString(new float[]{1.5f, Float.NaN, -0.0f}) + Arrays.toString(new char[]{'x', 'y'})
                + Arrays.toString(new boolean[]{true}) + Arrays.toString(new Object[]{null, "s"}) + Arrays.toString(new byte[0])
                + Arrays.toString(new double[]{1e20, 0.1}) + Arrays.toString(new long[]{Long.MIN_VALUE}) + Arrays.toString(new short[]{-1, 2})
                + Arrays.toString(new int[]{7}) + Arrays.toString((long[]) null) + Arrays.toString((Object[]) null));
        Object[] self = new Object[2];
        self[0] = self;
        self[1] = new Object[]{self, new int[]{1}, null};
        System.out.println(Arrays.deepToString(self));
        Object[] sib = new Object[]{1};
        System.out.println(Arrays.deepToString(new Object[]{sib, sib, new double[]{1.5}, new char[]{'a'}, new boolean[0],
                new String[]{"a"}, new Integer[][]{{1}, {2}}, new long[]{1}, new short[]{2}, new float[]{1f}, new byte[]{-1}}));
        Object[] deep = new Object[]{0};
        for (int i = 1; i < 20; i++) deep = new Object[]{i, deep};
        System.out.println(Arrays.deepToString(deep) + Arrays.deepToString(null) + Arrays.deepToString(new Object[0]));
        System.out.println(Arrays.toString(new Object[]{Arrays.asList(1, 2), new E("e")}));

        // asList: calls made, write-through, toArray.
        List<E> l = Arrays.asList(a, b, null, a2);
        System.out.println(l.indexOf(a2) + " " + l.lastIndexOf(a) + " " + l.contains(new E("z")) + " " + l.indexOf(null));
        System.out.println(l.hashCode());
        System.out.println(l.equals(List.of(a2, b)) + " " + l.size() + " " + l);
        E[] arr = {a, b};
        List<E> l2 = Arrays.asList(arr);
        System.out.println(l2.set(0, b) + " " + arr[0] + " " + Arrays.toString(l2.toArray(new E[3])) + " " + l2.toArray().getClass().getSimpleName());
        l2.replaceAll(e -> new E(e.n + "!"));
        System.out.println(Arrays.toString(arr));
        l2.forEach(e -> System.out.print(e + ";"));
        System.out.println();
        List<Integer> li = Arrays.asList(3, 1, 2);
        li.sort(null);
        System.out.println(li + " " + li.subList(1, 3) + " " + li.iterator().hasNext());
        Object[] objs = l2.toArray(new Object[1]);
        System.out.println(objs.length + " " + objs.getClass().getSimpleName());

        // Filling, copying, generators, streams.
        int[] ints = new int[6];
        Arrays.fill(ints, 7);
        Arrays.fill(ints, 1, 3, -1);
        long[] longs = new long[4];
        Arrays.fill(longs, 2, 4, 9L);
        char[] chars = new char[3];
        Arrays.fill(chars, 'q');
        boolean[] bools = new boolean[3];
        Arrays.fill(bools, 1, 2, true);
        double[] ds = new double[2];
        Arrays.fill(ds, 0.5);
        String[] strs = new String[3];
        Arrays.fill(strs, 1, 3, "s");
        System.out.println(Arrays.toString(ints) + Arrays.toString(longs) + Arrays.toString(chars) + Arrays.toString(bools) + Arrays.toString(ds) + Arrays.toString(strs));
        System.out.println(Arrays.toString(Arrays.copyOf(ints, 8)) + Arrays.toString(Arrays.copyOf(ints, 2)) + Arrays.toString(Arrays.copyOfRange(ints, 4, 9))
                + Arrays.toString(Arrays.copyOf(new float[]{1}, 2)) + Arrays.toString(Arrays.copyOfRange(new byte[]{1, 2, 3}, 1, 2))
                + Arrays.toString(Arrays.copyOf(strs, 4)) + Arrays.copyOf(strs, 1).getClass().getSimpleName()
                + Arrays.toString(Arrays.copyOfRange(new boolean[]{true}, 0, 3)) + Arrays.toString(Arrays.copyOf(new short[]{5}, 0))
                + Arrays.toString(Arrays.copyOfRange(new char[]{'a', 'b'}, 2, 2)) + Arrays.toString(Arrays.copyOf(new Object[]{1, "x"}, 3, Object[].class)));
        Integer[] squares = new Integer[5];
        Arrays.setAll(squares, i -> i * i);
        long[] ls = new long[4];
        Arrays.parallelSetAll(ls, i -> 1L << (20 * i));
        double[] halves = new double[3];
        Arrays.setAll(halves, i -> i / 2.0);
        int[] neg = new int[3];
        Arrays.setAll(neg, i -> -i);
        System.out.println(Arrays.toString(squares) + Arrays.toString(ls) + Arrays.toString(halves) + Arrays.toString(neg));
        System.out.println(Arrays.stream(new String[]{"x", "y", "z"}).toList() + " " + Arrays.stream(new String[]{"x", "y", "z"}, 1, 3).count()
                + " " + Arrays.stream(new int[]{4, 5, 6}).max().getAsInt() + " " + Arrays.stream(new long[]{4, 5, 6}, 0, 2).sum()
                + " " + Arrays.stream(new double[]{0.25, 0.5}).average().getAsDouble());

        // Primitive sorts, ranges.
        int[] rs = new int[40];
        for (int i = 0; i < rs.length; i++) rs[i] = g.nextInt(100) - 50;
        Arrays.sort(rs, 5, 30);
        System.out.println(Arrays.toString(rs));
        double[] dd = {3.5, -0.0, 0.0, Double.NaN, -7.25, Double.MIN_VALUE, -0.0, Double.NEGATIVE_INFINITY};
        Arrays.parallelSort(dd);
        float[] ff = {Float.NaN, 1f, -0.0f, 0.0f, -1f};
        Arrays.sort(ff, 1, 5);
        char[] cs = "zyxwvu".toCharArray();
        Arrays.parallelSort(cs, 1, 4);
        System.out.println(Arrays.toString(dd) + Arrays.toString(ff) + new String(cs));
    }
}
