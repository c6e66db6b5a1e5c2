package jos.abi;

import jos.hw.CConstants;

/**
 * The stack a program starts on (abi.md, "Programs"): the kernel maps it at the top of the user half, and
 * the user runtime reserves the space below it to grow its main stack into (user/platform.c).
 */
@CConstants(prefix = "JOS_STACK_")
public final class ProgramStack {
    /** Bytes of the stack the kernel maps for a new process, writable, ending one page below the top user page. */
    public static final int BYTES = 64 * 1024;

    private ProgramStack() {
    }
}
