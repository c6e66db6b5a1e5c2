package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.ProcessStatus;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.IpcState;
import jos.kernel.ipc.Notification;
import jos.kernel.memory.FrameAllocator;
import jos.kernel.memory.Heap;
import jos.kernel.memory.KernelAddressSpace;
import jos.kernel.memory.VirtualRanges;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.memory.Stacks;
import jos.kernel.memory.UserMemory;
import jos.kernel.process.IpcBuffers;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.process.UserThread;
import jos.kernel.sched.SchedState;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Thread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A child's death: reaped by the thread that ends it (every other thread's stack freed at once, its own
 * once off it, the process block left for the status), and signalled once to the notification
 * process_watch set, or at once to one set after the death.
 */
class DeathAndReapTest {
    SimulatedRam ram;
    long parent, child, table, records;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        ram.machine().cpu().cr3 = KernelAddressSpace.root();
        VirtualRanges.init(VirtualRanges.WINDOW_BASE, VirtualRanges.WINDOW_SIZE);
        assertTrue(Heap.init());
        Stacks.reset();
        parent = Process.create(16, UserMemory.DEFAULT_QUOTA);
        child = Process.create(16, UserMemory.DEFAULT_QUOTA);
        table = Process.table(parent);
        records = Heap.allocate(CallRecord.SIZE);
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    /** A thread block at the top of its own stack, as UserThread.create makes one (the simulated machine backs its page). */
    long thread(long process, int state) {
        long top = Stacks.allocate(Stacks.THREAD, 0, UserThread.STACK_BYTES);
        assertTrue(top != 0);
        if (!ram.machine().memory().isMapped(top - 4096)) ram.machine().memory().map(top - 4096, 4096);   // a freed stack's place comes back
        long thread = top - Thread.SIZE;
        SchedState.init(thread, Scheduler.DEFAULT_PRIORITY, SchedState.ANY_CPU, 0);
        Memory.write32(thread + Thread.SCHED + SchedState.STATE, state);
        Process.attach(process, thread);
        return thread;
    }

    long insert(int kind, long object) {
        return CapabilityTable.insert(table, kind, Rights.of(kind), object);
    }

    @Test
    void aChildIsReapedByItsLastThreadWithoutAStatusRead() {
        long handle = insert(Kinds.PROCESS, child);
        long ended = thread(child, SchedState.DEAD), last = thread(child, SchedState.RUNNING);
        Process.reapAtDeath(child);
        assertEquals(2, Stacks.count());
        assertTrue(Process.begin(child, 3));
        assertEquals(0, Process.teardown(child));
        assertTrue(Process.claimReap(child), "the ending thread claims the reaping");
        UserThread.reap(child, last);
        assertEquals(1, Stacks.count(), "the other thread's stack is gone at once");
        assertTrue((Memory.read32(last + Thread.SCHED + SchedState.FLAGS) & SchedState.FREE_ON_EXIT) != 0,
                "the ending thread's stack goes as soon as it is off it");
        assertEquals(0, Process.firstThread(child));
        assertEquals(1, KernelObject.references(child), "only the parent's capability keeps the block");
        long record = records + CallRecord.CAPABILITY;
        assertEquals(ProcessStatus.exited(3), ProcessCalls.status(table, handle, record));
        assertEquals(1, KernelObject.references(child), "the status read reaps nothing more");
        assertFalse(Process.claimReap(child));
        assertTrue(ended != 0);
    }

