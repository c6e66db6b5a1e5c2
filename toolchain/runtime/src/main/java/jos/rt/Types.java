package jos.rt;

/** Type queries the compiler lowers to header reads. */
public final class Types {
    private Types() {}

    /** Lowered by the compiler to the object's class descriptor, which is its Class object. */
    public static native Class<?> classOf(Object o);

    /** The Class of a primitive type ('I' for int.class, 'V' for void.class); the letter must be a literal. */
    public static native Class<?> primitiveClass(char descriptorLetter);
}
