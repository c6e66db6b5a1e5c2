package jos.kernel.scenario;

import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.console.Log;
import jos.kernel.ipc.Notifications;
import jos.kernel.ipc.Outcome;
import jos.kernel.memory.Heap;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.process.UserThread;
import jos.kernel.sched.Scheduler;

/**
 * test=fuzz: four fuzzer processes (Fuzzer.java), one pinned to each CPU, each making 250,000 system
 * calls with random numbers, handles and arguments. The seed is the command line's fuzz-seed (a
 * non-negative int) or, without one, taken from the TSC; it is printed first, so a failure is replayed by
 * booting with it. Each fuzzer's first capability is its own notification, signalled with
 * (seed << 8) | (index + 1) before it starts: how it learns the seed and which fuzzer it is; slots 1
 * and 2 are an endpoint and a notification all four hold, so their capabilities race across CPUs. The kernel
 * must not panic, every fuzzer must exit with its count, and every frame and heap block must come back.
 */
final class FuzzScenario {
    static final int FUZZERS = 4;
    /** Where signal reports whom it woke (nobody waits on a notification no process has run with). */
    static final long[] OUTCOME = new long[Outcome.SIZE / 8];

    private FuzzScenario() {
    }

    /** seed: the command line's fuzz-seed, or -1 for one from the TSC. */
    static void run(int seed) {
        long freeBefore = ProcessScenarios.freeNow(), heapBefore = Heap.bytesInUse();
        if (seed < 0) seed = (int) (Cpu.rdtsc() & 0x7fff_ffff);
        int cpus = Scheduler.cpus();
        Log.print("test fuzz: seed ");
        Log.dec(seed);
        Log.print(", ");
        Log.dec(FUZZERS);
        Log.print(" fuzzers on ");
        Log.dec(cpus);
        Log.println(" cpus");
        long shared = CapabilityTable.create(ProcessScenarios.TABLE_SLOTS);
        long endpoint = Objects.endpoint(), note = Objects.notification();
        if (shared == 0 || endpoint == 0 || note == 0) {
            Log.println("test fuzz: no room for the shared objects");
            return;
        }
        long sharedEndpoint = CapabilityTable.insert(shared, Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), endpoint);
        long sharedNotification = CapabilityTable.insert(shared, Kinds.NOTIFICATION, Rights.of(Kinds.NOTIFICATION), note);
        for (int i = 0; i < FUZZERS; i++) {
            long notification = Objects.notification();
            long table = CapabilityTable.create(ProcessScenarios.TABLE_SLOTS);
            if (notification == 0 || table == 0) {
                Log.println("test fuzz: no room for a notification");
                return;
            }
            long handle = CapabilityTable.insert(table, Kinds.NOTIFICATION, Rights.of(Kinds.NOTIFICATION), notification);
            long outcome = Memory.addressOf(OUTCOME);
            Memory.fill(outcome, (byte) 0, Outcome.SIZE);
            Notifications.signal(notification, (long) seed << 8 | (i + 1), outcome);
            if (!ProcessScenarios.spawn(i, "/fuzzer.elf", i % cpus, table, handle, false)) return;
            ProcessScenarios.closeTable(table);
            long to = Process.table(ProcessScenarios.PROCESSES[i]);
            if (CapabilityTable.copy(shared, sharedEndpoint, to) != Handle.of(1, Handle.FIRST_GENERATION)
                    || CapabilityTable.copy(shared, sharedNotification, to) != Handle.of(2, Handle.FIRST_GENERATION)) {
                Log.println("test fuzz: the shared capabilities did not reach slots 1 and 2");
                return;
            }
        }
        ProcessScenarios.closeTable(shared);
        for (int i = 0; i < FUZZERS; i++) UserThread.start(ProcessScenarios.THREADS[i]);
        for (int i = 0; i < FUZZERS; i++) ProcessScenarios.finish(i);
        ProcessScenarios.reportMemory("fuzz", freeBefore, heapBefore);
    }
}
