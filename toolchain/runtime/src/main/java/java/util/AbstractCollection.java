package java.util;

/**
 * Skeleton collection. Every method here is written only in terms of {@link #iterator()} and
 * {@link #size()} (and {@link #add} for addAll), in the call order the API documentation gives, because
 * subclasses written by users see those calls.
 */
public abstract class AbstractCollection<E> implements Collection<E> {
    protected AbstractCollection() {
    }

    public abstract Iterator<E> iterator();

    public abstract int size();

    public boolean isEmpty() {
        return size() == 0;
    }

    public boolean contains(Object o) {
        for (Iterator<E> walk = iterator(); walk.hasNext(); ) {
            E candidate = walk.next();
            if (o == null ? candidate == null : o.equals(candidate)) return true;
        }
        return false;
    }

    public Object[] toArray() {
        // size() is only a hint: the iterator decides how many elements there really are.
        Object[] out = new Object[size()];
        Iterator<E> walk = iterator();
        int n = 0;
        while (n < out.length) {
            if (!walk.hasNext()) return Arrays.copyOf(out, n);
            out[n++] = walk.next();
        }
        return walk.hasNext() ? drain(out, n, walk) : out;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int expected = size();
        T[] out = a.length >= expected ? a : Arrays.copyOf(a, expected);
        Iterator<E> walk = iterator();
        int n = 0;
        while (n < out.length) {
            if (!walk.hasNext()) {
                // Fewer elements than size() promised.
                if (out == a) {
                    a[n] = null;
                    return a;
                }
                if (n <= a.length) {
                    // They fit the caller's array after all.
                    System.arraycopy(out, 0, a, 0, n);
                    if (n < a.length) a[n] = null;
                    return a;
                }
                return Arrays.copyOf(out, n);
            }
            out[n++] = (T) walk.next();
        }
        return walk.hasNext() ? drain(out, n, walk) : out;
    }

    /** Appends what the iterator still has to the first n slots of start, growing by half each time. */
    @SuppressWarnings("unchecked")
    private static <T> T[] drain(T[] start, int n, Iterator<?> walk) {
        T[] buf = start;
        while (walk.hasNext()) {
            if (n == buf.length) {
                int bigger = buf.length + (buf.length >> 1) + 1;
                if (bigger < 0) {
                    if (buf.length == Integer.MAX_VALUE) throw new OutOfMemoryError("Required array size too large");
                    bigger = Integer.MAX_VALUE;
                }
                buf = Arrays.copyOf(buf, bigger);
            }
            buf[n++] = (T) walk.next();
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    public boolean add(E e) {
        throw new UnsupportedOperationException();
    }

    public boolean remove(Object o) {
        Iterator<E> walk = iterator();
        while (walk.hasNext()) {
            E candidate = walk.next();
            if (o == null ? candidate == null : o.equals(candidate)) {
                walk.remove();
                return true;
            }
        }
        return false;
    }

    public boolean containsAll(Collection<?> c) {
        for (Object wanted : c) {
            if (!contains(wanted)) return false;
        }
        return true;
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean changed = false;
        for (E e : c) {
            if (add(e)) changed = true;
        }
        return changed;
    }

    public boolean removeAll(Collection<?> c) {
        return dropWhere(c, true);
    }

    public boolean retainAll(Collection<?> c) {
        return dropWhere(c, false);
    }

    /** Removes through the iterator every element whose membership in c equals inC. */
    private boolean dropWhere(Collection<?> c, boolean inC) {
        Objects.requireNonNull(c);
        boolean changed = false;
        for (Iterator<E> walk = iterator(); walk.hasNext(); ) {
            if (c.contains(walk.next()) == inC) {
                walk.remove();
                changed = true;
            }
        }
        return changed;
    }

    public void clear() {
        for (Iterator<E> walk = iterator(); walk.hasNext(); ) {
            walk.next();
            walk.remove();
        }
    }

    public String toString() {
        Iterator<E> walk = iterator();
        if (!walk.hasNext()) return "[]";
        StringBuilder sb = new StringBuilder().append('[');
        while (true) {
            E e = walk.next();
            if (e == this) sb.append("(this Collection)");
            else sb.append(e);
            if (!walk.hasNext()) return sb.append(']').toString();
            sb.append(',').append(' ');
        }
    }
}
