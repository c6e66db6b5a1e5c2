package java.lang;

/** The running program's view of its heap; one instance, as the JDK's. */
public class Runtime {
    private static final Runtime CURRENT = new Runtime();

    private Runtime() {}

    public static Runtime getRuntime() {
        return CURRENT;
    }

    /** A full collection (docs/gc.md). */
    public void gc() {
        jos.rt.Sys.gc();
    }

    /** The maximum heap: JOS_MAX_HEAP, or a quarter of physical memory (hosted); the static arena (user). */
    public long maxMemory() {
        return jos.rt.Sys.memory(jos.rt.Sys.MEM_MAX);
    }

    /** The heap's current size: the blocks the program has touched (at least the first collection's budget). */
    public long totalMemory() {
        return jos.rt.Sys.memory(jos.rt.Sys.MEM_TOTAL);
    }

    /** totalMemory() less what the last collection found live and what was handed out since. */
    public long freeMemory() {
        return jos.rt.Sys.memory(jos.rt.Sys.MEM_FREE);
    }
}
