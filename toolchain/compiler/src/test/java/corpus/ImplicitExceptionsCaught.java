package corpus;

import java.util.ArrayList;
import java.util.List;

public class ImplicitExceptionsCaught {
    static class Node {
        Node next;
        int value;
        int[] data;
    }

    static Object[] objects = new String[2];
    static int zero = 0;

    static void report(String what, Throwable t) {
        System.out.println(what + ": " + t.getClass().getName() + ": " + t.getMessage());
    }

    public static void main(String[] args) {
        Node n = new Node();
        try { System.out.println(n.next.value); } catch (NullPointerException e) { report("field read", e); }
        try { n.next.value = 3; } catch (NullPointerException e) { report("field write", e); }
        try { System.out.println(n.data[0]); } catch (NullPointerException e) { report("array load", e); }
        try { n.data[1] = 2; } catch (NullPointerException e) { report("array store", e); }
        try { System.out.println(n.data.length); } catch (NullPointerException e) { report("array length", e); }
        String s = null;
        try { System.out.println(s.length()); } catch (NullPointerException e) { report("invoke", e); }
        try { throw null; } catch (NullPointerException e) { report("throw null", e); }
        try { synchronized (s) { System.out.println("x"); } } catch (NullPointerException e) { report("monitor", e); }
        Integer boxed = null;
        try { int v = boxed; System.out.println(v); } catch (NullPointerException e) { report("unbox", e); }
        try { System.out.println(n.next.next.value); } catch (NullPointerException e) { report("chain", e); }
        try { System.out.println(10 / zero); } catch (ArithmeticException e) { report("idiv", e); }
        try { System.out.println(10 % zero); } catch (ArithmeticException e) { report("irem", e); }
        try { System.out.println(10L / zero); } catch (ArithmeticException e) { report("ldiv", e); }
        try { System.out.println(10L % (long) zero); } catch (ArithmeticException e) { report("lrem", e); }
        System.out.println(10.0 / zero);
        int[] arr = new int[3];
        try { arr[3] = 1; } catch (ArrayIndexOutOfBoundsException e) { report("aioobe", e); }
        try { System.out.println(arr[-1]); } catch (ArrayIndexOutOfBoundsException e) { report("aioobe neg", e); }
        Object o = "string";
        try { Integer i = (Integer) o; System.out.println(i); } catch (ClassCastException e) { report("cce", e); }
        Object ia = new int[1];
        try { long[] la = (long[]) ia; System.out.println(la); } catch (ClassCastException e) { report("cce array", e); }
        Object list = new ArrayList<String>();
        try { Runnable r = (Runnable) list; System.out.println(r); } catch (ClassCastException e) { report("cce iface", e); }
        Object nd = new Node();
        try { String x = (String) nd; System.out.println(x); } catch (ClassCastException e) { report("cce nested", e); }
        try { int[] neg = new int[zero - 5]; System.out.println(neg); } catch (NegativeArraySizeException e) { report("nase", e); }
        try { Object[][] neg = new Object[1][zero - 2]; System.out.println(neg); } catch (NegativeArraySizeException e) { report("nase multi", e); }
        try { objects[0] = Integer.valueOf(1); } catch (ArrayStoreException e) { report("ase", e); }
        Object[] nums = new Integer[1];
        try { nums[0] = 1.5; } catch (ArrayStoreException e) { report("ase double", e); }
        Object[] arrs = new int[1][];
        try { arrs[0] = new long[0]; } catch (ArrayStoreException e) { report("ase array", e); }
        try { System.arraycopy(new int[2], 0, new long[2], 0, 1); } catch (ArrayStoreException e) { report("arraycopy types", e); }
        try { System.arraycopy(null, 0, arr, 0, 1); } catch (NullPointerException e) { report("arraycopy null", e); }
        try { System.arraycopy(arr, -1, arr, 0, 1); } catch (IndexOutOfBoundsException e) { report("arraycopy neg", e); }
        List<Integer> li = new ArrayList<>();
        try { li.get(0); } catch (IndexOutOfBoundsException e) { report("list get", e); }
        try { li.iterator().next(); } catch (RuntimeException e) { report("iterator next", e); }
        try { List.of(1).add(2); } catch (UnsupportedOperationException e) { report("immutable", e); }
        try { "abc".substring(4); } catch (StringIndexOutOfBoundsException e) { report("substring", e); }
        try { Integer.parseInt("12x"); } catch (NumberFormatException e) { report("nfe", e); }
        System.out.println("done");
    }
}
