package jos.rt;

/** Raw copies and comparisons of arrays; callers have checked bounds and types, except where said. */
public final class Mem {
    private Mem() {}

    public static native void copy(Object src, int srcByte, Object dst, int dstByte, int bytes);

    public static native int elementSize(Object array);

    /**
     * Performs System.arraycopy when no check can fail and no element needs checking, and says whether it
     * did; otherwise does nothing (the caller's exact path raises or checks each element).
     */
    public static native boolean arraycopyFast(Object src, int srcPos, Object dest, int destPos, int length);

    /** Whether the first n bytes of two byte arrays are equal; the caller has checked n against both. */
    public static native boolean bytesEqual(byte[] a, byte[] b, int n);

    /** A field-by-field (or element-by-element) copy with a fresh header: Object.clone's work. */
    public static native Object shallowCopy(Object o);
}
