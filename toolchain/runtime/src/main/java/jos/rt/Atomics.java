package jos.rt;

/**
 * Sequentially consistent memory operations on the field or array element at (object, byte offset).
 * fieldOffset is folded by the compiler; both of its arguments must be literals.
 */
public final class Atomics {
    private Atomics() {}

    public static native long fieldOffset(Class<?> c, String field);
    public static native long arrayBase();

    public static native int getInt(Object o, long offset);
    public static native void setInt(Object o, long offset, int value);
    public static native void setIntRelease(Object o, long offset, int value);
    public static native boolean casInt(Object o, long offset, int expected, int value);
    public static native int caeInt(Object o, long offset, int expected, int value);
    public static native int getAndAddInt(Object o, long offset, int delta);
    public static native int getAndSetInt(Object o, long offset, int value);

    public static native long getLong(Object o, long offset);
    public static native void setLong(Object o, long offset, long value);
    public static native void setLongRelease(Object o, long offset, long value);
    public static native boolean casLong(Object o, long offset, long expected, long value);
    public static native long caeLong(Object o, long offset, long expected, long value);
    public static native long getAndAddLong(Object o, long offset, long delta);
    public static native long getAndSetLong(Object o, long offset, long value);

    public static native Object getRef(Object o, long offset);
    public static native void setRef(Object o, long offset, Object value);
    public static native void setRefRelease(Object o, long offset, Object value);
    public static native boolean casRef(Object o, long offset, Object expected, Object value);
    public static native Object caeRef(Object o, long offset, Object expected, Object value);
    public static native Object getAndSetRef(Object o, long offset, Object value);

    public static native void fullFence();
}
