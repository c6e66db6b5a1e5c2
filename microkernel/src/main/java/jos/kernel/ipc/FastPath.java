package jos.kernel.ipc;

import jos.abi.MessageInfo;
import jos.hw.Memory;
import jos.kernel.memory.SpinLock;
import jos.kernel.sched.Thread;
import jos.kernel.x86.user.UserFrame;

/**
 * The IPC fast path's operations (seL4's fastpath.c): call and reply_recv with a register message, as a
 * list of guards read under the locks the general path takes, each leaving everything as it was for the
 * general path (0), followed by the operation's own writes, exactly those Ipc.call and Ipc.replyRecv make
 * in that case (IpcModelTest runs both against one model). The partner is returned BLOCKED, for the
 * scheduler's direct switch; where that fails, {@link #handedOff} records the outcome the general
 * operation would have, for the general path to go on from. No outcome is written on the way, no object
 * reference taken (the capability table's lock keeps the endpoint alive until its own lock is held), no
 * lock waited for (SpinLock.tryAcquire: where one is held elsewhere the general path, which waits, takes
 * over, so several may be held at once in any order without a deadlock), and nothing called that could
 * throw, so the compiler gives these methods no stack check and their callers no exception test.
 */
public final class FastPath {
    private FastPath() {
    }

    /**
     * call on endpoint (its lock held: the caller took it with SpinLock.tryAcquire under the capability
     * table's lock) with the register message info (simple) and badge: the waiting receiver, now holding
     * the caller in its reply slot and its message in its frame, the caller AWAITING_REPLY; the lock
     * released. 0 with nothing changed (the lock released too) when no receiver waits, the endpoint is
     * closed, the receiver's reply slot holds a caller the general path fails, or a thread's lock is held.
     */
    public static long call(long thread, long endpoint, long badge, long info) {
        long lock = endpoint + Endpoint.LOCK;
        long receiver = Memory.read64(endpoint + Endpoint.RECEIVE_HEAD);
        if (receiver == 0 || Memory.read64(endpoint + Endpoint.CLOSED) != 0 || IpcState.get(receiver, IpcState.REPLY_TO) != 0
                || !SpinLock.tryAcquire(receiver + Thread.IPC + IpcState.LOCK)) {
            SpinLock.release(lock);
            return 0;
        }
        if (!SpinLock.tryAcquire(thread + Thread.IPC + IpcState.LOCK)) {
            SpinLock.release(receiver + Thread.IPC + IpcState.LOCK);
            SpinLock.release(lock);
            return 0;
        }
        ThreadQueue.remove(endpoint + Endpoint.RECEIVE_HEAD, receiver);
        // Only the caller itself changes its sequence while it runs.
        long sequence = IpcState.get(thread, IpcState.SEQUENCE) + 1;
        deliver(thread, receiver, info, badge);
        IpcState.set(receiver, IpcState.REPLY_TO, thread);
        IpcState.set(receiver, IpcState.REPLY_SEQUENCE, sequence);
        IpcState.set(thread, IpcState.SEQUENCE, sequence);
        IpcState.setState(thread, IpcState.AWAITING_REPLY, 0);
        SpinLock.release(thread + Thread.IPC + IpcState.LOCK);
        SpinLock.release(receiver + Thread.IPC + IpcState.LOCK);
        SpinLock.release(lock);
        return receiver;
    }

