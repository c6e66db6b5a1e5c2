package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntConsumer;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.MessageInfo;
import jos.abi.Rights;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.hw.sim.SimCpu;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.ipc.Outcome;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.memory.UserMemory;
import jos.kernel.process.Process;
import jos.kernel.sched.RunQueue;
import jos.kernel.sched.SchedState;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.SchedulerState;
import jos.kernel.sched.Thread;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.user.SyscallEntry;
import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The IPC fast path on the simulated machine, against the general path: for the same set-up, every way it
 * hands over (before the operation: nothing changed; after it: the state IpcCalls.call leaves, for
 * Syscalls.completeIpc to go on from) leaves the threads and the records byte for byte as the general
 * path does at that point, and a failing scheduler guard claims nothing. (IpcModelTest runs the operations
 * themselves, ipc.FastPath, against the model.) (The switch itself saves and loads the FP state with
 * fxsave and fxrstor, assembly, and the entry then leaves for the partner's stack: QemuBootIT's
 * sameCpuCallsTakeTheFastPathsDirectSwitch covers it.)
 */
class IpcFastPathTest {
    SimulatedRam ram;
    long serverProcess, clientProcess, server, client, endpoint, handle;

    /** Two processes, a server waiting in recv (serverWaits) and a client with a SEND capability, client current on cpu 0. */
    void setUp(boolean serverWaits, int serverAffinity) {
        ram = SimulatedRam.withKernelAddressSpace();
        assertTrue(Heap.init());
        assertTrue(Scheduler.init(2, Scheduler.DEFAULT_QUANTUM));
        long perCpu = Heap.allocate(PerCpu.SIZE);
        Memory.fill(perCpu, (byte) 0, PerCpu.SIZE);
        ram.machine().cpu().writeMsr(SimCpu.IA32_GS_BASE, perCpu);
        Cpu.gsWrite64(PerCpu.RETURN_WORK, SchedulerState.queue(0) + RunQueue.RETURN_WORK);
        serverProcess = Process.create(16, UserMemory.DEFAULT_QUOTA);
        clientProcess = Process.create(16, UserMemory.DEFAULT_QUOTA);
        server = IpcCallsTest.thread(serverProcess);
        client = IpcCallsTest.thread(clientProcess);
        SchedState.init(server, Scheduler.DEFAULT_PRIORITY, serverAffinity, 0);   // not Scheduler.setUp: its resume context names the start, an address only assembly has
        SchedState.init(client, Scheduler.DEFAULT_PRIORITY, 0, 0);
        endpoint = IpcCalls.call(server, Calls.ENDPOINT_CREATE, 0, 0);
        long minted = CapabilityTable.mint(Process.table(serverProcess), endpoint, Rights.SEND, 0x5eed);
        handle = CapabilityTable.move(Process.table(serverProcess), minted, Process.table(clientProcess));
        assertTrue(handle > 0);
        if (serverWaits) {
            assertEquals(0, IpcCalls.call(server, Calls.RECV, endpoint, 0));
            Memory.write32(server + Thread.SCHED + SchedState.STATE, SchedState.BLOCKED);
        }
        Memory.write32(client + Thread.SCHED + SchedState.STATE, SchedState.RUNNING);
        Memory.write32(client + Thread.SCHED + SchedState.LAST_CPU, 0);
        Memory.write32(client + Thread.SCHED + SchedState.QUANTUM_LEFT, 2);
        Cpu.gsWrite64(PerCpu.CURRENT_THREAD, client);
    }

    @AfterEach
    void tearDown() {
        SchedulerState.reset();
        if (ram != null) ram.close();
    }

    void call(long info, long handle) {
        long frame = client + Thread.FRAME;
        UserFrame.set(frame, UserFrame.RAX, Calls.CALL);
        UserFrame.set(frame, UserFrame.RDI, handle);
        IpcCallsTest.registers(client, info, 1, 2, 3, 4);
    }

    /** The bytes the operation may touch: both thread blocks (frames, IPC and scheduler state, records) and the heap's endpoint. */
    byte[] state() {
        long[] blocks = {client, server};
        byte[] out = new byte[2 * Thread.SIZE];
        for (int b = 0; b < 2; b++) {
            for (int i = 0; i < Thread.SIZE; i++) out[b * Thread.SIZE + i] = Memory.read8(blocks[b] + i);
        }
        // The capability record is the general lookup's scratch, which nothing after the operation reads:
        // the fast path, which takes no reference, leaves it as it was.
        int capability = Thread.SPARE + CallRecord.CAPABILITY;
        for (int i = 0; i < CallRecord.DOOMED - CallRecord.CAPABILITY; i++) out[capability + i] = 0;
        return out;
    }

    /** Runs set-up then the fast path (fast) or the general path's operation (IpcCalls.call), returning the state and the fast path's answer. */
    Object[] run(boolean fast, boolean serverWaits, int serverAffinity, long info, boolean badHandle, int[] next) {
        setUp(serverWaits, serverAffinity);
        call(info, badHandle ? handle + 1 : handle);
        long frame = client + Thread.FRAME;
        if (fast) {
            next[0] = IpcFastPath.serve(frame);
        } else {
            IpcCalls.call(client, Calls.CALL, UserFrame.get(frame, UserFrame.RDI), 0);
        }
        byte[] state = state();
        long direct = Scheduler.directSwitches(0);
        tearDown();
        ram = null;
        return new Object[] {state, direct};
    }

