package java.util;

/** An EnumSet for enums of at most 64 constants: bit i of one long is the constant with ordinal i. */
final class RegularEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private long bits;

    RegularEnumSet(Class<E> elementType, Object[] universe) {
        super(elementType, universe);
    }

    /** Bits 0..n-1 (no bits when n is 0). */
    private long universeMask() {
        int n = universe.length;
        return n == 0 ? 0L : -1L >>> -n;
    }

    void fill() {
        bits = universeMask();
    }

    void fillRange(int first, int last) {
        bits = (-1L >>> (63 - last)) & (-1L << first);
    }

    void invert() {
        bits = ~bits & universeMask();
    }

    /** Iterates over the bits as they were when the iterator was made, as the JDK's does. */
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private long pending = bits;
            private long lastBit;

            public boolean hasNext() {
                return pending != 0;
            }

            public E next() {
                if (pending == 0) throw new NoSuchElementException();
                lastBit = pending & -pending;
                pending &= ~lastBit;
                return constant(Long.numberOfTrailingZeros(lastBit));
            }

            public void remove() {
                if (lastBit == 0) throw new IllegalStateException();
                bits &= ~lastBit;
                lastBit = 0;
            }
        };
    }

    public int size() {
        return Long.bitCount(bits);
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    public boolean contains(Object e) {
        return isMember(e) && (bits & (1L << ((Enum<?>) e).ordinal())) != 0;
    }

    public boolean add(E e) {
        typeCheck(e);
        long before = bits;
        bits |= 1L << e.ordinal();
        return bits != before;
    }

    public boolean remove(Object e) {
        if (!isMember(e)) return false;
        long before = bits;
        bits &= ~(1L << ((Enum<?>) e).ordinal());
        return bits != before;
    }

    public boolean containsAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet<?> other)) return super.containsAll(c);
        if (other.elementType != elementType) return other.bits == 0;
        return (other.bits & ~bits) == 0;
    }

    public boolean addAll(Collection<? extends E> c) {
        if (!(c instanceof RegularEnumSet<?> other)) return super.addAll(c);
        if (other.elementType != elementType) {
            if (other.bits == 0) return false;
            throw new ClassCastException(other.elementType + " != " + elementType);
        }
        long before = bits;
        bits |= other.bits;
        return bits != before;
    }

    public boolean removeAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet<?> other)) return super.removeAll(c);
        if (other.elementType != elementType) return false;
        long before = bits;
        bits &= ~other.bits;
        return bits != before;
    }

    public boolean retainAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet<?> other)) return super.retainAll(c);
        long before = bits;
        bits = other.elementType == elementType ? bits & other.bits : 0L;
        return bits != before;
    }

    public void clear() {
        bits = 0;
    }

    public boolean equals(Object o) {
        if (!(o instanceof RegularEnumSet<?> other)) return super.equals(o);
        if (other.elementType != elementType) return bits == 0 && other.bits == 0;
        return other.bits == bits;
    }
}
