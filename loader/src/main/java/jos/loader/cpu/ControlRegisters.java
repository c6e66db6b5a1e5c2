package jos.loader.cpu;

import jos.hw.Cpu;
import jos.x86.ControlRegister;
import jos.x86.Msr;
import jos.x86.Pat;

/**
 * The control-register and MSR state of the Limine entry state (PG, PE, WP in CR0; PAE in CR4; LME and
 * NXE in EFER) and the PAT layout the protocol specifies. The bits and MSR numbers are jos.x86's.
 */
public final class ControlRegisters {
    private ControlRegisters() {
    }

    /**
     * The CR0 an AP starts the kernel with: protected mode, paging, write protection, native FPU error
     * reporting. (The BSP keeps GRUB's CR0 plus PG, and loader_handoff sets WP.)
     */
    public static final long AP_CR0 = ControlRegister.CR0_PG | ControlRegister.CR0_WP | ControlRegister.CR0_NE
            | ControlRegister.CR0_ET | ControlRegister.CR0_MP | ControlRegister.CR0_PE;
    public static final long AP_CR4 = ControlRegister.CR4_PAE;

    /**
     * Sets EFER.NXE (when nx) and, when pat, the protocol's PAT layout on this CPU. CR0.WP is set by
     * loader_handoff, together with the switch to the kernel's page tables.
     */
    public static void enterState(boolean nx, boolean pat) {
        if (nx) Cpu.writeMsr(Msr.IA32_EFER, Cpu.readMsr(Msr.IA32_EFER) | Msr.EFER_NXE);
        if (pat) Cpu.writeMsr(Msr.IA32_PAT, Pat.LIMINE_LAYOUT);
    }
}
