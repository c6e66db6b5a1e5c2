package jos.kernel.syscall;

import jos.abi.Errors;
import jos.abi.FaultRecord;
import jos.abi.Kinds;
import jos.abi.ProcessStatus;
import jos.abi.Rights;
import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.IpcState;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.PageTables;
import jos.kernel.memory.SpinLock;
import jos.kernel.memory.Stacks;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.process.UserImage;
import jos.kernel.process.UserThread;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Thread;
import jos.kernel.x86.user.UserFrame;
import jos.limine.File;
import jos.x86.PageTableEntry;

/**
 * spawn, kill and process_status (abi.md). A child is a boot module, named by a MODULE capability (the
 * authority to spawn: the first process gets one per module, BootAuthority), loaded by {@link UserImage} with the
 * checks of its ELF loader, a process with its own table holding copies of the capabilities given, and
 * one thread at the default priority on any CPU. Its command line is copied to the top of its stack:
 * it starts with rdi = its address, rsi = its length. A child is reaped by the thread that ends it
 * (UserThread.reap: its thread blocks and its own reference given back at once); a process nobody
 * reaped at death is reaped by the first process_status that sees it dead (Process.claimReap decides
 * who). process_watch has a child's death signal a notification.
 */
public final class ProcessCalls {
    /** The longest command line, and the most capabilities a child is given (jos.abi.Spawn, shared with libsys). */
    public static final int MAX_COMMAND_LINE = jos.abi.Spawn.MAX_COMMAND_LINE, MAX_CAPABILITIES = jos.abi.Spawn.MAX_HANDLES;
    /** The slots of a child's table. */
    public static final int CAPACITY = 64;
    /** Where the call's bytes wait in the calling thread's block: after its CallRecord, within SPARE. */
    static final int BUFFER = Thread.SPARE + CallRecord.SIZE;

    /** Serializes the loads of spawn, which share the one ELF problem record (refusals are only counted, not shown). */
    static final long[] LOAD_LOCK = new long[1];
    static final long[] PROBLEM = new long[jos.elf.Problem.SIZE];
    /** A new thread's IPC incarnation: FIRST_INCARNATION + the threads spawned so far, above those the boot scenarios give. */
    static final long[] SPAWNED = new long[1];
    static final int FIRST_INCARNATION = 1 << 16;

    private ProcessCalls() {
    }

    /**
     * spawn from the current thread, whose process is caller: the boot module numbered number, which the
     * MODULE capability module (with CONTROL) must include.
     */
    static long spawn(long thread, long caller, long root, long module, long number, long line, long lineLength, long handles, long count) {
        if (caller == 0) return Errors.EBADF;
        long record = thread + Thread.SPARE + CallRecord.CAPABILITY;
        long found = CapabilityTable.lookup(Process.table(caller), module, Kinds.MODULE, Rights.CONTROL, record);
        if (found < 0) return found;
        if (number < Capability.object(record) || number - Capability.object(record) >= Capability.length(record)) return Errors.EPERM;
        if (lineLength < 0 || lineLength > MAX_COMMAND_LINE || count < 0 || count > MAX_CAPABILITIES) return Errors.EINVAL;
        if (lineLength > 0 && !UserAddressSpace.mappedForUser(root, line, lineLength)
                || count > 0 && !UserAddressSpace.mappedForUser(root, handles, 8 * count)) {
            return Errors.EFAULT;
        }
        if (number >= BootInfo.moduleCount() || BootInfo.module(number) == 0) return Errors.ENOENT;
        long file = BootInfo.module(number);
        long buffer = thread + BUFFER;
        SpinLock.acquire(LOAD_LOCK);
        long space = UserImage.load(File.address(file), File.size(file), PROBLEM);
        boolean refused = space == 0 && jos.elf.Problem.message(PROBLEM) != null;
        SpinLock.release(LOAD_LOCK);
        if (space == 0) return refused ? Errors.ENOEXEC : Errors.ENOMEM;
        long child = Process.adopt(CAPACITY, space);
        if (child == 0) {
            UserAddressSpace.destroy(space);
            return Errors.ENOMEM;
        }
        long table = Process.table(caller);
        for (long i = 0; i < count; i++) {
            long given = CapabilityTable.copy(table, read64(root, handles + 8 * i), Process.table(child));
            if (given < 0) return discard(child, 0, given);
        }
        long stackTop = UserImage.STACK_TOP;
        if (lineLength > 0) {
            copyFromUser(root, line, buffer, lineLength);
            stackTop = (UserImage.STACK_TOP - lineLength) & -16L;
            UserAddressSpace.copyIn(space, stackTop, buffer, lineLength);
        }
        long child0 = UserThread.create(File.path(file), space, UserImage.entry(File.address(file)), stackTop);
        if (child0 == 0) return discard(child, 0, Errors.ENOMEM);
        UserFrame.set(child0 + Thread.FRAME, UserFrame.RDI, lineLength > 0 ? stackTop : 0);
        UserFrame.set(child0 + Thread.FRAME, UserFrame.RSI, lineLength);
        long handle = CapabilityTable.insert(table, Kinds.PROCESS, Rights.of(Kinds.PROCESS), child);
        if (handle < 0) return discard(child, child0, handle);
        IpcState.init(child0, 0, FIRST_INCARNATION + (int) Atomic.getAndAdd64(Memory.addressOf(SPAWNED), 1));
        Process.attach(child, child0);
        Process.reapAtDeath(child);
        UserThread.start(child0);
        return handle;
    }

