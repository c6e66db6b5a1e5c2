package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.IpcBuffer;
import jos.abi.Kinds;
import jos.abi.MessageInfo;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.Ipc;
import jos.kernel.ipc.IpcState;
import jos.kernel.ipc.Notifications;
import jos.kernel.ipc.Outcome;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.x86.user.UserFrame;
import jos.kernel.sched.Thread;

/**
 * The IPC calls (24-35) of a thread on its process's capability table: the handle looked up with the
 * right the call needs (CapabilityTable.lookup, which also holds the object while the call uses it),
 * the badge taken from the capability, the operation run by jos.kernel.ipc into the thread's
 * {@link CallRecord} OUTCOME. Capabilities a delivered message carries are copied here, after IPC's locks
 * are released (the table's lock comes first in the order). Running the outcome (waking, blocking) is
 * the dispatcher's.
 */
final class IpcCalls {
    private IpcCalls() {
    }

    /**
     * IPC call number by thread with arguments a0 (a handle) and a1 (signal's bits); the message registers
     * are in the thread's frame. Returns rax if the thread does not block; the outcome says the rest.
     */
    static long call(long thread, long number, long a0, long a1) {
        long records = thread + Thread.SPARE;
        long outcome = records + CallRecord.OUTCOME;
        clear(records);
        long table = Process.table(Process.of(thread));
        if (number == Calls.ENDPOINT_CREATE) return insertNew(table, Kinds.ENDPOINT, Objects.endpoint());
        if (number == Calls.NOTIFICATION_CREATE) return insertNew(table, Kinds.NOTIFICATION, Objects.notification());
        long info = UserFrame.get(thread + Thread.FRAME, UserFrame.RSI);
        if (number == Calls.REPLY) {
            if (MessageInfo.caps(info) != 0) return Errors.EINVAL;
            Ipc.reply(thread, outcome);
            return Outcome.result(outcome);
        }
        int kind = number >= Calls.SIGNAL ? Kinds.NOTIFICATION : Kinds.ENDPOINT;
        long right = rightFor(number);
        if (right == 0) return Errors.ENOSYS;
        long record = records + CallRecord.CAPABILITY;
        long found = CapabilityTable.lookup(table, a0, kind, right, record);
        if (found < 0) return found;
        long object = Capability.object(record);
        long result = operate(thread, number, object, Capability.badge(record), Capability.rights(record), info, a1, outcome);
        if (KernelObject.release(object) == 0) Memory.write64(records + CallRecord.DOOMED, object);
        if (result != 0) return result;
        if (Outcome.caps(outcome) != 0) transfer(outcome);
        return Outcome.result(outcome);
    }

    /** Zeroes the call's records with unrolled stores: a call of the runtime's memset costs some 17 instructions more (scripts/bench ipc). */
    private static void clear(long records) {
        for (int i = 0; i < CallRecord.SIZE; i += 8) Memory.write64(records + i, 0);
    }

    /** The right call number needs on its capability; 0 for no IPC call. */
    static long rightFor(long number) {
        if (number == Calls.SEND || number == Calls.CALL || number == Calls.TRY_SEND) return Rights.SEND;
        if (number == Calls.RECV || number == Calls.TRY_RECV || number == Calls.REPLY_RECV) return Rights.RECEIVE;
        if (number == Calls.SIGNAL) return Rights.SIGNAL;
        if (number == Calls.WAIT || number == Calls.POLL) return Rights.WAIT;
        return 0;
    }

    /** Runs the operation; a refusal before it (non-zero), or 0 with the outcome filled. */
    private static long operate(long thread, long number, long object, long badge, int rights, long info, long bits, long outcome) {
        boolean sending = number == Calls.SEND || number == Calls.CALL || number == Calls.TRY_SEND;
        if (sending && MessageInfo.caps(info) != 0) {
            if ((rights & Rights.GRANT) == 0) return Errors.EPERM;
            if (IpcState.get(thread, IpcState.BUFFER) == 0) return Errors.EINVAL;   // the handles travel in the buffer
        }
        if (number == Calls.REPLY_RECV && MessageInfo.caps(info) != 0 && IpcState.get(thread, IpcState.REPLY_TO) != 0) return Errors.EINVAL;
        if (number == Calls.SEND) Ipc.send(thread, object, badge, outcome);
        else if (number == Calls.CALL) Ipc.call(thread, object, badge, outcome);
        else if (number == Calls.TRY_SEND) Ipc.trySend(thread, object, badge, outcome);
        else if (number == Calls.RECV) Ipc.recv(thread, object, outcome);
        else if (number == Calls.TRY_RECV) Ipc.tryRecv(thread, object, outcome);
        else if (number == Calls.REPLY_RECV) Ipc.replyRecv(thread, object, outcome);
        else if (number == Calls.SIGNAL) Notifications.signal(object, bits, outcome);
        else if (number == Calls.WAIT) Notifications.wait(thread, object, outcome);
        else Notifications.poll(thread, object, outcome);
        return 0;
    }

    /**
     * Copies the capabilities of the message just delivered from the sender's table into the receiver's,
     * writing the receiver's new handles (or the error for each) to its buffer's RECEIVED_CAPS.
     */
    static void transfer(long outcome) {
        long from = Memory.read64(outcome + Outcome.CAPS_FROM), to = Memory.read64(outcome + Outcome.CAPS_TO);
        long source = IpcState.get(from, IpcState.BUFFER), target = IpcState.get(to, IpcState.BUFFER);
        if (target == 0) return;
        long fromTable = Process.table(Process.of(from)), toTable = Process.table(Process.of(to));
        for (int i = 0; i < Outcome.caps(outcome); i++) {
            long handle = Memory.read64(source + IpcBuffer.SEND_CAPS + 8L * i);
            Memory.write64(target + IpcBuffer.RECEIVED_CAPS + 8L * i, CapabilityTable.copy(fromTable, handle, toTable));
        }
    }

    /** Names a new object (0: the heap was full) by a capability with every right of its kind: the handle, or the error. */
    private static long insertNew(long table, int kind, long object) {
        if (object == 0) return Errors.ENOMEM;
        long handle = CapabilityTable.insert(table, kind, Rights.of(kind), object);
        if (handle < 0) Objects.free(object);
        return handle;
    }
}
