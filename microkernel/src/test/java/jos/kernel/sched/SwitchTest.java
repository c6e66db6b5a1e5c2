package jos.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.x86.cpu.Rflags;
import org.junit.jupiter.api.Test;

/**
 * The layouts the context switch depends on: the scheduler's fields fit their area, the context swap
 * pushes exactly what a new thread's first stack provides, a new thread's first call is 16-byte aligned,
 * and its x87/SSE state is the clean one.
 */
class SwitchTest {
    @Test
    void theSchedulersFieldsFitTheirAreaAndTheRunQueueFitsASmallHeapBlock() {
        assertTrue(SchedState.SIZE <= Thread.SCHED_BYTES, SchedState.SIZE + " bytes");
        assertTrue(RunQueue.SIZE <= jos.kernel.memory.Heap.LARGEST_SMALL, RunQueue.SIZE + " bytes");
        assertEquals(RunQueue.PRIORITIES, Long.SIZE, "one bitmap bit per level");
    }

    @Test
    void theSwapSavesAsManyWordsAsANewStackHolds() throws Exception {
        List<String> lines = jos.kernel.UserFrameAssemblyTest.naked("jos/kernel/sched/Switch.class", "swap");
        int saveAt = lines.indexOf("movq %rsp, (%rdi)");
        long pushes = lines.subList(0, saveAt).stream().filter(l -> l.startsWith("push")).count();
        long pops = lines.subList(saveAt, lines.size()).stream().filter(l -> l.startsWith("pop")).count();
        assertEquals(Switch.SAVED_RETURN / 8, pushes, "words below the return address");
        assertEquals(pushes, pops);
        assertEquals(Switch.SAVED_RETURN + 8, Switch.SAVED_BYTES);
        assertEquals("pushfq", lines.get(Switch.SAVED_RETURN / 8 - 1 - Switch.SAVED_RFLAGS / 8));
        assertEquals("pushq %rbp", lines.get(Switch.SAVED_RETURN / 8 - 1 - Switch.SAVED_RBP / 8));
    }

    @Test
    void aNewThreadStartsAlignedWithInterruptsOffItsOwnStackLimitAndACleanFpState() {
        try (Machine machine = Machine.install()) {
            long top = 0x40_0000, thread = top - Thread.SIZE;
            machine.memory().map(top - 0x2000, 0x2000);
            Memory.write64(thread + Thread.STACK_LIMIT, 0x3f_9000L);
            long rsp = Switch.prepareStack(thread, 0xabcdL);
            assertEquals(0, (rsp + Switch.SAVED_BYTES) % 16, "its first call is 16-byte aligned");
            assertTrue(rsp + Switch.SAVED_BYTES <= thread);
            assertEquals(0xabcdL, Memory.read64(rsp + Switch.SAVED_RETURN));
            assertEquals(0x3f_9000L, Memory.read64(rsp + Switch.SAVED_STACK_LIMIT));
            assertEquals(Rflags.RESERVED_ONE, Memory.read64(rsp + Switch.SAVED_RFLAGS), "IF clear");
            assertEquals(0, Memory.read64(rsp + Switch.SAVED_RBP), "rbp 0 ends the frame chain");
            assertEquals(0, Memory.read64(rsp + Switch.SAVED_DEPTH));
            Switch.cleanFxState(thread + Thread.FX_STATE);
            assertEquals(0x37f, Memory.read16(thread + Thread.FX_STATE) & 0xffff);
            assertEquals(0x1f80, Memory.read32(thread + Thread.FX_STATE + 24));
        }
    }
}
