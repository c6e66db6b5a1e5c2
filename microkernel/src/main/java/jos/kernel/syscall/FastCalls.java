package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.hw.Export;
import jos.kernel.x86.user.SyscallEntry;
import jos.kernel.x86.user.UserFrame;

/**
 * The first level of the system-call dispatch, which the entry (x86.user.SyscallEntry) calls for every
 * call but call and reply_recv: it answers what needs no kernel state (a number no call has: ENOSYS) and
 * sends the rest to {@link Syscalls#dispatch}. It calls only code that cannot throw, so the
 * compiler gives it no stack check (docs/toolchain.md, "Calls that cannot throw").
 */
public final class FastCalls {
    /** Bit n set: a call has number n (every {@link Calls} number is below 64). */
    static final long KNOWN = 1L << Calls.EXIT | 1L << Calls.DEBUG_WRITE | 1L << Calls.SPAWN | 1L << Calls.KILL
            | 1L << Calls.PROCESS_STATUS | 1L << Calls.YIELD | 1L << Calls.THREAD_CREATE | 1L << Calls.THREAD_PRIORITY
            | 1L << Calls.THREAD_AFFINITY | 1L << Calls.THREAD_SELF | 1L << Calls.THREAD_KILL | 1L << Calls.PROCESS_WATCH
            | 1L << Calls.PROCESS_FAULT | 1L << Calls.MAP | 1L << Calls.UNMAP | 1L << Calls.PROTECT | 1L << Calls.MEMORY_INFO
            | 1L << Calls.DEVICE_MAP | 1L << Calls.MEMORY_MAP | 1L << Calls.ENDPOINT_CREATE | 1L << Calls.NOTIFICATION_CREATE
            | 1L << Calls.SEND | 1L << Calls.CALL | 1L << Calls.RECV | 1L << Calls.REPLY | 1L << Calls.REPLY_RECV
            | 1L << Calls.TRY_SEND | 1L << Calls.TRY_RECV | 1L << Calls.SIGNAL | 1L << Calls.WAIT | 1L << Calls.POLL
            | 1L << Calls.IPC_BUFFER | 1L << Calls.CAP_COPY | 1L << Calls.CAP_MINT | 1L << Calls.CAP_DELETE
            | 1L << Calls.IRQ_BIND | 1L << Calls.IRQ_ACK | 1L << Calls.IRQ_UNBIND | 1L << Calls.IO_PORTS
            | 1L << Calls.CLOCK_MONOTONIC | 1L << Calls.CLOCK_REALTIME | 1L << Calls.SLEEP | 1L << Calls.TIMER_SET
            | 1L << Calls.TIMER_CANCEL;
    private FastCalls() {
    }

    /**
     * The first look at the call in the current thread's frame (call and reply_recv go to the IPC fast path,
     * IpcFastPath, from the entry itself); what the entry does next (SyscallEntry NEXT_*): leave (ENOSYS in
     * rax for a number no call has) or the general dispatch.
     */
    @Export("jos_kernel_syscall_first")
    static int serve(long frame) {
        long number = UserFrame.get(frame, UserFrame.RAX);
        if (!known(number)) {
            UserFrame.set(frame, UserFrame.RAX, Errors.ENOSYS);
            return SyscallEntry.NEXT_EXIT;
        }
        return SyscallEntry.NEXT_GENERAL;
    }

    /** Whether a call has number. */
    static boolean known(long number) {
        return (number & ~63L) == 0 && (KNOWN >>> number & 1) != 0;   // no library call: it would need a frame
    }
}
