package jos.kernel.x86.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.sim.Machine;
import jos.x86.ControlRegister;
import org.junit.jupiter.api.Test;

/** The RFLAGS values of the user/kernel boundary and the CR0 every CPU runs with, bit by bit (SDM vol. 3, 2.3 and 2.5). */
class BoundaryFlagsTest {
    @Test
    void userProgramsStartWithInterruptsOnAndNothingElse() {
        assertEquals(0x202, Rflags.USER);
        assertEquals(0, Rflags.USER & Rflags.IOPL, "IOPL 0");
        assertEquals(0, Rflags.USER & (Rflags.ID | Rflags.NT | Rflags.AC | Rflags.DF | Rflags.TF), "ID, NT, AC, DF, TF clear");
    }

    @Test
    void syscallClearsTfIfDfNtAndAc() {
        assertEquals(0x100 | 0x200 | 0x400 | 0x4000 | 0x4_0000, Rflags.SYSCALL_MASK);
    }

    @Test
    void everyCpuGetsTheSameCr0WithNativeFpuErrors() {
        assertEquals(0x8001_0033L, ControlRegister0.KERNEL);
        assertEquals(ControlRegister.CR0_NE, ControlRegister0.KERNEL & ControlRegister.CR0_NE);
        assertEquals(0, ControlRegister0.KERNEL & (ControlRegister.CR0_CD | ControlRegister.CR0_NW | ControlRegister.CR0_AM
                | ControlRegister.CR0_EM | ControlRegister.CR0_TS), "caches on, no alignment checks, no FPU emulation or lazy switching");
        try (Machine machine = Machine.install()) {
            machine.cpu().cr0 = 0x6000_0011L;   // CD, NW, ET, PE: what firmware might leave
            assertEquals(ControlRegister0.KERNEL, ControlRegister0.setOnThisCpu());
            assertEquals(ControlRegister0.KERNEL, machine.cpu().cr0);
        }
    }
}
