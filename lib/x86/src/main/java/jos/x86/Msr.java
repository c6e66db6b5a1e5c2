package jos.x86;

import jos.hw.CConstants;

/**
 * Model-specific register numbers (Intel SDM vol. 4, table 2-2) and the EFER bits the loader and the
 * kernel set. Compile-time constants: {@code @Naked} assembly folds them into its {@code movl $n, %ecx}, and
 * the runtime's C takes them from the generated jos_constants.h as {@code JOS_MSR_<NAME>}.
 */
@CConstants(prefix = "JOS_MSR_")
public final class Msr {
    private Msr() {
    }

    public static final int IA32_APIC_BASE = 0x1B;
    public static final int IA32_ARCH_CAPABILITIES = 0x10A;
    public static final int IA32_PAT = 0x277;
    /** The first x2APIC register MSR: local APIC register at MMIO offset r is MSR X2APIC_BASE + r / 16. */
    public static final int X2APIC_BASE = 0x800;
    public static final int IA32_EFER = 0xC000_0080;
    /** syscall/sysret selectors, the 64-bit syscall target, and the RFLAGS bits syscall clears. */
    public static final int IA32_STAR = 0xC000_0081, IA32_LSTAR = 0xC000_0082, IA32_FMASK = 0xC000_0084;
    public static final int IA32_FS_BASE = 0xC000_0100, IA32_GS_BASE = 0xC000_0101, IA32_KERNEL_GS_BASE = 0xC000_0102;

    /** IA32_EFER: syscall enable, long mode enable, no-execute enable. */
    public static final long EFER_SCE = 1L << 0, EFER_LME = 1L << 8, EFER_NXE = 1L << 11;
}
