package corpus;

public class EvaluationOrder {
    static StringBuilder log = new StringBuilder();

    static int v(String tag, int value) {
        log.append(tag);
        return value;
    }

    static int[] arr(String tag, int[] a) {
        log.append(tag);
        return a;
    }

    static void flush(String label) {
        System.out.println(label + ": " + log);
        log.setLength(0);
    }

    static int three(int a, int b, int c) { return a * 100 + b * 10 + c; }

    static int thrower(String tag) {
        log.append(tag);
        throw new RuntimeException("from " + tag);
    }

    static class Obj {
        int f;
        Obj(int a, int b) { log.append("ctor"); f = a - b; }
    }

    public static void main(String[] args) {
        int r = v("a", 1) + v("b", 2) * v("c", 3);
        System.out.println(r);
        flush("binary");
        r = three(v("x", 1), v("y", 2), v("z", 3));
        System.out.println(r);
        flush("args");
        int[] data = {10, 20, 30};
        arr("A", data)[v("I", 1)] = v("V", 99);
        System.out.println(data[1]);
        flush("array store");
        try {
            arr("A", data)[v("I", 5)] = v("V", 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE after evaluating RHS");
        }
        flush("array store oob");
        try {
            int[] nul = null;
            arr("N", nul)[v("I", 0)] = v("V", 1);
        } catch (NullPointerException e) {
            System.out.println("NPE after evaluating index and RHS");
        }
        flush("array store null");
        try {
            r = v("L", 1) + thrower("T") + v("R", 2);
        } catch (RuntimeException e) {
            System.out.println(e.getMessage());
        }
        flush("exception mid-expression");
        try {
            r = v("P", 10) / v("Z", 0) + v("Q", 1);
        } catch (ArithmeticException e) {
            System.out.println("div by zero");
        }
        flush("division");
        Obj o = new Obj(v("1", 5), v("2", 3));
        System.out.println(o.f);
        flush("constructor");
        int i = 0;
        int[] a = new int[4];
        a[i] = i = 3;
        System.out.println(java.util.Arrays.toString(a) + " i=" + i);
        int x = 2;
        int y = x * (x = 5) + x;
        System.out.println(y);
        boolean b = v("s", 0) == 0 || v("t", 1) == 1;
        System.out.println(b);
        flush("short circuit");
        String s = "" + v("p", 1) + v("q", 2) + v("r", 3);
        System.out.println(s);
        flush("concat");
        int cond = v("c", 1) > 0 ? v("then", 1) : v("else", 2);
        System.out.println(cond);
        flush("conditional");
        int[][] grid = new int[v("d1", 2)][v("d2", 3)];
        System.out.println(grid.length + "x" + grid[0].length);
        flush("multianewarray");
        int compound = 5;
        int[] single = {1};
        single[v("idx", 0)] += v("rhs", 10);
        System.out.println(single[0] + " " + compound);
        flush("compound array");
        long sum = v("m", 1) + (long) v("n", Integer.MAX_VALUE);
        System.out.println(sum);
        flush("widening");
    }
}
