package jos.hw.sim;

/**
 * One simulated machine. Tests create one, install it for the current thread with {@link #install},
 * map the memory the code under test may touch, attach devices to ports, and run the code.
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

    /** Makes this machine current for the calling thread as well: HotSpot threads acting as its CPUs. */
    public void attach() {
        CURRENT.set(this);
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
