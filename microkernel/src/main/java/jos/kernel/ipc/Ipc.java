package jos.kernel.ipc;

import jos.abi.Errors;
import jos.abi.MessageInfo;
import jos.hw.Memory;
import jos.kernel.memory.SpinLock;
import jos.kernel.sched.Thread;
import jos.kernel.x86.user.UserFrame;

/**
 * The endpoint operations (abi.md, "Messages"). Each takes the current thread (its frame holds the
 * call's registers: the MessageInfo in rsi, words 0-3 in rdx, r10, r8, r9), the object the syscall
 * layer looked up with the rights checked, and an {@link Outcome} to fill; none calls the scheduler.
 *
 * <p>Locks (memory.SpinLock words): an endpoint's or notification's lock, then a thread's IPC lock, one
 * thread at a time; never the other way round except by a try (cancel, signal), which backs off and
 * retries. The scheduler's run-queue locks come after all of them (taken by the caller on the outcome).
 * No lock is shared by all CPUs: two pairs of threads talking over two endpoints share nothing.
 */
public final class Ipc {
    private Ipc() {
    }

    /** send: delivers to a waiting receiver, or blocks until one comes. */
    public static void send(long thread, long endpoint, long badge, long outcome) {
        Outcome.clear(outcome);
        send(thread, endpoint, badge, true, false, outcome);
    }

    /** try_send: delivers to a waiting receiver, or fails with EAGAIN. */
    public static void trySend(long thread, long endpoint, long badge, long outcome) {
        Outcome.clear(outcome);
        send(thread, endpoint, badge, false, false, outcome);
    }

    /**
     * call: sends, then waits for the reply on the receiver's one-shot reply slot. The caller always
     * blocks (unless the message is refused); its result comes with the reply, or EPIPE.
     */
    public static void call(long thread, long endpoint, long badge, long outcome) {
        Outcome.clear(outcome);
        send(thread, endpoint, badge, true, true, outcome);
    }

    /** recv: takes the first queued message, or the bound notification's pending bits, or blocks. */
    public static void recv(long thread, long endpoint, long outcome) {
        Outcome.clear(outcome);
        receive(thread, endpoint, true, outcome);
    }

    /** try_recv: as recv, but EAGAIN where recv would block. */
    public static void tryRecv(long thread, long endpoint, long outcome) {
        Outcome.clear(outcome);
        receive(thread, endpoint, false, outcome);
    }

    /** reply: answers the caller in the thread's reply slot (EINVAL if empty, EPIPE if it gave up or died). */
    public static void reply(long thread, long outcome) {
        Outcome.clear(outcome);
        long info = frame(thread, UserFrame.RSI);
        long refused = refusal(thread, info);
        if (refused != 0) {
            Outcome.result(outcome, refused);
            return;
        }
        IpcState.lock(thread);
        long caller = IpcState.get(thread, IpcState.REPLY_TO);
        long sequence = IpcState.get(thread, IpcState.REPLY_SEQUENCE);
        clearSlot(thread);
        IpcState.unlock(thread);
        replyTo(thread, caller, sequence, info, outcome);
    }

    /**
     * reply_recv, the server loop's one call: replies to the caller in the slot (if any), then receives.
     * A reply whose caller is gone is dropped and the receive goes on, as in seL4, so one dead client
     * cannot derail a server; the message received then carries MessageInfo REPLY_FAILED.
     */
    public static void replyRecv(long thread, long endpoint, long outcome) {
        Outcome.clear(outcome);
        long info = frame(thread, UserFrame.RSI);
        IpcState.lock(thread);
        long caller = IpcState.get(thread, IpcState.REPLY_TO);
        long sequence = IpcState.get(thread, IpcState.REPLY_SEQUENCE);
        IpcState.unlock(thread);
        long answered = 0;
        if (caller != 0) {
            long refused = refusal(thread, info);
            if (refused != 0) {
                Outcome.result(outcome, refused);
                return;
            }
            IpcState.lock(thread);
            clearSlot(thread);
            IpcState.unlock(thread);
            if (answer(thread, caller, sequence, info, outcome) == 0) answered = caller;
            else IpcState.set(thread, IpcState.NOTE, MessageInfo.REPLY_FAILED);
        }
        receive(thread, endpoint, true, outcome);
        if (answered == 0) return;
        if (Outcome.blocked(outcome)) Outcome.switchTo(outcome, answered);
        else Outcome.wake(outcome, answered);
    }

