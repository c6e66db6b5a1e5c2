package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.abi.Scheduling;
import jos.hw.Atomic;
import jos.hw.Memory;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.IpcState;
import jos.kernel.memory.Stacks;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.process.ThreadObject;
import jos.kernel.process.UserThread;
import jos.kernel.sched.SchedState;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Thread;
import jos.kernel.x86.user.UserFrame;

/**
 * thread_create, thread_priority, thread_affinity, thread_self and thread_kill (abi.md). A new thread runs
 * in its creator's process: the same address space and capability table. A THREAD capability names a
 * process.ThreadObject; every use takes the process's lock and finds the thread ended (ESRCH) or still
 * there, so no use reaches a kernel stack the reaper has freed. Priorities are capped by the thread's
 * process's ceiling (Process.CEILING), as seL4's maximum controlled priority caps what a thread may set.
 */
public final class ThreadCalls {
    private ThreadCalls() {
    }

    /** The call number (THREAD_CREATE to THREAD_KILL) of the current thread with its arguments. */
    static long call(long thread, long number, long a0, long a1, long a2, long a3) {
        long process = Process.of(thread);
        if (process == 0) return Errors.EBADF;   // a program without a process has no capabilities
        long record = thread + Thread.SPARE + CallRecord.CAPABILITY;
        long table = Process.table(process);
        if (number == Calls.THREAD_CREATE) return create(thread, process, a0, a1, a2, a3, record);
        if (number == Calls.THREAD_PRIORITY) return priority(table, a0, a1, record);
        if (number == Calls.THREAD_AFFINITY) return affinity(table, a0, a1, Scheduler.cpus(), record);
        if (number == Calls.THREAD_SELF) return self(thread, process);
        return kill(table, a0, record);
    }

    /**
     * The checks of thread_create (0 if it may go on): a priority (or Scheduling.SAME_PRIORITY: the
     * creator's) in range and within the process's ceiling, an entry and stack top in the user half.
     */
    static long check(long process, long entry, long stackTop, long level) {
        if (level < 0 || level >= Scheduling.PRIORITIES) return Errors.EINVAL;
        if (entry <= 0 || entry >= UserAddressSpace.TOP_USER_PAGE || stackTop <= 0 || stackTop > UserAddressSpace.TOP_USER_PAGE) {
            return Errors.EINVAL;
        }
        return level > Process.ceiling(process) ? Errors.EPERM : 0;
    }

    /** thread_create: a new thread of the caller's process at entry with rsp = stackTop and rdi = argument; its THREAD handle. */
    static long create(long thread, long process, long entry, long stackTop, long argument, long priority, long record) {
        long level = priority == Scheduling.SAME_PRIORITY ? SchedState.priority(thread) : priority;
        long bad = check(process, entry, stackTop, level);
        if (bad != 0) return bad;
        long created = UserThread.create(UserThread.name(thread), UserThread.root(thread), entry, stackTop, (int) level, SchedState.ANY_CPU);
        if (created == 0) return Errors.ENOMEM;
        UserFrame.set(created + Thread.FRAME, UserFrame.RDI, argument);
        IpcState.init(created, 0, ProcessCalls.FIRST_INCARNATION + (int) Atomic.getAndAdd64(Memory.addressOf(ProcessCalls.SPAWNED), 1));
        return adopt(thread, process, created);
    }

    /**
     * Starts created (a new thread block) in process for creator and gives the process a THREAD capability
     * to it: the handle, or an error. Before the start a failure frees the block; after it (the table is
     * full) the thread is killed at once, as no one could name it.
     */
    static long adopt(long creator, long process, long created) {
        long object = ThreadObject.create(process, created);
        if (object == 0) {
            Stacks.free(created + UserThread.SIZE);
            return Errors.ENOMEM;
        }
        long added = Process.addThread(process, created, creator);
        if (added < 0) {
            Objects.free(object);
            Stacks.free(created + UserThread.SIZE);
            return added;
        }
        long handle = CapabilityTable.insert(Process.table(process), Kinds.THREAD, Rights.of(Kinds.THREAD), object);
        if (handle < 0) {
            Objects.free(object);
            Scheduler.kill(created);
        }
        return handle;
    }

    /** thread_priority: the thread handle names (with CONTROL) gets priority, at most its process's ceiling. */
    static long priority(long table, long handle, long priority, long record) {
        long found = CapabilityTable.lookup(table, handle, Kinds.THREAD, Rights.CONTROL, record);
        if (found < 0) return found;
        long object = Capability.object(record), process = ThreadObject.process(object), target = ThreadObject.thread(object);
        if (priority < 0 || priority >= Scheduling.PRIORITIES) return done(object, Errors.EINVAL);
        if (priority > Process.ceiling(process)) return done(object, Errors.EPERM);
        Process.lock(process);
        boolean alive = alive(process, target);
        if (alive) Scheduler.setPriority(target, (int) priority);
        Process.unlock(process);
        return done(object, alive ? 0 : Errors.ESRCH);
    }

    /** thread_affinity: the thread handle names (with CONTROL) is pinned to cpu (of cpus) or freed (Scheduling.ANY_CPU). */
    static long affinity(long table, long handle, long cpu, int cpus, long record) {
        long found = CapabilityTable.lookup(table, handle, Kinds.THREAD, Rights.CONTROL, record);
        if (found < 0) return found;
        long object = Capability.object(record), process = ThreadObject.process(object), target = ThreadObject.thread(object);
        if (cpu != Scheduling.ANY_CPU && (cpu < 0 || cpu >= cpus)) return done(object, Errors.EINVAL);
        Process.lock(process);
        boolean alive = alive(process, target);
        if (alive) Scheduler.setAffinity(target, (int) cpu);
        Process.unlock(process);
        return done(object, alive ? 0 : Errors.ESRCH);
    }

    /** thread_self: a new THREAD capability naming the calling thread. */
    static long self(long thread, long process) {
        long object = ThreadObject.create(process, thread);
        if (object == 0) return Errors.ENOMEM;
        long handle = CapabilityTable.insert(Process.table(process), Kinds.THREAD, Rights.of(Kinds.THREAD), object);
        if (handle < 0) Objects.free(object);
        return handle;
    }

    /** thread_kill: the thread handle names (with CONTROL) ends at its next return to user mode (code -9); 0, also for one already ended. */
    static long kill(long table, long handle, long record) {
        long found = CapabilityTable.lookup(table, handle, Kinds.THREAD, Rights.CONTROL, record);
        if (found < 0) return found;
        long object = Capability.object(record), process = ThreadObject.process(object), target = ThreadObject.thread(object);
        Process.lock(process);
        if (alive(process, target)) Scheduler.kill(target);
        Process.unlock(process);
        return done(object, 0);
    }

    /** Under the process's lock: whether thread's block is still there and the thread has not ended. */
    private static boolean alive(long process, long thread) {
        return Process.state(process) == Process.ALIVE && UserThread.state(thread) != UserThread.ENDED;
    }

    /** Gives back the lookup's reference (destroying an object nothing names any more) and returns result. */
    private static long done(long object, long result) {
        if (KernelObject.release(object) == 0) Objects.free(object);
        return result;
    }
}
