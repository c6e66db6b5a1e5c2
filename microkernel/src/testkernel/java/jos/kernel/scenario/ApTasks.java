package jos.kernel.scenario;

import jos.kernel.boot.limine.BootInfo;
import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.x86.apic.Vectors;
import jos.kernel.boot.limine.CommandLine;
import jos.kernel.smp.ApplicationProcessors;
import jos.kernel.x86.PerCpu;

/**
 * The scenarios' parts on the application processors, installed as their {@link ApplicationProcessors.Extension}:
 * a mailbox of one task that every idle AP runs once ({@link Scenarios#runOnApplicationProcessor}), posted
 * with a wake-up IPI, and the late AP of {@code test=nmi-late-ap}, held before it loads its IDT.
 */
final class ApTasks implements ApplicationProcessors.Extension {
    /** How long the bootstrap CPU waits for the APs to finish a task, in pause iterations. */
    private static final long WAIT_SPINS = 200_000_000L;
    /**
     * [0] = the task idle APs run next (0 = none), [1] = how many APs finished it, [2] = its sequence
     * number: each AP runs each posted task once, even the same task posted twice (atomic).
     */
    static final int[] TASK = new int[3];
    /** The sequence number of the last task each CPU ran. */
    static final int[] DONE = new int[ApplicationProcessors.MAX_CPUS];

    @Override
    public boolean holdsBeforeTables(int id) {
        return id == SmpScenarios.LATE_AP && CommandLine.has(BootInfo.commandLine(), "test", "nmi-late-ap");
    }

    @Override
    public void holdBeforeTables(int id) {
        SmpScenarios.awaitPanicWithoutIdt();
    }

    @Override
    public boolean runDueWork() {
        long done = Memory.addressOf(DONE) + 4L * PerCpu.cpuId();
        int sequence = Atomic.load32(Memory.addressOf(TASK) + 8);
        if (sequence == Memory.read32(done)) return false;
        Scenarios.runOnApplicationProcessor(Atomic.load32(Memory.addressOf(TASK)));
        Memory.write32(done, sequence);
        Atomic.getAndAdd32(Memory.addressOf(TASK) + 4, 1);
        return true;
    }

    /** Gives every idle AP a task and waits (bounded) until all have finished it; returns how many did. */
    static int runOnAll(int task) {
        startOnAll(task);
        return awaitAll();
    }

    /** Gives every idle AP a task (each runs it once). */
    static void startOnAll(int task) {
        Atomic.store32(Memory.addressOf(TASK) + 4, 0);
        Atomic.store32(Memory.addressOf(TASK), task);
        Atomic.getAndAdd32(Memory.addressOf(TASK) + 8, 1);
        LocalApic.sendAllButSelf(Vectors.WAKE);
    }

    /** Waits (bounded) until every AP finished the current task; returns how many did. */
    static int awaitAll() {
        int expected = ApplicationProcessors.running() - 1;
        long spins = 0;
        while (Atomic.load32(Memory.addressOf(TASK) + 4) < expected && spins < WAIT_SPINS) {
            Cpu.pause();
            spins++;
        }
        return Atomic.load32(Memory.addressOf(TASK) + 4);
    }
}
