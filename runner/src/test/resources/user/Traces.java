/**
 * The stack-trace test's user program (QemuBootIT): a caught exception's frames, each with its line, found
 * from the frame-pointer chain (no record is kept per call); a caught StackOverflowError; then an uncaught
 * exception, which the runtime reports with its trace before the program exits with 1.
 */
public final class Traces {
    static int depth;

    static void main() {
        try {
            middle(3);
        } catch (IllegalStateException e) {
            System.out.println("traces: caught " + e);
            for (StackTraceElement frame : e.getStackTrace()) System.out.println("traces: at " + frame);
        }
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("traces: StackOverflowError caught after " + (depth > 100 ? "more than 100" : "" + depth) + " calls");
        }
        thrower(-1);
    }

    static int middle(int n) {
        int r = thrower(n) + 1;
        return r * 2;
    }

    static int thrower(int n) {
        if (n > 0) throw new IllegalStateException("thrown " + n + " calls down");
        if (n < 0) throw new UnsupportedOperationException("uncaught");
        return n;
    }

    static void recurse() {
        depth++;
        recurse();
        depth += 0;   // not a tail call
    }
}