    @Test
    void deathIsSignalledOnceToTheWatchingNotification() {
        long handle = insert(Kinds.PROCESS, child);
        long notification = Objects.notification();
        long watcher = insert(Kinds.NOTIFICATION, notification);
        assertEquals(0, ProcessCalls.watch(table, handle, watcher, 0b1000, records));
        assertEquals(2, KernelObject.references(notification), "the capability's and the watching process's");
        assertEquals(1 + 1, KernelObject.references(child), "the lookup's reference given back");
        assertEquals(0, Process.takeDeathNotice(child), "not while alive");
        Process.begin(child, 0);
        assertEquals(0, Process.takeDeathNotice(child), "not while dying");
        assertEquals(0, Process.teardown(child));
        assertEquals(notification, Process.takeDeathNotice(child));
        assertEquals(0, Process.takeDeathNotice(child), "once");
        Objects.signalAndRelease(notification, Process.deathBits(child), records + CallRecord.OUTCOME);
        assertEquals(0b1000, Memory.read64(notification + Notification.WORD));
        assertEquals(1, KernelObject.references(notification));
        Memory.write64(notification + Notification.WORD, 0);
        assertEquals(0, ProcessCalls.watch(table, handle, watcher, 0b1, records), "a watch after the death");
        assertEquals(0b1, Memory.read64(notification + Notification.WORD), "is signalled at once");
        assertEquals(1, KernelObject.references(notification), "and keeps nothing");
    }

    @Test
    void aNewWatchReplacesTheOldOneAndBadArgumentsAreRefused() {
        long handle = insert(Kinds.PROCESS, child);
        long first = Objects.notification(), second = Objects.notification();
        long a = insert(Kinds.NOTIFICATION, first), b = insert(Kinds.NOTIFICATION, second);
        assertEquals(0, ProcessCalls.watch(table, handle, a, 1, records));
        assertEquals(0, ProcessCalls.watch(table, handle, b, 2, records));
        assertEquals(1, KernelObject.references(first), "the first watch's reference given back");
        assertEquals(2, KernelObject.references(second));
        assertEquals(Errors.EINVAL, ProcessCalls.watch(table, handle, b, 0, records), "no bits");
        long waitOnly = CapabilityTable.mint(table, b, Rights.WAIT, 0);
        assertEquals(Errors.EPERM, ProcessCalls.watch(table, handle, waitOnly, 1, records), "signalling needs SIGNAL");
        long weak = CapabilityTable.mint(table, handle, Rights.COPY, 0);
        assertEquals(Errors.EPERM, ProcessCalls.watch(table, weak, b, 1, records), "watching needs CONTROL");
        assertEquals(Errors.EBADF, ProcessCalls.watch(table, a, b, 1, records), "not a process");
        assertEquals(3, KernelObject.references(child), "its own and two capabilities': every lookup's given back");
        assertEquals(CapabilityTable.LAST, CapabilityTable.delete(table, a, records + CallRecord.CAPABILITY));
        assertEquals(0, Memory.read64(records + CallRecord.DOOMED));
        assertTrue(Capability.object(records + CallRecord.CAPABILITY) == first);
    }

    /** Reaps process at death as its last thread ends; what came back to the frame allocator. */
    long reapedFrames(long process, boolean buffers) {
        long ended = thread(process, SchedState.DEAD), last = thread(process, SchedState.RUNNING);
        IpcState.init(ended, 0, 1);
        IpcState.init(last, 0, 1);
        long before = FrameAllocator.freeBytes();
        if (buffers) {
            assertTrue(IpcBuffers.map(ended, Process.root(process), 0) > 0);
            assertTrue(IpcBuffers.map(last, Process.root(process), 0) > 0);
            IpcBuffers.unmap(ended, Process.root(process));   // as each thread's exit does
            IpcBuffers.unmap(last, Process.root(process));
        }
        Process.reapAtDeath(process);
        assertTrue(Process.begin(process, 0));
        assertEquals(0, Process.teardown(process));
        assertTrue(Process.claimReap(process));
        UserThread.reap(process, last);
        assertEquals(0, IpcState.get(last, IpcState.BUFFER_AT), "the ending thread's buffer too");
        return FrameAllocator.freeBytes() - before;
    }

    @Test
    void reapingAtDeathGivesBackEveryThreadsIpcBuffer() {
        long withoutBuffers = reapedFrames(Process.create(16, UserMemory.DEFAULT_QUOTA), false);
        assertEquals(withoutBuffers, reapedFrames(child, true), "both buffers' frames back, and their page tables");
    }
}
