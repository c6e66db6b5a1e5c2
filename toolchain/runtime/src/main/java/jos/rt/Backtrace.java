package jos.rt;

/** Turns a captured backtrace (pairs of method metadata address and line) into StackTraceElements. */
public final class Backtrace {
    private Backtrace() {}

    private static native String className(long meta);
    private static native String methodName(long meta);
    private static native String fileName(long meta);

    public static StackTraceElement[] decode(long[] backtrace, Throwable owner) {
        if (backtrace == null) return new StackTraceElement[0];
        int n = backtrace.length / 2;
        int skip = 0;
        // As HotSpot: leave out the frames that built the exception itself.
        while (skip < n && isConstructionFrame(backtrace[2 * skip], owner)) skip++;
        StackTraceElement[] out = new StackTraceElement[n - skip];
        for (int i = skip; i < n; i++) {
            long meta = backtrace[2 * i];
            out[i - skip] = new StackTraceElement(className(meta), methodName(meta), fileName(meta),
                    (int) backtrace[2 * i + 1]);
        }
        return out;
    }

    private static boolean isConstructionFrame(long meta, Throwable owner) {
        String cls = className(meta);
        if (cls.equals("jos.rt.Throw")) return true;
        String m = methodName(meta);
        if (!m.equals("<init>") && !m.equals("fillInStackTrace")) return false;
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(cls)) return true;
        }
        return false;
    }
}
