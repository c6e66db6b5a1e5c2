package corpus;

/**
 * Small loops whose first iteration the compiler peels: exceptions thrown in the first trip (the peeled
 * copy) and in later trips (the loop) must come at the same point, with the same message, line and
 * partial effects; zero- and one-trip loops, breaks, returns, continues to the test, and loops in try.
 */
public class LoopPeeling {
    static int counter;

    /** fannkuch's flip: reverse a[0..k]; k beyond the array throws in the first trip. */
    static int flip(int[] a, int k) {
        int k2 = (k + 1) >> 1;
        for (int i = 0; i < k2; i++) {
            int t = a[i];
            a[i] = a[k - i];
            a[k - i] = t;
        }
        return k2;
    }

    /** Writes a[from..to), throwing at the first index out of bounds, in whichever trip that is. */
    static void fill(int[] a, int from, int to, int v) {
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    static int indexOf(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) return i;
        }
        return -1;
    }

    static int sumUntilNegative(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0) break;
            s += a[i];
        }
        return s;
    }

    /** A while loop whose continue goes back to the test. */
    static int countEven(int[] a) {
        int i = 0, n = 0;
        while (i < a.length) {
            int v = a[i++];
            if ((v & 1) != 0) continue;
            n++;
        }
        return n;
    }

    static int divideAll(int[] a, int d) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] / d;
            d--;
        }
        return s;
    }

    static long sumLong(long[] a, int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i];
        }
        return s;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static void countUp(int n) {
        for (int i = 0; i < n; i++) {
            counter++;
        }
    }

    static int lineOf(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length > 0 ? st[0].getLineNumber() : -1;
    }

    static String show(int[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        for (int k = -1; k <= 6; k++) {
            int[] a = {0, 1, 2, 3, 4};
            try {
                int trips = flip(a, k);
                System.out.println("flip " + k + ": " + trips + " " + show(a));
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("flip " + k + ": " + e.getMessage() + " line " + lineOf(e) + " " + show(a));
            }
        }
        try {
            flip(null, 3);
        } catch (NullPointerException e) {
            System.out.println("flip null: line " + lineOf(e));
        }
        int[][] ranges = {{0, 0}, {0, 1}, {0, 4}, {3, 4}, {3, 6}, {4, 6}, {5, 9}, {-1, 2}, {-2, 2}, {2, 1}};
        for (int[] r : ranges) {
            int[] a = new int[4];
            try {
                fill(a, r[0], r[1], 7);
                System.out.println("fill " + r[0] + ".." + r[1] + ": " + show(a));
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("fill " + r[0] + ".." + r[1] + ": " + e.getMessage() + " line " + lineOf(e) + " " + show(a));
            }
        }
        int[] b = {5, 3, 8, -1, 4};
        System.out.println(indexOf(b, 5) + " " + indexOf(b, 8) + " " + indexOf(b, 9) + " " + indexOf(new int[0], 1));
        System.out.println(sumUntilNegative(b) + " " + sumUntilNegative(new int[] {-1}) + " " + sumUntilNegative(new int[0]));
        System.out.println(countEven(new int[] {1, 2, 4, 5, 6}) + " " + countEven(new int[] {2}) + " " + countEven(new int[] {1}));
        int[] c = {10, 20, 30, 40};
        for (int d = 0; d <= 4; d++) {
            try {
                System.out.println("divide " + d + ": " + divideAll(c, d));
            } catch (ArithmeticException e) {
                System.out.println("divide " + d + ": " + e.getMessage() + " line " + lineOf(e));
            }
        }
        long[] l = {1L << 40, 2, 3};
        for (int n = 0; n <= 4; n++) {
            try {
                System.out.println("sumLong " + n + ": " + sumLong(l, n));
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("sumLong " + n + ": " + e.getMessage());
            }
        }
        System.out.println(dot(new double[] {1.5, 2, -3}, new double[] {2, 0.25, 1}));
        try {
            System.out.println(dot(new double[] {1, 2}, new double[] {1}));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("dot: " + e.getMessage());
        }
        try {
            System.out.println(dot(new double[] {1}, null));
        } catch (NullPointerException e) {
            System.out.println("dot null: line " + lineOf(e));
        }
        countUp(0);
        countUp(1);
        countUp(5);
        System.out.println("counter " + counter);
        // A loop inside a try whose handler restarts it: the peeled first trip throws once.
        int[] d = new int[3];
        int start = 4, rounds = 0;
        while (rounds < 4) {
            rounds++;
            try {
                for (int i = start; i >= 0; i--) d[i] = i + rounds;
                System.out.println("round " + rounds + ": " + show(d));
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("round " + rounds + ": " + e.getMessage() + " " + show(d));
                start--;
            }
        }
        // Uncaught, from a later trip: the first line of the report must match.
        int[] e = new int[2];
        fill(e, 0, 3, 1);
    }
}
