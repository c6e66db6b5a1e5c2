package jos.kernel.x86.cpu;

/**
 * The RFLAGS bits the kernel sets or clears at the user/kernel boundary, and the two values built from
 * them: what a program starts with and what {@code syscall} clears.
 *
 * <p>A program enters ring 3 with {@link #USER}: IF set, IOPL 0 (port I/O, cli/sti and popf's IOPL
 * changes fault or are ignored in ring 3, so the program can never raise it) and ID, NT, AC, DF and TF
 * clear. The program may change the bits popf lets ring 3 change (among them NT, AC, DF, TF and ID), so
 * the kernel clears on every {@code syscall} ({@link #SYSCALL_MASK}, IA32_FMASK) the ones that would
 * change kernel behaviour: IF (no interrupt before the entry is on the kernel stack), TF (no single-step
 * trap in the kernel), DF (compiled C assumes it clear), AC (user alignment checks and SMAP's override
 * stay out of the kernel) and NT: with NT set, the kernel's next {@code iretq} (an interrupt return)
 * would take the task-return path, which raises #GP in long mode instead of returning. ID only reports
 * CPUID support and IOPL cannot be set from ring 3, so neither needs masking. sysretq gives the program
 * back its own RFLAGS from r11.
 */
public final class Rflags {
    /** Bit 1 reads as one and must be written as one. */
    public static final long RESERVED_ONE = 1L << 1;
    public static final long TF = 1L << 8;
    public static final long IF = 1L << 9;
    public static final long DF = 1L << 10;
    /** I/O privilege level, two bits. */
    public static final long IOPL = 3L << 12;
    public static final long NT = 1L << 14;
    public static final long AC = 1L << 18;
    public static final long ID = 1L << 21;

    /** What a user program starts with: interrupts enabled, IOPL 0, nothing else (0x202). */
    public static final long USER = RESERVED_ONE | IF;
    /** What syscall clears (IA32_FMASK): TF, IF, DF, NT, AC (0x44700). */
    public static final long SYSCALL_MASK = TF | IF | DF | NT | AC;

    private Rflags() {
    }
}
