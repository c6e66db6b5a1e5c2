package jos.rt;

/** The platform under the runtime: output, exit and clocks. */
public final class Sys {
    private Sys() {}

    /** Writes bytes[off, off+len) to a file descriptor; returns the count written. */
    public static native int write(int fd, byte[] bytes, int off, int len);
    public static native void exit(int code);
    public static native long nanoTime();
    public static native long currentTimeMillis();
}
