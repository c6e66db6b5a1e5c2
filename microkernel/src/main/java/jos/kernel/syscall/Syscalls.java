package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.Kinds;
import jos.hw.Export;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.capability.Capability;
import jos.kernel.ipc.FastPath;
import jos.kernel.ipc.Outcome;
import jos.kernel.process.IpcBuffers;
import jos.kernel.process.IrqBinding;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.process.ProgramOutput;
import jos.kernel.process.UserThread;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Timers;
import jos.kernel.sched.Thread;
import jos.kernel.time.Clock;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.cpu.Gdt;
import jos.kernel.x86.user.UserFrame;
import jos.x86.PageTableEntry;

/**
 * The system calls of abi.md, numbered and failing as jos.abi declares ({@link Calls}, {@link Errors}).
 * {@link #dispatch} serves a call from the program running on this CPU (interrupts off, on the kernel stack, in the
 * program's address space). User memory is never dereferenced: a range is checked to be user memory mapped
 * for the program ({@link jos.kernel.memory.UserAddressSpace#mappedForUser}) and then read through the
 * HHDM. debug_write is {@link DebugWrite}; the memory calls are {@link MemoryCalls}; clock_monotonic is
 * kernel time ({@link Clock#nanosSinceBoot}), clock_realtime the wall clock ({@link Clock#realtimeNanos});
 * sleep and the timer calls are {@link TimeCalls}, process_watch is {@link ProcessCalls}.
 */
public final class Syscalls {
    private Syscalls() {
    }

    /**
     * Serves the call the current thread's frame holds (number in rax, arguments in rdi, rsi, rdx, r10, r8,
     * r9) and puts the result in the frame's rax; the return path restores the rest unchanged.
     */
    @Export("jos_kernel_syscall")
    static void dispatch(long frame) {
        UserFrame.set(frame, UserFrame.RAX, call(UserFrame.get(frame, UserFrame.RAX), UserFrame.get(frame, UserFrame.RDI),
                UserFrame.get(frame, UserFrame.RSI), UserFrame.get(frame, UserFrame.RDX), UserFrame.get(frame, UserFrame.R10),
                UserFrame.get(frame, UserFrame.R8), UserFrame.get(frame, UserFrame.R9)));
    }

    /** The result of call number with its six arguments (a call ignores those it does not take). */
    static long call(long number, long a0, long a1, long a2, long a3, long a4, long a5) {
        if (number == Calls.EXIT) {
            ProgramOutput.endLine();
            UserThread.exit((int) a0);
            return 0;
        }
        if (number == Calls.DEBUG_WRITE) return DebugWrite.write(a0, a1);
        if (number == Calls.YIELD) {
            Scheduler.yield();
            return 0;
        }
        if (number >= Calls.SPAWN && number <= Calls.PROCESS_STATUS || number == Calls.PROCESS_FAULT) return process(number, a0, a1, a2, a3, a4, a5);
        if (number >= Calls.THREAD_CREATE && number <= Calls.THREAD_KILL) return ThreadCalls.call(PerCpu.currentThread(), number, a0, a1, a2, a3);
        if (number >= Calls.MAP && number <= Calls.MEMORY_INFO) return MemoryCalls.call(currentRoot(), number, a0, a1, a2);
        if (number == Calls.CLOCK_MONOTONIC) return Clock.nanosSinceBoot();
        if (number >= Calls.ENDPOINT_CREATE && number <= Calls.POLL) return ipc(number, a0, a1);
        if (number >= Calls.CAP_COPY && number <= Calls.CAP_DELETE) return capability(number, a0, a1, a2);
        if (number == Calls.IPC_BUFFER) return IpcBuffers.map(PerCpu.currentThread(), currentRoot(), a0);
        if (number == Calls.DEVICE_MAP || number >= Calls.IRQ_BIND && number <= Calls.IO_PORTS) return device(number, a0, a1, a2, a3, a4, a5);
        if (number == Calls.MEMORY_MAP) return memoryMap(a0, a1, a2, a3, a4, a5);
        if (number == Calls.CLOCK_REALTIME) return Clock.realtimeNanos();
        if (number == Calls.SLEEP) return TimeCalls.sleep(a0);
        if (number == Calls.TIMER_SET || number == Calls.TIMER_CANCEL || number == Calls.PROCESS_WATCH) return withTable(number, a0, a1, a2, a3);
        return Errors.ENOSYS;
    }

    /** timer_set, timer_cancel and process_watch: calls on the caller's table that may give back an object's last reference. */
    private static long withTable(long number, long a0, long a1, long a2, long a3) {
        long thread = PerCpu.currentThread();
        long process = Process.of(thread);
        if (process == 0) return Errors.EBADF;
        long records = thread + Thread.SPARE, table = Process.table(process);
        long result = number == Calls.PROCESS_WATCH ? ProcessCalls.watch(table, a0, a1, a2, records)
                : TimeCalls.timer(table, records, Timers.mine(), number, a0, a1, a2, a3);
        destroy(Memory.read64(records + CallRecord.DOOMED), records + CallRecord.OUTCOME);
        return result;
    }

    /**
     * An IPC call of the current thread, then its outcome run: the woken threads made runnable, an object
     * whose last reference went destroyed, and the thread blocked if it waits; a blocked thread's result
     * is what its partner put in its rax. The partner of a register-only call or reply_recv is switched to
     * directly when FastPath.handOff and Scheduler.switchDirect allow (the fast path), else made runnable.
     */
    private static long ipc(long number, long a0, long a1) {
        long thread = PerCpu.currentThread();
        if (Process.of(thread) == 0) return Errors.EBADF;   // a program without a process has no capabilities
        long info = UserFrame.get(thread + Thread.FRAME, UserFrame.RSI);
        return runOutcome(thread, info, IpcCalls.call(thread, number, a0, a1));
    }

