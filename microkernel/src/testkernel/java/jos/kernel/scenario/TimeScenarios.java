package jos.kernel.scenario;

import jos.kernel.boot.limine.CommandLine;
import jos.kernel.console.Log;
import jos.kernel.memory.Heap;
import jos.kernel.memory.Stacks;
import jos.kernel.process.UserThread;
import jos.kernel.sched.Scheduler;

/**
 * test=time-supervisor (QemuBootIT): the first process (Supervisor), allowed to spawn, sleeps, counts a
 * periodic timer notification, reads the wall clock, and spawns two children whose deaths it waits for
 * on a notification, reading the status of the first only. The free memory and the kernel stacks before
 * and after show that the child nobody asked about was reaped at its death.
 */
final class TimeScenarios {
    private TimeScenarios() {
    }

    /** Runs the scenario the command line names if it is one of these; false if not. */
    static boolean run(long commandLine) {
        if (!CommandLine.has(commandLine, "test", "time-supervisor")) return false;
        supervisor();
        return true;
    }

    static void supervisor() {
        long freeBefore = ProcessScenarios.freeNow(), heapBefore = Heap.bytesInUse();
        int stacksBefore = Stacks.count();
        if (!ProcessScenarios.startFirst("/supervisor.elf", Scheduler.cpus() > 1 ? 1 : 0)) return;
        UserThread.start(ProcessScenarios.THREADS[0]);
        ProcessScenarios.finish(0);
        Log.print("test time-supervisor: kernel stacks ");
        Log.dec(stacksBefore);
        Log.print(" before, ");
        Log.dec(Stacks.count());
        Log.println(" after");
        ProcessScenarios.reportMemory("time-supervisor", freeBefore, heapBefore);
    }
}
