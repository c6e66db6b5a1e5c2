package jos.hw.sim;

/**
 * One simulated machine. Tests create one, install it for the current thread with {@link #install},
 * map the memory the code under test may touch, attach devices to ports, and run the code. Other Java
 * threads may {@link #attach} to it: memory and {@link jos.hw.Atomic} are safe to share once mapped.
 */
public final class Machine implements AutoCloseable {
    private static final ThreadLocal<Machine> CURRENT = new ThreadLocal<>();

    private final SimMemory memory = new SimMemory();
    private final SimPorts ports = new SimPorts();
    private final SimCpu cpu = new SimCpu();

    /** Makes a new machine current for this thread until it is closed. */
    public static Machine install() {
        Machine m = new Machine();
        CURRENT.set(m);
        return m;
    }

    /**
     * Makes this machine current for the calling thread as well, so several Java threads can act as the
     * machine's CPUs on one memory (concurrency tests); the thread detaches with {@link #close}.
     */
    public Machine attach() {
        CURRENT.set(this);
        return this;
    }

    public static Machine current() {
        Machine m = CURRENT.get();
        if (m == null) throw new SimulatedFault("no simulated machine installed (Machine.install()) for a hardware intrinsic");
        return m;
    }

    public SimMemory memory() {
        return memory;
    }

    public SimPorts ports() {
        return ports;
    }

    public SimCpu cpu() {
        return cpu;
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) CURRENT.remove();
    }
}
