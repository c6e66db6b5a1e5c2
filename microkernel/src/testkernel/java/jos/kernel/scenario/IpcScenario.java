package jos.kernel.scenario;

import jos.abi.Errors;
import jos.abi.IpcBuffer;
import jos.abi.MessageInfo;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.console.Log;
import jos.kernel.ipc.Endpoint;
import jos.kernel.ipc.Ipc;
import jos.kernel.ipc.IpcState;
import jos.kernel.ipc.Outcome;
import jos.kernel.memory.Heap;
import jos.kernel.sched.Thread;
import jos.kernel.x86.user.UserFrame;

/**
 * test=ipc-states: the IPC state machine compiled for the kernel and run on the machine, before any
 * system call reaches it: a client and a server (thread blocks from the heap, driven by hand as the
 * syscall layer will) make ROUND_TRIPS register calls answered by reply_recv, with checksums of what was
 * sent and received; then a 4096-byte buffer message, and the server's death failing the caller.
 */
final class IpcScenario {
    static final int ROUND_TRIPS = 100_000;

    private IpcScenario() {
    }

    static void run() {
        long client = Heap.allocate(Thread.SIZE);
        long server = Heap.allocate(Thread.SIZE);
        long clientBuffer = Heap.allocate(IpcBuffer.SIZE);
        long serverBuffer = Heap.allocate(IpcBuffer.SIZE);
        long endpoint = Heap.allocate(Endpoint.SIZE);
        long outcome = Heap.allocate(Outcome.SIZE);
        if (client == 0 || server == 0 || clientBuffer == 0 || serverBuffer == 0 || endpoint == 0 || outcome == 0) {
            Log.println("test ipc-states: out of kernel heap");
            return;
        }
        IpcState.init(client, clientBuffer, 1);
        IpcState.init(server, serverBuffer, 1);
        Endpoint.init(endpoint);
        long clientFrame = client + Thread.FRAME;
        long serverFrame = server + Thread.FRAME;

        Ipc.recv(server, endpoint, outcome);
        long sent = 0;
        long received = 0;
        long errors = Outcome.blocked(outcome) ? 0 : 1;
        long start = Cpu.rdtsc();
        for (long i = 0; i < ROUND_TRIPS; i++) {
            UserFrame.set(clientFrame, UserFrame.RSI, MessageInfo.registers(1, 4, 0));
            UserFrame.set(clientFrame, UserFrame.RDX, i);
            UserFrame.set(clientFrame, UserFrame.R10, i * 3);
            UserFrame.set(clientFrame, UserFrame.R8, ~i);
            UserFrame.set(clientFrame, UserFrame.R9, i << 7);
            sent += i + i * 3 + ~i + (i << 7);
            Ipc.call(client, endpoint, 42, outcome);
            if (!Outcome.blocked(outcome) || Outcome.switchTo(outcome) != server) errors++;
            if (UserFrame.get(serverFrame, UserFrame.RDI) != 42) errors++;
            long word = UserFrame.get(serverFrame, UserFrame.RDX);
            received += word + UserFrame.get(serverFrame, UserFrame.R10) + UserFrame.get(serverFrame, UserFrame.R8)
                    + UserFrame.get(serverFrame, UserFrame.R9);
            UserFrame.set(serverFrame, UserFrame.RSI, MessageInfo.registers(2, 1, 0));
            UserFrame.set(serverFrame, UserFrame.RDX, word + 1);
            Ipc.replyRecv(server, endpoint, outcome);
            if (!Outcome.blocked(outcome) || Outcome.switchTo(outcome) != client) errors++;
            if (UserFrame.get(clientFrame, UserFrame.RAX) != 0 || UserFrame.get(clientFrame, UserFrame.RDX) != i + 1) errors++;
        }
        long cycles = Cpu.rdtsc() - start;

        long bufferErrors = 0;
        for (int b = 0; b < IpcBuffer.DATA_BYTES; b++) Memory.write8(clientBuffer + IpcBuffer.DATA + b, (byte) (b * 7 + 3));
        UserFrame.set(clientFrame, UserFrame.RSI, MessageInfo.buffer(3, IpcBuffer.DATA_BYTES, 0));
        Ipc.call(client, endpoint, 42, outcome);
        for (int b = 0; b < IpcBuffer.DATA_BYTES; b++) {
            if (Memory.read8(serverBuffer + IpcBuffer.DATA + b) != (byte) (b * 7 + 3)) bufferErrors++;
        }
        Ipc.cancel(server, outcome);
        boolean epipe = Outcome.woken(outcome, 0) == client && UserFrame.get(clientFrame, UserFrame.RAX) == Errors.EPIPE;

        Log.print("test ipc-states: ");
        Log.dec(ROUND_TRIPS);
        Log.print(" round trips, ");
        Log.dec(errors);
        Log.print(sent == received ? " errors, sums agree; " : " errors, sums DIFFER; ");
        Log.dec(cycles / ROUND_TRIPS);
        Log.println(" cycles a round trip");
        Log.print("test ipc-states: 4096-byte message, ");
        Log.dec(bufferErrors);
        Log.print(" bytes wrong; a dead server's caller ");
        Log.println(epipe ? "gets EPIPE" : "is NOT woken with EPIPE");
        Heap.free(client);
        Heap.free(server);
        Heap.free(clientBuffer);
        Heap.free(serverBuffer);
        Heap.free(endpoint);
        Heap.free(outcome);
    }
}
