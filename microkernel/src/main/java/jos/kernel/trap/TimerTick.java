package jos.kernel.trap;

import jos.kernel.ipc.Notification;
import jos.kernel.ipc.Notifications;
import jos.kernel.process.Objects;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Timer;
import jos.kernel.sched.Timers;
import jos.kernel.x86.cpu.Idle;

/**
 * What a timer tick does beyond counting: fires this CPU's due timers (sched.Timers) when it interrupted a
 * context holding no lock ({@link #mayFire}), with the queue's lock held so a cancel on another CPU waits for it. A sleep's entry wakes its thread; a notification's
 * signals its bits and makes the threads that wakes runnable (gathered in the notification's own
 * TIMER_OUTCOME record: nothing is allocated here).
 */
public final class TimerTick {
    private TimerTick() {
    }

    /**
     * Whether a tick that interrupted ring (and rip, in ring 0) may fire timers: only where the interrupted
     * context holds no lock, since firing takes timer-queue, notification and run-queue locks. That is
     * ring 3 or an idle CPU's hlt ({@link Idle#haltedAddress}); kernel code that runs with interrupts on
     * (the test kernel's scenarios) may hold locks, and a tick there leaves the timers to the next one.
     */
    public static boolean mayFire(int ring, long rip) {
        return ring == 3 || rip == Idle.haltedAddress();
    }

    /** Fires every entry of this CPU's queue due at now (kernel time); interrupts off. */
    public static void expire(long now) {
        long queue = Timers.mine();
        if (queue == 0) return;
        Timers.lock(queue);
        for (long timer = Timers.due(queue, now); timer != 0; timer = Timers.due(queue, now)) {
            long target = Timer.target(timer), bits = Timer.bits(timer);
            Timers.advance(queue, timer, now);
            if (bits == 0) {
                Scheduler.wake(target);
            } else {
                long outcome = target + Notification.TIMER_OUTCOME;
                Notifications.signal(target, bits, outcome);
                Objects.wakeAll(outcome);
            }
        }
        Timers.unlock(queue);
    }
}
