package jos.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A simulated machine per test and a clean {@link Problem} record. */
abstract class SimTest {
    Machine machine;
    /** The record every check of the test reports into. */
    final long[] problem = new long[Problem.SIZE];

    @BeforeEach
    void installMachine() {
        machine = Machine.install();
        Problem.clear(problem);
    }

    @AfterEach
    void closeMachine() {
        machine.close();
    }

    long map(long address, byte[] image) {
        return machine.memory().map(address, image);
    }

    /** Asserts that a check failed with exactly this message. */
    void refused(boolean result, String message) {
        assertFalse(result, "expected the refusal: " + message);
        assertEquals(message, Problem.message(problem));
    }
}
