package jos.kernel.scenario;

import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Atomic;
import jos.hw.Memory;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.console.Log;
import jos.kernel.memory.Heap;
import jos.kernel.smp.ApplicationProcessors;
import jos.kernel.x86.PerCpu;

/**
 * test=capabilities: every CPU copies, mints, moves and deletes capabilities in two shared tables at
 * once (both directions between them), then every CPU deletes its copy of the same objects at once.
 * The bootstrap CPU reports each object's references (1 each: only its root is left), the tables' use,
 * how many objects had their last reference reported exactly once, and the operations that failed.
 */
final class CapabilityScenario {
    /** The ApTasks task number of both phases (the phase is in STATE[PHASE]). */
    static final int TASK = 40;
    /** Rounds of copy, mint, move and delete each CPU makes. */
    static final int ROUNDS = 2000;
    /** Objects whose copies every CPU deletes at once. */
    static final int SHARED = 64;

    /** The two tables, then the per-CPU roots' objects, records and handles. */
    private static final long[] TABLES = new long[2];
    private static final long[] OBJECTS = new long[ApplicationProcessors.MAX_CPUS];
    private static final long[] ROOTS = new long[ApplicationProcessors.MAX_CPUS];
    private static final long[] RECORDS = new long[ApplicationProcessors.MAX_CPUS];
    /** The shared objects, each CPU's handle to each (cpu * SHARED + i), and how often each was reported last. */
    private static final long[] SHARED_OBJECTS = new long[SHARED];
    private static final long[] SHARED_HANDLES = new long[ApplicationProcessors.MAX_CPUS * SHARED];
    private static final int[] LAST = new int[SHARED];
    /** [0] = the phase (1: churn, 2: delete the shared copies), [1] = failed operations (atomic). */
    private static final int[] STATE = new int[2];
    private static final int PHASE = 0, FAILURES = 1;

    private CapabilityScenario() {
    }

    static void run() {
        int cpus = ApplicationProcessors.running();
        TABLES[0] = CapabilityTable.create(1024);
        TABLES[1] = CapabilityTable.create(1024);
        for (int c = 0; c < cpus; c++) {
            OBJECTS[c] = newObject(Kinds.ENDPOINT);
            RECORDS[c] = Heap.allocate(Capability.SIZE);
            ROOTS[c] = CapabilityTable.insert(TABLES[c % 2], Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), OBJECTS[c]);
        }
        for (int i = 0; i < SHARED; i++) {
            SHARED_OBJECTS[i] = newObject(Kinds.NOTIFICATION);
            long root = CapabilityTable.insert(TABLES[0], Kinds.NOTIFICATION, Rights.of(Kinds.NOTIFICATION), SHARED_OBJECTS[i]);
            for (int c = 0; c < cpus; c++) SHARED_HANDLES[c * SHARED + i] = CapabilityTable.copy(TABLES[0], root, TABLES[(c + i) % 2]);
            CapabilityTable.delete(TABLES[0], root, RECORDS[0]);
        }
        Log.print("test capabilities: ");
        Log.dec(cpus);
        Log.println(" cpus share two tables");
        int finished = 0;
        for (int phase = 1; phase <= 2; phase++) {
            Atomic.store32(Memory.addressOf(STATE) + 4L * PHASE, phase);
            ApTasks.startOnAll(TASK);
            onThisCpu();
            finished = ApTasks.awaitAll() + 1;
        }
        Log.print("test capabilities: ");
        Log.dec(finished);
        Log.print(" cpus finished; references");
        for (int c = 0; c < cpus; c++) {
            Log.print(" ");
            Log.dec(KernelObject.references(OBJECTS[c]));
        }
        Log.print("; used ");
        Log.dec(CapabilityTable.used(TABLES[0]));
        Log.print(" ");
        Log.dec(CapabilityTable.used(TABLES[1]));
        int once = 0;
        for (int i = 0; i < SHARED; i++) {
            if (Atomic.load32(Memory.addressOf(LAST) + 4L * i) == 1 && KernelObject.references(SHARED_OBJECTS[i]) == 0) once++;
        }
        Log.print("; last reference reported once for ");
        Log.dec(once);
        Log.print(" of ");
        Log.dec(SHARED);
        Log.print("; failures ");
        Log.dec(Atomic.load32(Memory.addressOf(STATE) + 4L * FAILURES));
        Log.newline();
    }

    private static long newObject(int kind) {
        long o = Heap.allocate(64);
        KernelObject.init(o, kind);
        return o;
    }

    /** This CPU's part of the current phase (the bootstrap CPU's and, as task TASK, every AP's). */
    static void onThisCpu() {
        int cpu = PerCpu.cpuId();
        if (Atomic.load32(Memory.addressOf(STATE) + 4L * PHASE) == 1) churn(cpu);
        else deleteShared(cpu);
    }

    private static void churn(int cpu) {
        long record = RECORDS[cpu];
        long home = TABLES[cpu % 2];
        for (int i = 0; i < ROUNDS; i++) {
            long there = TABLES[(cpu + i) % 2], elsewhere = TABLES[(cpu + i + 1) % 2];
            long copy = CapabilityTable.copy(home, ROOTS[cpu], there);
            long minted = CapabilityTable.mint(there, copy, Rights.SEND, 0);
            long moved = CapabilityTable.move(there, minted, elsewhere);
            check(Handle.wellFormed(copy) && Handle.wellFormed(minted) && Handle.wellFormed(moved));
            check(CapabilityTable.lookup(elsewhere, moved, Kinds.ENDPOINT, Rights.SEND, record) == 0 && Capability.object(record) == OBJECTS[cpu]);
            check(KernelObject.release(OBJECTS[cpu]) > 0);
            check(CapabilityTable.delete(there, copy, record) == CapabilityTable.KEPT);
            check(CapabilityTable.delete(elsewhere, moved, record) == CapabilityTable.KEPT);
            check(CapabilityTable.delete(there, minted, record) < 0);
        }
    }

    private static void deleteShared(int cpu) {
        long record = RECORDS[cpu];
        for (int i = 0; i < SHARED; i++) {
            long result = CapabilityTable.delete(TABLES[(cpu + i) % 2], SHARED_HANDLES[cpu * SHARED + i], record);
            check(result >= 0 && Capability.object(record) == SHARED_OBJECTS[i]);
            if (result == CapabilityTable.LAST) Atomic.getAndAdd32(Memory.addressOf(LAST) + 4L * i, 1);
        }
    }

    private static void check(boolean ok) {
        if (!ok) Atomic.getAndAdd32(Memory.addressOf(STATE) + 4L * FAILURES, 1);
    }
}
