package jos.runner;

/** A failure the user can act on: the message says what went wrong and, where known, what to do. */
public class RunnerException extends RuntimeException {
    public RunnerException(String message) {
        super(message);
    }
}
