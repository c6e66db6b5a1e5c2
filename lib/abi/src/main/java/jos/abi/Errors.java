package jos.abi;

import jos.hw.CConstants;

/**
 * The error results of system calls (abi.md, "Errors"): negated errno numbers, returned in rax in place
 * of a result. An error's name in abi.md is its field name.
 */
@CConstants(prefix = "JOS_")
public final class Errors {
    /** An address range is not the caller's user memory. */
    public static final long EFAULT = -14;
    /** An argument is out of range. */
    public static final long EINVAL = -22;
    /** No system call has this number. */
    public static final long ENOSYS = -38;

    private Errors() {
    }
}
