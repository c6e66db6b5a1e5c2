package jos.kernel.scenario;

import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.console.Log;
import jos.kernel.ipc.IpcState;
import jos.kernel.memory.FrameAllocator;
import jos.kernel.memory.Heap;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.process.FirstProcess;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.kernel.process.UserImage;
import jos.kernel.process.UserThread;
import jos.kernel.sched.Scheduler;
import jos.kernel.time.Clock;
import jos.limine.File;

/**
 * Processes talking through system calls (QemuBootIT): the scenario makes each process from a boot
 * module with its first capabilities (slot 0 an endpoint), starts its one thread, and waits for every
 * process to end; the free memory before and after shows that each teardown gave everything back.
 */
final class ProcessScenarios {
    /** The processes and their threads, by slot. */
    static final int SLOTS = 4;
    static final long[] PROCESSES = new long[SLOTS], THREADS = new long[SLOTS];
    /** Capability slots a scenario's process gets. */
    static final int CAPACITY = 64;
    /** Slots of the scenario's own table, from which it hands out the first capabilities. */
    static final int TABLE_SLOTS = 8;
    /** The record the scenario's table drains into (a capability.Capability). */
    static final long[] RECORD = new long[Capability.SIZE / 8];
    /** Round trips across two CPUs: each wakes the other CPU by IPI (0.06 to 0.3 ms a round trip under TCG, by host load). */
    static final long SMP_ROUNDS = 100_000;
    /** How long the kill scenario waits for the client's call to be taken. */
    static final long KILL_WAIT_SPINS = 10_000_000_000L;

    private ProcessScenarios() {
    }

