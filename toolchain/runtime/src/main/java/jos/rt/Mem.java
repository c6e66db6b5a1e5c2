package jos.rt;

/** Raw copies between arrays; callers have checked bounds and types. */
public final class Mem {
    private Mem() {}

    public static native void copy(Object src, int srcByte, Object dst, int dstByte, int bytes);

    public static native int elementSize(Object array);

    /** A field-by-field (or element-by-element) copy with a fresh header: Object.clone's work. */
    public static native Object shallowCopy(Object o);
}
