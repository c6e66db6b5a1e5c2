package jos.kernel.scenario;

import jos.kernel.boot.limine.CommandLine;
import jos.kernel.console.Log;
import jos.kernel.memory.Heap;
import jos.kernel.memory.Stacks;
import jos.kernel.process.Process;
import jos.kernel.process.UserThread;
import jos.kernel.sched.Scheduler;

/**
 * Processes of several threads (QemuBootIT): two threads of one process computing with doubles on one
 * CPU switched every tick ({@code test=threads-fp}); thread priorities, their refusals and IPC between
 * two threads of a process ({@code test=threads-priority}); a process whose threads run on four CPUs
 * killed by the process that spawned it ({@code test=threads-kill}). Each waits until every thread of its
 * process has ended, gives back their kernel stacks, and logs the free memory before and after.
 */
final class ThreadScenarios {
    private ThreadScenarios() {
    }

    /** Runs the scenario the command line names if it is one of these; false if it is not. */
    static boolean run(long commandLine) {
        if (CommandLine.has(commandLine, "test", "threads-fp")) {
            floatingPoint();
        } else if (CommandLine.has(commandLine, "test", "threads-priority")) {
            one("threads-priority", "/thread-priority.elf", false);
        } else if (CommandLine.has(commandLine, "test", "threads-kill")) {
            one("threads-kill", "/thread-killer.elf", true);
        } else {
            return false;
        }
        return true;
    }

    /** test=threads-fp: ThreadFp's two threads on cpu 0 with a one-tick quantum. */
    static void floatingPoint() {
        long freeBefore = ProcessScenarios.freeNow(), heapBefore = Heap.bytesInUse();
        Scheduler.setQuantum(0, 1);
        Log.println("test threads-fp: two threads of one process on cpu 0, a quantum of one tick");
        if (!ProcessScenarios.spawn(0, "/thread-fp.elf", 0, 0, 0, false)) return;
        long switchesBefore = Scheduler.switches(0);
        UserThread.start(ProcessScenarios.THREADS[0]);
        finish(0);
        Scheduler.setQuantum(0, Scheduler.DEFAULT_QUANTUM);
        Log.print("test threads-fp: cpu 0 made ");
        Log.dec(Scheduler.switches(0) - switchesBefore);
        Log.println(" switches");
        ProcessScenarios.reportMemory("threads-fp", freeBefore, heapBefore);
    }

    /** One process from the module ending in suffix, its first thread on cpu 0; a spawner is made the first process (ProcessScenarios.startFirst). */
    static void one(String name, String suffix, boolean spawner) {
        long freeBefore = ProcessScenarios.freeNow(), heapBefore = Heap.bytesInUse();
        if (!(spawner ? ProcessScenarios.startFirst(suffix, 0) : ProcessScenarios.spawn(0, suffix, 0, 0, 0, false))) return;
        UserThread.start(ProcessScenarios.THREADS[0]);
        finish(0);
        ProcessScenarios.reportMemory(name, freeBefore, heapBefore);
    }

    /**
     * Waits (running threads meanwhile) until every thread of slot's process has ended, logs how many
     * there were and the process's status, frees their kernel stacks (as process_status's reaping does)
     * and gives back the process's own reference.
     */
    static void finish(int slot) {
        long process = ProcessScenarios.PROCESSES[slot];
        long name = UserThread.name(ProcessScenarios.THREADS[slot]);
        do {
            for (long t = Process.firstThread(process); t != 0; t = Process.next(t)) Scheduler.idleUntilDead(t);
        } while (Process.state(process) != Process.DEAD);   // a thread made during the walk is in the next one
        int threads = 0;
        for (long t = Process.firstThread(process); t != 0; t = Process.next(t)) threads++;
        Log.print("process: ");
        Log.cString(name);
        Log.print(" ended with ");
        Log.dec(threads);
        Log.print(" threads, status ");
        long status = Process.status(process);
        if (status < 0) {
            Log.print('-');
            Log.dec(-status);
        } else {
            Log.dec(status);
        }
        Log.newline();
        if (!Process.claimReap(process)) Log.println("test threads: the process was reaped before");
        for (long t = Process.firstThread(process); t != 0;) {
            long after = Process.next(t);
            Stacks.free(t + UserThread.SIZE);
            t = after;
        }
        Process.forgetThreads(process);
        if (!Process.release(process)) Log.println("test threads: a capability still names a dead process");
        ProcessScenarios.THREADS[slot] = 0;
        ProcessScenarios.PROCESSES[slot] = 0;
    }
}
