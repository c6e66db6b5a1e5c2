package jos.rt;

/** The platform under the runtime: output, exit and clocks. */
public final class Sys {
    private Sys() {}

    /** Writes bytes[off, off+len) to a file descriptor; returns the count written. */
    public static native int write(int fd, byte[] bytes, int off, int len);
    public static native void exit(int code);
    public static native long nanoTime();
    public static native long currentTimeMillis();

    /** Runs a full collection (gc.c). */
    public static native void gc();

    /** Heap figures, as jrt.h's JRT_MEM_* numbers them: the maximum heap, the heap now, its free part. */
    public static final int MEM_MAX = 0, MEM_TOTAL = 1, MEM_FREE = 2;
    public static native long memory(int what);

    /** Facts about the platform, as jrt.h's JRT_FACT_* numbers them. */
    public static final int OS_NAME = 0, OS_VERSION = 1, OS_ARCH = 2, USER_DIR = 3;

    /** Copies fact {@code what} as UTF-8 into out; returns its length (retry if larger), or -1 if none. */
    public static native int platformFact(int what, byte[] out);

    /** Copies the environment variable named by name's UTF-8 bytes into out, as platformFact does. */
    public static native int getenv(byte[] name, byte[] out);

    /** A platform fact as a string, or null where the platform has none. */
    public static String fact(int what) {
        return text(out -> platformFact(what, out));
    }

    /** An environment variable's value, or null if it is not set. */
    public static String environment(String name) {
        byte[] key = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return text(out -> getenv(key, out));
    }

    /** A native that copies UTF-8 into out and returns the full length (-1: none), as platformFact does. */
    private interface Copier {
        int copy(byte[] out);
    }

    /** Runs copier with room for most texts, again with exactly enough if that was too little. */
    private static String text(Copier copier) {
        byte[] buf = new byte[256];
        int n = copier.copy(buf);
        if (n > buf.length) {
            buf = new byte[n];
            n = copier.copy(buf);
        }
        return n < 0 ? null : new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }
}