    /**
     * test=ipc-pingpong (serverCpu == clientCpu == 0) and ipc-pingpong-smp (the server on cpu 1): a client
     * and a server process on one endpoint, the client's capability SEND only and badged with the number
     * of round trips to make (the server tells the client, answering its first call).
     */
    static void pingPong(String name, int serverCpu, int clientCpu, long rounds) {
        long freeBefore = freeNow(), heapBefore = Heap.bytesInUse();
        long endpoint = Objects.endpoint();
        long table = CapabilityTable.create(TABLE_SLOTS);
        if (endpoint == 0 || table == 0) {
            Log.println("test ipc: no room for the endpoint");
            return;
        }
        long all = CapabilityTable.insert(table, Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), endpoint);
        long client = CapabilityTable.mint(table, all, Rights.SEND, rounds);
        if (!spawn(0, "/pingserver.elf", serverCpu, table, all, true) || !spawn(1, "/pingclient.elf", clientCpu, table, client, false)) return;
        closeTable(table);
        Log.print("test ");
        Log.print(name);
        Log.print(": server on cpu ");
        Log.dec(serverCpu);
        Log.print(", client on cpu ");
        Log.dec(clientCpu);
        Log.print(", ");
        Log.dec(rounds);
        Log.println(" round trips");
        UserThread.start(THREADS[0]);
        UserThread.start(THREADS[1]);
        finish(1);
        finish(0);
        reportMemory(name, freeBefore, heapBefore);
    }

    /**
     * test=ipc-kill: a server (HoldServer) takes a call from a client (CallOnce), both on cpu 1, and never
     * answers; the scenario kills the server then: its teardown fails the client's call with EPIPE, and
     * the client goes on to exit.
     */
    static void killDuringCall() {
        long freeBefore = freeNow(), heapBefore = Heap.bytesInUse();
        long endpoint = Objects.endpoint();
        long table = CapabilityTable.create(TABLE_SLOTS);
        if (endpoint == 0 || table == 0) {
            Log.println("test ipc: no room for the endpoint");
            return;
        }
        long all = CapabilityTable.insert(table, Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), endpoint);
        if (!spawn(0, "/holdserver.elf", 1, table, all, true) || !spawn(1, "/callonce.elf", 1, table, all, true)) return;
        closeTable(table);
        UserThread.start(THREADS[0]);
        UserThread.start(THREADS[1]);
        long spins = 0;
        while (IpcState.state(THREADS[1]) != IpcState.AWAITING_REPLY && spins < KILL_WAIT_SPINS) {
            Cpu.pause();
            spins++;
        }
        Log.print("test ipc-kill: the client ");
        Log.print(IpcState.state(THREADS[1]) == IpcState.AWAITING_REPLY ? "waits for its reply" : "never got its call taken");
        Log.println("; killing the server");
        UserThread.kill(THREADS[0]);
        finish(0);
        finish(1);
        reportMemory("ipc-kill", freeBefore, heapBefore);
    }

    /**
     * test=process-spawn: the first process (Spawner), started as the product kernel starts it
     * (FirstProcess: a MODULE capability per boot module and the boot record), spawns a child that exits
     * with 7 and one that spins until it kills it, reading each one's status; every frame comes back.
     */
    static void spawnKill() {
        long freeBefore = freeNow(), heapBefore = Heap.bytesInUse();
        if (!startFirst("/spawner.elf", Scheduler.cpus() > 1 ? 1 : 0)) return;
        UserThread.start(THREADS[0]);
        finish(0);
        reportMemory("process-spawn", freeBefore, heapBefore);
    }

    /**
     * Makes the module ending in suffix the first process in slot 0, as the product kernel makes it
     * (FirstProcess: a capability for everything the boot found, MODULE capabilities, which spawn needs,
     * among them, and the boot record), its thread on affinity and not started; false after logging why.
     */
    static boolean startFirst(String suffix, int affinity) {
        long file = BootInfo.moduleEndingWith(suffix);
        long thread = file == 0 ? 0 : FirstProcess.create(file, affinity);
        if (thread == 0) return refuse("cannot start the first process ", suffix);
        PROCESSES[0] = Process.of(thread);
        THREADS[0] = thread;
        return true;
    }

    /** Free memory as the scenarios count it: free frames and the frames the heap holds but has not handed out. */
    /** How long {@link #reportMemory} waits for frees another CPU still has to make. */
    static final long SETTLE_NANOS = 2 * Clock.NANOS_PER_SECOND;

    static long freeNow() {
        return FrameAllocator.freeBytes() + Heap.bytesHeld();
    }

    /**
     * The line every process scenario ends with: the free memory (frames and the heap's frames) and the
     * heap's bytes in use before it and now, which QemuBootIT requires to be equal.
     */
    static void reportMemory(String name, long freeBefore, long heapBefore) {
        // The last thread of a process on another CPU makes its death visible before it has switched off
        // its stack, which that CPU frees only then: give it a moment, bounded, so a real leak still shows.
        long until = Clock.nanosSinceBoot() + SETTLE_NANOS;
        while ((freeNow() != freeBefore || Heap.bytesInUse() != heapBefore) && Clock.nanosSinceBoot() < until) Cpu.pause();
        Log.print("test ");
        Log.print(name);
        Log.print(": free memory ");
        Log.dec(freeBefore);
        Log.print(" bytes before, ");
        Log.dec(freeNow());
        Log.print(" after; heap ");
        Log.dec(heapBefore);
        Log.print(" bytes in use before, ");
        Log.dec(Heap.bytesInUse());
        Log.println(" after");
    }

    /**
     * Makes a process of the boot module ending in suffix in slot, its thread on cpu, with the capability
     * handle of the scenario's table as the first in its own (slot 0): copied, or moved if not copy (0:
     * none); false after a report.
     */
    static boolean spawn(int slot, String suffix, int cpu, long table, long handle, boolean copy) {
        long file = BootInfo.moduleEndingWith(suffix);
        long root = file == 0 ? 0 : UserImage.load(File.address(file), File.size(file), Scenarios.PROBLEM);
        if (root == 0) return refuse("cannot load ", suffix);
        long process = Process.adopt(CAPACITY, root);
        if (process == 0) {
            UserAddressSpace.destroy(root);
            return refuse("no room for the process ", suffix);
        }
        long thread = UserThread.create(File.path(file), root, UserImage.entry(File.address(file)), UserImage.STACK_TOP,
                Scheduler.DEFAULT_PRIORITY, cpu);
        if (thread == 0) {
            discard(process);
            return refuse("no room for a thread of ", suffix);
        }
        IpcState.init(thread, 0, slot + 1);
        Process.attach(process, thread);
        if (handle == 0) {
            PROCESSES[slot] = process;
            THREADS[slot] = thread;
            return true;
        }
        long given = copy ? CapabilityTable.copy(table, handle, Process.table(process)) : CapabilityTable.move(table, handle, Process.table(process));
        if (given != Handle.of(0, Handle.FIRST_GENERATION)) return refuse("the first capability is not in slot 0 of ", suffix);
        PROCESSES[slot] = process;
        THREADS[slot] = thread;
        return true;
    }

    /** Deletes the scenario's own capabilities (destroying what only they named) and the table. */
    static void closeTable(long table) {
        long record = Memory.addressOf(RECORD);
        for (long r = CapabilityTable.drain(table, record); r != CapabilityTable.DRAINED; r = CapabilityTable.drain(table, record)) {
            if (r != CapabilityTable.LAST) continue;
            long object = Capability.object(record);
            while (Objects.close(object, 0) != 0) {
                // nothing waits on an object no process has seen
            }
            Objects.free(object);
        }
        CapabilityTable.destroy(table);
    }

    /** Waits for slot's thread to end, logs its exit code and the process's status, and frees both. */
    static void finish(int slot) {
        long thread = THREADS[slot], process = PROCESSES[slot];
        UserThread.awaitEnd(thread);
        Log.print("process: ");
        Log.cString(UserThread.name(thread));
        Log.print(" exited with code ");
        signed(UserThread.exitCode(thread));
        Log.print(", process ");
        Log.print(Process.state(process) == Process.DEAD ? "dead" : "not dead");
        Log.print(" with status ");
        signed(Process.status(process));
        Log.newline();
        if (!UserThread.destroy(thread)) Log.println("test ipc: a thread could not be destroyed");
        if (!Process.release(process)) Log.println("test ipc: a capability still names a dead process");
        THREADS[slot] = 0;
        PROCESSES[slot] = 0;
    }

    /** Ends a process that never ran (its address space and table given back). */
    private static void discard(long process) {
        Process.begin(process, UserThread.KILLED);
        while (Process.teardown(process) != 0) {
            // a process that never ran has no partner to wake
        }
        Process.release(process);
    }

    private static boolean refuse(String why, String suffix) {
        Log.print("test ipc: ");
        Log.print(why);
        Log.println(suffix);
        return false;
    }

    private static void signed(long value) {
        if (value < 0) {
            Log.print('-');
            Log.dec(-value);
        } else {
            Log.dec(value);
        }
    }
}
