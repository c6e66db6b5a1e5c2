package corpus;

import java.util.Arrays;

/** System.arraycopy's fast and checked paths (overlap, bounds, element checks, partial copies) and String.equals. */
public class ArraycopyCases {
    interface Shape {}
    record Box(int w) implements Shape {}
    record Dot(int x) implements Shape {}

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(ints, 0, ints, 3, 7);
        System.out.println(Arrays.toString(ints));
        System.arraycopy(ints, 3, ints, 0, 7);
        System.out.println(Arrays.toString(ints));
        byte[] bytes = new byte[37];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 7);
        System.arraycopy(bytes, 1, bytes, 2, 33);
        System.out.println(Arrays.toString(bytes));
        System.arraycopy(bytes, 5, bytes, 3, 31);
        System.out.println(Arrays.toString(bytes));
        char[] chars = "abcdefghij".toCharArray();
        System.arraycopy(chars, 2, chars, 1, 5);
        System.out.println(new String(chars));
        long[] longs = {1L, -2L, 3L << 40, 4L};
        long[] longs2 = new long[6];
        System.arraycopy(longs, 1, longs2, 2, 3);
        System.out.println(Arrays.toString(longs2));
        short[] shorts = {1, 2, 3};
        boolean[] flags = {true, false, true};
        System.arraycopy(flags, 0, flags, 1, 2);
        System.out.println(Arrays.toString(flags));
        double[] ds = {0.5, 1.5, 2.5};
        System.arraycopy(ds, 0, ds, 1, 2);
        System.out.println(Arrays.toString(ds));

        Object[] objs = {"a", "b", "c", "d"};
        System.arraycopy(objs, 0, objs, 1, 3);
        System.out.println(Arrays.toString(objs));
        String[] strs = {"x", "y", "z"};
        Object[] wide = new Object[5];
        System.arraycopy(strs, 0, wide, 1, 3);
        System.out.println(Arrays.toString(wide));
        Shape[] shapes = new Shape[3];
        Box[] boxes = {new Box(1), new Box(2)};
        System.arraycopy(boxes, 0, shapes, 1, 2);
        System.out.println(Arrays.toString(shapes));
        Number[] nums = new Number[3];
        System.arraycopy(new Integer[] {7, 8}, 0, nums, 0, 2);
        System.out.println(Arrays.toString(nums));

        Object[] mixed = {"p", "q", 3, "r"};
        String[] into = new String[4];
        attempt("partial copy", () -> System.arraycopy(mixed, 0, into, 0, 4));
        System.out.println(Arrays.toString(into));
        Shape[] someShapes = {new Box(3), null, new Dot(4), new Box(5)};
        Box[] boxInto = new Box[4];
        attempt("partial shapes", () -> System.arraycopy(someShapes, 0, boxInto, 0, 4));
        System.out.println(Arrays.toString(boxInto));
        Object[] fits = {"s", null, "t"};
        String[] fitInto = new String[3];
        attempt("all fit", () -> System.arraycopy(fits, 0, fitInto, 0, 3));
        System.out.println(Arrays.toString(fitInto));
        attempt("unrelated", () -> System.arraycopy(new Integer[] {1}, 0, new String[1], 0, 1));
        attempt("unrelated empty", () -> System.arraycopy(new Integer[0], 0, new String[1], 0, 0));
        attempt("prim into ref", () -> System.arraycopy(new int[1], 0, new Object[1], 0, 1));
        attempt("ref into prim", () -> System.arraycopy(new String[1], 0, new int[1], 0, 1));
        attempt("short into int", () -> System.arraycopy(shorts, 0, new int[3], 0, 1));
        attempt("not array src", () -> System.arraycopy("text", 0, new int[1], 0, 1));
        attempt("not array dest", () -> System.arraycopy(new int[1], 0, "text", 0, 1));
        attempt("null dest", () -> System.arraycopy(new int[1], 0, null, 0, 1));
        attempt("negative length", () -> System.arraycopy(ints, 0, ints, 0, -1));
        attempt("negative dest", () -> System.arraycopy(ints, 0, ints, -2, 1));
        attempt("past src end", () -> System.arraycopy(ints, 8, ints, 0, 3));
        attempt("past dest end", () -> System.arraycopy(ints, 0, new int[2], 1, 2));
        attempt("overflowing end", () -> System.arraycopy(ints, Integer.MAX_VALUE, ints, 0, 1));
        attempt("empty at end", () -> System.arraycopy(ints, 10, ints, 10, 0));
        attempt("empty past end", () -> System.arraycopy(ints, 11, ints, 0, 0));
        attempt("ref past end", () -> System.arraycopy(objs, 2, wide, 0, 3));

        String[] texts = {"", "a", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnopq", "abcdefghijklmnopr",
                "abcdefghijklmnopq\u0101", "abcdefghijklmnopr\u0101", "b", "abcdefgi", "\u0101"};
        StringBuilder eq = new StringBuilder();
        for (String a : texts) {
            for (String b : texts) eq.append(a.equals(new String(b)) ? '1' : '0');
            eq.append(a.equals(null) ? 'N' : '-').append(a.equals((Object) new StringBuilder(a)) ? 'B' : '-').append(' ');
        }
        System.out.println(eq);
    }
}
