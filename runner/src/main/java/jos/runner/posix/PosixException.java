package jos.runner.posix;

import jos.runner.RunnerException;

/** A POSIX call failed: the message names the call and its object; {@link #errno()} says why, for callers that care. */
public final class PosixException extends RunnerException {
    private final int errno;

    public PosixException(String message, int errno) {
        super(message);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
