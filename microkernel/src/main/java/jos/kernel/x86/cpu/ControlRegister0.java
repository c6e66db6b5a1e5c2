package jos.kernel.x86.cpu;

import jos.hw.Cpu;

/**
 * CR0, the same on every CPU. The Limine protocol promises only PE, PG and WP, and our loader hands the
 * bootstrap CPU GRUB's CR0 plus those but starts each AP with its own value, so the kernel writes
 * {@link #KERNEL} on every CPU before anything else runs there: NE (x87 errors as #MF, not the legacy
 * IRQ 13), MP and ET as the architecture expects, WP (read-only pages hold in ring 0 too), caches on
 * (CD, NW clear), no alignment checking (AM clear), no FPU emulation or lazy switching (EM, TS clear).
 */
public final class ControlRegister0 {
    public static final long PE = 1L << 0, MP = 1L << 1, EM = 1L << 2, TS = 1L << 3, ET = 1L << 4, NE = 1L << 5;
    public static final long WP = 1L << 16, AM = 1L << 18, NW = 1L << 29, CD = 1L << 30, PG = 1L << 31;

    /** The kernel's CR0 on every CPU (0x80010033). */
    public static final long KERNEL = PG | WP | NE | ET | MP | PE;

    private ControlRegister0() {
    }

    /** Writes {@link #KERNEL} to this CPU's CR0; returns the value read back. */
    public static long setOnThisCpu() {
        Cpu.writeCr0(KERNEL);
        return Cpu.readCr0();
    }
}