    /** Moves the thread's reply slot into an empty reply object (EINVAL: no slot; EBUSY: the object holds one). */
    public static long saveReply(long thread, long reply) {
        SpinLock.acquire(reply + Reply.LOCK);
        if (Memory.read64(reply + Reply.CALLER) != 0) {
            SpinLock.release(reply + Reply.LOCK);
            return Errors.EBUSY;
        }
        IpcState.lock(thread);
        long caller = IpcState.get(thread, IpcState.REPLY_TO);
        long sequence = IpcState.get(thread, IpcState.REPLY_SEQUENCE);
        clearSlot(thread);
        IpcState.unlock(thread);
        Memory.write64(reply + Reply.CALLER, caller);
        Memory.write64(reply + Reply.SEQUENCE, sequence);
        SpinLock.release(reply + Reply.LOCK);
        return caller == 0 ? Errors.EINVAL : 0;
    }

    /** Replies through a reply object filled by {@link #saveReply}, which is empty afterwards. */
    public static void replyThrough(long thread, long reply, long outcome) {
        Outcome.clear(outcome);
        long info = frame(thread, UserFrame.RSI);
        long refused = refusal(thread, info);
        if (refused != 0) {
            Outcome.result(outcome, refused);
            return;
        }
        SpinLock.acquire(reply + Reply.LOCK);
        long caller = Memory.read64(reply + Reply.CALLER);
        long sequence = Memory.read64(reply + Reply.SEQUENCE);
        Memory.write64(reply + Reply.CALLER, 0);
        SpinLock.release(reply + Reply.LOCK);
        replyTo(thread, caller, sequence, info, outcome);
    }

    /** A reply object's last capability is gone: the caller it held fails with EPIPE. */
    public static void closeReply(long reply, long outcome) {
        Outcome.clear(outcome);
        SpinLock.acquire(reply + Reply.LOCK);
        long caller = Memory.read64(reply + Reply.CALLER);
        long sequence = Memory.read64(reply + Reply.SEQUENCE);
        Memory.write64(reply + Reply.CALLER, 0);
        SpinLock.release(reply + Reply.LOCK);
        if (caller != 0) failCaller(caller, sequence, outcome);
    }

    /**
     * An endpoint's last capability is gone: marks it closed and takes one queued thread off it, failing
     * with EPIPE; returns that thread (for the scheduler) or 0 once none is left and the block may be freed.
     */
    public static long closeEndpoint(long endpoint) {
        SpinLock.acquire(endpoint + Endpoint.LOCK);
        Memory.write64(endpoint + Endpoint.CLOSED, 1);
        long thread = ThreadQueue.takeFirst(endpoint + Endpoint.SEND_HEAD);
        if (thread == 0) thread = ThreadQueue.takeFirst(endpoint + Endpoint.RECEIVE_HEAD);
        if (thread != 0) {
            IpcState.lock(thread);
            leave(thread);
            Transfer.result(thread, Errors.EPIPE);
            IpcState.unlock(thread);
        }
        SpinLock.release(endpoint + Endpoint.LOCK);
        return thread;
    }

    /**
     * Takes a thread that is not running (being killed, or exiting) out of IPC: off the queue it waits
     * on, its own wait for a reply given up (the reply then finds it idle and fails with EPIPE), the caller in its reply
     * slot failed with EPIPE (woken in the outcome), its bound notification unbound.
     */
    public static void cancel(long thread, long outcome) {
        Outcome.clear(outcome);
        while (true) {
            IpcState.lock(thread);
            int state = IpcState.state(thread);
            if (state == IpcState.SENDING || state == IpcState.RECEIVING || state == IpcState.WAITING) {
                // The object's lock comes first in the order: only a try here, backing off if it is held.
                long object = IpcState.get(thread, IpcState.WAITING_ON);
                if (!SpinLock.tryAcquire(object + Endpoint.LOCK)) {
                    IpcState.unlock(thread);
                    SpinLock.relax();
                    continue;
                }
                ThreadQueue.remove(object + queueOf(state), thread);
                SpinLock.release(object + Endpoint.LOCK);
            }
            leave(thread);
            break;
        }
        long caller = IpcState.get(thread, IpcState.REPLY_TO);
        long sequence = IpcState.get(thread, IpcState.REPLY_SEQUENCE);
        clearSlot(thread);
        long bound = IpcState.get(thread, IpcState.BOUND);
        IpcState.unlock(thread);
        if (caller != 0) failCaller(caller, sequence, outcome);
        if (bound != 0) Notifications.unbind(thread);
    }

