package corpus;

import java.util.*;

public class InstanceofCasts {
    interface Shape {}
    interface Round extends Shape {}
    static class Circle implements Round {}
    static class Square implements Shape {}
    static final class Special extends Circle implements Comparable<Special> {
        public int compareTo(Special o) { return 0; }
    }

    static String test(Object o) {
        return (o instanceof Shape) + " " + (o instanceof Round) + " " + (o instanceof Circle) + " " + (o instanceof Square)
                + " " + (o instanceof Comparable) + " " + (o instanceof Object[]) + " " + (o instanceof int[]) + " " + (o instanceof Cloneable);
    }

    public static void main(String[] args) {
        Object[] objs = {new Circle(), new Square(), new Special(), "str", 5, new int[1], new String[1], new Circle[1], null, new ArrayList<>()};
        for (Object o : objs) System.out.println((o == null ? "null" : o.getClass().getSimpleName()) + ": " + test(o));
        Object sarr = new String[]{"x"};
        System.out.println((sarr instanceof Object[]) + " " + (sarr instanceof Comparable[]) + " " + (sarr instanceof CharSequence[]) + " " + (sarr instanceof Integer[]));
        Object carr = new Circle[0];
        System.out.println((carr instanceof Shape[]) + " " + (carr instanceof Round[]) + " " + (carr instanceof Square[]) + " " + (carr instanceof Special[]));
        Object iarr2 = new int[1][1];
        System.out.println((iarr2 instanceof Object[]) + " " + (iarr2 instanceof int[][]) + " " + (iarr2 instanceof long[][]) + " " + (iarr2 instanceof Cloneable[]));
        Object o = new Special();
        Circle c = (Circle) o;
        Round r = (Round) o;
        Comparable<?> cmp = (Comparable<?>) o;
        System.out.println(c.getClass().getSimpleName() + " " + (r == c) + " " + (cmp == o));
        String nul = (String) null;
        Object nullObj = null;
        Circle nc = (Circle) nullObj;
        System.out.println(nul + " " + nc + " " + (nullObj instanceof Object));
        try {
            Square sq = (Square) (Object) new Circle();
            System.out.println(sq);
        } catch (ClassCastException e) {
            System.out.println("CCE circle->square");
        }
        try {
            Object arr = new Circle[1];
            Special[] sp = (Special[]) arr;
            System.out.println(sp.length);
        } catch (ClassCastException e) {
            System.out.println("CCE Circle[]->Special[]");
        }
        Object shapeArr = new Special[2];
        Circle[] ca = (Circle[]) shapeArr;
        Shape[] sa = (Shape[]) shapeArr;
        System.out.println(ca.length + " " + sa.length);
        Object num = 3.5;
        if (num instanceof Double d && d > 3) System.out.println("double > 3: " + d);
        if (num instanceof Number n) System.out.println("number " + n.intValue());
        Object list = List.of(1, 2);
        if (list instanceof List<?> l && !l.isEmpty()) System.out.println("list of " + l.size());
        System.out.println(Shape.class.isInstance(new Square()) + " " + Round.class.isInstance(new Square()) + " " + Circle.class.isAssignableFrom(Special.class));
        Shape casted = Shape.class.cast(new Circle());
        System.out.println(casted instanceof Circle);
        try {
            Square.class.cast(new Circle());
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        long lv = (long) (int) (short) 70000;
        double dv = (double) (float) 0.1;
        System.out.println(lv + " " + dv + " " + (int) (char) -1 + " " + (byte) (char) 200);
    }
}
