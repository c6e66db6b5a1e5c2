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

    private Calls() {
    }
}