    /** The queue of an object a thread in state waits in (the lock sits at the same offset in both kinds). */
    private static int queueOf(int state) {
        if (state == IpcState.SENDING) return Endpoint.SEND_HEAD;
        if (state == IpcState.RECEIVING) return Endpoint.RECEIVE_HEAD;
        return Notification.WAIT_HEAD;
    }

    static void send(long thread, long endpoint, long badge, boolean blocking, boolean calling, long outcome) {
        long info = frame(thread, UserFrame.RSI);
        long refused = refusal(thread, info);
        if (refused != 0) {
            Outcome.result(outcome, refused);
            return;
        }
        SpinLock.acquire(endpoint + Endpoint.LOCK);
        if (Memory.read64(endpoint + Endpoint.CLOSED) != 0) {
            SpinLock.release(endpoint + Endpoint.LOCK);
            Outcome.result(outcome, Errors.EPIPE);
            return;
        }
        long receiver = ThreadQueue.takeFirst(endpoint + Endpoint.RECEIVE_HEAD);
        if (receiver == 0) {
            if (!blocking) {
                SpinLock.release(endpoint + Endpoint.LOCK);
                Outcome.result(outcome, Errors.EAGAIN);
                return;
            }
            IpcState.lock(thread);
            IpcState.setState(thread, IpcState.SENDING, calling ? IpcState.CALLING : 0);
            IpcState.set(thread, IpcState.WAITING_ON, endpoint);
            IpcState.set(thread, IpcState.INFO, info);
            IpcState.set(thread, IpcState.BADGE, badge);
            ThreadQueue.append(endpoint + Endpoint.SEND_HEAD, thread);
            IpcState.unlock(thread);
            SpinLock.release(endpoint + Endpoint.LOCK);
            Outcome.block(outcome);
            return;
        }
        // Only the caller itself changes its sequence while it runs: read it without its lock.
        long sequence = IpcState.get(thread, IpcState.SEQUENCE) + 1;
        IpcState.lock(receiver);
        Transfer.message(thread, receiver, info, badge, outcome);
        Transfer.result(receiver, 0);
        leave(receiver);
        long abandoned = 0;
        long abandonedSequence = 0;
        if (calling) {
            abandoned = IpcState.get(receiver, IpcState.REPLY_TO);
            abandonedSequence = IpcState.get(receiver, IpcState.REPLY_SEQUENCE);
            IpcState.set(receiver, IpcState.REPLY_TO, thread);
            IpcState.set(receiver, IpcState.REPLY_SEQUENCE, sequence);
        }
        IpcState.unlock(receiver);
        if (calling) {
            IpcState.lock(thread);
            IpcState.set(thread, IpcState.SEQUENCE, sequence);
            IpcState.setState(thread, IpcState.AWAITING_REPLY, 0);
            IpcState.unlock(thread);
        }
        SpinLock.release(endpoint + Endpoint.LOCK);
        if (calling) {
            Outcome.block(outcome);
            Outcome.switchTo(outcome, receiver);
        } else {
            Outcome.wake(outcome, receiver);
        }
        if (abandoned != 0) failCaller(abandoned, abandonedSequence, outcome);
    }

