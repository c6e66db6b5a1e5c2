package jos.rt;

/** What the JVM's launcher does around main: arguments, the uncaught-exception report, exit. */
public final class Launcher {
    private Launcher() {}

    /** Called by the generated entry with each argument's bytes (UTF-8). */
    public static String[] arguments(byte[][] utf8) {
        String[] args = new String[utf8.length];
        for (int i = 0; i < utf8.length; i++) args[i] = new String(utf8[i], java.nio.charset.StandardCharsets.UTF_8);
        return args;
    }

    /** main ended by throwing t: report it as HotSpot's default handler does; the exit code is 1. */
    public static int uncaught(Throwable t) {
        FdOutputStream.flushAll();
        System.err.print("Exception in thread \"main\" ");
        t.printStackTrace(System.err);
        FdOutputStream.flushAll();
        return 1;
    }

    /** main returned. */
    public static int finish() {
        FdOutputStream.flushAll();
        return 0;
    }
}
