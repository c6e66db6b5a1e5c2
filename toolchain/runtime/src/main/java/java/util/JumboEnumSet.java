package java.util;

/**
 * An EnumSet for enums of more than 64 constants: bit i & 63 of {@code bits[i >> 6]} is the constant
 * with ordinal i. The size is kept in a field.
 */
final class JumboEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private long[] bits;
    private int size;

    JumboEnumSet(Class<E> elementType, Object[] universe) {
        super(elementType, universe);
        bits = new long[(universe.length + 63) >>> 6];
    }

    void fill() {
        Arrays.fill(bits, -1L);
        bits[bits.length - 1] &= -1L >>> -universe.length;
        size = universe.length;
    }

    void fillRange(int first, int last) {
        for (int w = first >> 6; w <= last >> 6; w++) {
            long mask = -1L;
            if (w == first >> 6) mask &= -1L << first;
            if (w == last >> 6) mask &= -1L >>> (63 - (last & 63));
            bits[w] = mask;
        }
        size = last - first + 1;
    }

    void invert() {
        for (int w = 0; w < bits.length; w++) bits[w] = ~bits[w];
        bits[bits.length - 1] &= -1L >>> -universe.length;
        size = universe.length - size;
    }

    /**
     * As the JDK's: the first word is read when the iterator is made, each later word when the
     * iteration reaches it.
     */
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private int word;
            private long pending = bits[0];
            private int lastWord;
            private long lastBit;

            public boolean hasNext() {
                while (pending == 0 && word < bits.length - 1) pending = bits[++word];
                return pending != 0;
            }

            public E next() {
                if (!hasNext()) throw new NoSuchElementException();
                lastBit = pending & -pending;
                lastWord = word;
                pending &= ~lastBit;
                return constant((word << 6) + Long.numberOfTrailingZeros(lastBit));
            }

            public void remove() {
                if (lastBit == 0) throw new IllegalStateException();
                if ((bits[lastWord] & lastBit) != 0) {
                    bits[lastWord] &= ~lastBit;
                    size--;
                }
                lastBit = 0;
            }
        };
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(Object e) {
        if (!isMember(e)) return false;
        int ordinal = ((Enum<?>) e).ordinal();
        return (bits[ordinal >> 6] & (1L << ordinal)) != 0;
    }

    public boolean add(E e) {
        typeCheck(e);
        int ordinal = e.ordinal();
        long bit = 1L << ordinal;
        if ((bits[ordinal >> 6] & bit) != 0) return false;
        bits[ordinal >> 6] |= bit;
        size++;
        return true;
    }

    public boolean remove(Object e) {
        if (!isMember(e)) return false;
        int ordinal = ((Enum<?>) e).ordinal();
        long bit = 1L << ordinal;
        if ((bits[ordinal >> 6] & bit) == 0) return false;
        bits[ordinal >> 6] &= ~bit;
        size--;
        return true;
    }

    public boolean containsAll(Collection<?> c) {
        if (!(c instanceof JumboEnumSet<?> other)) return super.containsAll(c);
        if (other.elementType != elementType) return other.size == 0;
        for (int w = 0; w < bits.length; w++) if ((other.bits[w] & ~bits[w]) != 0) return false;
        return true;
    }

    public boolean addAll(Collection<? extends E> c) {
        if (!(c instanceof JumboEnumSet<?> other)) return super.addAll(c);
        if (other.elementType != elementType) {
            if (other.size == 0) return false;
            throw new ClassCastException(other.elementType + " != " + elementType);
        }
        for (int w = 0; w < bits.length; w++) bits[w] |= other.bits[w];
        return recount();
    }

    public boolean removeAll(Collection<?> c) {
        if (!(c instanceof JumboEnumSet<?> other)) return super.removeAll(c);
        if (other.elementType != elementType) return false;
        for (int w = 0; w < bits.length; w++) bits[w] &= ~other.bits[w];
        return recount();
    }

    public boolean retainAll(Collection<?> c) {
        if (!(c instanceof JumboEnumSet<?> other)) return super.retainAll(c);
        if (other.elementType != elementType) {
            boolean changed = size != 0;
            clear();
            return changed;
        }
        for (int w = 0; w < bits.length; w++) bits[w] &= other.bits[w];
        return recount();
    }

    public void clear() {
        Arrays.fill(bits, 0L);
        size = 0;
    }

    public boolean equals(Object o) {
        if (!(o instanceof JumboEnumSet<?> other)) return super.equals(o);
        if (other.elementType != elementType) return size == 0 && other.size == 0;
        return Arrays.equals(bits, other.bits);
    }

    /** Recomputes the size; whether it changed. */
    private boolean recount() {
        int before = size;
        size = 0;
        for (long w : bits) size += Long.bitCount(w);
        return size != before;
    }

    public EnumSet<E> clone() {
        JumboEnumSet<E> copy = (JumboEnumSet<E>) super.clone();
        copy.bits = bits.clone();
        return copy;
    }
}
