package jos.loader.cpu;

import jos.hw.Cpu;

/**
 * The control-register and MSR bits of the Limine entry state (PG, PE, WP in CR0; PAE in CR4; LME
 * and NXE in EFER) and the PAT layout the protocol specifies.
 */
public final class ControlRegisters {
    private ControlRegisters() {
    }

    public static final long CR0_PE = 1L << 0, CR0_WP = 1L << 16, CR0_PG = 1L << 31;
    public static final long CR4_PAE = 1L << 5;
    public static final int IA32_EFER = 0xC0000080;
    public static final long EFER_LME = 1L << 8, EFER_NXE = 1L << 11;
    public static final int IA32_PAT = 0x277;
    /** PAT0 WB, PAT1 WT, PAT2 UC-, PAT3 UC, PAT4 WP, PAT5 WC, PAT6 UC-, PAT7 UC. */
    public static final long PAT_VALUE = 0x0007_0105_0007_0406L;
    /** The PAT entry for write-combining (the framebuffer), and for write-back. */
    public static final int PAT_WRITE_COMBINING = 5, PAT_WRITE_BACK = 0;

    public static final long CR0_MP = 1L << 1, CR0_ET = 1L << 4, CR0_NE = 1L << 5;
    /**
     * The CR0 an AP starts the kernel with: protected mode, paging, write protection, native FPU error
     * reporting. (The BSP keeps GRUB's CR0 plus PG, and loader_handoff sets WP.)
     */
    public static final long AP_CR0 = CR0_PG | CR0_WP | CR0_NE | CR0_ET | CR0_MP | CR0_PE;
    public static final long AP_CR4 = CR4_PAE;

    /**
     * Sets EFER.NXE (when nx) and, when pat, the protocol's PAT layout on this CPU. CR0.WP is set by
     * loader_handoff, together with the switch to the kernel's page tables.
     */
    public static void enterState(boolean nx, boolean pat) {
        if (nx) Cpu.writeMsr(IA32_EFER, Cpu.readMsr(IA32_EFER) | EFER_NXE);
        if (pat) Cpu.writeMsr(IA32_PAT, PAT_VALUE);
    }
}
