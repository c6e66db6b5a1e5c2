package corpus;

public class ArrayBounds {
    static void tryGet(int[] a, int i) {
        try {
            System.out.println("a[" + i + "] = " + a[i]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
    }

    static void trySet(Object[] a, int i, Object v) {
        try {
            a[i] = v;
            System.out.println("set ok " + i);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE set: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] a = {10, 20, 30};
        tryGet(a, 0);
        tryGet(a, 2);
        tryGet(a, 3);
        tryGet(a, -1);
        tryGet(a, Integer.MIN_VALUE);
        tryGet(a, Integer.MAX_VALUE);
        tryGet(new int[0], 0);
        trySet(new String[2], 1, "x");
        trySet(new String[2], 2, "x");
        trySet(new String[0], -5, "x");
        long[] la = new long[4];
        try {
            la[4] = 1;
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        char[] ca = new char[1];
        try {
            ca[1]++;
        } catch (RuntimeException e) {
            System.out.println(e);
        }
        byte[] ba = new byte[3];
        int i = 0;
        try {
            while (true) {
                ba[i] = (byte) i;
                i++;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("stopped at " + i + ": " + e.getMessage());
        }
        try {
            int[] neg = new int[-3];
            System.out.println(neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE: " + e.getMessage());
        }
        try {
            int[][] neg = new int[2][-1];
            System.out.println(neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE2: " + e.getMessage());
        }
        System.out.println(new double[0].length + " " + new boolean[5].length);
        try {
            "abc".charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
        try {
            System.arraycopy(a, 1, new int[3], 2, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        try {
            java.util.List<Integer> list = new java.util.ArrayList<>();
            list.add(1);
            list.get(1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("list: " + e.getMessage());
        }
    }
}
