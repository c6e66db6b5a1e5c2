package jos.rt;

/** Enum support the compiler provides. */
public final class Enums {
    private Enums() {}

    /**
     * The constants of enumClass in ordinal order (a fresh array), or null when it is not an enum class.
     * Supplied by the compiler for every enum class in the program.
     */
    public static native Object[] values(Class<?> enumClass);
}
