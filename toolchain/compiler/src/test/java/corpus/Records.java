package corpus;

import java.util.*;

public class Records {
    record Point(int x, int y) {
        Point {
            if (x < -1000) throw new IllegalArgumentException("x too small: " + x);
        }

        Point(int v) { this(v, v); }

        int manhattan() { return Math.abs(x) + Math.abs(y); }

        static Point origin() { return new Point(0, 0); }
    }

    record Named(String name, Point p) {}

    record Prims(byte b, short s, char c, int i, long l, float f, double d, boolean z) {}

    record Doubles(double a, Double b) {}

    record WithArray(int[] data) {}

    record Empty() {}

    record Generic<T extends Comparable<T>>(T value, List<T> more) {}

    record Custom(String s) {
        @Override public String toString() { return "Custom<" + s + ">"; }
        @Override public String s() { return s.toUpperCase(); }
    }

    public static void main(String[] args) {
        Point p = new Point(3, -4);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.manhattan());
        System.out.println(p.equals(new Point(3, -4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null));
        System.out.println(p.hashCode() + " " + new Point(3, -4).hashCode() + " " + Point.origin().hashCode());
        System.out.println(new Point(7));
        Named n = new Named("home", p);
        System.out.println(n + " " + n.hashCode());
        System.out.println(n.equals(new Named("home", new Point(3, -4))));
        Named nn = new Named(null, null);
        System.out.println(nn + " " + nn.hashCode() + " " + nn.equals(new Named(null, null)));
        Prims pr = new Prims((byte) -1, (short) 300, 'x', -7, 1L << 40, 1.5f, -0.1, true);
        System.out.println(pr);
        System.out.println(pr.hashCode());
        System.out.println(pr.equals(new Prims((byte) -1, (short) 300, 'x', -7, 1L << 40, 1.5f, -0.1, true)));
        Doubles d1 = new Doubles(Double.NaN, Double.NaN);
        Doubles d2 = new Doubles(Double.NaN, Double.NaN);
        System.out.println(d1 + " " + d1.equals(d2) + " " + (d1.hashCode() == d2.hashCode()) + " " + d1.hashCode());
        Doubles z1 = new Doubles(0.0, 0.0);
        Doubles z2 = new Doubles(-0.0, -0.0);
        System.out.println(z1.equals(z2) + " " + z1.hashCode() + " " + z2.hashCode());
        int[] arr = {1, 2};
        WithArray w1 = new WithArray(arr);
        WithArray w2 = new WithArray(new int[]{1, 2});
        System.out.println(w1.equals(new WithArray(arr)) + " " + w1.equals(w2) + " " + w1.data().length);
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Generic<String> g = new Generic<>("v", List.of("a", "b"));
        System.out.println(g + " " + g.hashCode());
        Custom c = new Custom("low");
        System.out.println(c + " " + c.s() + " " + c.equals(new Custom("low")) + " " + c.hashCode());
        try {
            new Point(-2000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Set<Point> set = new HashSet<>();
        for (int i = 0; i < 5; i++) set.add(new Point(i % 3, 0));
        System.out.println(set.size());
        Map<Point, String> map = new TreeMap<>(Comparator.comparingInt(Point::x).thenComparingInt(Point::y));
        map.put(new Point(2, 1), "b");
        map.put(new Point(1, 5), "a");
        map.put(new Point(2, 0), "c");
        System.out.println(map);
        Object o = n;
        if (o instanceof Named(String name, Point(int x, int y))) System.out.println(name + " at " + x + "," + y);
        System.out.println(new Point(1, 2) instanceof Record);
    }
}
