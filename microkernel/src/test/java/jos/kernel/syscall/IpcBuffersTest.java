package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.IpcBuffer;
import jos.abi.Kinds;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.ipc.IpcState;
import jos.kernel.memory.FrameAllocator;
import jos.kernel.memory.Heap;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.PageTables;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.memory.UserMemory;
import jos.kernel.process.IpcBuffers;
import jos.kernel.process.Process;
import jos.kernel.sched.Thread;
import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Threads' IPC buffers mapped in their own address spaces (the ipc_buffer call): kernel frames charged to
 * the quota, user read/write and never executable, one per thread; a 4 KiB message and a capability move
 * between two processes as each sees its buffer through its own page tables; the frames come back when
 * the thread goes, whether its space is destroyed first or lives on.
 */
class IpcBuffersTest {
    static final long PAGE = 0x1000, AT = 0x2000_0000L;
    SimulatedRam ram;
    long serverProcess, clientProcess, server, client;
    long freeAtStart;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        assertTrue(Heap.init());
        freeAtStart = FrameAllocator.freeBytes();
        serverProcess = Process.create(16, UserMemory.DEFAULT_QUOTA);
        clientProcess = Process.create(16, UserMemory.DEFAULT_QUOTA);
        server = thread(serverProcess);
        client = thread(clientProcess);
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    /** A thread of process with no IPC buffer, as the kernel makes them. */
    static long thread(long process) {
        long thread = Heap.allocate(Thread.SIZE);
        Memory.fill(thread, (byte) 0, Thread.SIZE);
        IpcState.init(thread, 0, 1);
        Memory.write64(thread + Thread.ROOT, Process.root(process));
        Process.attach(process, thread);
        return thread;
    }

    /** What the program sees at its user address: the kernel address of the byte through its page tables. */
    static long seen(long process, long user) {
        long physical = PageTables.translate(Process.root(process), user);
        assertNotEquals(-1, physical, "mapped at " + Long.toHexString(user));
        return Hhdm.virt(physical);
    }

    static long map(long thread, long process, long address) {
        return IpcBuffers.map(thread, Process.root(process), address);
    }

    @Test
    void aThreadsBufferIsKernelFramesInItsSpaceCountedOnceAndNeverExecutable() {
        long used = UserMemory.used(Process.root(clientProcess));
        long at = map(client, clientProcess, 0);
        assertEquals(UserMemory.SEARCH_START, at, "address 0: the kernel finds a free range");
        long buffer = IpcState.get(client, IpcState.BUFFER);
        assertEquals(buffer, seen(clientProcess, at), "IPC's view and the program's are the same frames");
        assertEquals(buffer + IpcBuffer.RECEIVED_CAPS, seen(clientProcess, at + IpcBuffer.RECEIVED_CAPS), "both pages, in order");
        long entry = PageTables.leafEntry(Process.root(clientProcess), at + PAGE);
        assertTrue((entry & jos.x86.PageTableEntry.NO_EXECUTE) != 0 && (entry & jos.x86.PageTableEntry.WRITABLE) != 0
                && (entry & jos.x86.PageTableEntry.USER) != 0, "user read/write, never executable");
        assertTrue(UserMemory.used(Process.root(clientProcess)) >= used + IpcBuffer.SIZE, "charged to the quota");
        long charged = UserMemory.used(Process.root(clientProcess));
        assertEquals(at, map(client, clientProcess, 0), "one buffer per thread: asking again gives it again");
        assertEquals(at, map(client, clientProcess, at));
        assertEquals(Errors.EBUSY, map(client, clientProcess, AT), "not a second one elsewhere");
        assertEquals(charged, UserMemory.used(Process.root(clientProcess)), "nothing more charged");
        assertEquals(Errors.EBUSY, UserMemory.unmap(Process.root(clientProcess), at, IpcBuffer.SIZE), "the program cannot unmap it");
        assertEquals(Errors.EBUSY, UserMemory.protect(Process.root(clientProcess), at, PAGE, Protection.READ | Protection.EXECUTE));
    }

    @Test
    void aChosenAddressThatIsTakenOrBadOrOverTheQuotaKeepsNothing() {
        assertEquals(AT, UserMemory.map(Process.root(serverProcess), AT, PAGE, Protection.READ | Protection.WRITE));
        long free = FrameAllocator.freeBytes(), used = UserMemory.used(Process.root(serverProcess));
        assertEquals(Errors.EBUSY, map(server, serverProcess, AT - PAGE), "its second page is taken");
        assertEquals(Errors.EINVAL, map(server, serverProcess, AT + 8), "misaligned");
        assertEquals(Errors.EFAULT, map(server, serverProcess, 1L << 47), "not user memory");
        assertEquals(free, FrameAllocator.freeBytes(), "the frames went back");
        assertEquals(used, UserMemory.used(Process.root(serverProcess)));
        assertEquals(0, IpcState.get(server, IpcState.BUFFER), "still no buffer");
        long small = Process.create(4, 4 * PAGE);
        long thread = thread(small);
        long freeSmall = FrameAllocator.freeBytes();
        assertEquals(Errors.ENOMEM, map(thread, small, AT), "three tables and two pages over a four-page quota");
        assertEquals(freeSmall - 3 * PAGE, FrameAllocator.freeBytes(), "only the tables it made, which stay charged");
        assertEquals(3 * PAGE, UserMemory.used(Process.root(small)));
        assertEquals(-1, PageTables.translate(Process.root(small), AT));
        assertEquals(AT + 4 * PAGE, map(server, serverProcess, AT + 4 * PAGE));
    }

