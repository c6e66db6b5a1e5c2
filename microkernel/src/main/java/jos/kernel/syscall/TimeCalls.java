package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.Notification;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Timers;
import jos.kernel.time.Clock;

/**
 * clock_realtime, sleep, timer_set and timer_cancel (abi.md). Times are kernel time (clock_monotonic,
 * ns since boot); a timer fires on the first tick (ApicTimer.HZ, 10 ms) at or after its deadline, on the
 * CPU that armed it (sched.Timers). A notification has one timer, which lives in the notification: it
 * goes with the notification's last capability, whichever process held it.
 */
public final class TimeCalls {
    private TimeCalls() {
    }

    /** sleep: blocks the current thread for ns nanoseconds (0: yields); 0, or EINVAL for a negative time. */
    static long sleep(long ns) {
        if (ns < 0) return Errors.EINVAL;
        if (ns == 0) {
            Scheduler.yield();
            return 0;
        }
        long now = Clock.nanosSinceBoot();
        Timers.sleepUntil(ns > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + ns);
        return 0;
    }

    /**
     * timer_set (Calls.TIMER_SET) or timer_cancel of the notification handle names (SIGNAL), on this CPU's
     * timer queue; a notification whose last reference the call gave back is left in DOOMED.
     */
    static long timer(long table, long records, long queue, long number, long handle, long bits, long deadline, long period) {
        long record = records + CallRecord.CAPABILITY;
        Memory.write64(records + CallRecord.DOOMED, 0);
        if (number == Calls.TIMER_SET && !valid(bits, deadline, period)) return Errors.EINVAL;
        long found = CapabilityTable.lookup(table, handle, Kinds.NOTIFICATION, Rights.SIGNAL, record);
        if (found < 0) return found;
        long notification = Capability.object(record);
        long timer = notification + Notification.TIMER, result = 0;
        if (number == Calls.TIMER_SET) {
            Timers.arm(queue, timer, deadline, period, notification, bits);
        } else {
            result = Timers.cancel(timer) ? 1 : 0;
        }
        if (KernelObject.release(notification) == 0) Memory.write64(records + CallRecord.DOOMED, notification);
        return result;
    }

    /** Bits to signal, a deadline that is a time, a period of 0 or at least Timers.MIN_PERIOD. */
    static boolean valid(long bits, long deadline, long period) {
        return bits != 0 && deadline >= 0 && (period == 0 || period >= Timers.MIN_PERIOD);
    }
}
