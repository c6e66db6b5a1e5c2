package corpus;

import java.util.*;

public class ArraysUtil {
    public static void main(String[] args) {
        int[] a = {5, 3, 9, 1, 7};
        System.out.println(Arrays.toString(a) + " " + Arrays.toString((int[]) null) + " " + Arrays.toString(new int[0]));
        int[] copy = Arrays.copyOf(a, 7);
        int[] shorter = Arrays.copyOf(a, 2);
        int[] range = Arrays.copyOfRange(a, 1, 4);
        int[] beyond = Arrays.copyOfRange(a, 3, 8);
        System.out.println(Arrays.toString(copy) + " " + Arrays.toString(shorter) + " " + Arrays.toString(range) + " " + Arrays.toString(beyond));
        String[] s = Arrays.copyOf(new String[]{"a", "b"}, 4);
        System.out.println(Arrays.toString(s) + " " + s.getClass().getSimpleName());
        int[] filled = new int[5];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println(Arrays.toString(filled));
        char[] cs = new char[4];
        Arrays.fill(cs, 'z');
        System.out.println(new String(cs));
        boolean[] bs = new boolean[3];
        Arrays.fill(bs, true);
        System.out.println(Arrays.toString(bs) + " " + Arrays.toString(new double[]{1, 0.5, -0.0}) + " " + Arrays.toString(new float[]{1.5f}));
        System.out.println(Arrays.toString(new long[]{Long.MAX_VALUE}) + " " + Arrays.toString(new byte[]{-1, 2}) + " " + Arrays.toString(new short[]{3}) + " " + Arrays.toString(new char[]{'x', 'y'}));
        System.out.println(Arrays.equals(a, new int[]{5, 3, 9, 1, 7}) + " " + Arrays.equals(a, copy) + " " + Arrays.equals((int[]) null, null));
        System.out.println(Arrays.equals(new double[]{Double.NaN}, new double[]{Double.NaN}) + " " + Arrays.equals(new double[]{0.0}, new double[]{-0.0}));
        Object[] nested = {1, new int[]{2, 3}, new Object[]{"x", new String[]{"y"}}, null};
        System.out.println(Arrays.deepToString(nested));
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(sorted) + " " + Arrays.binarySearch(sorted, 7) + " " + Arrays.binarySearch(sorted, 4) + " " + Arrays.binarySearch(sorted, 100) + " " + Arrays.binarySearch(sorted, -5));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        List<Integer> view = Arrays.asList(boxed);
        view.set(0, 99);
        System.out.println(boxed[0] + " " + view);
        try {
            view.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add unsupported");
        }
        System.out.println(Arrays.stream(a).sum() + " " + Arrays.stream(new String[]{"p", "q"}).toList());
        int[] prefix = {1, 2, 3, 4};
        Arrays.setAll(prefix, i -> i * i);
        System.out.println(Arrays.toString(prefix));
        System.out.println(Arrays.compare(new int[]{1, 2}, new int[]{1, 3}) + " " + Arrays.compare(new int[]{1, 2, 3}, new int[]{1, 2}) + " " + Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 2, 4}));
        int[] big = new int[100];
        for (int i = 0; i < big.length; i++) big[i] = (i * 37) % 101;
        Arrays.sort(big, 10, 20);
        System.out.println(Arrays.toString(Arrays.copyOfRange(big, 8, 22)));
        try {
            Arrays.copyOfRange(a, 3, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Arrays.fill(filled, 4, 2, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        int[] src = {1, 2, 3, 4, 5};
        System.arraycopy(src, 0, src, 1, 4);
        System.out.println(Arrays.toString(src));
        System.arraycopy(src, 2, src, 0, 3);
        System.out.println(Arrays.toString(src));
    }
}
