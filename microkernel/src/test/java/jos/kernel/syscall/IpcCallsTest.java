package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.IpcBuffer;
import jos.abi.Kinds;
import jos.abi.MessageInfo;
import jos.abi.Rights;
import jos.hw.Layouts;
import jos.hw.Memory;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.IpcState;
import jos.kernel.ipc.Outcome;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.memory.UserMemory;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.sched.Thread;
import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The IPC and capability calls over processes' tables: rights and kinds checked on the handle, the
 * badge from the capability, register messages between frames, capabilities carried with GRANT, and
 * the last capability's delete naming the object to destroy.
 */
class IpcCallsTest {
    SimulatedRam ram;
    long serverProcess, clientProcess, server, client;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        assertTrue(Heap.init());
        serverProcess = Process.create(16, UserMemory.DEFAULT_QUOTA);
        clientProcess = Process.create(16, UserMemory.DEFAULT_QUOTA);
        server = thread(serverProcess);
        client = thread(clientProcess);
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    static long thread(long process) {
        long thread = Heap.allocate(Thread.SIZE);
        Memory.fill(thread, (byte) 0, Thread.SIZE);
        long buffer = Heap.allocate(IpcBuffer.SIZE);
        Memory.fill(buffer, (byte) 0, IpcBuffer.SIZE);
        IpcState.init(thread, buffer, 1);
        Process.attach(process, thread);
        return thread;
    }

    static void registers(long thread, long info, long... words) {
        long frame = thread + Thread.FRAME;
        UserFrame.set(frame, UserFrame.RSI, info);
        int[] regs = {UserFrame.RDX, UserFrame.R10, UserFrame.R8, UserFrame.R9};
        for (int i = 0; i < words.length; i++) UserFrame.set(frame, regs[i], words[i]);
    }

    static long get(long thread, int register) {
        return UserFrame.get(thread + Thread.FRAME, register);
    }

    static long outcome(long thread) {
        return thread + Thread.SPARE + CallRecord.OUTCOME;
    }

    /** A SEND-only, badged copy of the server's endpoint in the client's table. */
    long clientHandle(long serverHandle, long badge, int rights) {
        long minted = CapabilityTable.mint(Process.table(serverProcess), serverHandle, rights, badge);
        assertTrue(minted > 0, "minted: " + minted);
        long handle = CapabilityTable.move(Process.table(serverProcess), minted, Process.table(clientProcess));
        assertTrue(handle > 0);
        return handle;
    }

    @Test
    void theRecordFitsTheThreadBlocksSpareArea() {
        Layouts.verify(CallRecord.class);
        assertTrue(Thread.SPARE + CallRecord.SIZE <= Thread.FX_STATE);
    }

    @Test
    void callAndReplyRecvMoveRegistersWithTheBadge() {
        long endpoint = IpcCalls.call(server, Calls.ENDPOINT_CREATE, 0, 0);
        assertTrue(endpoint > 0, "a handle: " + endpoint);
        long handle = clientHandle(endpoint, 0x5eed, Rights.SEND | Rights.COPY);

        assertEquals(0, IpcCalls.call(server, Calls.RECV, endpoint, 0));
        assertTrue(Outcome.blocked(outcome(server)), "no sender yet: the server waits");

        registers(client, MessageInfo.registers(9, 4, 0), 1, 2, 3, 4);
        IpcCalls.call(client, Calls.CALL, handle, 0);
        assertTrue(Outcome.blocked(outcome(client)), "the caller waits for the reply");
        assertEquals(server, Outcome.switchTo(outcome(client)), "the server runs next");
        assertEquals(0x5eed, get(server, UserFrame.RDI), "the badge comes from the client's capability");
        assertEquals(MessageInfo.registers(9, 4, 0), get(server, UserFrame.RSI));
        assertEquals(10, get(server, UserFrame.RDX) + get(server, UserFrame.R10) + get(server, UserFrame.R8) + get(server, UserFrame.R9));

        registers(server, MessageInfo.registers(0, 2, 0), 20, 30);
        IpcCalls.call(server, Calls.REPLY_RECV, endpoint, 0);
        assertTrue(Outcome.blocked(outcome(server)));
        assertEquals(client, Outcome.switchTo(outcome(server)));
        assertEquals(0, get(client, UserFrame.RAX));
        assertEquals(20, get(client, UserFrame.RDX));
        assertEquals(30, get(client, UserFrame.R10));
    }

