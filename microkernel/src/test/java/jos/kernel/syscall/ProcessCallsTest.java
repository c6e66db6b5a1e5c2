package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.abi.Errors;
import jos.abi.FaultRecord;
import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.ProcessStatus;
import jos.abi.Protection;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.memory.Heap;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.PageTables;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.memory.UserMemory;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.process.UserThread;
import jos.kernel.sched.Thread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * spawn's checks before it loads anything (a MODULE capability with CONTROL naming the module, lengths,
 * user memory), and kill and
 * process_status on a PROCESS capability: kinds and rights, running and dead, a dead child reaped once.
 */
class ProcessCallsTest {
    SimulatedRam ram;
    long parent, child, thread, record;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        assertTrue(Heap.init());
        parent = Process.create(16, UserMemory.DEFAULT_QUOTA);
        child = Process.create(16, UserMemory.DEFAULT_QUOTA);
        thread = Heap.allocate(Thread.SIZE);
        Memory.fill(thread, (byte) 0, Thread.SIZE);
        record = Heap.allocate(Capability.SIZE);
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    long spawn(long module, long number, long line, long lineLength, long count) {
        return ProcessCalls.spawn(thread, parent, Process.root(parent), module, number, line, lineLength, 0x40_1000, count);
    }

    /** A MODULE capability for modules [first, first + count) in the parent's table. */
    long modules(long first, long count) {
        return CapabilityTable.insertRange(Process.table(parent), Kinds.MODULE, Rights.of(Kinds.MODULE), first, count);
    }

