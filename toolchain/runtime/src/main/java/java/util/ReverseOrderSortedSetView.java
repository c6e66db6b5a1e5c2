package java.util;

/**
 * SortedSet.reversed() for a set that is not navigable, and its range views. Ranges are bounds in the
 * reversed order (low inclusive, high exclusive) checked with the reversed comparator; iteration walks a
 * snapshot of the base set backwards, skipping elements out of range.
 */
class ReverseOrderSortedSetView<E> extends AbstractSet<E> implements SortedSet<E> {
    final SortedSet<E> base;
    final Comparator<? super E> comp;
    private final boolean hasLo, hasHi;
    private final E lo, hi;

    private ReverseOrderSortedSetView(SortedSet<E> set, boolean hasLo, E lo, boolean hasHi, E hi) {
        base = set;
        comp = Collections.reverseOrder(set.comparator());
        this.hasLo = hasLo;
        this.lo = lo;
        this.hasHi = hasHi;
        this.hi = hi;
    }

    static <T> SortedSet<T> of(SortedSet<T> set) {
        if (set instanceof ReverseOrderSortedSetView<T> rossv && !rossv.hasLo && !rossv.hasHi) return rossv.base;
        return new ReverseOrderSortedSetView<>(set, false, null, false, null);
    }

    @SuppressWarnings("unchecked")
    private boolean inRange(Object o) {
        E e = (E) o;
        return (!hasLo || comp.compare(e, lo) >= 0) && (!hasHi || comp.compare(e, hi) < 0);
    }

    /** A bound for a narrower view must lie within this view's range (its own end included). */
    private boolean inClosedRange(E e) {
        return (!hasLo || comp.compare(e, lo) >= 0) && (!hasHi || comp.compare(e, hi) <= 0);
    }

    public int size() {
        if (!hasLo && !hasHi) return base.size();
        int n = 0;
        for (Iterator<E> it = iterator(); it.hasNext(); it.next()) n++;
        return n;
    }

    public boolean contains(Object o) {
        return inRange(o) && base.contains(o);
    }

    public boolean add(E e) {
        if (!inRange(e)) throw new IllegalArgumentException();
        return base.add(e);
    }

    public boolean remove(Object o) {
        return inRange(o) && base.remove(o);
    }

    @SuppressWarnings("unchecked")
    public Iterator<E> iterator() {
        Object[] snapshot = base.toArray();
        return new Iterator<E>() {
            int i = snapshot.length;
            E last;
            boolean canRemove;

            private void skip() {
                while (i > 0 && !inRange(snapshot[i - 1])) i--;
            }

            public boolean hasNext() {
                skip();
                return i > 0;
            }

            public E next() {
                if (!hasNext()) throw new NoSuchElementException();
                canRemove = true;
                return last = (E) snapshot[--i];
            }

            public void remove() {
                if (!canRemove) throw new IllegalStateException();
                canRemove = false;
                base.remove(last);
            }
        };
    }

    public Comparator<? super E> comparator() {
        return comp;
    }

    public E first() {
        Iterator<E> it = iterator();
        if (!it.hasNext()) throw new NoSuchElementException();
        return it.next();
    }

    public E last() {
        E result = null;
        boolean any = false;
        for (E e : this) {
            result = e;
            any = true;
        }
        if (!any) throw new NoSuchElementException();
        return result;
    }

    public SortedSet<E> subSet(E fromElement, E toElement) {
        if (!inClosedRange(fromElement)) throw new IllegalArgumentException();
        if (!inClosedRange(toElement)) throw new IllegalArgumentException();
        if (comp.compare(fromElement, toElement) > 0) throw new IllegalArgumentException();
        return new ReverseOrderSortedSetView<>(base, true, fromElement, true, toElement);
    }

    public SortedSet<E> headSet(E toElement) {
        if (!inClosedRange(toElement)) throw new IllegalArgumentException();
        return new ReverseOrderSortedSetView<>(base, hasLo, lo, true, toElement);
    }

    public SortedSet<E> tailSet(E fromElement) {
        if (!inClosedRange(fromElement)) throw new IllegalArgumentException();
        return new ReverseOrderSortedSetView<>(base, true, fromElement, hasHi, hi);
    }

    public SortedSet<E> reversed() {
        if (!hasLo && !hasHi) return base;
        return ReverseOrderSortedSetView.of(this);
    }
}
