/**
 * FpWorker's twin with other constants (test=sched-fp runs both on one CPU): a state swapped between the two
 * shows in both results. Double arithmetic long enough to be switched out many times, with a one-tick quantum:
 * a result that differs from HotSpot's means the scheduler lost or mixed up the FP state. It exits 0.
 */
public final class FpWorkerB {
    static void main() {
        double x = 0.3, sum = 0, product = 1;
        for (int i = 1; i <= 3_000_000; i++) {
            x = 3.7 * x * (1 - x);                 // the logistic map: any lost bit changes everything after it
            sum += x / i;
            product *= 1 + (x - 0.5) / 1e6;
        }
        System.out.println("fp-b: x " + x + ", sum " + sum + ", product " + product + ", sqrt " + Math.sqrt(sum));
        System.out.flush();
        System.exit(0);
    }
}
