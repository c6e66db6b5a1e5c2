package jos.kernel.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.MessageInfo;
import jos.abi.Rights;
import jos.hw.Layouts;
import jos.hw.Memory;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.Ipc;
import jos.kernel.ipc.IpcState;
import jos.kernel.ipc.Outcome;
import jos.kernel.memory.FrameAllocator;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.memory.UserMemory;
import jos.kernel.sched.Thread;
import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A process's life: its table and space made, its threads counted, and its teardown failing partners with EPIPE and giving every frame and heap block back. */
class ProcessTest {
    SimulatedRam ram;
    long outcome;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        assertTrue(Heap.init());
        outcome = Heap.allocate(Outcome.SIZE);
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    static long thread() {
        long thread = Heap.allocate(Thread.SIZE);
        Memory.fill(thread, (byte) 0, Thread.SIZE);
        IpcState.init(thread, 0, 1);
        return thread;
    }

    @Test
    void layoutFitsTheThreadArea() {
        Layouts.verify(Process.class);
        Layouts.verify(ProcessLink.class);
        assertTrue(ProcessLink.SIZE <= Thread.PROCESS_BYTES);
    }

    @Test
    void theLastThreadEndingEndsTheProcessOnce() {
        long process = Process.create(16, UserMemory.DEFAULT_QUOTA);
        long a = thread(), b = thread();
        Process.attach(process, a);
        Process.attach(process, b);
        assertEquals(process, Process.of(a));
        assertEquals(b, Process.firstThread(process));
        assertEquals(a, Process.next(b));
        assertFalse(Process.threadEnded(process, 3), "one thread is left");
        assertTrue(Process.threadEnded(process, 7));
        assertEquals(Process.DYING, Process.state(process));
        assertEquals(7, Process.status(process), "the last thread's code is the process's");
        assertFalse(Process.begin(process, -9), "a dying process is not killed again");
        assertEquals(0, Process.teardown(process));
        assertEquals(Process.DEAD, Process.state(process));
        assertEquals(0, Process.teardown(process), "a dead process's teardown does nothing");
    }

    @Test
    void teardownFailsTheCallerOfItsServerAndGivesEverythingBack() {
        long frames = FrameAllocator.freeBytes() + Heap.bytesHeld(), heap = Heap.bytesInUse();
        long process = Process.create(16, UserMemory.DEFAULT_QUOTA);
        long server = thread();
        Process.attach(process, server);
        long endpoint = Objects.endpoint();
        long handle = CapabilityTable.insert(Process.table(process), Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), endpoint);
        assertTrue(handle > 0);
        assertTrue(UserMemory.map(Process.root(process), 0x1000_0000L, 0x4000, 3) > 0, "the space holds frames");

        long client = thread(), waiting = thread();
        UserFrame.set(client + Thread.FRAME, UserFrame.RSI, MessageInfo.registers(1, 1, 0));
        Ipc.recv(server, endpoint, outcome);
        Ipc.call(client, endpoint, 0, outcome);
        assertEquals(IpcState.AWAITING_REPLY, IpcState.state(client), "the server took the call");
        UserFrame.set(waiting + Thread.FRAME, UserFrame.RSI, MessageInfo.registers(2, 0, 0));
        Ipc.send(waiting, endpoint, 0, outcome);
        assertTrue(Outcome.blocked(outcome), "a second sender waits on the endpoint");

        assertTrue(Process.threadEnded(process, 0));
        long first = Process.teardown(process), second = Process.teardown(process);
        assertEquals(0, Process.teardown(process));
        assertEquals(java.util.Set.of(client, waiting), java.util.Set.of(first, second), "the caller and the queued sender are made runnable");
        assertEquals(Errors.EPIPE, UserFrame.get(client + Thread.FRAME, UserFrame.RAX));
        assertEquals(Errors.EPIPE, UserFrame.get(waiting + Thread.FRAME, UserFrame.RAX));
        assertEquals(IpcState.IDLE, IpcState.state(client));
        assertEquals(IpcState.IDLE, IpcState.state(waiting));
        assertEquals(Process.DEAD, Process.state(process));
        assertEquals(frames, FrameAllocator.freeBytes() + Heap.bytesHeld(), "every frame of the space is back (the heap keeps the pages it grew by)");
        assertEquals(1, KernelObject.references(process), "only the process's own reference is left");
        assertTrue(Process.release(process));
        Heap.free(server);
        Heap.free(client);
        Heap.free(waiting);
        assertEquals(heap, Heap.bytesInUse(), "the endpoint, the table and the process block are freed");
    }
}
