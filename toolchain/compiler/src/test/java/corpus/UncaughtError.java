package corpus;

public class UncaughtError {
    static int checkInvariant(int v) {
        if (v % 7 == 6) throw new AssertionError("invariant violated for " + v);
        return v * 2;
    }

    public static void main(String[] args) {
        int acc = 0;
        for (int i = 0; i < 10; i++) {
            acc += checkInvariant(i);
            System.out.println("i=" + i + " acc=" + acc);
        }
    }
}
