package jos.abi;

import jos.hw.CConstants;

/**
 * What process_status answers (abi.md): {@link #RUNNING}, or {@link #EXITED} with the dead process's exit
 * code in the low 32 bits, so every code (negative ones too) stays apart from the call's errors.
 */
@CConstants(prefix = "JOS_PROCESS_")
public final class ProcessStatus {
    /** The process has not finished dying. */
    public static final long RUNNING = 0;
    /** Set on the status of a dead process; bits 0..31 hold its exit code. */
    public static final long EXITED = 1L << 32;

    private ProcessStatus() {
    }

    /** The status of a process dead with code. */
    public static long exited(int code) {
        return EXITED | (code & 0xFFFF_FFFFL);
    }

    /** Whether status (a non-negative process_status result) says the process is dead. */
    public static boolean isExited(long status) {
        return (status & EXITED) != 0;
    }

    /** The exit code of a dead process's status. */
    public static int code(long status) {
        return (int) status;
    }
}
