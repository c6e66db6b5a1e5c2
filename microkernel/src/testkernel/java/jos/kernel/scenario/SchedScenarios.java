package jos.kernel.scenario;

import jos.kernel.boot.limine.BootInfo;
import jos.kernel.console.Log;
import jos.kernel.memory.FrameAllocator;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.process.UserImage;
import jos.kernel.process.UserThread;
import jos.kernel.sched.SchedState;
import jos.kernel.sched.Scheduler;
import jos.kernel.smp.ApplicationProcessors;
import jos.limine.File;

/**
 * The scheduler's scenarios: programs that never give up their CPU, preempted by the timer
 * ({@code test=sched-preempt}), priorities, and the x87/SSE state of threads switched often
 * ({@code test=sched-fp}). Every thread is destroyed and every address space given back at the end, and
 * the free memory before and after is logged so the test sees that nothing leaked.
 */
final class SchedScenarios {
    /** Threads a scenario runs at once, at most (one spinner per CPU and a few more). */
    static final int MAX_THREADS = ApplicationProcessors.MAX_CPUS + 4;
    /** Each thread's block address and address space, by slot. */
    static final long[] THREADS = new long[MAX_THREADS], ROOTS = new long[MAX_THREADS];
    static final int HIGH = Scheduler.DEFAULT_PRIORITY + 8, LOW = Scheduler.DEFAULT_PRIORITY - 8;

    private SchedScenarios() {
    }

    /**
     * Loads the boot module ending in suffix and creates its thread in slot at priority on affinity;
     * false (logged) if the module is missing or there is no room.
     */
    static boolean create(int slot, String suffix, int priority, int affinity) {
        long file = BootInfo.moduleEndingWith(suffix);
        long root = file == 0 ? 0 : UserImage.load(File.address(file), File.size(file), Scenarios.PROBLEM);
        long thread = root == 0 ? 0 : UserThread.create(File.path(file), root, UserImage.entry(File.address(file)), UserImage.STACK_TOP,
                priority, affinity);
        if (thread == 0) {
            Log.print("test sched: cannot run ");
            Log.println(suffix);
            if (root != 0) UserAddressSpace.destroy(root);
            return false;
        }
        THREADS[slot] = thread;
        ROOTS[slot] = root;
        return true;
    }

    /** Waits for the thread in slot to end, logs its exit code, destroys it and its address space. */
    static void finish(int slot) {
        long thread = THREADS[slot];
        UserThread.awaitEnd(thread);
        int code = UserThread.exitCode(thread);
        Log.print("process: ");
        Log.cString(UserThread.name(thread));
        Log.print(" exited with code ");
        if (code < 0) {
            Log.print('-');
            Log.dec(-(long) code);
        } else {
            Log.dec(code);
        }
        Log.print(" after ");
        Log.dec(SchedState.switches(thread));
        Log.println(" switches to it");
        if (!UserThread.destroy(thread)) Log.println("test sched: a thread could not be destroyed");
        UserAddressSpace.destroy(ROOTS[slot]);
        THREADS[slot] = 0;
    }

    /**
     * test=sched-preempt: one spinner per CPU (free to run anywhere) and a counter at the same priority:
     * the counter ends although no program ever gives up its CPU; then the spinners are killed. Then a
     * lower- and a higher-priority program on the bootstrap CPU: the higher one ends before the lower one
     * prints. Logs the free memory before and after, and each CPU's switches.
     */
    static void preempt() {
        int cpus = Scheduler.cpus();
        long freeBefore = FrameAllocator.freeBytes();
        Log.print("test sched-preempt: ");
        Log.dec(cpus);
        Log.print(" cpus, ");
        Log.dec(cpus);
        Log.println(" spinners and a counter at the same priority");
        for (int i = 0; i < cpus; i++) {
            if (!create(i + 1, "/spinner.elf", Scheduler.DEFAULT_PRIORITY, SchedState.ANY_CPU)) return;
        }
        if (!create(0, "/counter.elf", Scheduler.DEFAULT_PRIORITY, SchedState.ANY_CPU)) return;
        for (int i = 1; i <= cpus; i++) UserThread.start(THREADS[i]);
        UserThread.start(THREADS[0]);
        finish(0);
        Log.println("test sched-preempt: the counter ended; killing the spinners");
        for (int i = 1; i <= cpus; i++) UserThread.kill(THREADS[i]);
        for (int i = 1; i <= cpus; i++) finish(i);

        Log.println("test sched-preempt: a lower-priority program, then a higher-priority one, on cpu 0");
        if (!create(0, "/later.elf", LOW, 0) || !create(1, "/counter.elf", HIGH, 0)) return;
        UserThread.start(THREADS[0]);
        UserThread.start(THREADS[1]);
        finish(1);
        finish(0);
        for (int cpu = 0; cpu < cpus; cpu++) {
            Log.print("test sched-preempt: cpu ");
            Log.dec(cpu);
            Log.print(" made ");
            Log.dec(Scheduler.switches(cpu));
            Log.print(" switches, took ");
            Log.dec(Scheduler.taken(cpu));
            Log.println(" threads from other cpus");
        }
        long freeAfter = FrameAllocator.freeBytes();
        Log.print("test sched-preempt: free memory ");
        Log.dec(freeBefore);
        Log.print(" bytes before, ");
        Log.dec(freeAfter);
        Log.println(" after");
    }

    /**
     * test=sched-fp: two FP programs (different arithmetic) pinned to cpu 0 with a one-tick quantum, so they are switched many
     * times in the middle of their arithmetic; each must print what HotSpot prints.
     */
    static void floatingPoint() {
        long freeBefore = FrameAllocator.freeBytes();
        Scheduler.setQuantum(0, 1);
        Log.println("test sched-fp: two fp programs on cpu 0, a quantum of one tick");
        if (!create(0, "/fp-worker.elf", Scheduler.DEFAULT_PRIORITY, 0) || !create(1, "/fp-worker-b.elf", Scheduler.DEFAULT_PRIORITY, 0)) return;
        long switchesBefore = Scheduler.switches(0);
        UserThread.start(THREADS[0]);
        UserThread.start(THREADS[1]);
        finish(0);
        finish(1);
        Scheduler.setQuantum(0, Scheduler.DEFAULT_QUANTUM);
        Log.print("test sched-fp: cpu 0 made ");
        Log.dec(Scheduler.switches(0) - switchesBefore);
        Log.println(" switches");
        long freeAfter = FrameAllocator.freeBytes();
        Log.print("test sched-fp: free memory ");
        Log.dec(freeBefore);
        Log.print(" bytes before, ");
        Log.dec(freeAfter);
        Log.println(" after");
    }
}
