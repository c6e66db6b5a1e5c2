package corpus;

public class StackOverflow {
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static long recurseWithLocals(long a, long b) {
        long c = a + b;
        return recurseWithLocals(b, c) + 1;
    }

    public static void main(String[] args) {
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError, depth > 1000: " + (depth > 1000));
        }
        try {
            recurseWithLocals(0, 1);
        } catch (StackOverflowError e) {
            System.out.println("caught again: " + e.getClass().getName());
        }
        depth = 0;
        try {
            recurse();
        } catch (Throwable t) {
            System.out.println("caught as Throwable: " + (t instanceof VirtualMachineError));
        }
        System.out.println("still running");
    }
}