    /**
     * reply_recv on endpoint (its lock held, as for {@link #call}) with the register message info
     * (simple): the caller in the thread's reply slot, answered, the thread RECEIVING on endpoint; the lock
     * released. 0 with nothing changed (the lock released too) when the slot is empty, its caller no
     * longer waits for this reply, the endpoint is closed, a sender is queued, the bound notification has
     * bits (the receive would not block), or a lock is held.
     */
    public static long replyRecv(long thread, long endpoint, long info) {
        long lock = endpoint + Endpoint.LOCK;
        // Only the thread itself changes its reply slot while it runs (a caller fills it only while it
        // waits in a receive; cancel only once it is off every CPU): read it before taking its lock.
        long caller = IpcState.get(thread, IpcState.REPLY_TO);
        if (caller == 0 || Memory.read64(endpoint + Endpoint.CLOSED) != 0 || Memory.read64(endpoint + Endpoint.SEND_HEAD) != 0
                || !SpinLock.tryAcquire(caller + Thread.IPC + IpcState.LOCK)) {
            SpinLock.release(lock);
            return 0;
        }
        // The bound notification's lock is held until the thread is queued, as in Ipc.receive.
        long bound = IpcState.get(thread, IpcState.BOUND);
        if (IpcState.state(caller) != IpcState.AWAITING_REPLY || IpcState.get(caller, IpcState.SEQUENCE) != IpcState.get(thread, IpcState.REPLY_SEQUENCE)
                || bound != 0 && !SpinLock.tryAcquire(bound + Notification.LOCK)) {
            SpinLock.release(caller + Thread.IPC + IpcState.LOCK);
            SpinLock.release(lock);
            return 0;
        }
        if (bound != 0 && Memory.read64(bound + Notification.WORD) != 0 || !SpinLock.tryAcquire(thread + Thread.IPC + IpcState.LOCK)) {
            if (bound != 0) SpinLock.release(bound + Notification.LOCK);
            SpinLock.release(caller + Thread.IPC + IpcState.LOCK);
            SpinLock.release(lock);
            return 0;
        }
        deliver(thread, caller, info, 0);
        IpcState.set(thread, IpcState.REPLY_TO, 0);
        IpcState.set(thread, IpcState.REPLY_SEQUENCE, 0);
        IpcState.setState(thread, IpcState.RECEIVING, 0);
        IpcState.set(thread, IpcState.WAITING_ON, endpoint);
        ThreadQueue.append(endpoint + Endpoint.RECEIVE_HEAD, thread);
        SpinLock.release(thread + Thread.IPC + IpcState.LOCK);
        if (bound != 0) SpinLock.release(bound + Notification.LOCK);
        SpinLock.release(caller + Thread.IPC + IpcState.LOCK);
        SpinLock.release(lock);
        return caller;
    }

    /**
     * A register message from sender's frame into the frame of receiver (its lock held), which waited and
     * now has its result 0 and waits for nothing: Transfer.message, Transfer.result and Ipc.leave for the
     * fast path's case, without a loop or a call.
     */
    private static void deliver(long sender, long receiver, long info, long badge) {
        long from = sender + Thread.FRAME, to = receiver + Thread.FRAME;
        int length = MessageInfo.length(info);
        if (length > 0) UserFrame.set(to, UserFrame.RDX, UserFrame.get(from, UserFrame.RDX));
        if (length > 1) UserFrame.set(to, UserFrame.R10, UserFrame.get(from, UserFrame.R10));
        if (length > 2) UserFrame.set(to, UserFrame.R8, UserFrame.get(from, UserFrame.R8));
        if (length > 3) UserFrame.set(to, UserFrame.R9, UserFrame.get(from, UserFrame.R9));
        long note = IpcState.get(receiver, IpcState.NOTE);
        IpcState.set(receiver, IpcState.NOTE, 0);
        UserFrame.set(to, UserFrame.RSI, info | note);
        UserFrame.set(to, UserFrame.RDI, badge);
        UserFrame.set(to, UserFrame.RAX, 0);
        IpcState.setState(receiver, IpcState.IDLE, 0);
        IpcState.set(receiver, IpcState.WAITING_ON, 0);
    }

    /**
     * Where the direct switch to partner failed after {@link #call} or {@link #replyRecv}: the outcome the
     * general operation leaves in that case (the caller blocked, partner to run), for the general path.
     */
    public static void handedOff(long outcome, long partner) {
        Outcome.clear(outcome);
        Outcome.block(outcome);
        Outcome.switchTo(outcome, partner);
    }

    /**
     * After a call or reply_recv by a thread that sent info: the thread the syscall layer may switch to
     * directly (the outcome's SWITCH_TO), or 0 for the general path. The scheduler adds its own guards
     * (Scheduler.switchDirect: same CPU, priority, no pending wake).
     */
    public static long handOff(long info, long outcome) {
        // Only a caller left blocked gives its CPU away.
        if (!Outcome.blocked(outcome)) return 0;
        // There must be a partner made runnable to switch to.
        long partner = Outcome.switchTo(outcome);
        if (partner == 0) return 0;
        // Register messages without capabilities only: buffer copies and transfers are the general path's.
        if (!simple(info) || Outcome.caps(outcome) != 0) return 0;
        // Nobody else woken (an abandoned caller failed, a plain sender): they all go through the queues.
        if (Outcome.woken(outcome, 0) != 0 || Outcome.woken(outcome, 1) != 0) return 0;
        return partner;
    }

    /**
     * Whether info is a register message without capabilities (the only kind the fast path carries): valid,
     * not in the buffer, no capabilities. Above the label only the length may be set, at most 4 words, so
     * that is one compare (IpcTest compares it with those three tests).
     */
    public static boolean simple(long info) {
        return info >>> MessageInfo.LENGTH_SHIFT <= MessageInfo.REGISTER_WORDS;
    }
}
