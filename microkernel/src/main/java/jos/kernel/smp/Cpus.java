package jos.kernel.smp;

/**
 * The kernel's CPUs by id: the bootstrap CPU is 0, application processors get 1, 2, ... as they are
 * started. {@link #assigned()} counts the ids handed out (a CPU may not have reported in yet, or may
 * never), {@link #count()} the CPUs running kernel code.
 */
public final class Cpus {
    private static long bootstrapBlock;
    private static volatile int assigned = 1;

    private Cpus() {
    }

    public static int count() {
        return ApplicationProcessors.running();
    }

    /** CPU ids 0 .. assigned() - 1 have per-CPU blocks. */
    public static int assigned() {
        return assigned;
    }

    static void setAssigned(int ids) {
        assigned = ids;
    }

    /** Called on the bootstrap CPU, first thing: its per-CPU block is the runtime's static one. */
    static void setBootstrapBlock(long block) {
        bootstrapBlock = block;
    }

    /** The per-CPU block of CPU id (below {@link #assigned()}). */
    public static long block(int id) {
        return id == 0 ? bootstrapBlock : ApplicationProcessors.area(id);
    }
}
