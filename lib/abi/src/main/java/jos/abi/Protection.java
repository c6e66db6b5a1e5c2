package jos.abi;

import jos.hw.CConstants;

/**
 * The protection of user memory (abi.md, "User memory"): the {@code protection} argument of map and
 * protect. {@link #NONE} reserves address space without memory; any other value must include
 * {@link #READ} (x86 pages that can be reached can be read) and may add {@link #WRITE} or
 * {@link #EXECUTE}, never both (W^X).
 */
@CConstants(prefix = "JOS_PROT_")
public final class Protection {
    /** Reserved address space: no memory behind it, any access faults; it takes no quota. */
    public static final int NONE = 0;
    public static final int READ = 1;
    public static final int WRITE = 2;
    public static final int EXECUTE = 4;
    /** Every bit a protection may hold. */
    public static final int ALL = READ | WRITE | EXECUTE;

    private Protection() {
    }

    /** Whether protection is one a mapping may have: NONE, or READ with at most one of WRITE and EXECUTE. */
    public static boolean valid(long protection) {
        if (protection == NONE) return true;
        return (protection & ~ALL) == 0 && (protection & READ) != 0 && (protection & (WRITE | EXECUTE)) != (WRITE | EXECUTE);
    }
}
