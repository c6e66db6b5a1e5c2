package jos.kernel.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.x86.cpu.Tss;
import jos.kernel.x86.idt.Idt;
import jos.kernel.x86.idt.InterruptFrame;
import org.junit.jupiter.api.Test;

/** Where a paranoid vector's entry finds the per-CPU block address: right above the frame the CPU and its stub push. */
class CpuTablesTest {
    static final long TSS = 0x1000, STACK = 0x4000, TOP = STACK + 0x4000, BLOCK = 0xffff_ffff_8020_0000L;

    @Test
    void theSlotAboveTheFrameHoldsTheBlock() {
        try (Machine machine = Machine.install()) {
            machine.memory().map(TSS, Tss.AREA);
            machine.memory().map(STACK, TOP - STACK);
            Tss.init(TSS);
            CpuTables.setParanoidIst(TSS, Idt.IST_NMI, TOP, BLOCK);
            long ist = Tss.ist(TSS, Idt.IST_NMI);
            assertEquals(0, ist % 16, "the CPU would align it down otherwise, and the slot would not be where the entry looks");
            long frame = ist - InterruptFrame.SIZE;     // the CPU pushes 5 words at IST, the stub 17 more
            assertEquals(BLOCK, Memory.read64(frame + InterruptFrame.SIZE));
            assertEquals(TOP, ist + CpuTables.PARANOID_SLOT_BYTES, "inside the stack");
        }
    }
}
