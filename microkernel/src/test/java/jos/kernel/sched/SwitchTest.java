package jos.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.x86.PerCpu;
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
    void aResumeContextLiesInTheBlockWithInterruptsOffItsOwnStackLimitAndTheStartAsReturn() throws Exception {
        try (Machine machine = Machine.install()) {
            long top = 0x40_0000, thread = top - Thread.SIZE;
            machine.memory().map(top - 0x2000, 0x2000);
            Memory.fill(thread, (byte) 0x5a, Thread.SIZE);
            Memory.write64(thread + Thread.STACK_LIMIT, 0x3f_9000L);
            long rsp = Switch.prepareResume(thread, 0xabcdL);
            assertEquals(thread + Thread.RESUME, rsp, "in the block: code running below it never overwrites it");
            assertEquals(Switch.SAVED_BYTES, Thread.RESUME_BYTES);
            assertEquals(0xabcdL, Memory.read64(rsp + Switch.SAVED_RETURN));
            assertEquals(0x3f_9000L, Memory.read64(rsp + Switch.SAVED_STACK_LIMIT));
            assertEquals(Rflags.RESERVED_ONE, Memory.read64(rsp + Switch.SAVED_RFLAGS), "IF clear");
            assertEquals(0, Memory.read64(rsp + Switch.SAVED_RBP), "rbp 0 ends the frame chain");
            assertEquals(0, Memory.read64(rsp + Switch.SAVED_DEPTH));
            assertEquals(0x5a5a5a5a5a5a5a5aL, Memory.read64(thread + Thread.FX_STATE), "nothing past the context written");
            assertEquals(0x5a5a5a5a5a5a5a5aL, Memory.read64(thread + Thread.RESUME - 8), "nothing before it");
            List<String> start = jos.kernel.UserFrameAssemblyTest.naked("jos/kernel/sched/Switch.class", "startAddress");
            int at = start.indexOf("jos_sched_thread_start:");
            assertEquals(List.of("movq %gs:" + PerCpu.CURRENT_THREAD + ", %rsp", "call jos_kernel_sched_started", "jmp jos_user_return"),
                    start.subList(at + 1, at + 4), "it continues on the top of the thread's stack, below the block");
            Switch.cleanFxState(thread + Thread.FX_STATE);
            assertEquals(0x37f, Memory.read16(thread + Thread.FX_STATE) & 0xffff);
            assertEquals(0x1f80, Memory.read32(thread + Thread.FX_STATE + 24));
        }
    }
}
