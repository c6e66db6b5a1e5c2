/**
 * Double arithmetic long enough to be switched out many times (QemuBootIT, test=sched-fp runs it and
 * FpWorkerB on one CPU with a one-tick quantum): the x87/SSE registers are live across every preemption, so
 * a result that differs from HotSpot's means the scheduler lost or mixed up the FP state. It exits 0.
 */
public final class FpWorker {
    static void main() {
        double x = 0.5, sum = 0, product = 1;
        for (int i = 1; i <= 3_000_000; i++) {
            x = 3.9 * x * (1 - x);                 // the logistic map: any lost bit changes everything after it
            sum += x / i;
            product *= 1 + (x - 0.5) / 1e6;
        }
        System.out.println("fp: x " + x + ", sum " + sum + ", product " + product + ", sqrt " + Math.sqrt(sum));
        System.out.flush();
        System.exit(0);
    }
}
