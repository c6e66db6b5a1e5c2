package jos.kernel.x86.cpu;

/**
 * The segment selectors of the kernel's GDT ({@link Gdt}), in the order syscall/sysret require:
 * syscall loads CS from STAR[47:32] and SS from STAR[47:32] + 8, so kernel data follows kernel code;
 * 64-bit sysret loads SS from STAR[63:48] + 8 and CS from STAR[63:48] + 16, so user data comes before
 * user code ({@link #STAR} holds both bases). The TSS descriptor (16 bytes, two slots) comes last.
 */
public final class Selectors {
    private Selectors() {
    }

    /** Requested privilege level 3, or'ed into the user selectors. */
    public static final int RPL_USER = 3;

    public static final int NULL = 0x00;
    public static final int KERNEL_CODE = 0x08;
    public static final int KERNEL_DATA = 0x10;
    public static final int USER_DATA = 0x18 | RPL_USER;
    public static final int USER_CODE = 0x20 | RPL_USER;
    public static final int TSS = 0x28;

    /**
     * The selector part of IA32_STAR (bits 32..63): syscall gets CS 0x08 and SS 0x10; sysret to 64-bit
     * code gets SS 0x13 + 8 = 0x1b and CS 0x13 + 16 = 0x23. (The base 0x13 would be a 32-bit user code
     * segment, used only by sysret to compatibility mode, which the kernel never does.)
     */
    public static final long STAR = (long) (USER_DATA - 8) << 48 | (long) KERNEL_CODE << 32;

    /** The GDT slot a selector names. */
    public static int index(int selector) {
        return selector >>> 3;
    }
}
