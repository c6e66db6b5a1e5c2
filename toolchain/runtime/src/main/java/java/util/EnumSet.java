package java.util;

/**
 * A set of constants of one enum class, as bits indexed by ordinal, so it iterates in ordinal order. Enums of
 * up to 64 constants get a {@link RegularEnumSet} (one long), larger ones a {@link JumboEnumSet} (a long per
 * 64 constants); the class names are observable, so they are HotSpot's.
 *
 * <p>Parameter names matter: HotSpot's NullPointerException messages quote them.
 */
public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable, java.io.Serializable {
    /** The enum class of the elements. */
    final transient Class<E> elementType;
    /** Its constants by ordinal: the compiler's shared array, never written. */
    final transient Object[] universe;

    EnumSet(Class<E> elementType, Object[] universe) {
        this.elementType = elementType;
        this.universe = universe;
    }

    /** The constants of an enum class; the exceptions are HotSpot's for a null or non-enum class. */
    static Object[] constantsOf(Class<?> type) {
        if (type == null) throw classIsNull();
        Object[] constants = jos.rt.Enums.values(type);
        if (constants == null) throw new ClassCastException(type + " not an enum");
        return constants;
    }

    /** What HotSpot reports when the JDK looks up the constants of a null class. */
    static NullPointerException classIsNull() {
        return new NullPointerException("Cannot invoke \"java.lang.Class.getEnumConstantsShared()\" because \"klass\" is null");
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        Object[] constants = constantsOf(elementType);
        return constants.length > Long.SIZE
                ? new JumboEnumSet<>(elementType, constants)
                : new RegularEnumSet<>(elementType, constants);
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> all = noneOf(elementType);
        all.fill();
        return all;
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet<E> other) return other.clone();
        if (c.isEmpty()) throw new IllegalArgumentException("Collection is empty");
        Iterator<E> it = c.iterator();
        EnumSet<E> copy = of(it.next());
        while (it.hasNext()) copy.add(it.next());
        return copy;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> rest = s.clone();
        rest.invert();
        return rest;
    }

    // Each of() names its first element's class itself so that a null first element fails as in the JDK;
    // later nulls fail in add.

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        return noneOf(e.getDeclaringClass()).with(e);
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        return noneOf(e1.getDeclaringClass()).with(e1).with(e2);
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        return noneOf(e1.getDeclaringClass()).with(e1).with(e2).with(e3);
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        return noneOf(e1.getDeclaringClass()).with(e1).with(e2).with(e3).with(e4);
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        return noneOf(e1.getDeclaringClass()).with(e1).with(e2).with(e3).with(e4).with(e5);
    }

    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> set = noneOf(first.getDeclaringClass()).with(first);
        for (E e : rest) set.add(e);
        return set;
    }

    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) throw new IllegalArgumentException(from + " > " + to);
        EnumSet<E> span = noneOf(from.getDeclaringClass());
        span.fillRange(from.ordinal(), to.ordinal());
        return span;
    }

    private EnumSet<E> with(E e) {
        add(e);
        return this;
    }

    @SuppressWarnings("unchecked")
    public EnumSet<E> clone() {
        try {
            return (EnumSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Adds every constant. */
    abstract void fill();

    /** Adds the constants with ordinals first..last (first <= last); the set is empty. */
    abstract void fillRange(int first, int last);

    /** Replaces the contents by their complement within the universe. */
    abstract void invert();

    /** Whether o is a constant of the element type (a constant with a body is a subclass of it). */
    final boolean isMember(Object o) {
        return o != null && ofElementType(o.getClass());
    }

    private boolean ofElementType(Class<?> c) {
        return c == elementType || c.getSuperclass() == elementType;
    }

    /** Rejects an element of another class with HotSpot's message; a null e fails on getClass(). */
    final void typeCheck(E e) {
        Class<?> c = e.getClass();
        if (!ofElementType(c)) throw new ClassCastException(c + " != " + elementType);
    }

    @SuppressWarnings("unchecked")
    final E constant(int ordinal) {
        return (E) universe[ordinal];
    }
}
