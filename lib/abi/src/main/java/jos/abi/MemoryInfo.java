package jos.abi;

import jos.hw.CConstants;

/** What memory_info answers (abi.md): its argument selects one number of the caller's address space. */
@CConstants(prefix = "JOS_MEMORY_")
public final class MemoryInfo {
    /** Bytes of memory the address space may hold (its quota). */
    public static final int QUOTA = 0;
    /** Bytes of memory it holds now: its program's segments, its stack and what map gave it. */
    public static final int USED = 1;

    private MemoryInfo() {
    }
}
