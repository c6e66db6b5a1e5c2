package jos.kernel.scenario;

import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.console.Log;
import jos.kernel.ipc.IpcState;
import jos.kernel.ipc.Notifications;
import jos.kernel.ipc.Outcome;
import jos.kernel.memory.Heap;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.process.UserImage;
import jos.kernel.process.UserThread;
import jos.kernel.sched.SchedState;
import jos.kernel.sched.Scheduler;
import jos.limine.File;

/**
 * test=load: 8 processes free to run on any CPU, 4 servers (LoadServer.java) one priority above 4
 * clients (LoadClient.java, two of them one below the other two). Server j receives on endpoint j, has
 * notification j bound to its thread, and (j < 3) a SEND capability to server j + 1's endpoint, badged
 * 0x100 + j, on which it forwards a message every FORWARD_EVERY calls it serves (a chain, so no cycle of
 * senders can block). Client c has SEND capabilities to every server's endpoint, badged c + 1, and
 * SIGNAL capabilities to every server's notification; it calls the servers in turn with checksummed
 * words and signals them now and then. Servers and clients learn their index from a notification of
 * their own, which the scenario signals with (index + 1) << 8. Every party prints its counts and sums;
 * QemuBootIT checks that they match exactly, and that every frame and heap block comes back.
 */
final class LoadScenario {
    static final int SERVERS = 4, CLIENTS = 4, PROCESSES = SERVERS + CLIENTS;
    static final long[] PROCESS = new long[PROCESSES], THREAD = new long[PROCESSES];
    /** Capabilities the scenario's own table holds while it hands them out. */
    static final int TABLE_SLOTS = 64;
    static final int SERVER_PRIORITY = Scheduler.DEFAULT_PRIORITY + 4, LOW_CLIENT = Scheduler.DEFAULT_PRIORITY - 4;
    static final long[] OUTCOME = new long[Outcome.SIZE / 8];
    /** The handles (of the scenario's table) a process gets, in order; 0 ends the list. */
    static final long[] GIVE = new long[16];
    /** The scenario table's handles to the endpoints and notifications, and the notifications' blocks. */
    static final long[] ENDPOINTS = new long[SERVERS], NOTIFICATIONS = new long[PROCESSES], OBJECTS = new long[PROCESSES];

    private LoadScenario() {
    }

    static void run() {
        long freeBefore = ProcessScenarios.freeNow(), heapBefore = Heap.bytesInUse();
        long table = CapabilityTable.create(TABLE_SLOTS);
        if (table == 0) {
            Log.println("test load: no room for a table");
            return;
        }
        long[] endpoints = ENDPOINTS, notifications = NOTIFICATIONS, objects = OBJECTS;
        for (int j = 0; j < SERVERS; j++) {
            long endpoint = Objects.endpoint();
            if (endpoint == 0) return;
            endpoints[j] = CapabilityTable.insert(table, Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), endpoint);
        }
        for (int p = 0; p < PROCESSES; p++) {
            objects[p] = Objects.notification();
            if (objects[p] == 0) return;
            notifications[p] = CapabilityTable.insert(table, Kinds.NOTIFICATION, Rights.of(Kinds.NOTIFICATION), objects[p]);
            long outcome = Memory.addressOf(OUTCOME);
            Memory.fill(outcome, (byte) 0, Outcome.SIZE);
            Notifications.signal(objects[p], (long) ((p < SERVERS ? p : p - SERVERS) + 1) << 8, outcome);
        }
        Log.print("test load: ");
        Log.dec(SERVERS);
        Log.print(" servers and ");
        Log.dec(CLIENTS);
        Log.print(" clients on ");
        Log.dec(Scheduler.cpus());
        Log.println(" cpus");
        for (int j = 0; j < SERVERS; j++) {
            GIVE[0] = CapabilityTable.copy(table, endpoints[j], table);
            GIVE[1] = CapabilityTable.copy(table, notifications[j], table);
            GIVE[2] = j + 1 < SERVERS ? CapabilityTable.mint(table, endpoints[j + 1], Rights.SEND, 0x100 + j) : 0;
            GIVE[3] = 0;
            if (!spawn(j, "/loadserver.elf", SERVER_PRIORITY, table)) return;
            if (Notifications.bind(objects[j], THREAD[j]) != 0) Log.println("test load: cannot bind a server's notification");
        }
        for (int c = 0; c < CLIENTS; c++) {
            for (int j = 0; j < SERVERS; j++) {
                GIVE[j] = CapabilityTable.mint(table, endpoints[j], Rights.SEND, c + 1);
                GIVE[SERVERS + j] = CapabilityTable.mint(table, notifications[j], Rights.SIGNAL, 0);
            }
            GIVE[2 * SERVERS] = CapabilityTable.copy(table, notifications[SERVERS + c], table);
            GIVE[2 * SERVERS + 1] = 0;
            if (!spawn(SERVERS + c, "/loadclient.elf", c < 2 ? Scheduler.DEFAULT_PRIORITY : LOW_CLIENT, table)) return;
        }
        ProcessScenarios.closeTable(table);
        for (int p = 0; p < PROCESSES; p++) UserThread.start(THREAD[p]);
        for (int p = PROCESSES - 1; p >= 0; p--) finish(p);
        for (int cpu = 0; cpu < Scheduler.cpus(); cpu++) {
            Log.print("test load: cpu ");
            Log.dec(cpu);
            Log.print(" made ");
            Log.dec(Scheduler.switches(cpu));
            Log.print(" switches, took ");
            Log.dec(Scheduler.taken(cpu));
            Log.println(" threads from other cpus");
        }
        ProcessScenarios.reportMemory("load", freeBefore, heapBefore);
    }

    /** Makes the process in slot from the module ending in suffix, moving GIVE's handles into its table in order; false after a report. */
    static boolean spawn(int slot, String suffix, int priority, long table) {
        long file = BootInfo.moduleEndingWith(suffix);
        long root = file == 0 ? 0 : UserImage.load(File.address(file), File.size(file), Scenarios.PROBLEM);
        long process = root == 0 ? 0 : Process.adopt(ProcessScenarios.CAPACITY, root);
        long thread = process == 0 ? 0 : UserThread.create(File.path(file), root, UserImage.entry(File.address(file)), UserImage.STACK_TOP,
                priority, SchedState.ANY_CPU);
        if (thread == 0) {
            Log.print("test load: cannot make a process of ");
            Log.println(suffix);
            if (process == 0 && root != 0) UserAddressSpace.destroy(root);
            return false;
        }
        IpcState.init(thread, 0, slot + 1);
        Process.attach(process, thread);
        PROCESS[slot] = process;
        THREAD[slot] = thread;
        for (int i = 0; GIVE[i] != 0; i++) {
            long given = CapabilityTable.move(table, GIVE[i], Process.table(process));
            if (given != Handle.of(i, Handle.FIRST_GENERATION)) {
                Log.print("test load: a capability did not reach its slot in ");
                Log.println(suffix);
                return false;
            }
        }
        return true;
    }

    /** As ProcessScenarios.finish, for this scenario's eight slots. */
    static void finish(int slot) {
        ProcessScenarios.PROCESSES[0] = PROCESS[slot];
        ProcessScenarios.THREADS[0] = THREAD[slot];
        ProcessScenarios.finish(0);
    }
}
