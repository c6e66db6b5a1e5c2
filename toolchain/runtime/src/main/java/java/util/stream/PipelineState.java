package java.util.stream;

import java.util.ArrayList;

/** What all stages of one pipeline share: the close handlers and the parallel and closed flags. */
final class PipelineState {
    static final String MSG_STREAM_LINKED = "stream has already been operated upon or closed";

    boolean parallel;
    boolean closed;
    private ArrayList<Runnable> onClose; // in registration order; null when there are none

    void addCloseAction(Runnable r) {
        if (onClose == null) onClose = new ArrayList<>();
        onClose.add(r);
    }

    /** Closes a, then b, reporting failures as close() does; used by concat. */
    static Runnable composedClose(BaseStream<?, ?> a, BaseStream<?, ?> b) {
        return () -> runAll(new Runnable[]{a::close, b::close});
    }

    /** Runs the handlers once, in order. */
    void close() {
        closed = true;
        ArrayList<Runnable> handlers = onClose;
        onClose = null;
        if (handlers != null) runAll(handlers.toArray(new Runnable[0]));
    }

    /**
     * Runs every step even when some fail. The first failure is thrown at the end, carrying the later
     * ones as suppressed exceptions (a failure that is the first one again is not added to itself).
     */
    private static void runAll(Runnable[] steps) {
        Throwable first = null;
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (Throwable t) {
                if (first == null) first = t;
                else if (t != first) first.addSuppressed(t);
            }
        }
        if (first instanceof RuntimeException e) throw e;
        if (first != null) throw (Error) first;
    }
}
