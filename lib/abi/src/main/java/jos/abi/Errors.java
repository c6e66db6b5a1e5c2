package jos.abi;

import jos.hw.CConstants;

/**
 * The error results of system calls (abi.md, "Errors"): negated errno numbers, returned in rax in place
 * of a result. An error's name in abi.md is its field name.
 */
@CConstants(prefix = "JOS_")
public final class Errors {
    /** The caller's capability lacks a right the call needs. */
    public static final long EPERM = -1;
    /** No file (boot module) has the path given. */
    public static final long ENOENT = -2;
    /** The file is not a program the kernel runs (its ELF checks refused it). */
    public static final long ENOEXEC = -8;
    /** The process or thread named is gone. */
    public static final long ESRCH = -3;
    /** A handle names no capability: empty slot, stale generation, or the wrong kind. */
    public static final long EBADF = -9;
    /** A non-blocking call would have had to wait. */
    public static final long EAGAIN = -11;
    /** Out of memory: the caller's quota, or the kernel's. */
    public static final long ENOMEM = -12;
    /** An address range is not the caller's user memory. */
    public static final long EFAULT = -14;
    /** An argument is out of range. */
    public static final long EINVAL = -22;
    /** The resource is in use (an IRQ line already held, a range already mapped). */
    public static final long EBUSY = -16;
    /** The capability table is full. */
    public static final long ENOSPC = -28;
    /** The other side of an IPC died: the server of a call, or the caller a reply was for. */
    public static final long EPIPE = -32;
    /** No system call has this number. */
    public static final long ENOSYS = -38;

    private Errors() {
    }
}
