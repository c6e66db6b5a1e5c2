/**
 * Counts to five with some work between the lines, then exits 0 (QemuBootIT, test=sched-preempt): it
 * finishes only if the scheduler takes the CPU from programs that never give it up.
 */
public final class Counter {
    static volatile long sink;

    static void main() {
        for (int line = 1; line <= 5; line++) {
            for (long i = 0; i < 2_000_000; i++) sink += i;
            System.out.println("counter: line " + line);
            System.out.flush();
        }
        System.exit(0);
    }
}
