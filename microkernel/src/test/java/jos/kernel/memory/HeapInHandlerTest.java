package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.kernel.panic.Panic;
import jos.kernel.x86.PerCpu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runtime's allocation entry refuses to allocate inside a handler: that is a panic, not a deadlock later. */
class HeapInHandlerTest {
    SimulatedRam ram;

    @BeforeEach
    void setUp() throws Exception {
        ram = new SimulatedRam();
        SimulatedRam.boot(SimulatedRam.smallMap());
        assertTrue(Heap.init());
        resetPanic();
    }

    @AfterEach
    void tearDown() throws Exception {
        resetPanic();
        ram.close();
    }

    static void resetPanic() throws Exception {
        var state = Class.forName("jos.kernel.panic.Panic").getDeclaredField("STATE");
        state.setAccessible(true);
        java.util.Arrays.fill((long[]) state.get(null), 0);
    }

    @Test
    void ordinaryCodeAllocates() {
        assertNotEquals(0, Heap.allocateForRuntime(64));
    }

    @Test
    void anAllocationInAHandlerIsAPanic() {
        PerCpu.enterHandler();
        long allocated = Heap.allocationCount();
        assertThrows(UnsatisfiedLinkError.class, () -> Heap.allocateForRuntime(64), "stops (naked code: the console's lock or the halt)");
        assertTrue(Panic.inProgress(), "a panic");
        assertEquals(allocated, Heap.allocationCount(), "nothing allocated");
        PerCpu.leaveHandler();
        assertTrue(!PerCpu.inHandler());
    }
}
