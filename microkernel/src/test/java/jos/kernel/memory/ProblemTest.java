package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;

import jos.hw.sim.Machine;
import jos.hw.sim.SimCpu;
import jos.kernel.console.Log;
import jos.kernel.x86.PerCpu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The memory problem records: one per CPU (its log slot), so two CPUs failing at once keep their own reasons. */
class ProblemTest {
    static final long PER_CPU_BLOCK = 0x3000;
    Machine machine;

    @AfterEach
    void tearDown() throws Exception {
        setPerCpu(false);
        Problem.clear();
        if (machine != null) machine.close();
    }

    @Test
    void everyReasonHasItsOwnText() {
        Set<String> texts = new HashSet<>();
        for (int reason = Problem.NONE + 1; reason < Problem.REASONS; reason++) {
            String text = Problem.message(reason);
            assertNotNull(text, "reason " + reason);
            assertNotEquals(Problem.message(Problem.REASONS), text, "reason " + reason + " has no text of its own");
            assertTrue(texts.add(text), "reason " + reason + " repeats " + text);
        }
        assertNull(Problem.message(Problem.NONE));
        assertEquals("unknown memory problem", Problem.message(Problem.REASONS));
    }

    @Test
    void elfReasonsKeepTheLibrarysText() {
        assertEquals("not an ELF file; magic", Problem.message(Problem.ELF + jos.elf.Problem.NOT_ELF));
        assertNull(Problem.detail(Problem.ELF + jos.elf.Problem.LOADS_OVERLAP), "the kernel check forwards no second value");
    }

    @Test
    void twoCpusKeepTheirOwnRecords() throws Exception {
        machine = Machine.install();
        machine.memory().map(PER_CPU_BLOCK, PerCpu.SIZE);
        machine.cpu().writeMsr(SimCpu.IA32_GS_BASE, PER_CPU_BLOCK);
        Log.init();
        runAs(1);
        Problem.clear();
        assertFalse(FrameAllocator.free(0x1000, 0), "a free of no bytes fails on CPU 1");
        runAs(2);
        Problem.clear();
        assertFalse(PageTables.map(0, 0x1001, 0x2000, 0x1000, 0, jos.x86.Pat.WRITE_BACK), "a misaligned mapping fails on CPU 2");
        assertEquals("mapping not 4 KiB aligned; virtual", Problem.message());
        assertEquals(0x1001, Problem.value());
        assertEquals("size", Problem.detail());
        assertEquals(0x1000, Problem.detailValue());
        runAs(1);
        assertEquals("frame free of an impossible size; bytes", Problem.message(), "CPU 2's failure did not overwrite CPU 1's");
        assertEquals(0, Problem.value());
        assertNull(Problem.detail());
        runAs(2);
        assertEquals(Problem.MAPPING_MISALIGNED, Problem.reason());
        setPerCpu(false);
        assertEquals(Problem.NONE, Problem.reason(), "the early (shared) record is a third one");
    }

    private void runAs(int cpuId) {
        machine.memory().write32(PER_CPU_BLOCK + PerCpu.CPU_ID, cpuId);
    }

    private static void setPerCpu(boolean on) throws Exception {
        Field f = Class.forName("jos.kernel.console.LineBuffers").getDeclaredField("perCpu");
        f.setAccessible(true);
        f.set(null, on);
    }
}
