package jos.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A simulated machine per test and a clean {@link Problem}. */
abstract class SimTest {
    Machine machine;

    @BeforeEach
    void installMachine() {
        machine = Machine.install();
        Problem.clear();
    }

    @AfterEach
    void closeMachine() {
        machine.close();
    }

    long map(long address, byte[] image) {
        return machine.memory().map(address, image);
    }

    /** Asserts that a check failed with exactly this message. */
    static void refused(boolean result, String message) {
        assertFalse(result, "expected the refusal: " + message);
        assertEquals(message, Problem.message);
    }
}