    @Test
    void spawnNeedsAModuleCapabilityWithControlThatNamesTheModule() {
        assertEquals(Errors.EBADF, ProcessCalls.spawn(thread, 0, 0, modules(0, 1), 0, 0, 0, 0, 0), "no process, no table");
        assertEquals(Errors.EBADF, spawn(0, 0, 0, 0, 0), "no handle");
        assertEquals(Errors.EBADF, spawn(Handle.of(9, Handle.FIRST_GENERATION), 0, 0, 0, 0), "an empty slot");
        long endpoint = CapabilityTable.insert(Process.table(parent), Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), Objects.endpoint());
        assertEquals(Errors.EBADF, spawn(endpoint, 0, 0, 0, 0), "another kind");
        long some = modules(2, 3);
        long weak = CapabilityTable.mintRange(Process.table(parent), some, Rights.COPY, 2, 3);
        assertTrue(weak > 0);
        assertEquals(Errors.EPERM, spawn(weak, 2, 0, 0, 0), "no CONTROL");
        assertEquals(Errors.EPERM, spawn(some, 1, 0, 0, 0), "below the range");
        assertEquals(Errors.EPERM, spawn(some, 5, 0, 0, 0), "past the range");
        assertEquals(Errors.EPERM, spawn(some, -1, 0, 0, 0));
        assertEquals(Errors.ENOENT, spawn(some, 4, 0, 0, 0), "inside the range, but the boot had no such module");
        long child0 = ProcessCalls.spawn(thread, child, Process.root(child), Handle.of(0, Handle.FIRST_GENERATION), 0, 0, 0, 0, 0);
        assertEquals(Errors.EBADF, child0, "a process given no capability has no authority to spawn");
    }

    @Test
    void spawnChecksLengthsCountAndMemoryBeforeLoading() {
        long all = modules(0, 4);
        assertEquals(Errors.EINVAL, spawn(all, 0, 0x40_0000, -1, 0));
        assertEquals(Errors.EINVAL, spawn(all, 0, 0x40_0000, ProcessCalls.MAX_COMMAND_LINE + 1, 0));
        assertEquals(Errors.EINVAL, spawn(all, 0, 0x40_0000, 0, ProcessCalls.MAX_CAPABILITIES + 1));
        assertEquals(Errors.EINVAL, spawn(all, 0, 0x40_0000, 0, -1));
        assertEquals(Errors.EFAULT, spawn(all, 0, 0x40_0000, 8, 0), "the command line is not mapped for the program");
        assertEquals(Errors.EFAULT, spawn(all, 0, -4096, 8, 0), "a kernel address");
        assertEquals(Errors.EFAULT, spawn(all, 0, 0x40_0000, 0, 1), "the handles are not mapped");
        assertEquals(Errors.ENOENT, spawn(all, 0, 0x40_0000, 0, 0), "checked, then no module 0 to load");
    }

    @Test
    void theBufferFitsTheThreadsSpareArea() {
        assertTrue(ProcessCalls.BUFFER - Thread.SPARE + ProcessCalls.MAX_COMMAND_LINE <= 48 * 8);
    }

    @Test
    void statusIsRunningUntilDeadThenTheExitCodeAndTheChildIsReapedOnce() {
        long table = Process.table(parent);
        long handle = CapabilityTable.insert(table, Kinds.PROCESS, Rights.of(Kinds.PROCESS), child);
        assertEquals(2, KernelObject.references(child), "its own and the parent's");
        assertEquals(ProcessStatus.RUNNING, ProcessCalls.status(table, handle, record));
        assertEquals(2, KernelObject.references(child), "the lookup's reference given back");
        assertTrue(Process.begin(child, -1014));
        assertEquals(ProcessStatus.RUNNING, ProcessCalls.status(table, handle, record), "dying is not dead yet");
        assertEquals(0, Process.teardown(child));
        long dead = ProcessCalls.status(table, handle, record);
        assertEquals(ProcessStatus.exited(-1014), dead);
        assertTrue(ProcessStatus.isExited(dead) && dead > 0, "never mistaken for an error");
        assertEquals(-1014, ProcessStatus.code(dead));
        assertEquals(1, KernelObject.references(child), "reaped: only the parent's capability names it");
        assertEquals(dead, ProcessCalls.status(table, handle, record), "read again");
        assertEquals(1, KernelObject.references(child), "reaped once");
        assertEquals(0, ProcessCalls.kill(table, handle, record), "killing the dead does nothing");
        assertEquals(CapabilityTable.LAST, CapabilityTable.delete(table, handle, record), "the last reference");
    }

    @Test
    void killAndStatusNeedAProcessCapabilityWithControl() {
        long table = Process.table(parent);
        long handle = CapabilityTable.insert(table, Kinds.PROCESS, Rights.of(Kinds.PROCESS), child);
        long weak = CapabilityTable.mint(table, handle, Rights.COPY, 0);
        assertEquals(Errors.EPERM, ProcessCalls.kill(table, weak, record));
        assertEquals(Errors.EPERM, ProcessCalls.status(table, weak, record));
        long endpoint = CapabilityTable.insert(table, Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), Objects.endpoint());
        assertEquals(Errors.EBADF, ProcessCalls.kill(table, endpoint, record), "another kind");
        assertEquals(Errors.EBADF, ProcessCalls.status(table, 0, record));
        assertEquals(Process.ALIVE, Process.state(child), "nothing was killed");
        assertEquals(0, ProcessCalls.kill(table, handle, record), "a process without threads is only marked by its threads ending");
    }

    @Test
    void aProcessIsReapedOnlyOnceAndOnlyWhenDead() {
        assertFalse(Process.claimReap(child), "alive");
        Process.begin(child, 7);
        assertFalse(Process.claimReap(child), "dying");
        Process.teardown(child);
        assertTrue(Process.claimReap(child));
        assertFalse(Process.claimReap(child), "once");
    }

    @Test
    void processFaultWritesHowAnExceptionEndedTheChild() {
        long table = Process.table(parent), root = Process.root(parent);
        long handle = CapabilityTable.insert(table, Kinds.PROCESS, Rights.of(Kinds.PROCESS), child);
        long page = UserMemory.map(root, 0x50_0000, 4096, Protection.READ | Protection.WRITE);
        long readOnly = UserMemory.map(root, 0x60_0000, 4096, Protection.READ);
        assertTrue(page > 0 && readOnly > 0);
        assertEquals(Errors.EAGAIN, ProcessCalls.fault(table, root, handle, page, record), "still running");
        Process.stopAll(child, 0, UserThread.FAULT_BASE - 14, 14, 0x40_1234, 0xffff_8000_0000_0000L, 5);
        Process.stopAll(child, 0, UserThread.FAULT_BASE - 13, 13, 0x40_5678, 0, 0);
        assertTrue(Process.begin(child, 0));
        assertEquals(0, Process.teardown(child));
        long weak = CapabilityTable.mint(table, handle, Rights.COPY, 0);
        assertEquals(Errors.EPERM, ProcessCalls.fault(table, root, weak, page, record));
        assertEquals(Errors.EFAULT, ProcessCalls.fault(table, root, handle, 0x70_0000, record), "not mapped");
        assertEquals(Errors.EFAULT, ProcessCalls.fault(table, root, handle, readOnly, record), "not writable");
        assertEquals(Errors.EFAULT, ProcessCalls.fault(table, root, handle, page + 4096 - 8, record), "past the page");
        assertEquals(0, ProcessCalls.fault(table, root, handle, page + 8, record));
        long seen = Hhdm.virt(PageTables.translate(root, page + 8));
        assertEquals(14, Memory.read64(seen + FaultRecord.VECTOR), "the first fault's, which set the status");
        assertEquals(0x40_1234, Memory.read64(seen + FaultRecord.RIP));
        assertEquals(0xffff_8000_0000_0000L, Memory.read64(seen + FaultRecord.ADDRESS));
        assertEquals(5, Memory.read64(seen + FaultRecord.ERROR_CODE));
        assertEquals(ProcessStatus.exited(UserThread.FAULT_BASE - 14), ProcessCalls.status(table, handle, record));

        long exited = Process.create(16, UserMemory.DEFAULT_QUOTA);
        long other = CapabilityTable.insert(table, Kinds.PROCESS, Rights.of(Kinds.PROCESS), exited);
        assertTrue(Process.begin(exited, 3));
        assertEquals(0, Process.teardown(exited));
        assertEquals(Errors.ENOENT, ProcessCalls.fault(table, root, other, page, record), "an exit is no fault");
    }
}