    /**
     * The general path from where the IPC fast path (IpcFastPath, its only caller) handed over: its
     * operation ran and the direct switch failed (the partner runs on another CPU), so the outcome in the
     * thread's records is ipc.FastPath.handedOff's: blocked, one partner, nothing else. Wakes the partner
     * and blocks; the partner's answer comes into the frame's rax.
     */
    @Export("jos_kernel_syscall_ipc_complete")
    static void completeIpc(long frame) {
        Scheduler.wake(Outcome.switchTo(PerCpu.currentThread() + Thread.SPARE + CallRecord.OUTCOME));
        Scheduler.block();
    }

    /** Runs the outcome of an IPC call of thread that sent info and returned result (see {@link #ipc}). */
    private static long runOutcome(long thread, long info, long result) {
        long records = thread + Thread.SPARE, outcome = records + CallRecord.OUTCOME;
        boolean blocked = Outcome.blocked(outcome);
        long direct = blocked ? FastPath.handOff(info, outcome) : 0;
        wakeAll(outcome, direct);
        destroy(Memory.read64(records + CallRecord.DOOMED), outcome);
        if (!blocked) return result;
        if (direct == 0 || !Scheduler.switchDirect(direct)) {
            if (direct != 0) Scheduler.wake(direct);
            Scheduler.block();
        }
        return UserFrame.get(thread + Thread.FRAME, UserFrame.RAX);
    }

    private static long process(long number, long a0, long a1, long a2, long a3, long a4, long a5) {
        long thread = PerCpu.currentThread();
        long process = Process.of(thread);
        if (number == Calls.SPAWN) return ProcessCalls.spawn(thread, process, currentRoot(), a0, a1, a2, a3, a4, a5);
        if (process == 0) return Errors.EBADF;
        long record = thread + Thread.SPARE + CallRecord.CAPABILITY;
        if (number == Calls.KILL) return ProcessCalls.kill(Process.table(process), a0, record);
        if (number == Calls.PROCESS_FAULT) return ProcessCalls.fault(Process.table(process), currentRoot(), a0, a1, record);
        return ProcessCalls.status(Process.table(process), a0, record);
    }

    private static long capability(long number, long a0, long a1, long a2) {
        long thread = PerCpu.currentThread();
        long process = Process.of(thread);
        if (process == 0) return Errors.EBADF;
        long records = thread + Thread.SPARE;
        long result = CapabilityCalls.call(Process.table(process), records, number, a0, a1, a2);
        destroy(Memory.read64(records + CallRecord.DOOMED), records + CallRecord.OUTCOME);
        long deleted = records + CallRecord.CAPABILITY;
        if (number == Calls.CAP_DELETE && result == 0 && Capability.kind(deleted) == Kinds.IRQ) {   // the lines it was the last capability for are unbound
            while (IrqBinding.releaseUncovered(process, Capability.object(deleted), Capability.length(deleted), records + CallRecord.DOOMED) == 0) {
                destroy(Memory.read64(records + CallRecord.DOOMED), records + CallRecord.OUTCOME);
            }
        }
        return result;
    }

    /** memory_map (MemoryMapCall) of the current thread's process. */
    private static long memoryMap(long a0, long a1, long a2, long a3, long a4, long a5) {
        long thread = PerCpu.currentThread();
        long process = Process.of(thread);
        if (process == 0) return Errors.EBADF;
        return MemoryMapCall.call(Process.table(process), currentRoot(), thread + Thread.SPARE + CallRecord.CAPABILITY, a0, a1, a2, a3, a4, a5);
    }

    /** A device call (DeviceCalls) of the current thread's process; a notification its unbind let go is destroyed. */
    private static long device(long number, long a0, long a1, long a2, long a3, long a4, long a5) {
        long thread = PerCpu.currentThread();
        long process = Process.of(thread);
        if (process == 0) return Errors.EBADF;
        long records = thread + Thread.SPARE;
        long result = DeviceCalls.call(process, currentRoot(), Gdt.tss(PerCpu.gdtBlock()), records, number, a0, a1, a2, a3, a4, a5);
        destroy(Memory.read64(records + CallRecord.DOOMED), records + CallRecord.OUTCOME);
        return result;
    }

    /** Destroys an object nothing references any more (0: none), making its failed waiters runnable. */
    private static void destroy(long object, long outcome) {
        if (object == 0) return;
        for (long thread = Objects.close(object, outcome); thread != 0; thread = Objects.close(object, outcome)) Scheduler.wake(thread);
        wakeAll(outcome, 0);
        Objects.free(object);
    }

    /** Makes the outcome's threads runnable, but for except (the one the caller switches to directly, or 0). */
    private static void wakeAll(long outcome, long except) {
        for (int i = 0; i < Outcome.MAX_WOKEN; i++) {
            if (Outcome.woken(outcome, i) != 0) Scheduler.wake(Outcome.woken(outcome, i));
        }
        if (Outcome.switchTo(outcome) != 0 && Outcome.switchTo(outcome) != except) Scheduler.wake(Outcome.switchTo(outcome));
    }

    /** The address space of the program running on this CPU (CR3 while a call is served). */
    static long currentRoot() {
        return Cpu.readCr3() & PageTableEntry.ADDRESS_MASK;
    }
}
