package jos.kernel.scenario;

import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.console.Log;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.process.UserThread;
import jos.kernel.sched.Scheduler;

/**
 * test=ipc-bench (scripts/bench ipc, QemuBootIT): IpcBenchClient on cpu 0 measures the null system call,
 * call/reply round trips to an IpcBenchServer on cpu 0 and one on cpu 1, and signal-to-wake with each;
 * the scenario gives the three processes their endpoints and notifications and reports how many direct
 * switches (the IPC fast path) each CPU made meanwhile.
 */
final class IpcBenchScenario {
    /** Process slots (ProcessScenarios): the same-CPU server, the cross-CPU server, the client. */
    static final int NEAR = 0, FAR = 1, CLIENT = 2;
    /** The scenario's objects, in the client's slot order: two endpoints, then each server's in and out notification. */
    static final int OBJECTS = 6;
    static final long[] HANDLES = new long[OBJECTS];

    private IpcBenchScenario() {
    }

    static void run() {
        if (Scheduler.cpus() < 2) {
            Log.println("test ipc-bench: needs two cpus");
            return;
        }
        long table = CapabilityTable.create(ProcessScenarios.TABLE_SLOTS);
        if (table == 0) {
            Log.println("test ipc-bench: no room for a table");
            return;
        }
        for (int i = 0; i < OBJECTS; i++) {
            int kind = i < 2 ? Kinds.ENDPOINT : Kinds.NOTIFICATION;
            long object = i < 2 ? Objects.endpoint() : Objects.notification();
            HANDLES[i] = object == 0 ? -1 : CapabilityTable.insert(table, kind, Rights.of(kind), object);
            if (HANDLES[i] < 0) {
                Log.println("test ipc-bench: no room for the objects");
                ProcessScenarios.closeTable(table);
                return;
            }
        }
        boolean made = ProcessScenarios.spawn(NEAR, "/ipcbenchserver.elf", 0, table, HANDLES[0], true)
                && give(NEAR, table, 2, 3)
                && ProcessScenarios.spawn(FAR, "/ipcbenchserver.elf", 1, table, HANDLES[1], true)
                && give(FAR, table, 4, 5)
                && ProcessScenarios.spawn(CLIENT, "/ipcbenchclient.elf", 0, table, HANDLES[0], true)
                && give(CLIENT, table, 1, 5);
        ProcessScenarios.closeTable(table);
        if (!made) return;
        long near = Scheduler.directSwitches(0), far = Scheduler.directSwitches(1);
        Log.println("test ipc-bench: servers on cpu 0 and cpu 1, the client on cpu 0");
        UserThread.start(ProcessScenarios.THREADS[NEAR]);
        UserThread.start(ProcessScenarios.THREADS[FAR]);
        UserThread.start(ProcessScenarios.THREADS[CLIENT]);
        ProcessScenarios.finish(CLIENT);
        ProcessScenarios.finish(NEAR);
        ProcessScenarios.finish(FAR);
        Log.print("test ipc-bench: direct switches: cpu 0 ");
        Log.dec(Scheduler.directSwitches(0) - near);
        Log.print(", cpu 1 ");
        Log.dec(Scheduler.directSwitches(1) - far);
        Log.newline();
    }

    /** Copies the scenario's handles first to last into slot's process, each into its next slot; false after a report. */
    private static boolean give(int slot, long table, int first, int last) {
        long to = Process.table(ProcessScenarios.PROCESSES[slot]);
        for (int i = first; i <= last; i++) {
            long given = CapabilityTable.copy(table, HANDLES[i], to);
            if (given != Handle.of(slot == CLIENT ? i : i - first + 1, Handle.FIRST_GENERATION)) {
                Log.println("test ipc-bench: a capability is not in the slot the program expects");
                return false;
            }
        }
        return true;
    }
}
