package jos.kernel.scenario;

import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.kernel.boot.limine.CommandLine;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.console.Log;
import jos.kernel.memory.Heap;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.process.UserThread;

/**
 * IPC through user programs' IPC buffers (QemuBootIT): 4 KiB checksummed messages between two processes
 * on one CPU and across two (test=ipc-buffers, ipc-buffers-smp), and a capability passed by a client
 * through a server to a third process, which uses it (test=ipc-grant). Each ends with the memory line
 * ProcessScenarios.reportMemory prints: the buffers' frames come back with their threads.
 */
final class BufferScenarios {
    /** Round trips across two CPUs, each waking the other CPU by IPI. */
    static final long SMP_ROUNDS = 100_000;
    /** The badge the client's capability carries in ipc-grant (the server checks it). */
    static final long CLIENT_BADGE = 1;

    private BufferScenarios() {
    }

    /** Runs the scenario the command line names if it is one of these; false if it is not. */
    static boolean run(long commandLine) {
        if (CommandLine.has(commandLine, "test", "ipc-buffers")) {
            pingPong("ipc-buffers", 0, 0, 100_000);
        } else if (CommandLine.has(commandLine, "test", "ipc-buffers-smp")) {
            pingPong("ipc-buffers-smp", 1, 0, SMP_ROUNDS);
        } else if (CommandLine.has(commandLine, "test", "ipc-grant")) {
            grant();
        } else {
            return false;
        }
        return true;
    }

    /**
     * BufPingServer on serverCpu and BufPingClient on clientCpu on one endpoint, the client's capability
     * SEND only and badged with the number of round trips.
     */
    static void pingPong(String name, int serverCpu, int clientCpu, long rounds) {
        long freeBefore = ProcessScenarios.freeNow(), heapBefore = Heap.bytesInUse();
        long endpoint = Objects.endpoint();
        long table = CapabilityTable.create(ProcessScenarios.TABLE_SLOTS);
        if (endpoint == 0 || table == 0) {
            Log.println("test ipc-buffers: no room for the endpoint");
            return;
        }
        long all = CapabilityTable.insert(table, Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), endpoint);
        long client = CapabilityTable.mint(table, all, Rights.SEND, rounds);
        if (!ProcessScenarios.spawn(0, "/bufpingserver.elf", serverCpu, table, all, true)
                || !ProcessScenarios.spawn(1, "/bufpingclient.elf", clientCpu, table, client, false)) return;
        ProcessScenarios.closeTable(table);
        Log.print("test ");
        Log.print(name);
        Log.print(": server on cpu ");
        Log.dec(serverCpu);
        Log.print(", client on cpu ");
        Log.dec(clientCpu);
        Log.print(", ");
        Log.dec(rounds);
        Log.println(" round trips of 4096 bytes");
        UserThread.start(ProcessScenarios.THREADS[0]);
        UserThread.start(ProcessScenarios.THREADS[1]);
        ProcessScenarios.finish(1);
        ProcessScenarios.finish(0);
        ProcessScenarios.reportMemory(name, freeBefore, heapBefore);
    }

    /**
     * GrantServer (cpu 1 if there is one) receives on one endpoint and holds SEND and GRANT to a second,
     * on which GrantUser (the third process) receives; GrantClient has SEND and GRANT, badged, to the
     * first. The client's notification travels client to server to third process, which signals it.
     */
    static void grant() {
        long freeBefore = ProcessScenarios.freeNow(), heapBefore = Heap.bytesInUse();
        long first = Objects.endpoint(), second = Objects.endpoint();
        long table = CapabilityTable.create(ProcessScenarios.TABLE_SLOTS);
        if (first == 0 || second == 0 || table == 0) {
            Log.println("test ipc-grant: no room for the endpoints");
            return;
        }
        long serverEnd = CapabilityTable.insert(table, Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), first);
        long thirdEnd = CapabilityTable.insert(table, Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), second);
        long toThird = CapabilityTable.mint(table, thirdEnd, Rights.SEND | Rights.GRANT, 0);
        long client = CapabilityTable.mint(table, serverEnd, Rights.SEND | Rights.GRANT, CLIENT_BADGE);
        long third = CapabilityTable.mint(table, thirdEnd, Rights.RECEIVE, 0);
        int other = jos.kernel.sched.Scheduler.cpus() > 1 ? 1 : 0;
        if (!ProcessScenarios.spawn(0, "/grantserver.elf", other, table, serverEnd, true)) return;
        if (CapabilityTable.move(table, toThird, Process.table(ProcessScenarios.PROCESSES[0])) != Handle.of(1, Handle.FIRST_GENERATION)) {
            Log.println("test ipc-grant: the server's second capability is not in slot 1");
            return;
        }
        if (!ProcessScenarios.spawn(1, "/grantclient.elf", 0, table, client, false)
                || !ProcessScenarios.spawn(2, "/grantuser.elf", other, table, third, false)) return;
        ProcessScenarios.closeTable(table);
        Log.print("test ipc-grant: a client on cpu 0, a server and a third process on cpu ");
        Log.dec(other);
        Log.newline();
        for (int slot = 0; slot < 3; slot++) UserThread.start(ProcessScenarios.THREADS[slot]);
        ProcessScenarios.finish(1);
        ProcessScenarios.finish(0);
        ProcessScenarios.finish(2);
        ProcessScenarios.reportMemory("ipc-grant", freeBefore, heapBefore);
    }
}
