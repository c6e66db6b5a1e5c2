package jos.sys;

import jos.abi.Calls;

/**
 * Time (abi.md: clock_monotonic, clock_realtime, sleep, timer_set, timer_cancel) and a child's death
 * (process_watch): one call each, the result as the kernel gives it (a value, or a jos.abi.Errors code).
 * Times are nanoseconds; deadlines are clock_monotonic readings.
 */
public final class Time {
    private Time() {
    }

    /** Nanoseconds since boot (System.nanoTime's clock). */
    public static long monotonic() {
        return Syscall.call0(Calls.CLOCK_MONOTONIC);
    }

    /** Nanoseconds since 1970-01-01 00:00 UTC (System.currentTimeMillis's clock). */
    public static long realtime() {
        return Syscall.call0(Calls.CLOCK_REALTIME);
    }

    /** Blocks the calling thread for ns nanoseconds (to the next tick at or after); 0 yields. */
    public static long sleep(long ns) {
        return Syscall.call1(Calls.SLEEP, ns);
    }

    /** Has the notification signalled bits at the monotonic deadline, then every period ns (0: once). */
    public static long timerSet(long notification, long bits, long deadline, long period) {
        return Syscall.call4(Calls.TIMER_SET, notification, bits, deadline, period);
    }

    /** Stops the notification's timer: 1 if it was armed, 0 if not. */
    public static long timerCancel(long notification) {
        return Syscall.call1(Calls.TIMER_CANCEL, notification);
    }

    /** Has the death of the process handle names signal bits to the notification (at once if it is dead). */
    public static long watch(long process, long notification, long bits) {
        return Syscall.call3(Calls.PROCESS_WATCH, process, notification, bits);
    }
}
