package java.lang;

/** The base of enum classes. describeConstable (and the Constable interface) are left out. */
public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {
    private final String constantName;
    private final int position;

    protected Enum(String name, int ordinal) {
        constantName = name;
        position = ordinal;
    }

    public final String name() {
        return constantName;
    }

    public final int ordinal() {
        return position;
    }

    public String toString() {
        return constantName;
    }

    public final boolean equals(Object other) {
        return this == other;
    }

    public final int hashCode() {
        return super.hashCode();
    }

    protected final Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /** By ordinal; constants of different enum types are not comparable. */
    public final int compareTo(E other) {
        Class<?> theirs = other.getClass();
        if (theirs != getClass() && ((Enum<?>) other).getDeclaringClass() != getDeclaringClass())
            throw new ClassCastException();
        return position - ((Enum<?>) other).position;
    }

    /** The enum class itself, also for a constant with a body (an anonymous subclass). */
    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() {
        Class<?> own = getClass();
        Class<?> parent = own.getSuperclass();
        return (Class<E>) (parent == Enum.class ? own : parent);
    }

    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        Object[] constants = jos.rt.Enums.values(enumClass);
        if (constants == null) throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
        if (name == null) throw new NullPointerException("Name is null");
        for (Object constant : constants) {
            if (((Enum<?>) constant).constantName.equals(name)) return enumClass.cast(constant);
        }
        throw new IllegalArgumentException("No enum constant " + enumClass.getCanonicalName() + "." + name);
    }
}
