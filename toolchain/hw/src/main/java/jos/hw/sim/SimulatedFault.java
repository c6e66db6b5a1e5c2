package jos.hw.sim;

/** An access the machine would fault on: unmapped memory, or an instruction with no simulation. */
public final class SimulatedFault extends RuntimeException {
    public SimulatedFault(String message) {
        super(message);
    }
}
