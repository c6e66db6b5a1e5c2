package jos.x86;

/**
 * The page attribute table: the memory-type encodings an IA32_PAT entry holds (Intel SDM vol. 3, table
 * 11-10) and the layout the Limine protocol fixes on every CPU, PAT0 WB, PAT1 WT, PAT2 UC-, PAT3 UC,
 * PAT4 WP, PAT5 WC, PAT6 UC-, PAT7 UC. A mapping chooses a type by its index in that layout
 * ({@link PageTableEntry#leaf}); indexes 0..3 are also the power-on layout, so they mean the same
 * without a PAT.
 */
public final class Pat {
    private Pat() {
    }

    /** Memory-type encodings: uncacheable, write-combining, write-through, write-protect, write-back, UC-. */
    public static final int UC = 0, WC = 1, WT = 4, WP = 5, WB = 6, UC_MINUS = 7;

    /** Indexes into the Limine layout. */
    public static final int WRITE_BACK = 0, WRITE_THROUGH = 1, UNCACHED_MINUS = 2, UNCACHEABLE = 3, WRITE_PROTECT = 4,
            WRITE_COMBINING = 5;

    /** The IA32_PAT value of the Limine layout, one encoding per byte from PAT0 up. */
    public static final long LIMINE_LAYOUT = (long) WB | (long) WT << 8 | (long) UC_MINUS << 16 | (long) UC << 24
            | (long) WP << 32 | (long) WC << 40 | (long) UC_MINUS << 48 | (long) UC << 56;
}
