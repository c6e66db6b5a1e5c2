package corpus;

public class SwitchPatterns {
    sealed interface Shape permits Circle, Rect, Tri {}
    record Circle(double r) implements Shape {}
    record Rect(double w, double h) implements Shape {}
    record Tri(double a, double b, double c) implements Shape {}

    record Pair<A, B>(A first, B second) {}
    record Box(Object content) {}

    static double area(Shape s) {
        return switch (s) {
            case Circle c -> 3 * c.r() * c.r();
            case Rect(double w, double h) -> w * h;
            case Tri(var a, var b, var c) -> a + b + c;
        };
    }

    static String describe(Object o) {
        return switch (o) {
            case null -> "null!";
            case Integer i when i > 100 -> "big int " + i;
            case Integer i -> "int " + i;
            case Long l -> "long " + l;
            case String s when s.isEmpty() -> "empty string";
            case String s -> "string of " + s.length();
            case int[] arr -> "int array of " + arr.length;
            case Pair(String a, Integer b) -> "pair<String,Integer> " + a + b;
            case Pair(var a, Pair(var b, var c)) -> "nested pair " + a + "," + b + "," + c;
            case Pair<?, ?> p -> "some pair " + p.first();
            case Box(String s) -> "box of string " + s;
            case Box(Box(var inner)) -> "box of box of " + inner;
            case Box b -> "box of " + b.content();
            case Shape sh -> "shape with area " + area(sh);
            default -> "other " + o.getClass().getSimpleName();
        };
    }

    static String classify(Shape s) {
        if (s instanceof Rect(double w, double h) && w == h) return "square " + w;
        if (s instanceof Circle c && c.r() > 1) return "big circle";
        return "shape";
    }

    public static void main(String[] args) {
        Object[] samples = {
            null, 5, 500, 7L, "", "hello", new int[3], new Pair<>("k", 9), new Pair<>(1, new Pair<>(2, 3)),
            new Pair<>(1.5, 'c'), new Box("s"), new Box(new Box(42)), new Box(3.5), new Circle(2),
            new Rect(2, 3), new Tri(3, 4, 5), 2.5, 'x', new StringBuilder("sb")
        };
        for (Object o : samples) System.out.println(describe(o));
        System.out.println(classify(new Rect(4, 4)));
        System.out.println(classify(new Rect(4, 5)));
        System.out.println(classify(new Circle(0.5)));
        System.out.println(classify(new Circle(1.5)));
        Object x = new Pair<>("a", null);
        if (x instanceof Pair(String a, var b)) System.out.println("a=" + a + " b=" + b);
        if (!(x instanceof String str)) System.out.println("not a string");
        else System.out.println(str.length());
        try {
            Object bad = new Pair<>(new Box(null), "z");
            System.out.println(describe(bad));
        } catch (RuntimeException e) {
            System.out.println("exception " + e.getClass().getName());
        }
    }
}
