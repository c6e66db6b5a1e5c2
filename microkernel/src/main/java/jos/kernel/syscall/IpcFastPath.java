package jos.kernel.syscall;

import jos.hw.Export;
import jos.hw.Memory;
import jos.kernel.ipc.FastPath;
import jos.kernel.ipc.Outcome;
import jos.kernel.process.Process;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Thread;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.user.SyscallEntry;
import jos.kernel.x86.user.UserFrame;

/**
 * The IPC fast path (seL4's fastpath.c): call and reply_recv with a register message, from the entry to
 * the partner's return in code the compiler gives no stack check below its top methods. It runs the general path's own steps
 * (IpcCalls.endpointCall: the capability lookup, Ipc.call or Ipc.replyRecv under their locks), then the
 * guards of FastPath.handOff and Scheduler.claimDirect, and switches to the partner directly
 * (Scheduler.switchDirectFast). Where a guard fails it hands over to the general path at the same point:
 * before the operation ({@link SyscallEntry#NEXT_GENERAL}: nothing done) or after it
 * ({@link SyscallEntry#NEXT_IPC_COMPLETE}: Syscalls.completeIpc runs the outcome as Syscalls.ipc would).
 */
final class IpcFastPath {
    private IpcFastPath() {
    }

    /** Serves call or reply_recv in the current thread's frame as far as it can; what the entry does next (SyscallEntry NEXT_*). */
    @Export("jos_kernel_syscall_ipc")
    static int serve(long frame) {
        long thread = PerCpu.currentThread();
        long info = UserFrame.get(frame, UserFrame.RSI);
        // A program without a process, or a message with capabilities or in the buffer: all of it general.
        if (Process.of(thread) == 0 || !FastPath.simple(info)) return SyscallEntry.NEXT_GENERAL;
        long result = IpcCalls.endpointCall(thread, UserFrame.get(frame, UserFrame.RAX), UserFrame.get(frame, UserFrame.RDI));
        long records = thread + Thread.SPARE, outcome = records + CallRecord.OUTCOME;
        // Nothing to run (a refused handle, an answer at once): the result is the answer.
        if (quiet(outcome) && Memory.read64(records + CallRecord.DOOMED) == 0) {
            UserFrame.set(frame, UserFrame.RAX, result);
            return SyscallEntry.NEXT_EXIT;
        }
        // Blocked, one partner to switch to, a register message, nobody else woken.
        long partner = FastPath.handOff(info, outcome);
        // No object to destroy: that is the general path's.
        if (partner == 0 || Memory.read64(records + CallRecord.DOOMED) != 0) return SyscallEntry.NEXT_IPC_COMPLETE;
        int switched = Scheduler.switchDirectFast(partner);
        if (switched == Scheduler.NOT_SWITCHED) return SyscallEntry.NEXT_IPC_COMPLETE;
        // Running again: rax holds what the partner answered, as after the general path's block.
        return switched == Scheduler.SWITCHED ? SyscallEntry.NEXT_EXIT : SyscallEntry.NEXT_FINISH_SWITCH;
    }

    /** Whether the outcome asks for nothing: not blocked, nobody woken or switched to, no capabilities to deliver. */
    static boolean quiet(long outcome) {
        return !Outcome.blocked(outcome) && Outcome.switchTo(outcome) == 0 && Outcome.caps(outcome) == 0
                && Outcome.woken(outcome, 0) == 0 && Outcome.woken(outcome, 1) == 0;
    }
}
