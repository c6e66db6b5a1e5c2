package corpus;

public class SystemExit {
    static int counter;

    static void work(int n) {
        for (int i = 0; i < n; i++) {
            counter += i;
            if (counter > 20) {
                System.out.println("limit reached at i=" + i + " counter=" + counter);
                System.err.println("exiting with status 3");
                System.exit(3);
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        try {
            work(4);
            System.out.println("after first work, counter=" + counter);
            try {
                work(100);
            } finally {
                System.out.println("finally must not run");
            }
        } catch (Throwable t) {
            System.out.println("catch must not run");
        }
        System.out.println("end must not print");
    }
}
