import jos.abi.Calls;
import jos.abi.Protection;
import jos.abi.Scheduling;
import jos.hw.Export;
import jos.hw.Naked;
import jos.sys.Syscall;
import jos.sys.Threads;

/**
 * Two threads of one process computing with doubles (QemuBootIT, test=threads-fp: one CPU, a one-tick
 * quantum): the second thread runs {@link #logistic} on its own stack while the first runs
 * {@link #damped}; their x87/SSE registers are live across every preemption, so a result that differs
 * from HotSpot's (ThreadFpReference, below, prints HotSpot's) means a switch lost or mixed up a thread's
 * FP state. The second thread cannot print (the runtime is single-threaded: it may not allocate), so it
 * leaves its results in statics and the first prints both. Exits 0.
 */
public final class ThreadFp {
    static final long ITERATIONS = 2_000_000, STACK_BYTES = 64 * 1024;
    /** The second thread's results; DONE becomes 1 once they are written. */
    static volatile double bX, bSum, bProduct;
    static volatile long done;

    static void main() {
        long stack = Syscall.call3(Calls.MAP, 0, STACK_BYTES, Protection.READ | Protection.WRITE);
        if (stack < 0) System.exit(2);
        long thread = Threads.create(workerAddress(), stack, STACK_BYTES, ITERATIONS, Scheduling.SAME_PRIORITY);
        System.out.println("threads-fp: the second thread: " + (thread > 0 ? "a handle" : "error " + thread));
        if (thread < 0) System.exit(1);
        String a = damped(ITERATIONS);
        while (done == 0) Syscall.call0(Calls.YIELD);
        System.out.println(a);
        System.out.println(line("fp-b", bX, bSum, bProduct));
        System.out.flush();
        System.exit(0);
    }

    /** The second thread's code: frameless (no allocation, no call that may throw), its results in statics. */
    @Export("thread_fp_logistic")
    static long logistic(long iterations) {
        double x = 0.25, sum = 0, product = 1;
        for (long i = 1; i <= iterations; i++) {
            x = 3.7 * x * (1 - x);
            sum += x / i;
            product *= 1 + (x - 0.5) / 1e6;
        }
        bX = x;
        bSum = sum;
        bProduct = product;
        done = 1;
        return 0;
    }

    @Naked({"leaq thread_fp_logistic(%rip), %rax", "ret"})
    static native long workerAddress();

    /** The first thread's arithmetic: a damped oscillator stepped by Euler's method. */
    static String damped(long iterations) {
        double p = 1, v = 0, energy = 0, dt = 1e-4;
        for (long i = 1; i <= iterations; i++) {
            double a = -4 * p - 0.3 * v;
            v += a * dt;
            p += v * dt;
            energy += (p * p + v * v) / i;
        }
        return line("fp-a", p, v, energy);
    }

    static String line(String name, double a, double b, double c) {
        return name + ": " + a + ", " + b + ", " + c + ", sqrt " + Math.sqrt(Math.abs(c));
    }
}

/** HotSpot's answers for ThreadFp: the same arithmetic, printed the same way (run with java -cp). */
final class ThreadFpReference {
    public static void main(String[] args) {
        String a = ThreadFp.damped(ThreadFp.ITERATIONS);
        ThreadFp.logistic(ThreadFp.ITERATIONS);
        System.out.println(a);
        System.out.println(ThreadFp.line("fp-b", ThreadFp.bX, ThreadFp.bSum, ThreadFp.bProduct));
    }
}
