package corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Objects reachable only from places a collector must look: a thrown exception in flight, a lambda's
 * captures, static fields, and locals of deep recursion (the native stack and registers).
 */
public class GcRoots {
    static final class Payload extends RuntimeException {
        final int[] data;
        Payload(int[] data) { super("payload " + data.length); this.data = data; }
    }

    static Object staticHolder;
    static final List<String> STATIC_LIST = new ArrayList<>();
    static String[] staticArray = new String[4];

    static void churn(int megabytes) {
        for (int i = 0; i < megabytes * 16; i++) {
            byte[] b = new byte[65536 - 64];
            b[7] = 1;
        }
        System.gc();
    }

    static void thrower(int depth) {
        if (depth == 0) {
            int[] d = new int[1000];
            for (int i = 0; i < d.length; i++) d[i] = i;
            throw new Payload(d);
        }
        try {
            thrower(depth - 1);
        } finally {
            churn(2);   // collections while the exception is pending, held by nothing else
        }
    }

    /** Each frame keeps objects in locals across calls that collect. */
    static long recurse(int depth) {
        int[] mine = new int[] { depth, depth * 2 };
        String label = "d" + depth;
        long[] acc = new long[3];
        acc[0] = depth;
        if (depth % 100 == 0) churn(1);
        long below = depth == 0 ? 0 : recurse(depth - 1);
        return below + mine[0] + mine[1] + label.length() + acc[0];
    }

    /** Interior pointers: a loop walks an array's elements while every iteration allocates. */
    static long walk(long[] values) {
        long s = 0;
        for (int i = 0; i < values.length; i++) {
            s += values[i];
            if ((i & 1023) == 0) s += new Object[100].length;
        }
        return s;
    }

    public static void main(String[] args) {
        try {
            thrower(50);
        } catch (Payload p) {
            long s = 0;
            for (int v : p.data) s += v;
            System.out.println(p.getMessage() + " sum " + s);
        }

        List<Supplier<String>> suppliers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            StringBuilder captured = new StringBuilder("cap").append(i);
            int[] box = { i };
            suppliers.add(() -> captured + ":" + box[0]);
        }
        churn(8);
        StringBuilder all = new StringBuilder();
        for (Supplier<String> s : suppliers) all.append(s.get().length());
        System.out.println("lambdas " + all.length() + " " + suppliers.get(99).get());

        staticHolder = new int[] { 42, 43 };
        for (int i = 0; i < 1000; i++) STATIC_LIST.add("s" + i);
        staticArray[2] = new String(new char[] { 'o', 'k' });
        churn(8);
        System.out.println("statics " + ((int[]) staticHolder)[1] + " " + STATIC_LIST.get(999) + " " + staticArray[2]);

        System.out.println("recursion " + recurse(2000));
        long[] values = new long[200_000];
        for (int i = 0; i < values.length; i++) values[i] = i;
        System.out.println("walk " + walk(values));
    }
}
