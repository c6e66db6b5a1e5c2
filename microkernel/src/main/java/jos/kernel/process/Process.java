package jos.kernel.process;

import jos.abi.Errors;
import jos.abi.Kinds;
import jos.hw.Atomic;
import jos.abi.FaultRecord;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.Ipc;
import jos.kernel.ipc.Outcome;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SpinLock;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Thread;

/**
 * A process: a kernel-heap object (capability kind PROCESS) owning a capability table, an address space
 * and its threads. A process is ALIVE until its last thread has ended or it is killed; then the one
 * party that moves it to DEAD ({@link #end}) tears it down: every thread taken out of IPC, the table
 * drained (objects whose last reference goes are destroyed, their waiters failed with EPIPE), the address
 * space destroyed with every frame in it. The block itself stays while capabilities name it, so a
 * parent can still read the exit status; the process holds one reference to itself while alive.
 *
 * <p>Steps that make threads runnable return them one at a time (0 when done), so the state machine runs
 * on HotSpot and the caller (the syscall layer, the boot scenario) hands them to the scheduler.
 */
@Struct(size = Process.SIZE)
public final class Process {
    @Field(value = Type.U64, count = 2) public static final int HEADER = 0;
    /** The capability table (capability.CapabilityTable). */
    @Field(Type.U64) public static final int TABLE = 16;
    /** The address space (PML4 physical address); 0 once destroyed. */
    @Field(Type.U64) public static final int ROOT = 24;
    /** The first thread (threads are linked through their ProcessLink NEXT). */
    @Field(Type.U64) public static final int THREADS = 32;
    /** Threads not yet ended. */
    @Field(Type.U32) public static final int LIVE = 40;
    /** {@link #ALIVE}, {@link #DYING} (being torn down) or {@link #DEAD}; changed by atomic exchange. */
    @Field(Type.U32) public static final int STATE = 44;
    /** The exit status once DEAD: the exit code (a fault's is UserThread.FAULT_BASE - vector, a kill's KILLED). */
    @Field(Type.U64) public static final int STATUS = 48;
    /** The teardown's records (only the party that moved the process to DYING uses them). */
    @Field(value = Type.U64, count = Capability.SIZE / 8) public static final int RECORD = 56;
    @Field(value = Type.U64, count = Outcome.SIZE / 8) public static final int OUTCOME = 88;
    /** The teardown's step ({@link #START}, {@link #CANCEL}, {@link #DRAIN}, {@link #SPACE}) and where it is: the thread to cancel next, or the object being closed. */
    @Field(Type.U64) public static final int PHASE = 144;
    @Field(Type.U64) public static final int CURSOR = 152;
    /** The process's lock: a kill and the reaping of its threads' blocks never overlap (memory.SpinLock). */
    @Field(Type.U64) public static final int LOCK = 160;
    /** {@link #REAPED}, {@link #REAP_AT_DEATH}, {@link #DEATH_SIGNALLED}, {@link #STATUS_SET}, {@link #FAULTED}: distinct bits. */
    @Field(Type.U32) public static final int FLAGS = 168;
    /** The notification signalled when the process dies (the process holds a reference to it), or 0. */
    @Field(Type.U64) public static final int DEATH_NOTIFICATION = 176;
    /** The bits it is signalled with. */
    @Field(Type.U64) public static final int DEATH_BITS = 184;
    /** The highest priority the process may give its threads (thread_create, thread_priority). */
    @Field(Type.U32) public static final int CEILING = 172;
    /** Threads made so far (their kernel stacks stay until the process is reaped). */
    @Field(Type.U32) public static final int CREATED = 192;
    @Field(Type.U32) public static final int PAD = 196;
    /** How an exception ended the process (jos.abi.FaultRecord), written by the faulting thread that set the status. */
    @Field(value = Type.U64, count = FaultRecord.SIZE / 8) public static final int FAULT = 200;

    public static final int SIZE = FAULT + FaultRecord.SIZE;

    /** The most threads a process makes in its life: each keeps its 32 KiB kernel stack until the process is reaped. */
    public static final int MAX_THREADS = 64;

