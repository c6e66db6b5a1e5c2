package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.abi.Scheduling;
import jos.hw.Layouts;
import jos.hw.Memory;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.IpcState;
import jos.kernel.ipc.Outcome;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.memory.UserMemory;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.process.ThreadObject;
import jos.kernel.process.UserThread;
import jos.kernel.sched.RunQueue;
import jos.kernel.sched.SchedState;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Thread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The thread calls on one simulated CPU: thread_create's checks (priority range and ceiling, user
 * addresses), a new thread started in its creator's process with a THREAD handle, priority and affinity
 * through the handle (rights, kinds, ranges, an ended thread), the thread limit, and a process of several
 * threads killed, faulting and torn down with every heap block back.
 */
class ThreadCallsTest {
    static final long ENTRY = 0x40_0000, STACK = 0x7000_0000L;

    SimulatedRam ram;
    long process, table, creator, record, heapBefore;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        assertTrue(Heap.init());
        assertTrue(Scheduler.init(1, Scheduler.DEFAULT_QUANTUM));
        heapBefore = Heap.bytesInUse();
        process = Process.create(16, UserMemory.DEFAULT_QUOTA);
        table = Process.table(process);
        creator = block(Scheduler.DEFAULT_PRIORITY);
        Process.attach(process, creator);
        record = Heap.allocate(Capability.SIZE);
    }

    @AfterEach
    void tearDown() {
        Scheduler.init(0, Scheduler.DEFAULT_QUANTUM);
        ram.close();
    }

    /** A thread block as UserThread.create leaves it (NEW, at priority, free to run anywhere), on the heap. */
    static long block(int priority) {
        long thread = Heap.allocate(Thread.SIZE);
        Memory.fill(thread, (byte) 0, Thread.SIZE);
        SchedState.init(thread, priority, SchedState.ANY_CPU, 0);
        IpcState.init(thread, 0, 1);
        return thread;
    }

    @Test
    void theLayoutsFitAndTheExitRecordIsTheCallRecordsOutcome() {
        Layouts.verify(ThreadObject.class);
        Layouts.verify(Process.class);
        assertEquals(0, CallRecord.OUTCOME, "UserThread.EXIT_OUTCOME reuses the outcome at the start of SPARE");
        assertEquals(Thread.SPARE + CallRecord.OUTCOME, UserThread.EXIT_OUTCOME);
        assertTrue(Outcome.SIZE <= CallRecord.CAPABILITY);
        assertEquals(Scheduling.PRIORITIES, RunQueue.PRIORITIES);
        assertEquals(Scheduling.ANY_CPU, SchedState.ANY_CPU);
    }

    @Test
    void createChecksPriorityCeilingAndAddressesBeforeMakingAnything() {
        assertEquals(Errors.EINVAL, ThreadCalls.check(process, ENTRY, STACK, -1));
        assertEquals(Errors.EINVAL, ThreadCalls.check(process, ENTRY, STACK, Scheduling.PRIORITIES));
        assertEquals(Errors.EINVAL, ThreadCalls.check(process, 0, STACK, 10), "no entry");
        assertEquals(Errors.EINVAL, ThreadCalls.check(process, UserAddressSpace.TOP_USER_PAGE, STACK, 10), "entry past the user half");
        assertEquals(Errors.EINVAL, ThreadCalls.check(process, -4096, STACK, 10), "a kernel entry");
        assertEquals(Errors.EINVAL, ThreadCalls.check(process, ENTRY, 0, 10), "no stack");
        assertEquals(Errors.EINVAL, ThreadCalls.check(process, ENTRY, UserAddressSpace.TOP_USER_PAGE + 16, 10));
        assertEquals(0, ThreadCalls.check(process, ENTRY, UserAddressSpace.TOP_USER_PAGE, Scheduler.DEFAULT_PRIORITY), "the default ceiling is the default priority");
        assertEquals(Errors.EPERM, ThreadCalls.check(process, ENTRY, STACK, Scheduler.DEFAULT_PRIORITY + 1), "above the ceiling");
        Process.setCeiling(process, 10);
        assertEquals(Errors.EPERM, ThreadCalls.create(creator, process, ENTRY, STACK, 0, Scheduling.SAME_PRIORITY, record),
                "the creator's own priority is above the new ceiling");
        assertEquals(Errors.EINVAL, ThreadCalls.create(creator, process, ENTRY, STACK, 0, -2, record));
        assertEquals(1, Memory.read32(process + Process.LIVE), "no thread was added");
    }

    @Test
    void aNewThreadStartsInItsCreatorsProcessWithAThreadHandle() {
        long created = block(20);
        long handle = ThreadCalls.adopt(creator, process, created);
        assertTrue(handle > 0, "a handle: " + handle);
        assertEquals(process, Process.of(created));
        assertEquals(created, Process.firstThread(process));
        assertEquals(2, Memory.read32(process + Process.LIVE));
        assertEquals(UserThread.RUNNING, UserThread.state(created), "started");
        assertEquals(SchedState.READY, Memory.read32(created + Thread.SCHED + SchedState.STATE));
        assertEquals(0, CapabilityTable.lookup(table, handle, Kinds.THREAD, Rights.CONTROL | Rights.COPY, record));
        long object = Capability.object(record);
        KernelObject.release(object);
        assertEquals(created, ThreadObject.thread(object));
        assertEquals(2, KernelObject.references(process), "its own and the thread object's");

        assertEquals(0, ThreadCalls.priority(table, handle, 5, record));
        assertEquals(5, SchedState.priority(created));
        assertEquals(Errors.EPERM, ThreadCalls.priority(table, handle, Scheduler.DEFAULT_PRIORITY + 1, record), "above the ceiling");
        assertEquals(Errors.EINVAL, ThreadCalls.priority(table, handle, Scheduling.PRIORITIES, record));
        assertEquals(Errors.EINVAL, ThreadCalls.priority(table, handle, -1, record));
        assertEquals(5, SchedState.priority(created), "refused changes change nothing");
        assertEquals(0, ThreadCalls.affinity(table, handle, 0, 1, record));
        assertEquals(0, SchedState.affinity(created));
        assertEquals(Errors.EINVAL, ThreadCalls.affinity(table, handle, 1, 1, record), "no cpu 1");
        assertEquals(Errors.EINVAL, ThreadCalls.affinity(table, handle, -2, 1, record));
        assertEquals(0, ThreadCalls.affinity(table, handle, Scheduling.ANY_CPU, 1, record));
        assertEquals(SchedState.ANY_CPU, SchedState.affinity(created));
        assertEquals(1, KernelObject.references(object), "every use gave its reference back");

        long weak = CapabilityTable.mint(table, handle, Rights.COPY, 0);
        assertEquals(Errors.EPERM, ThreadCalls.priority(table, weak, 1, record));
        assertEquals(Errors.EPERM, ThreadCalls.affinity(table, weak, 0, 1, record));
        assertEquals(Errors.EPERM, ThreadCalls.kill(table, weak, record));
        long endpoint = CapabilityTable.insert(table, Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), Objects.endpoint());
        assertEquals(Errors.EBADF, ThreadCalls.priority(table, endpoint, 1, record), "another kind");
        assertEquals(Errors.EBADF, ThreadCalls.affinity(table, 0, 0, 1, record));

        Memory.write32(created + Thread.STATE, UserThread.ENDED);   // as its exit leaves it
        assertEquals(Errors.ESRCH, ThreadCalls.priority(table, handle, 1, record), "an ended thread");
        assertEquals(Errors.ESRCH, ThreadCalls.affinity(table, handle, 0, 1, record));
        assertEquals(0, ThreadCalls.kill(table, handle, record), "killing the ended does nothing");
        assertFalse(Scheduler.killed(created));
    }

    @Test
    void threadSelfNamesTheCallerAndThreadKillMarksIt() {
        long handle = ThreadCalls.self(creator, process);
        assertTrue(handle > 0);
        assertEquals(0, ThreadCalls.kill(table, handle, record));
        assertTrue(Scheduler.killed(creator));
    }

    @Test
    void aKilledCreatorOrADyingProcessAddsNoThreadAndTheLimitHolds() {
        Scheduler.kill(creator);
        assertEquals(Errors.ESRCH, Process.addThread(process, block(10), creator), "a kill that walked the threads must not miss one");
        long other = Process.create(16, UserMemory.DEFAULT_QUOTA), first = block(10);
        Process.attach(other, first);
        for (int i = 1; i < Process.MAX_THREADS; i++) assertEquals(0, Process.addThread(other, block(10), first));
        assertEquals(Errors.ENOMEM, Process.addThread(other, block(10), first), "past the limit");
        assertEquals(Process.MAX_THREADS, Memory.read32(other + Process.LIVE));
        assertTrue(Process.begin(other, 0));
        assertEquals(Errors.ESRCH, Process.addThread(other, block(10), first), "dying");
    }

    @Test
    void aKillReachesEveryThreadAndTheLastEndingTearsDownWithEveryBlockBack() {
        long b = block(10), c = block(10);
        long hb = ThreadCalls.adopt(creator, process, b), hc = ThreadCalls.adopt(creator, process, c);
        assertTrue(hb > 0 && hc > 0);
        long parent = CapabilityTable.create(8);
        long handle = CapabilityTable.insert(parent, Kinds.PROCESS, Rights.of(Kinds.PROCESS), process);
        long held = CapabilityTable.copy(table, hb, parent);   // a THREAD capability outliving the process
        assertTrue(held > 0);
        assertEquals(0, ProcessCalls.kill(parent, handle, record));
        for (long t : new long[] {creator, b, c}) assertTrue(Scheduler.killed(t), "every thread of the process");
        assertFalse(Process.threadEnded(process, UserThread.KILLED));
        assertFalse(Process.threadEnded(process, UserThread.KILLED));
        assertTrue(Process.threadEnded(process, UserThread.KILLED), "the last thread ends the process");
        while (Process.teardown(process) != 0) {
            // no partner waits
        }
        assertEquals(Process.DEAD, Process.state(process));
        assertEquals(UserThread.KILLED, Process.status(process));
        assertEquals(Errors.ESRCH, ThreadCalls.priority(parent, held, 1, record), "the thread's process is dead");
        assertEquals(3, KernelObject.references(process), "its own, the parent's and the held thread object's");
        assertEquals(CapabilityTable.LAST, CapabilityTable.delete(parent, held, record));
        Objects.free(Capability.object(record));
        assertEquals(2, KernelObject.references(process));
        assertEquals(CapabilityTable.KEPT, CapabilityTable.delete(parent, handle, record), "the process still holds its own");
        assertTrue(Process.release(process), "as the reaper gives its own back: the last reference frees it");
        CapabilityTable.close(parent);
        assertEquals(0, CapabilityTable.destroy(parent));
        for (long t : new long[] {creator, b, c}) Heap.free(t);
        Heap.free(record);
        assertEquals(heapBefore, Heap.bytesInUse(), "every heap block is back: tables, thread objects, the process");
    }

    @Test
    void oneThreadsFaultEndsEveryThreadAndIsTheProcessStatus() {
        long b = block(10), c = block(10);
        assertTrue(ThreadCalls.adopt(creator, process, b) > 0 && ThreadCalls.adopt(creator, process, c) > 0);
        Process.stopAll(process, b, UserThread.FAULT_BASE - 14, 14, 0x401000, 0x10, 4);
        assertTrue(Scheduler.killed(creator) && Scheduler.killed(c), "the others end");
        assertFalse(Scheduler.killed(b), "the faulting thread ends by itself");
        Process.stopAll(process, c, UserThread.FAULT_BASE - 13, 13, 0x402000, 0, 0);
        assertFalse(Process.threadEnded(process, UserThread.FAULT_BASE - 14));
        assertFalse(Process.threadEnded(process, UserThread.KILLED));
        assertTrue(Process.threadEnded(process, UserThread.KILLED));
        assertEquals(UserThread.FAULT_BASE - 14, Process.status(process), "the first fault's code, not the last thread's");
    }

    @Test
    void withoutAFaultTheLastThreadsCodeIsTheStatus() {
        long b = block(10);
        assertTrue(ThreadCalls.adopt(creator, process, b) > 0);
        assertFalse(Process.threadEnded(process, 3));
        assertTrue(Process.threadEnded(process, 5));
        assertEquals(5, Process.status(process));
    }
}