    @Test
    void rightsAndKindsAreCheckedOnTheHandle() {
        long endpoint = IpcCalls.call(server, Calls.ENDPOINT_CREATE, 0, 0);
        long sendOnly = clientHandle(endpoint, 0, Rights.SEND);
        assertEquals(Errors.EPERM, IpcCalls.call(client, Calls.RECV, sendOnly, 0), "receiving needs RECEIVE");
        assertEquals(Errors.EBADF, IpcCalls.call(client, Calls.SIGNAL, sendOnly, 1), "an endpoint is no notification");
        assertEquals(Errors.EBADF, IpcCalls.call(client, Calls.SEND, 12345, 0), "no such handle");
        registers(client, MessageInfo.registers(1, 0, 1));
        assertEquals(Errors.EPERM, IpcCalls.call(client, Calls.TRY_SEND, sendOnly, 0), "capabilities travel only with GRANT");
        registers(client, MessageInfo.registers(1, 0, 0));
        assertEquals(Errors.EAGAIN, IpcCalls.call(client, Calls.TRY_SEND, sendOnly, 0));
        assertEquals(Errors.EAGAIN, IpcCalls.call(server, Calls.TRY_RECV, endpoint, 0));
        assertEquals(Errors.EINVAL, IpcCalls.call(server, Calls.REPLY, 0, 0), "no caller to answer");
        assertEquals(2, KernelObject.references(endpointObject(endpoint)), "lookups gave their references back: two capabilities remain");
    }

    long endpointObject(long handle) {
        long record = Heap.allocate(64);
        assertEquals(0, CapabilityTable.lookup(Process.table(serverProcess), handle, Kinds.ENDPOINT, 0, record));
        long object = jos.kernel.capability.Capability.object(record);
        KernelObject.release(object);
        return object;
    }

    @Test
    void aNotificationPassedWithGrantWorksInTheReceiversTable() {
        long endpoint = IpcCalls.call(server, Calls.ENDPOINT_CREATE, 0, 0);
        long handle = clientHandle(endpoint, 0, Rights.SEND | Rights.GRANT);
        long notification = IpcCalls.call(client, Calls.NOTIFICATION_CREATE, 0, 0);
        assertTrue(notification > 0);
        IpcCalls.call(server, Calls.RECV, endpoint, 0);
        Memory.write64(IpcState.get(client, IpcState.BUFFER) + IpcBuffer.SEND_CAPS, notification);
        registers(client, MessageInfo.registers(5, 0, 1));
        assertEquals(0, IpcCalls.call(client, Calls.SEND, handle, 0));
        long received = Memory.read64(IpcState.get(server, IpcState.BUFFER) + IpcBuffer.RECEIVED_CAPS);
        assertTrue(received > 0, "the server got a handle: " + received);
        assertEquals(0, IpcCalls.call(server, Calls.SIGNAL, received, 0b101));
        assertEquals(0, IpcCalls.call(client, Calls.POLL, notification, 0));
        assertEquals(0b101, get(client, UserFrame.RDI), "the client's notification got the server's bits");
    }

    @Test
    void deletingTheLastCapabilityNamesTheObjectAndItsWaitersFailWithEpipe() {
        long endpoint = IpcCalls.call(server, Calls.ENDPOINT_CREATE, 0, 0);
        long copy = CapabilityCalls.call(Process.table(serverProcess), server + Thread.SPARE, Calls.CAP_COPY, endpoint, 0, 0);
        assertTrue(copy > 0);
        IpcCalls.call(server, Calls.RECV, endpoint, 0);
        long records = client + Thread.SPARE;
        long table = Process.table(serverProcess);
        assertEquals(0, CapabilityCalls.call(table, records, Calls.CAP_DELETE, endpoint, 0, 0));
        assertEquals(0, Memory.read64(records + CallRecord.DOOMED), "a copy is left");
        assertEquals(Errors.EBADF, CapabilityCalls.call(table, records, Calls.CAP_DELETE, endpoint, 0, 0), "the handle is stale");
        assertEquals(0, CapabilityCalls.call(table, records, Calls.CAP_DELETE, copy, 0, 0));
        long doomed = Memory.read64(records + CallRecord.DOOMED);
        assertTrue(doomed != 0, "the last capability's object is named for destruction");
        assertEquals(server, Objects.close(doomed, outcome(client)));
        assertEquals(Errors.EPIPE, get(server, UserFrame.RAX));
        assertEquals(0, Objects.close(doomed, outcome(client)));
        assertFalse(Outcome.blocked(outcome(client)));
        assertEquals(Errors.ENOSYS, CapabilityCalls.call(table, records, Calls.CAP_DELETE + 1, 0, 0, 0));
    }
}