    /** Its threads' blocks and its own reference are given back (once DEAD, by {@link #reap}). */
    public static final int REAPED = 2;
    /** The thread that ends the process reaps it at once (a spawned child: its parent holds only a capability). */
    public static final int REAP_AT_DEATH = 4;
    /** Its death has been signalled (to the watch set then, if any): a later watch is signalled at once. */
    public static final int DEATH_SIGNALLED = 8;
    /** What {@link #watch} returns when the death was signalled already: not an address. */
    public static final long ALREADY_DEAD = 1;
    /** STATUS was set by a fault that ends every thread ({@link #stopAll}); the last thread's code does not replace it. */
    public static final int STATUS_SET = 16;
    /** An exception ended it: {@link #FAULT} holds the record. */
    public static final int FAULTED = 32;

    public static final int ALIVE = 0, DYING = 1, DEAD = 2;
    static final int START = 0, CANCEL = 1, DRAIN = 2, SPACE = 3;
    /** Between CANCEL and DRAIN: each interrupt line the process bound released (IrqBinding), its line masked. */
    static final int LINES = 5;

    private Process() {
    }

    /**
     * A new ALIVE process with a capability table of capacity slots and an empty address space that may
     * hold quota bytes; 0 when the kernel is out of memory (nothing kept) or the capacity is out of range.
     */
    public static long create(int capacity, long quota) {
        long root = UserAddressSpace.create(quota);
        if (root == 0) return 0;
        long process = adopt(capacity, root);
        if (process == 0) UserAddressSpace.destroy(root);
        return process;
    }

    /**
     * A new ALIVE process with a capability table of capacity slots in the address space root (e.g. one
     * UserImage loaded), which it owns from now on; 0 when out of memory (root then stays the caller's).
     */
    public static long adopt(int capacity, long root) {
        long process = Heap.allocate(SIZE);
        if (process == 0) return 0;
        Memory.fill(process, (byte) 0, SIZE);
        KernelObject.init(process, Kinds.PROCESS);
        long table = CapabilityTable.create(capacity);
        if (table == 0) {
            Heap.free(process);
            return 0;
        }
        Memory.write64(process + TABLE, table);
        Memory.write64(process + ROOT, root);
        Memory.write32(process + CEILING, Scheduler.DEFAULT_PRIORITY);
        KernelObject.retain(process);   // its own, given back when it is torn down
        return process;
    }

    public static long table(long process) {
        return Memory.read64(process + TABLE);
    }

    public static long root(long process) {
        return Memory.read64(process + ROOT);
    }

    public static int state(long process) {
        return Atomic.load32(process + STATE);
    }

    public static long status(long process) {
        return Memory.read64(process + STATUS);
    }

    /** The highest priority process may give its threads. */
    public static int ceiling(long process) {
        return Memory.read32(process + CEILING);
    }

    /** Sets process's priority ceiling (its spawner or the kernel, before its first thread starts; 0 to Scheduling.PRIORITIES - 1). */
    public static void setCeiling(long process, int ceiling) {
        Memory.write32(process + CEILING, ceiling);
    }

    /**
     * Takes the process's lock, held while a kill walks its threads: a kill stops threads only of an
     * ALIVE process, and {@link #claimReap} needs DEAD under the same lock, so no block a kill touches is freed.
     */
    public static void lock(long process) {
        SpinLock.acquire(process + LOCK);
    }

    public static void unlock(long process) {
        SpinLock.release(process + LOCK);
    }

    /**
     * Whether the caller is the one to reap a DEAD process: free its threads' blocks (once no CPU runs on
     * them) and then give back the process's own reference ({@link #release}, which cannot free it while
     * the caller holds a capability's reference). True once only; false while not DEAD.
     */
    public static boolean claimReap(long process) {
        lock(process);
        int flags = Memory.read32(process + FLAGS);
        boolean claim = state(process) == DEAD && (flags & REAPED) == 0;
        if (claim) Memory.write32(process + FLAGS, flags | REAPED);
        unlock(process);
        return claim;
    }

    /** Has the thread that ends the process reap it (set before its first thread starts). */
    public static void reapAtDeath(long process) {
        Memory.write32(process + FLAGS, Memory.read32(process + FLAGS) | REAP_AT_DEATH);
    }

    public static boolean reapsAtDeath(long process) {
        return (Memory.read32(process + FLAGS) & REAP_AT_DEATH) != 0;
    }

