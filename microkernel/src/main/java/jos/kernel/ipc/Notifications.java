package jos.kernel.ipc;

import jos.abi.Errors;
import jos.hw.Memory;
import jos.kernel.memory.SpinLock;

/**
 * The notification operations: signal ORs bits into the word and hands the whole word to the first
 * waiter, or to the bound thread if it waits on an endpoint; wait takes the word or blocks; poll takes
 * it, maybe 0, never blocking. A delivery is rax 0, rsi MessageInfo NOTIFICATION, rdi the bits.
 */
public final class Notifications {
    private Notifications() {
    }

    /** signal: ORs bits into the notification (EPIPE once it is closed); a thread woken is in the outcome. */
    public static void signal(long notification, long bits, long outcome) {
        long lock = notification + Notification.LOCK;
        if (!lockOpen(notification, outcome)) return;
        Memory.write64(notification + Notification.WORD, Memory.read64(notification + Notification.WORD) | bits);
        while (true) {
            long word = Memory.read64(notification + Notification.WORD);
            if (word == 0) break;
            long waiter = ThreadQueue.takeFirst(notification + Notification.WAIT_HEAD);
            if (waiter != 0) {
                IpcState.lock(waiter);
                deliver(notification, waiter, word);
                IpcState.unlock(waiter);
                Outcome.wake(outcome, waiter);
                break;
            }
            long bound = Memory.read64(notification + Notification.BOUND);
            if (bound == 0) break;
            IpcState.lock(bound);
            if (IpcState.state(bound) != IpcState.RECEIVING) {
                IpcState.unlock(bound);
                break;
            }
            // The endpoint's lock comes before ours: only a try, and on failure start over from nothing held.
            long endpoint = IpcState.get(bound, IpcState.WAITING_ON);
            if (SpinLock.tryAcquire(endpoint + Endpoint.LOCK)) {
                ThreadQueue.remove(endpoint + Endpoint.RECEIVE_HEAD, bound);
                deliver(notification, bound, word);
                SpinLock.release(endpoint + Endpoint.LOCK);
                IpcState.unlock(bound);
                Outcome.wake(outcome, bound);
                break;
            }
            IpcState.unlock(bound);
            SpinLock.release(lock);
            SpinLock.relax();
            SpinLock.acquire(lock);
        }
        SpinLock.release(lock);
    }

    /** wait: takes the pending bits, or blocks until a signal. */
    public static void wait(long thread, long notification, long outcome) {
        take(thread, notification, true, outcome);
    }

    /** poll: takes the pending bits (0 if none) without blocking. */
    public static void poll(long thread, long notification, long outcome) {
        take(thread, notification, false, outcome);
    }

    private static void take(long thread, long notification, boolean blocking, long outcome) {
        long lock = notification + Notification.LOCK;
        if (!lockOpen(notification, outcome)) return;
        long word = Memory.read64(notification + Notification.WORD);
        if (word != 0 || !blocking) {
            Memory.write64(notification + Notification.WORD, 0);
            SpinLock.release(lock);
            Transfer.bits(thread, word);
            return;
        }
        IpcState.lock(thread);
        IpcState.setState(thread, IpcState.WAITING, 0);
        IpcState.set(thread, IpcState.WAITING_ON, notification);
        ThreadQueue.append(notification + Notification.WAIT_HEAD, thread);
        IpcState.unlock(thread);
        SpinLock.release(lock);
        Outcome.block(outcome);
    }

    /**
     * Clears the outcome and takes the notification's lock; false (the lock released, EPIPE in the
     * outcome) if the notification is closed.
     */
    private static boolean lockOpen(long notification, long outcome) {
        Outcome.clear(outcome);
        SpinLock.acquire(notification + Notification.LOCK);
        if (Memory.read64(notification + Notification.CLOSED) == 0) return true;
        SpinLock.release(notification + Notification.LOCK);
        Outcome.result(outcome, Errors.EPIPE);
        return false;
    }

    /** Binds the notification to thread, whose receives then also return its bits (EBUSY if either is bound). */
    public static long bind(long notification, long thread) {
        long lock = notification + Notification.LOCK;
        SpinLock.acquire(lock);
        long result = Errors.EBUSY;
        if (Memory.read64(notification + Notification.CLOSED) != 0) {
            result = Errors.EPIPE;
        } else if (Memory.read64(notification + Notification.BOUND) == 0) {
            IpcState.lock(thread);
            if (IpcState.get(thread, IpcState.BOUND) == 0) {
                IpcState.set(thread, IpcState.BOUND, notification);
                Memory.write64(notification + Notification.BOUND, thread);
                result = 0;
            }
            IpcState.unlock(thread);
        }
        SpinLock.release(lock);
        return result;
    }

    /** Unbinds the thread's notification, if any. */
    public static void unbind(long thread) {
        long notification = IpcState.get(thread, IpcState.BOUND);
        if (notification == 0) return;
        SpinLock.acquire(notification + Notification.LOCK);
        IpcState.lock(thread);
        if (IpcState.get(thread, IpcState.BOUND) == notification) {
            IpcState.set(thread, IpcState.BOUND, 0);
            Memory.write64(notification + Notification.BOUND, 0);
        }
        IpcState.unlock(thread);
        SpinLock.release(notification + Notification.LOCK);
    }

    /**
     * The notification's last capability is gone: marks it closed, unbinds its bound thread, and takes
     * one waiter off it, failing with EPIPE; returns that thread, or 0 once none is left and the block
     * may be freed.
     */
    public static long close(long notification) {
        long lock = notification + Notification.LOCK;
        SpinLock.acquire(lock);
        Memory.write64(notification + Notification.CLOSED, 1);
        long bound = Memory.read64(notification + Notification.BOUND);
        if (bound != 0) {
            IpcState.lock(bound);
            IpcState.set(bound, IpcState.BOUND, 0);
            IpcState.unlock(bound);
            Memory.write64(notification + Notification.BOUND, 0);
        }
        long waiter = ThreadQueue.takeFirst(notification + Notification.WAIT_HEAD);
        if (waiter != 0) {
            IpcState.lock(waiter);
            IpcState.setState(waiter, IpcState.IDLE, 0);
            IpcState.set(waiter, IpcState.WAITING_ON, 0);
            Transfer.result(waiter, Errors.EPIPE);
            IpcState.unlock(waiter);
        }
        SpinLock.release(lock);
        return waiter;
    }

    /** Gives word to a thread taken off a queue (its lock held) and empties the notification. */
    private static void deliver(long notification, long thread, long word) {
        IpcState.setState(thread, IpcState.IDLE, 0);
        IpcState.set(thread, IpcState.WAITING_ON, 0);
        Transfer.result(thread, 0);
        Transfer.bits(thread, word);
        Memory.write64(notification + Notification.WORD, 0);
    }
}
