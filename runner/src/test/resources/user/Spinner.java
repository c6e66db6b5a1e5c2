/**
 * A program that never ends and never makes a system call after its first line (QemuBootIT,
 * test=sched-preempt): only the timer can take its CPU away, and only a kill ends it.
 */
public final class Spinner {
    static volatile long spins;

    static void main() {
        System.out.println("spinner: spinning");
        System.out.flush();
        for (;;) spins++;
    }
}
