package java.lang;

/** Uninstantiable. TYPE is left out: primitive Class objects do not exist yet. */
public final class Void {
    @SuppressWarnings("unchecked")
    public static final Class<Void> TYPE = (Class<Void>) jos.rt.Types.primitiveClass('V');

    private Void() {}
}