    long outcome() {
        return client + Thread.SPARE + CallRecord.OUTCOME;
    }

    void sameAsGeneral(boolean serverWaits, int serverAffinity, long info, boolean badHandle, int expectedNext, String why) {
        int[] next = new int[1];
        Object[] general = run(false, serverWaits, serverAffinity, info, badHandle, next);
        Object[] fast = run(true, serverWaits, serverAffinity, info, badHandle, next);
        assertEquals(expectedNext, next[0], why);
        if (expectedNext == SyscallEntry.NEXT_GENERAL) {
            Object[] untouched = new Object[1];
            // Before the operation: the state is the set-up's, untouched.
            setUp(serverWaits, serverAffinity);
            call(info, badHandle ? handle + 1 : handle);
            untouched[0] = state();
            tearDown();
            ram = null;
            assertArrayEquals((byte[]) untouched[0], (byte[]) fast[0], why + ": nothing changed");
        } else {
            assertArrayEquals((byte[]) general[0], (byte[]) fast[0], why + ": the general path's state");
        }
        assertEquals(0L, fast[1], "no direct switch");
    }

    @Test
    void aMessageWithCapabilitiesOrInTheBufferIsAllGeneral() {
        sameAsGeneral(true, 0, MessageInfo.registers(9, 4, 1), false, SyscallEntry.NEXT_GENERAL, "capabilities");
        sameAsGeneral(true, 0, MessageInfo.buffer(9, 64, 0), false, SyscallEntry.NEXT_GENERAL, "in the buffer");
        sameAsGeneral(true, 0, -1, false, SyscallEntry.NEXT_GENERAL, "an invalid MessageInfo");
    }

    @Test
    void aRefusedHandleIsTheGeneralPathsToName() {
        sameAsGeneral(true, 0, MessageInfo.registers(9, 4, 0), true, SyscallEntry.NEXT_GENERAL, "a handle naming nothing");
        setUp(true, 0);
        call(MessageInfo.registers(9, 4, 0), handle + 1);
        assertEquals(SyscallEntry.NEXT_GENERAL, IpcFastPath.serve(client + Thread.FRAME));
        assertEquals(Errors.EBADF, Syscalls.call(Calls.CALL, handle + 1, 0, 0, 0, 0, 0), "which answers EBADF");
        assertEquals(0, Memory.read64(Process.table(clientProcess)), "the table's lock is free");
        setUp(true, 0);
        long receiveOnly = CapabilityTable.mint(Process.table(serverProcess), endpoint, Rights.RECEIVE, 0);
        long moved = CapabilityTable.move(Process.table(serverProcess), receiveOnly, Process.table(clientProcess));
        call(MessageInfo.registers(9, 4, 0), moved);
        assertEquals(SyscallEntry.NEXT_GENERAL, IpcFastPath.serve(client + Thread.FRAME), "a call without the SEND right");
        assertEquals(0, Memory.read64(Process.table(clientProcess)), "the table's lock is free");
    }

    @Test
    void noReceiverWaitingIsAllGeneral() {
        sameAsGeneral(false, 0, MessageInfo.registers(9, 4, 0), false, SyscallEntry.NEXT_GENERAL, "the caller would queue");
    }

    @Test
    void aPartnerOnAnotherCpuHandsOverWithNothingClaimed() {
        sameAsGeneral(true, 1, MessageInfo.registers(9, 4, 0), false, SyscallEntry.NEXT_IPC_COMPLETE, "the server is pinned to cpu 1");
        setUp(true, 1);
        call(MessageInfo.registers(9, 4, 0), handle);
        assertEquals(SyscallEntry.NEXT_IPC_COMPLETE, IpcFastPath.serve(client + Thread.FRAME));
        assertEquals(SchedState.BLOCKED, Memory.read32(server + Thread.SCHED + SchedState.STATE), "the partner is not claimed");
        assertEquals(SchedState.RUNNING, Memory.read32(client + Thread.SCHED + SchedState.STATE), "the caller blocks in the general path");
        assertEquals(server, Outcome.switchTo(outcome()), "the general path wakes the partner from the outcome");
        assertEquals(0x5eed, UserFrame.get(server + Thread.FRAME, UserFrame.RDI), "the message was delivered with the badge");
    }

    @Test
    void aProgramWithoutAProcessIsAllGeneral() {
        setUp(true, 0);
        long orphan = Heap.allocate(Thread.SIZE);
        Memory.fill(orphan, (byte) 0, Thread.SIZE);
        Cpu.gsWrite64(PerCpu.CURRENT_THREAD, orphan);
        UserFrame.set(orphan + Thread.FRAME, UserFrame.RSI, MessageInfo.registers(9, 4, 0));
        assertEquals(SyscallEntry.NEXT_GENERAL, IpcFastPath.serve(orphan + Thread.FRAME));
        assertEquals(Errors.EBADF, Syscalls.call(Calls.CALL, handle, 0, 0, 0, 0, 0), "which answers EBADF");
    }
}