    /** kill: stops every thread of the process handle names (with CONTROL); 0, also for one already dead. */
    static long kill(long table, long handle, long record) {
        long found = CapabilityTable.lookup(table, handle, Kinds.PROCESS, Rights.CONTROL, record);
        if (found < 0) return found;
        long process = Capability.object(record);
        Process.lock(process);
        if (Process.state(process) == Process.ALIVE) {
            for (long t = Process.firstThread(process); t != 0; t = Process.next(t)) Scheduler.kill(t);
        }
        Process.unlock(process);
        return done(process, 0);
    }

    /** process_status: ProcessStatus.RUNNING, or EXITED with the code of the dead process handle names (with CONTROL). */
    static long status(long table, long handle, long record) {
        long found = CapabilityTable.lookup(table, handle, Kinds.PROCESS, Rights.CONTROL, record);
        if (found < 0) return found;
        long process = Capability.object(record);
        if (Process.state(process) != Process.DEAD) return done(process, ProcessStatus.RUNNING);
        if (Process.claimReap(process)) reap(process);
        return done(process, ProcessStatus.exited((int) Process.status(process)));
    }

    /**
     * process_fault: writes how an exception ended the process handle names (CONTROL) into the caller's
     * writable memory at address (a jos.abi.FaultRecord, in the caller's space root); 0, EAGAIN while it
     * runs, ENOENT if it ended otherwise (exit, kill), EFAULT if the record is not the caller's to write.
     */
    static long fault(long table, long root, long handle, long address, long record) {
        long found = CapabilityTable.lookup(table, handle, Kinds.PROCESS, Rights.CONTROL, record);
        if (found < 0) return found;
        long process = Capability.object(record);
        if (Process.state(process) != Process.DEAD) return done(process, Errors.EAGAIN);
        if (!Process.faulted(process)) return done(process, Errors.ENOENT);
        if (!UserAddressSpace.writableForUser(root, address, FaultRecord.SIZE)) return done(process, Errors.EFAULT);
        UserAddressSpace.copyIn(root, address, process + Process.FAULT, FaultRecord.SIZE);
        return done(process, 0);
    }

    /** Frees a dead process's thread blocks, each once no CPU runs on it, and gives back its own reference. */
    private static void reap(long process) {
        UserThread.reap(process, 0);
    }

    /**
     * process_watch: the death of the process handle names (CONTROL) will signal bits (not 0) to the
     * notification notificationHandle names (SIGNAL); at once if it is dead already. Replaces an earlier
     * watch. A notification whose last reference the call gave back is left in DOOMED for the caller.
     */
    static long watch(long table, long handle, long notificationHandle, long bits, long records) {
        long record = records + CallRecord.CAPABILITY;
        Memory.write64(records + CallRecord.DOOMED, 0);
        if (bits == 0) return Errors.EINVAL;
        long found = CapabilityTable.lookup(table, handle, Kinds.PROCESS, Rights.CONTROL, record);
        if (found < 0) return found;
        long process = Capability.object(record);
        found = CapabilityTable.lookup(table, notificationHandle, Kinds.NOTIFICATION, Rights.SIGNAL, record);
        if (found < 0) return done(process, found);
        long notification = Capability.object(record);   // the lookup's reference becomes the process's
        long earlier = Process.watch(process, notification, bits);
        if (earlier == Process.ALREADY_DEAD) {
            Objects.signalAndRelease(notification, bits, records + CallRecord.OUTCOME);
        } else if (earlier != 0 && KernelObject.release(earlier) == 0) {
            Memory.write64(records + CallRecord.DOOMED, earlier);
        }
        return done(process, 0);
    }

    /** Gives back the lookup's reference (freeing a process nothing names any more) and returns result. */
    private static long done(long process, long result) {
        Process.release(process);
        return result;
    }

    /** Ends a child that never ran (thread, if not 0, never started); returns error. */
    private static long discard(long child, long thread, long error) {
        if (thread != 0) Stacks.free(thread + UserThread.SIZE);
        Process.begin(child, UserThread.KILLED);
        while (Process.teardown(child) != 0) {
            // a process that never ran has no partner to wake
        }
        Process.release(child);
        return error;
    }

    /** Copies bytes from user memory checked to be mapped, through the HHDM. */
    private static void copyFromUser(long root, long address, long to, long length) {
        long page = -1, bytes = 0;
        for (long i = 0; i < length; i++) {
            long at = address + i;
            if ((at & -PageTableEntry.SIZE_4K) != page) {
                page = at & -PageTableEntry.SIZE_4K;
                bytes = Hhdm.virt(PageTables.translate(root, page));
            }
            Memory.write8(to + i, Memory.read8(bytes + (at - page)));
        }
    }

    private static long read64(long root, long address) {
        long word = 0;
        for (int i = 0; i < 8; i++) {
            long at = address + i;
            long b = Memory.read8(Hhdm.virt(PageTables.translate(root, at & -PageTableEntry.SIZE_4K)) + (at & PageTableEntry.SIZE_4K - 1)) & 0xFF;
            word |= b << (8 * i);
        }
        return word;
    }
}