    static void receive(long thread, long endpoint, boolean blocking, long outcome) {
        SpinLock.acquire(endpoint + Endpoint.LOCK);
        if (Memory.read64(endpoint + Endpoint.CLOSED) != 0) {
            SpinLock.release(endpoint + Endpoint.LOCK);
            Outcome.result(outcome, Errors.EPIPE);
            return;
        }
        // The bound notification's lock is held until the thread is queued, so a signal in between finds it.
        long bound = IpcState.get(thread, IpcState.BOUND);
        if (bound != 0) {
            SpinLock.acquire(bound + Notification.LOCK);
            long bits = Memory.read64(bound + Notification.WORD);
            if (bits != 0) {
                Memory.write64(bound + Notification.WORD, 0);
                SpinLock.release(bound + Notification.LOCK);
                SpinLock.release(endpoint + Endpoint.LOCK);
                Transfer.bits(thread, bits);
                return;
            }
        }
        long sender = ThreadQueue.takeFirst(endpoint + Endpoint.SEND_HEAD);
        if (sender == 0) {
            if (blocking) {
                IpcState.lock(thread);
                IpcState.setState(thread, IpcState.RECEIVING, 0);
                IpcState.set(thread, IpcState.WAITING_ON, endpoint);
                ThreadQueue.append(endpoint + Endpoint.RECEIVE_HEAD, thread);
                IpcState.unlock(thread);
                Outcome.block(outcome);
            } else {
                Outcome.result(outcome, Errors.EAGAIN);
            }
            if (bound != 0) SpinLock.release(bound + Notification.LOCK);
            SpinLock.release(endpoint + Endpoint.LOCK);
            return;
        }
        if (bound != 0) SpinLock.release(bound + Notification.LOCK);
        IpcState.lock(sender);
        boolean calling = (IpcState.flags(sender) & IpcState.CALLING) != 0;
        Transfer.message(sender, thread, IpcState.get(sender, IpcState.INFO), IpcState.get(sender, IpcState.BADGE), outcome);
        leave(sender);
        long sequence = IpcState.get(sender, IpcState.SEQUENCE) + 1;
        if (calling) {
            IpcState.set(sender, IpcState.SEQUENCE, sequence);
            IpcState.setState(sender, IpcState.AWAITING_REPLY, 0);
        } else {
            Transfer.result(sender, 0);
        }
        IpcState.unlock(sender);
        long abandoned = 0;
        long abandonedSequence = 0;
        if (calling) {
            IpcState.lock(thread);
            abandoned = IpcState.get(thread, IpcState.REPLY_TO);
            abandonedSequence = IpcState.get(thread, IpcState.REPLY_SEQUENCE);
            IpcState.set(thread, IpcState.REPLY_TO, sender);
            IpcState.set(thread, IpcState.REPLY_SEQUENCE, sequence);
            IpcState.unlock(thread);
        }
        SpinLock.release(endpoint + Endpoint.LOCK);
        if (!calling) Outcome.wake(outcome, sender);
        if (abandoned != 0) failCaller(abandoned, abandonedSequence, outcome);
    }

    /** Delivers thread's reply to caller if it still waits for this one (sequence); 0 or EPIPE. */
    private static long answer(long thread, long caller, long sequence, long info, long outcome) {
        IpcState.lock(caller);
        if (IpcState.state(caller) != IpcState.AWAITING_REPLY || IpcState.get(caller, IpcState.SEQUENCE) != sequence) {
            IpcState.unlock(caller);
            return Errors.EPIPE;
        }
        Transfer.message(thread, caller, info, 0, outcome);
        Transfer.result(caller, 0);
        leave(caller);
        IpcState.unlock(caller);
        return 0;
    }

    /** The caller will never be answered (its server died, or dropped the reply): EPIPE, if it still waits. */
    static void failCaller(long caller, long sequence, long outcome) {
        IpcState.lock(caller);
        boolean waits = IpcState.state(caller) == IpcState.AWAITING_REPLY && IpcState.get(caller, IpcState.SEQUENCE) == sequence;
        if (waits) {
            leave(caller);
            Transfer.result(caller, Errors.EPIPE);
        }
        IpcState.unlock(caller);
        if (waits) Outcome.wake(outcome, caller);
    }

    /** Why a message with info cannot be sent by thread (EINVAL), or 0. */
    static long refusal(long thread, long info) {
        if (!MessageInfo.valid(info)) return Errors.EINVAL;
        if (MessageInfo.inBuffer(info) && IpcState.get(thread, IpcState.BUFFER) == 0) return Errors.EINVAL;
        return 0;
    }

    /** The thread waits for nothing now (its lock held). */
    private static void leave(long thread) {
        IpcState.setState(thread, IpcState.IDLE, 0);
        IpcState.set(thread, IpcState.WAITING_ON, 0);
    }

    private static void clearSlot(long thread) {
        IpcState.set(thread, IpcState.REPLY_TO, 0);
        IpcState.set(thread, IpcState.REPLY_SEQUENCE, 0);
    }

    static long frame(long thread, int register) {
        return UserFrame.get(thread + Thread.FRAME, register);
    }

    /** Replies to the caller a reply slot or object held (EINVAL if it held none); the caller woken is in the outcome. */
    private static void replyTo(long thread, long caller, long sequence, long info, long outcome) {
        if (caller == 0) {
            Outcome.result(outcome, Errors.EINVAL);
            return;
        }
        long result = answer(thread, caller, sequence, info, outcome);
        if (result == 0) Outcome.wake(outcome, caller);
        Outcome.result(outcome, result);
    }
}
