package jos.kernel.x86.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.sim.Machine;
import jos.hw.sim.SimCpu;
import org.junit.jupiter.api.Test;

/** The paranoid entries' swapgs decision, and the GS base user programs start with. */
class GsBaseTest {
    static final long BLOCK = 0xffff_ffff_8123_4500L;

    @Test
    void swapsExactlyWhenGsBaseIsNotThisCpusBlock() {
        assertFalse(GsBase.mustSwap(BLOCK, BLOCK), "already the kernel's");
        assertTrue(GsBase.mustSwap(0, BLOCK), "a program's zero GS base");
        assertTrue(GsBase.mustSwap(BLOCK + 0x100, BLOCK), "a kernel-looking value a program chose (another CPU's block)");
        assertTrue(GsBase.mustSwap(0xffff_ffff_8000_0000L, BLOCK), "any other kernel address");
    }

    @Test
    void everyCpuStartsItsProgramsWithGsBaseZero() {
        try (Machine machine = Machine.install()) {
            machine.cpu().writeMsr(SimCpu.IA32_KERNEL_GS_BASE, 0x1234);
            GsBase.initOnThisCpu();
            assertEquals(0, machine.cpu().readMsr(SimCpu.IA32_KERNEL_GS_BASE));
            assertEquals(SimCpu.IA32_GS_BASE, jos.x86.Msr.IA32_GS_BASE);
            assertEquals(SimCpu.IA32_KERNEL_GS_BASE, jos.x86.Msr.IA32_KERNEL_GS_BASE);
        }
    }
}
