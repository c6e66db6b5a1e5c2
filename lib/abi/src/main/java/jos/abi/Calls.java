package jos.abi;

import jos.hw.CConstants;

/**
 * The system-call numbers (abi.md, "System calls"). A call's name in abi.md is its field name in lower
 * case. A program puts the number in rax and executes {@code syscall}.
 */
@CConstants(prefix = "JOS_SYS_")
public final class Calls {
    /** {@code exit(code)}: ends the calling program. Does not return. */
    public static final int EXIT = 0;
    /** {@code debug_write(address, length)}: writes bytes to the kernel log. */
    public static final int DEBUG_WRITE = 1;
    /** {@code clock_monotonic()}: nanoseconds since boot. */
    public static final int CLOCK_MONOTONIC = 56;
    /** {@code map(address, length, protection)}: maps zeroed memory (or reserves address space); its address. */
    public static final int MAP = 16;
    /** {@code unmap(address, length)}: gives back the memory and address space of a range. */
    public static final int UNMAP = 17;
    /** {@code protect(address, length, protection)}: changes a range's protection. */
    public static final int PROTECT = 18;
    /** {@code memory_info(what)}: the caller's quota or usage in bytes ({@link MemoryInfo}). */
    public static final int MEMORY_INFO = 19;

    private Calls() {
    }
}