    /**
     * Has the process's death signal bits to notification, whose reference (taken by the caller) the
     * process keeps from now on. Returns the notification an earlier watch set, whose reference the
     * caller must now give back (0 if none), or {@link #ALREADY_DEAD} if the death was signalled already:
     * the caller then signals notification itself and gives its reference back.
     */
    public static long watch(long process, long notification, long bits) {
        lock(process);
        long result = ALREADY_DEAD;
        if ((Memory.read32(process + FLAGS) & DEATH_SIGNALLED) == 0) {
            result = Memory.read64(process + DEATH_NOTIFICATION);
            Memory.write64(process + DEATH_NOTIFICATION, notification);
            Memory.write64(process + DEATH_BITS, bits);
        }
        unlock(process);
        return result;
    }

    /**
     * The DEAD process's death is being signalled, once: returns the notification to signal with
     * {@link #deathBits} (its reference now the caller's to give back), or 0 if none was set or the
     * death was signalled before.
     */
    public static long takeDeathNotice(long process) {
        lock(process);
        int flags = Memory.read32(process + FLAGS);
        long notification = 0;
        if (state(process) == DEAD && (flags & DEATH_SIGNALLED) == 0) {
            Memory.write32(process + FLAGS, flags | DEATH_SIGNALLED);
            notification = Memory.read64(process + DEATH_NOTIFICATION);
            Memory.write64(process + DEATH_NOTIFICATION, 0);
        }
        unlock(process);
        return notification;
    }

    public static long deathBits(long process) {
        return Memory.read64(process + DEATH_BITS);
    }

    /** The process that owns thread (0 for a kernel thread or one no process owns). */
    public static long of(long thread) {
        return Memory.read64(thread + Thread.PROCESS + ProcessLink.OWNER);
    }

    /** Makes thread (a new block, not yet started) one of process's threads. */
    public static void attach(long process, long thread) {
        Memory.write64(thread + Thread.PROCESS + ProcessLink.OWNER, process);
        Memory.write64(thread + Thread.PROCESS + ProcessLink.NEXT, Memory.read64(process + THREADS));
        Memory.write64(process + THREADS, thread);
        Atomic.getAndAdd32(process + LIVE, 1);
        Memory.write32(process + CREATED, Memory.read32(process + CREATED) + 1);
    }

    /**
     * Adds thread (new, not started) to an ALIVE process for creator, one of its threads, and starts it:
     * 0, or ESRCH if the process is dying or the creator was killed (a kill that walked the threads
     * before must not miss this one), ENOMEM past {@link #MAX_THREADS}. Under the process's lock, as kill.
     */
    public static long addThread(long process, long thread, long creator) {
        lock(process);
        long result = 0;
        if (state(process) != ALIVE || Scheduler.killed(creator)) {
            result = Errors.ESRCH;
        } else if (Memory.read32(process + CREATED) >= MAX_THREADS) {
            result = Errors.ENOMEM;
        } else {
            attach(process, thread);
            UserThread.start(thread);
        }
        unlock(process);
        return result;
    }

    /**
     * A thread of process faulted: the process's status becomes status and every other thread is marked
     * to end (Scheduler.kill), as a kill does, so one thread's fault ends the whole process. Nothing if the
     * process is no longer ALIVE or a fault already did this. The exception's vector, rip, address and error
     * code are kept with the status (FAULT, a jos.abi.FaultRecord), for process_fault.
     */
    public static void stopAll(long process, long self, long status, long vector, long rip, long address, long errorCode) {
        lock(process);
        int flags = Memory.read32(process + FLAGS);
        if (state(process) == ALIVE && (flags & STATUS_SET) == 0) {
            Memory.write64(process + STATUS, status);
            Memory.write64(process + FAULT + FaultRecord.VECTOR, vector);
            Memory.write64(process + FAULT + FaultRecord.RIP, rip);
            Memory.write64(process + FAULT + FaultRecord.ADDRESS, address);
            Memory.write64(process + FAULT + FaultRecord.ERROR_CODE, errorCode);
            Memory.write32(process + FLAGS, flags | STATUS_SET | FAULTED);
            for (long t = firstThread(process); t != 0; t = next(t)) {
                if (t != self) Scheduler.kill(t);
            }
        }
        unlock(process);
    }

    /** Whether an exception ended process (its FAULT record holds how); false for an exit or a kill. */
    public static boolean faulted(long process) {
        return (Memory.read32(process + FLAGS) & FAULTED) != 0;
    }

    /**
     * One of process's threads has ended with code: true if it was the last, so the process is now
     * DYING with that status and the caller runs the teardown ({@link #teardown}).
     */
    public static boolean threadEnded(long process, int code) {
        if (Atomic.getAndAdd32(process + LIVE, -1) != 1) return false;
        return begin(process, code);
    }

