package jos.kernel.process;

import jos.abi.Kinds;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.Endpoint;
import jos.kernel.ipc.Ipc;
import jos.kernel.ipc.Notification;
import jos.kernel.ipc.Notifications;
import jos.kernel.ipc.Reply;
import jos.kernel.ipc.Outcome;
import jos.kernel.memory.Heap;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Timers;

/**
 * Creating and destroying the kernel objects capabilities name, by kind. An object whose last reference
 * went (capability.CapabilityTable said LAST, or KernelObject.release returned 0) is closed step by
 * step ({@link #close}: each step may fail one waiting thread with EPIPE, which the caller makes
 * runnable) and then freed ({@link #free}).
 */
public final class Objects {
    private Objects() {
    }

    /** A new endpoint with no references, or 0 when the heap is full. */
    public static long endpoint() {
        long endpoint = Heap.allocate(Endpoint.SIZE);
        if (endpoint == 0) return 0;
        KernelObject.init(endpoint, Kinds.ENDPOINT);
        Endpoint.init(endpoint);
        return endpoint;
    }

    /** A new notification with no references, or 0 when the heap is full. */
    public static long notification() {
        long notification = Heap.allocate(Notification.SIZE);
        if (notification == 0) return 0;
        KernelObject.init(notification, Kinds.NOTIFICATION);
        Notification.init(notification);
        return notification;
    }

    /**
     * One step of closing an object nothing references: a thread failed with EPIPE (the caller makes it
     * runnable and calls again), or 0 once no thread waits on it (a reply object's caller goes into
     * outcome instead). A process object is already torn down when its last reference goes.
     */
    public static long close(long object, long outcome) {
        int kind = KernelObject.kind(object);
        if (kind == Kinds.ENDPOINT) return Ipc.closeEndpoint(object);
        if (kind == Kinds.NOTIFICATION) {
            Timers.cancel(object + Notification.TIMER);   // once it returns no tick signals the block any more
            return Notifications.close(object);
        }
        if (kind == Kinds.REPLY) Ipc.closeReply(object, outcome);
        return 0;
    }

    /** Frees a closed object's block (a thread object gives back its process's reference, which may free the process). */
    public static void free(long object) {
        long process = KernelObject.kind(object) == Kinds.THREAD ? ThreadObject.process(object) : 0;
        Heap.free(object);
        if (process != 0) Process.release(process);
    }

    /**
     * Signals bits to notification, on which the caller holds a reference, makes the threads that wakes
     * runnable, and gives the reference back (destroying the notification if it was the last); outcome
     * is the caller's record for the signal.
     */
    public static void signalAndRelease(long notification, long bits, long outcome) {
        Notifications.signal(notification, bits, outcome);
        wakeAll(outcome);
        if (KernelObject.release(notification) != 0) return;
        for (long thread = close(notification, outcome); thread != 0; thread = close(notification, outcome)) Scheduler.wake(thread);
        free(notification);
    }

    /** Makes the threads in outcome runnable. */
    public static void wakeAll(long outcome) {
        for (int i = 0; i < Outcome.MAX_WOKEN; i++) {
            if (Outcome.woken(outcome, i) != 0) Scheduler.wake(Outcome.woken(outcome, i));
        }
        if (Outcome.switchTo(outcome) != 0) Scheduler.wake(Outcome.switchTo(outcome));
    }
}
