package jos.kernel.sched;

import java.util.Arrays;

/** For tests in other packages that run Scheduler.init on a simulated machine: puts the static state back. */
public final class SchedulerState {
    private SchedulerState() {
    }

    /** No run queues and no timer queues, as before Scheduler.init. */
    public static void reset() {
        Scheduler.COUNT[0] = 0;
        Arrays.fill(Scheduler.QUEUES, 0);
        Arrays.fill(Timers.QUEUES, 0);
    }
}
