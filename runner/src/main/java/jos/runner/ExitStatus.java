package jos.runner;

/**
 * QEMU's exit status and what the runner exits with. The kernel ends a run by writing a byte N to the
 * isa-debug-exit port (0xf4); QEMU then exits with (N << 1) | 1, so an odd status means the kernel asked
 * for exit code N (N up to 127 survives the 8-bit process status). Any other status (0 after a guest
 * shutdown or, with -no-reboot, a reset or triple fault; QEMU's own errors) is passed through.
 *
 * <p>QEMU also exits with 1 when it fails to start, which reads as "the kernel asked for 0". The two are
 * told apart by whether the guest wrote anything to the serial port: a guest that never ran did not ask.
 */
public final class ExitStatus {

    /** What {@code scripts/os run} exits with when its {@code --timeout} killed QEMU (as timeout(1)). */
    public static final int TIMED_OUT = 124;

    private ExitStatus() {
    }

    /** The exit code for a QEMU status; {@code guestRan} says whether the guest produced serial output. */
    public static int toExitCode(int qemuStatus, boolean guestRan) {
        if (qemuStatus == 1 && !guestRan) {
            return 1;
        }
        return isKernelExit(qemuStatus) ? qemuStatus >>> 1 : qemuStatus;
    }

    /** True if an odd status can come from the kernel writing to the debug-exit port. */
    public static boolean isKernelExit(int qemuStatus) {
        return (qemuStatus & 1) == 1 && qemuStatus > 0 && qemuStatus < 256;
    }

    /** A one-line explanation of how the run ended, for the user. */
    public static String describe(int qemuStatus, boolean guestRan) {
        if (qemuStatus == 1 && !guestRan) {
            return "QEMU failed before the guest wrote anything (status 1)";
        }
        if (isKernelExit(qemuStatus)) {
            return "the kernel asked QEMU to exit with code " + (qemuStatus >>> 1);
        }
        if (qemuStatus == 0) {
            return "QEMU exited with status 0 without an exit request: the guest shut down, reset or triple-faulted";
        }
        return "QEMU exited with status " + qemuStatus;
    }
}
