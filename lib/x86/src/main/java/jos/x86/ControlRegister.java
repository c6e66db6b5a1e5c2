package jos.x86;

/** The CR0 and CR4 bits the loader and the kernel use (Intel SDM vol. 3, 2.5). */
public final class ControlRegister {
    private ControlRegister() {
    }

    /**
     * CR0: protected mode, monitor coprocessor, emulation, task switched, extension type, numeric error,
     * write protect, alignment mask, not write-through, cache disable, paging.
     */
    public static final long CR0_PE = 1L << 0, CR0_MP = 1L << 1, CR0_EM = 1L << 2, CR0_TS = 1L << 3, CR0_ET = 1L << 4,
            CR0_NE = 1L << 5, CR0_WP = 1L << 16, CR0_AM = 1L << 18, CR0_NW = 1L << 29, CR0_CD = 1L << 30, CR0_PG = 1L << 31;
    /**
     * CR4: physical address extension, page global enable, fxsave/fxrstor and SSE enabled (OSFXSR),
     * unmasked SSE exceptions as #XM (OSXMMEXCPT).
     */
    public static final long CR4_PAE = 1L << 5, CR4_PGE = 1L << 7, CR4_OSFXSR = 1L << 9, CR4_OSXMMEXCPT = 1L << 10;
}
