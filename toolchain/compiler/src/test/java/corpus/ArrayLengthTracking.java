package corpus;

/** Array locals whose lengths the compiler keeps in variables: reassignment, parameters, shuffles. */
public class ArrayLengthTracking {
    static int sum(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    static int[] make(int n) {
        return new int[n];
    }

    static void bump(int[] counts, int i) {
        counts[i]++;
        counts[i] += 2;
    }

    public static void main(String[] args) {
        int total = 0;
        for (int n = 1; n <= 5; n++) {
            int[] a = new int[n];
            for (int i = 0; i < a.length; i++) a[i] = i * n;
            total += sum(a);
            try {
                a[n] = 1;
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
        System.out.println("total " + total);
        int[] b = new int[3];
        int[] keep = b;
        b = new int[7];
        System.out.println(b.length + " " + keep.length);
        try {
            keep[5] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("keep: " + e.getMessage());
        }
        int[] c = make(4);
        c[3] = 9;
        System.out.println(c.length + " " + c[3]);
        try {
            c = make(2);
            c[3] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("made: " + e.getMessage());
        }
        int[] counts = new int[4];
        bump(counts, 2);
        try {
            bump(counts, 4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bump: " + e.getMessage());
        }
        System.out.println(counts[2]);
        String[] names = new String[2];
        names[1] = "x";
        Object[] objs = names;
        try {
            objs[0] = 1;
        } catch (ArrayStoreException e) {
            System.out.println("store: " + e.getMessage());
        }
        int[] empty = new int[0];
        try {
            System.out.println(empty[0]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("empty: " + e.getMessage());
        }
        try {
            int[] neg = new int[-1];
            System.out.println(neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative: " + e.getMessage());
        }
    }
}
