package java.util;

/**
 * A set of the constants of one enum class, kept as bits indexed by ordinal. As in the JDK the
 * implementation is {@link RegularEnumSet} (one long) for enums of up to 64 constants and
 * {@link JumboEnumSet} (an array of longs) above that; the two differ observably only in details such as
 * when an iterator reads the bits.
 *
 * <p>Parameter names follow the JDK's because HotSpot's helpful NullPointerException messages quote them.
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

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        if (elementType == null) throw classIsNull();
        Object[] universe = jos.rt.Enums.values(elementType);
        if (universe == null) throw new ClassCastException(elementType + " not an enum");
        if (universe.length <= 64) return new RegularEnumSet<>(elementType, universe);
        return new JumboEnumSet<>(elementType, universe);
    }

    /** What HotSpot reports when the JDK looks up the constants of a null class. */
    static NullPointerException classIsNull() {
        return new NullPointerException("Cannot invoke \"java.lang.Class.getEnumConstantsShared()\" because \"klass\" is null");
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> result = noneOf(elementType);
        result.fill();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet<E> s) return s.clone();
        if (c.isEmpty()) throw new IllegalArgumentException("Collection is empty");
        Iterator<E> it = c.iterator();
        EnumSet<E> result = of(it.next());
        while (it.hasNext()) result.add(it.next());
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> result = copyOf(s);
        result.invert();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> result = noneOf(e.getDeclaringClass());
        result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        result.add(e5);
        return result;
    }

    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> result = noneOf(first.getDeclaringClass());
        result.add(first);
        for (E e : rest) result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) throw new IllegalArgumentException(from + " > " + to);
        EnumSet<E> result = noneOf(from.getDeclaringClass());
        result.fillRange(from.ordinal(), to.ordinal());
        return result;
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
        if (o == null) return false;
        Class<?> c = o.getClass();
        return c == elementType || c.getSuperclass() == elementType;
    }

    /** Rejects an element of another class as the JDK does; null fails on getClass(). */
    final void typeCheck(E e) {
        Class<?> eClass = e.getClass();
        if (eClass != elementType && eClass.getSuperclass() != elementType)
            throw new ClassCastException(eClass + " != " + elementType);
    }

    @SuppressWarnings("unchecked")
    final E constant(int ordinal) {
        return (E) universe[ordinal];
    }
}
