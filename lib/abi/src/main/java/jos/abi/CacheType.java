package jos.abi;

import jos.hw.CConstants;

/** The cache type of a device-memory mapping (abi.md, "User memory"). */
@CConstants(prefix = "JOS_CACHE_")
public final class CacheType {
    /** Ordinary cached memory (write-back): for memory a device shares with the CPU coherently. */
    public static final int WRITE_BACK = 0;
    /** Writes may be combined and delayed, reads uncached: frame buffers. */
    public static final int WRITE_COMBINING = 1;
    /** Every access goes to the device in program order: device registers. */
    public static final int UNCACHEABLE = 2;

    private CacheType() {
    }
}