    @Test
    void aFullPageMessageAndACapabilityMoveBetweenTheProgramsBuffers() {
        long endpoint = IpcCalls.call(server, Calls.ENDPOINT_CREATE, 0, 0);
        long minted = CapabilityTable.mint(Process.table(serverProcess), endpoint, Rights.SEND | Rights.GRANT, 0x77);
        long handle = CapabilityTable.move(Process.table(serverProcess), minted, Process.table(clientProcess));
        long notification = IpcCalls.call(client, Calls.NOTIFICATION_CREATE, 0, 0);
        long clientAt = map(client, clientProcess, 0), serverAt = map(server, serverProcess, AT);
        assertEquals(AT, serverAt);

        long out = seen(clientProcess, clientAt);
        for (int i = 0; i < IpcBuffer.DATA_BYTES; i += 8) Memory.write64(out + i, i * 0x9e37_79b9_7f4a_7c15L);
        Memory.write64(seen(clientProcess, clientAt + IpcBuffer.SEND_CAPS), notification);
        Memory.write64(seen(serverProcess, serverAt + IpcBuffer.DATA_BYTES - 8), -1);   // overwritten by the message
        Memory.write64(seen(serverProcess, serverAt + IpcBuffer.RESERVED), 0x1234);     // past what the kernel writes

        assertEquals(0, IpcCalls.call(server, Calls.RECV, endpoint, 0));
        UserFrame.set(client + Thread.FRAME, UserFrame.RSI, MessageInfo.buffer(5, IpcBuffer.DATA_BYTES, 1));
        IpcCalls.call(client, Calls.CALL, handle, 0);

        assertEquals(MessageInfo.buffer(5, IpcBuffer.DATA_BYTES, 1), UserFrame.get(server + Thread.FRAME, UserFrame.RSI));
        long in = seen(serverProcess, serverAt);
        for (int i = 0; i < IpcBuffer.DATA_BYTES; i += 8) assertEquals(i * 0x9e37_79b9_7f4a_7c15L, Memory.read64(in + i), "byte " + i);
        assertEquals(0x77, Memory.read64(seen(serverProcess, serverAt + IpcBuffer.BADGE)), "the badge in the buffer too");
        assertEquals(0x1234, Memory.read64(seen(serverProcess, serverAt + IpcBuffer.RESERVED)), "nothing past the kernel's words");
        long received = Memory.read64(seen(serverProcess, serverAt + IpcBuffer.RECEIVED_CAPS));
        assertTrue(received > 0, "a handle in the server's table: " + received);
        long record = Heap.allocate(64);
        assertEquals(0, CapabilityTable.lookup(Process.table(serverProcess), received, Kinds.NOTIFICATION, Rights.SIGNAL, record));
    }

    @Test
    void aBufferMessageFromAThreadWithoutABufferIsEinval() {
        long endpoint = IpcCalls.call(server, Calls.ENDPOINT_CREATE, 0, 0);
        UserFrame.set(server + Thread.FRAME, UserFrame.RSI, MessageInfo.buffer(1, 8, 0));
        assertEquals(Errors.EINVAL, IpcCalls.call(server, Calls.TRY_SEND, endpoint, 0), "no buffer mapped yet");
        map(server, serverProcess, 0);
        assertEquals(Errors.EAGAIN, IpcCalls.call(server, Calls.TRY_SEND, endpoint, 0), "with one: only nobody receives");
    }

    @Test
    void theFramesComeBackWhenTheThreadGoesWhetherItsSpaceIsDestroyedFirstOrLivesOn() {
        long root = Process.root(clientProcess);
        long usedBefore = UserMemory.used(root);
        long at = map(client, clientProcess, 0);
        long second = thread(clientProcess);
        long secondAt = map(second, clientProcess, 0);
        assertEquals(at + IpcBuffer.SIZE, secondAt, "each thread its own");
        long used = UserMemory.used(root);

        IpcBuffers.unmap(second, root);   // the thread ended, its process lives on
        assertEquals(-1, PageTables.translate(root, secondAt), "the other threads cannot reach it");
        assertEquals(used - IpcBuffer.SIZE, UserMemory.used(root), "its quota back");
        long free = FrameAllocator.freeBytes();
        IpcBuffers.release(second);
        assertEquals(free + IpcBuffer.SIZE, FrameAllocator.freeBytes());
        assertEquals(0, IpcState.get(second, IpcState.BUFFER));
        IpcBuffers.release(second);
        assertEquals(free + IpcBuffer.SIZE, FrameAllocator.freeBytes(), "a second release frees nothing");
        assertTrue(UserMemory.used(root) >= usedBefore);

        jos.kernel.memory.UserAddressSpace.destroy(root);   // the last thread: the space goes first
        long afterDestroy = FrameAllocator.freeBytes();
        IpcBuffers.release(client);
        assertEquals(afterDestroy + IpcBuffer.SIZE, FrameAllocator.freeBytes(), "the buffer outlived the space until its thread went");
    }
}
