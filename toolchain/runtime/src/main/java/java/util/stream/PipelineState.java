package java.util.stream;

/** What all stages of one pipeline share: close handlers and the parallel flag. */
final class PipelineState {
    static final String MSG_STREAM_LINKED = "stream has already been operated upon or closed";

    Runnable closeAction;
    boolean parallel;
    boolean closed;

    void addCloseAction(Runnable r) {
        Runnable existing = closeAction;
        closeAction = existing == null ? r : composeWithExceptions(existing, r);
    }

    /** Runs a then b; an exception from a wins, b's is added to it as suppressed. */
    static Runnable composeWithExceptions(Runnable a, Runnable b) {
        return () -> {
            try {
                a.run();
            } catch (Throwable e1) {
                try {
                    b.run();
                } catch (Throwable e2) {
                    try {
                        e1.addSuppressed(e2);
                    } catch (Throwable ignore) {
                    }
                }
                throw e1;
            }
            b.run();
        };
    }

    /** Closes both streams, a first; used by concat and flatMap. */
    static Runnable composedClose(BaseStream<?, ?> a, BaseStream<?, ?> b) {
        return () -> {
            try {
                a.close();
            } catch (Throwable e1) {
                try {
                    b.close();
                } catch (Throwable e2) {
                    try {
                        e1.addSuppressed(e2);
                    } catch (Throwable ignore) {
                    }
                }
                throw e1;
            }
            b.close();
        };
    }

    void close() {
        closed = true;
        Runnable r = closeAction;
        if (r != null) {
            closeAction = null;
            r.run();
        }
    }
}
