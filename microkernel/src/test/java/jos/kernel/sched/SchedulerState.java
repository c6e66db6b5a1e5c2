package jos.kernel.sched;

import java.util.Arrays;

/** For tests in other packages that run Scheduler.init on a simulated machine: puts the static state back. */
public final class SchedulerState {
    private SchedulerState() {
    }

    /** cpu's run queue (0 before Scheduler.init). */
    public static long queue(int cpu) {
        return Scheduler.QUEUES[cpu];
    }

    /** No run queues and no timer queues, as before Scheduler.init. */
    public static void reset() {
        Scheduler.COUNT[0] = 0;
        Arrays.fill(Scheduler.QUEUES, 0);
        Arrays.fill(Timers.QUEUES, 0);
    }
}
