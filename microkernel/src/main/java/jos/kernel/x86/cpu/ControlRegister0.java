package jos.kernel.x86.cpu;

import jos.hw.Cpu;
import jos.x86.ControlRegister;

/**
 * CR0, the same on every CPU. The Limine protocol promises only PE, PG and WP, and our loader hands the
 * bootstrap CPU GRUB's CR0 plus those but starts each AP with its own value, so the kernel writes
 * {@link #KERNEL} on every CPU before anything else runs there: NE (x87 errors as #MF, not the legacy
 * IRQ 13), MP and ET as the architecture expects, WP (read-only pages hold in ring 0 too), caches on
 * (CD, NW clear), no alignment checking (AM clear), no FPU emulation or lazy switching (EM, TS clear).
 */
public final class ControlRegister0 {
    /** The kernel's CR0 on every CPU (0x80010033); the bits are jos.x86's. */
    public static final long KERNEL = ControlRegister.CR0_PG | ControlRegister.CR0_WP | ControlRegister.CR0_NE
            | ControlRegister.CR0_ET | ControlRegister.CR0_MP | ControlRegister.CR0_PE;

    private ControlRegister0() {
    }

    /** Writes {@link #KERNEL} to this CPU's CR0; returns the value read back. */
    public static long setOnThisCpu() {
        Cpu.writeCr0(KERNEL);
        return Cpu.readCr0();
    }
}