    /**
     * Starts killing an ALIVE process with status: true if this call moved it to DYING (the caller then
     * stops its threads and runs the teardown once none runs), false if it was already dying or dead.
     */
    public static boolean begin(long process, long status) {
        if (Atomic.compareAndExchange32(process + STATE, ALIVE, DYING) != ALIVE) return false;
        lock(process);
        if ((Memory.read32(process + FLAGS) & STATUS_SET) == 0) Memory.write64(process + STATUS, status);
        unlock(process);
        CapabilityTable.close(table(process));
        return true;
    }

    /** The process's threads in order (first, then {@link #next}), for the caller that stops them. */
    public static long firstThread(long process) {
        return Memory.read64(process + THREADS);
    }

    /** Drops the thread list once the reaper has freed their blocks. */
    public static void forgetThreads(long process) {
        Memory.write64(process + THREADS, 0);
    }

    public static long next(long thread) {
        return Memory.read64(thread + Thread.PROCESS + ProcessLink.NEXT);
    }

    /**
     * One step of a DYING process's teardown, run once none of its threads runs: returns a thread to
     * make runnable (a partner failed with EPIPE), or 0 once the process is DEAD. Takes each thread out
     * of IPC ({@link Ipc#cancel}), drains the table destroying the objects whose last reference goes, and
     * destroys the address space. The caller loops until 0, handing each thread to the scheduler.
     */
    public static long teardown(long process) {
        long outcome = process + OUTCOME;
        for (;;) {
            long woken = takeWoken(outcome);
            if (woken != 0) return woken;
            long phase = Memory.read64(process + PHASE), cursor = Memory.read64(process + CURSOR);
            if (phase == START) {
                Memory.write64(process + CURSOR, firstThread(process));
                Memory.write64(process + PHASE, CANCEL);
            } else if (phase == CANCEL) {
                if (cursor == 0) {
                    Memory.write64(process + PHASE, LINES);
                } else {
                    Ipc.cancel(cursor, outcome);
                    Memory.write64(process + CURSOR, next(cursor));
                }
            } else if (phase == LINES && cursor != 0) {
                long thread = Objects.close(cursor, outcome);   // a notification only the binding still named
                if (thread != 0) return thread;
                Objects.free(cursor);
                Memory.write64(process + CURSOR, 0);
            } else if (phase == LINES) {
                if (IrqBinding.releaseNext(process, process + RECORD) == 0) Memory.write64(process + CURSOR, Memory.read64(process + RECORD));
                else Memory.write64(process + PHASE, DRAIN);
            } else if (phase == DRAIN && cursor != 0) {
                long thread = Objects.close(cursor, outcome);
                if (thread != 0) return thread;
                Objects.free(cursor);
                Memory.write64(process + CURSOR, 0);
            } else if (phase == DRAIN) {
                long table = table(process);
                long drained = CapabilityTable.drain(table, process + RECORD);
                if (drained == CapabilityTable.LAST) {
                    Memory.write64(process + CURSOR, Capability.object(process + RECORD));
                } else if (drained == CapabilityTable.DRAINED) {
                    CapabilityTable.destroy(table);
                    Memory.write64(process + TABLE, 0);
                    Memory.write64(process + PHASE, SPACE);
                }
            } else if (phase == SPACE) {
                UserAddressSpace.destroy(root(process));
                Memory.write64(process + ROOT, 0);
                Atomic.store32(process + STATE, DEAD);
                Memory.write64(process + PHASE, SPACE + 1);
                return 0;
            } else {
                return 0;
            }
        }
    }

    /**
     * Gives back the process's own reference once it is DEAD and its threads' blocks are freed: true if
     * that was the last reference and the block was freed (no capability names it any more).
     */
    public static boolean release(long process) {
        if (KernelObject.release(process) != 0) return false;
        Heap.free(process);
        return true;
    }

    /** Takes one woken thread out of the outcome (0 if none). */
    private static long takeWoken(long outcome) {
        for (int i = 0; i < Outcome.MAX_WOKEN; i++) {
            long thread = Outcome.woken(outcome, i);
            if (thread != 0) {
                Memory.write64(outcome + Outcome.WOKEN + 8L * i, 0);
                return thread;
            }
        }
        long partner = Outcome.switchTo(outcome);
        if (partner != 0) Memory.write64(outcome + Outcome.SWITCH_TO, 0);
        return partner;
    }
}
