package jos.kernel.x86;

import jos.hw.Align;
import jos.hw.Atomic;
import jos.hw.Memory;

/**
 * The kernel's CPUs by id: the bootstrap CPU is 0, application processors get 1, 2, ... as they are
 * started ({@code jos.kernel.smp.ApplicationProcessors} hands the ids out). {@link #assigned()} counts
 * the ids handed out (a CPU may not have reported in yet, or may never), {@link #count()} the CPUs
 * running kernel code. The per-CPU blocks of the application processors are here, so that every layer
 * can reach each CPU's block without the one that starts them.
 */
public final class Cpus {
    /** The most CPUs the kernel runs; more are left parked (and said so). */
    public static final int MAX_CPUS = 256;

    @Align(64)
    static final byte[] AREAS = new byte[MAX_CPUS * PerCpu.SIZE];
    /** [0] = CPUs running kernel code (atomic). */
    static final int[] RUNNING = {1};
    private static long bootstrapBlock;
    private static volatile int assigned = 1;

    private Cpus() {
    }

    public static int count() {
        return Atomic.load32(Memory.addressOf(RUNNING));
    }

    /** Counts one more CPU running kernel code (each CPU once, on itself). */
    public static void arrived() {
        Atomic.getAndAdd32(Memory.addressOf(RUNNING), 1);
    }

    /** CPU ids 0 .. assigned() - 1 have per-CPU blocks. */
    public static int assigned() {
        return assigned;
    }

    public static void setAssigned(int ids) {
        assigned = ids;
    }

    /** Called on the bootstrap CPU, first thing: its per-CPU block is the runtime's static one. */
    public static void setBootstrapBlock(long block) {
        bootstrapBlock = block;
    }

    /** The per-CPU block of CPU id (below {@link #assigned()}). */
    public static long block(int id) {
        return id == 0 ? bootstrapBlock : area(id);
    }

    /** The per-CPU block set aside for application processor id (started or not). */
    public static long area(int id) {
        return Memory.addressOf(AREAS) + (long) id * PerCpu.SIZE;
    }
}
