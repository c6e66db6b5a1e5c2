package jos.kernel.ipc;

import jos.abi.MessageInfo;
import jos.hw.Memory;
import jos.kernel.x86.user.UserFrame;

/**
 * The guards of the fast path (seL4's fastpath.c): cheap checks, read without locks, that a call or a
 * reply_recv is the common case of a register message handed straight to one thread. Each returns that
 * thread, or 0 for the general path. The answer is a hint: the operation itself (Ipc.call,
 * Ipc.replyRecv) rechecks under the locks, and its Outcome SWITCH_TO is what to run. {@link #handOff} is
 * the check after the operation that the syscall layer makes before the scheduler's direct switch.
 */
public final class FastPath {
    private FastPath() {
    }

    /** call: the thread that will receive it directly, or 0. */
    public static long callTarget(long thread, long endpoint) {
        // Register messages only, without capabilities: nothing to copy but four words.
        if (!simple(Ipc.frame(thread, UserFrame.RSI))) return 0;
        // A closed endpoint fails in the general path.
        if (Memory.read64(endpoint + Endpoint.CLOSED) != 0) return 0;
        // A receiver must already wait, else the caller just queues.
        return Memory.read64(endpoint + Endpoint.RECEIVE_HEAD);
    }

    /** reply_recv: the caller it will answer and switch to (the server then blocking), or 0. */
    public static long replyRecvTarget(long thread, long endpoint) {
        if (!simple(Ipc.frame(thread, UserFrame.RSI))) return 0;
        // There must be a caller to answer.
        long caller = IpcState.get(thread, IpcState.REPLY_TO);
        if (caller == 0) return 0;
        // It must still wait for this very reply.
        if (IpcState.state(caller) != IpcState.AWAITING_REPLY) return 0;
        if (IpcState.get(caller, IpcState.SEQUENCE) != IpcState.get(thread, IpcState.REPLY_SEQUENCE)) return 0;
        // The receive must block: no sender queued, endpoint open, no notification bits pending.
        if (Memory.read64(endpoint + Endpoint.CLOSED) != 0) return 0;
        if (Memory.read64(endpoint + Endpoint.SEND_HEAD) != 0) return 0;
        long bound = IpcState.get(thread, IpcState.BOUND);
        if (bound != 0 && Memory.read64(bound + Notification.WORD) != 0) return 0;
        return caller;
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

    /** Whether info is a register message without capabilities (the only kind the fast path carries). */
    public static boolean simple(long info) {
        return MessageInfo.valid(info) && !MessageInfo.inBuffer(info) && MessageInfo.caps(info) == 0;
    }
}
