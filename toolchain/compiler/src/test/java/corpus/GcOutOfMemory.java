// jvm: -Xmx64m
package corpus;

import java.util.ArrayList;
import java.util.List;

/** OutOfMemoryError is thrown when the heap is full, caught, and the program recovers and allocates again. */
public class GcOutOfMemory {
    static List<long[]> hog;

    static int fill() {
        hog = new ArrayList<>();
        try {
            while (true) hog.add(new long[128 * 1024]);   // 1 MiB each
        } catch (OutOfMemoryError e) {
            int n = hog.size();
            hog = null;                                     // drop it all
            System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage() + " after more than 10 MiB: " + (n > 10));
            return n;
        }
    }

    /** Many small objects to the limit; the list dies when this method returns. */
    static void fillSmall() {
        List<Object> small = new ArrayList<>();
        try {
            while (true) small.add(new int[4]);
        } catch (OutOfMemoryError e) {
            small = null;
            System.out.println("small: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) fill();
        try {
            int[] huge = new int[500_000_000];
            System.out.println("unexpected " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge: " + e.getMessage());
        }
        fillSmall();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) after.add("x" + i);
        System.out.println("after " + after.size() + " " + after.get(99_999));
    }
}
