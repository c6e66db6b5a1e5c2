package corpus;

import java.util.Arrays;

public class Varargs {
    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static String describe(String label, Object... rest) {
        return label + ":" + (rest == null ? "null array" : rest.length + Arrays.toString(rest));
    }

    static String pick(Object o) { return "single Object"; }

    static String pick(Object... os) { return "varargs " + os.length; }

    static String pick(int a, int b) { return "two ints"; }

    static String over(long x) { return "long"; }

    static String over(int... x) { return "int varargs"; }

    static String over(Integer x) { return "Integer"; }

    @SafeVarargs
    static <T> T first(T... items) { return items.length == 0 ? null : items[0]; }

    static String chars(char... cs) { return new String(cs); }

    static double avg(double first, double... more) {
        double s = first;
        for (double m : more) s += m;
        return s / (1 + more.length);
    }

    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[]{4, 5}));
        System.out.println(describe("none"));
        System.out.println(describe("one", 1));
        System.out.println(describe("many", 1, "two", 3.0, 'c', null));
        System.out.println(describe("array", (Object[]) new String[]{"x", "y"}));
        System.out.println(describe("wrapped", (Object) new String[]{"x", "y"}).startsWith("wrapped:1"));
        System.out.println(describe("nullarr", (Object[]) null));
        System.out.println(describe("nullelem", (Object) null));
        System.out.println(pick("a") + " | " + pick("a", "b") + " | " + pick(1, 2) + " | " + pick() + " | " + pick(1, 2, 3));
        System.out.println(over(5) + " | " + over() + " | " + over(1, 2) + " | " + over(Integer.valueOf(3)));
        System.out.println(first("x", "y") + " " + first() + " " + first(1, 2).getClass().getSimpleName());
        System.out.println(chars('h', 'e', 'y') + " " + chars().isEmpty());
        System.out.println(avg(1) + " " + avg(1, 2) + " " + avg(1, 2, 3, 4));
        System.out.println(String.format("%s %s %s", "a", 1, 2.0));
        System.out.println(Arrays.asList(1, 2, 3) + " " + Arrays.asList().size() + " " + Arrays.asList(new int[]{1, 2}).size() + " " + Arrays.asList(new Integer[]{1, 2}).size());
        int[][] nested = {{1}, {2, 3}};
        System.out.println(sum(nested[1]) + " " + String.join("/", "a", "b"));
    }
}
