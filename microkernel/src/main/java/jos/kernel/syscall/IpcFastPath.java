package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Export;
import jos.hw.Memory;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.ipc.Endpoint;
import jos.kernel.ipc.FastPath;
import jos.kernel.memory.SpinLock;
import jos.kernel.process.Process;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Thread;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.user.SyscallEntry;
import jos.kernel.x86.user.UserFrame;

/**
 * The IPC fast path (seL4's fastpath.c): a same-CPU call or reply_recv with a register message, from the
 * entry to the partner's return, in code that keeps no stack check. It waits for no lock: one held
 * elsewhere sends the call to the general path. The capability is read under its table's lock without a
 * reference (the lock is held until the endpoint's is), the operation is
 * ipc.FastPath's (the general operation's writes for this case, under the same locks), and the switch
 * is the scheduler's direct one by continuation (Scheduler.switchDirectResume: the thread blocks with
 * nothing on its stack, and the entry leaves with the partner's frame). Where a guard fails before the operation
 * it hands over with nothing done ({@link SyscallEntry#NEXT_GENERAL}); where the switch's guards fail
 * after it, with the outcome the general operation would have left ({@link SyscallEntry#NEXT_IPC_COMPLETE}:
 * Syscalls.completeIpc runs it as Syscalls.ipc would).
 */
final class IpcFastPath {
    private IpcFastPath() {
    }

    /** Serves call or reply_recv in the current thread's frame as far as it can; what the entry does next (SyscallEntry NEXT_*). */
    @Export("jos_kernel_syscall_ipc")
    static int serve(long frame) {
        long thread = PerCpu.currentThread();
        long info = UserFrame.get(frame, UserFrame.RSI);
        long process = Process.of(thread);
        // A program without a process, or a message with capabilities or in the buffer: all of it general.
        if (process == 0 || !FastPath.simple(info)) return SyscallEntry.NEXT_GENERAL;
        boolean call = UserFrame.get(frame, UserFrame.RAX) == Calls.CALL;
        long table = Process.table(process);
        long slot = CapabilityTable.lockSlot(table, UserFrame.get(frame, UserFrame.RDI), Kinds.ENDPOINT, call ? Rights.SEND : Rights.RECEIVE);
        if (slot == 0) return SyscallEntry.NEXT_GENERAL;
        long endpoint = CapabilityTable.objectIn(slot);
        long badge = CapabilityTable.badgeIn(slot);
        boolean locked = SpinLock.tryAcquire(endpoint + Endpoint.LOCK);
        CapabilityTable.unlock(table);
        if (!locked) return SyscallEntry.NEXT_GENERAL;
        long partner = call ? FastPath.call(thread, endpoint, badge, info) : FastPath.replyRecv(thread, endpoint, info);
        if (partner == 0) return SyscallEntry.NEXT_GENERAL;
        if (!Scheduler.switchDirectResume(partner)) {
            // The records completeIpc reads: the outcome and no doomed object (the capability record is the
            // general lookup's scratch).
            Memory.write64(thread + Thread.SPARE + CallRecord.DOOMED, 0);
            FastPath.handedOff(thread + Thread.SPARE + CallRecord.OUTCOME, partner);
            return SyscallEntry.NEXT_IPC_COMPLETE;
        }
        // partner runs: the entry leaves this stack for its, where the switch is finished.
        return SyscallEntry.NEXT_RESUME;
    }
}
