package java.util;

/**
 * Skeleton random-access list. Iterators, sublists, equals, indexOf and clear are built on the
 * subclass's get/set/add/remove/size exactly as the API documentation describes, since a user's
 * subclass sees those calls.
 */
public abstract class AbstractList<E> extends AbstractCollection<E> implements List<E> {
    protected transient int modCount = 0;

    protected AbstractList() {
    }

    public boolean add(E e) {
        add(size(), e);
        return true;
    }

    public abstract E get(int index);

    public E set(int index, E element) {
        throw new UnsupportedOperationException();
    }

    public void add(int index, E element) {
        throw new UnsupportedOperationException();
    }

    public E remove(int index) {
        throw new UnsupportedOperationException();
    }

    public int indexOf(Object o) {
        ListIterator<E> it = listIterator();
        while (it.hasNext()) {
            E e = it.next();
            if (o == null ? e == null : o.equals(e)) return it.previousIndex();
        }
        return -1;
    }

    public int lastIndexOf(Object o) {
        ListIterator<E> it = listIterator(size());
        while (it.hasPrevious()) {
            E e = it.previous();
            if (o == null ? e == null : o.equals(e)) return it.nextIndex();
        }
        return -1;
    }

    public void clear() {
        removeRange(0, size());
    }

    public boolean addAll(int index, Collection<? extends E> c) {
        checkPosition(index, size());
        int at = index;
        for (E e : c) add(at++, e);
        return at != index;
    }

    public Iterator<E> iterator() {
        return new Walker();
    }

    public ListIterator<E> listIterator() {
        return listIterator(0);
    }

    public ListIterator<E> listIterator(final int index) {
        checkPosition(index, size());
        return new TwoWayWalker(index);
    }

    /** "Index: i, Size: n" when an insertion position is outside [0, n]. */
    private static void checkPosition(int index, int size) {
        if (index > size || index < 0) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
    }

    /** Forward iterator over get/remove; position is the index the next call to next() reads. */
    private class Walker implements Iterator<E> {
        int position;
        int lastIndex = -1;
        int knownMods = modCount;

        public boolean hasNext() {
            return position != size();
        }

        public E next() {
            verify();
            int at = position;
            try {
                E e = get(at);
                lastIndex = at;
                position = at + 1;
                return e;
            } catch (IndexOutOfBoundsException gone) {
                verify();
                throw new NoSuchElementException(gone);
            }
        }

        public void remove() {
            if (lastIndex < 0) throw new IllegalStateException();
            verify();
            try {
                AbstractList.this.remove(lastIndex);
            } catch (IndexOutOfBoundsException gone) {
                throw new ConcurrentModificationException();
            }
            if (lastIndex < position) position--;
            lastIndex = -1;
            knownMods = modCount;
        }

        final void verify() {
            if (knownMods != modCount) throw new ConcurrentModificationException();
        }
    }

    private class TwoWayWalker extends Walker implements ListIterator<E> {
        TwoWayWalker(int start) {
            position = start;
        }

        public boolean hasPrevious() {
            return position != 0;
        }

        public E previous() {
            verify();
            int at = position - 1;
            try {
                E e = get(at);
                position = at;
                lastIndex = at;
                return e;
            } catch (IndexOutOfBoundsException gone) {
                verify();
                throw new NoSuchElementException(gone);
            }
        }

        public int nextIndex() {
            return position;
        }

        public int previousIndex() {
            return position - 1;
        }

        public void set(E e) {
            if (lastIndex < 0) throw new IllegalStateException();
            verify();
            try {
                AbstractList.this.set(lastIndex, e);
            } catch (IndexOutOfBoundsException gone) {
                throw new ConcurrentModificationException();
            }
            knownMods = modCount;
        }

        public void add(E e) {
            verify();
            int at = position;
            try {
                AbstractList.this.add(at, e);
            } catch (IndexOutOfBoundsException gone) {
                throw new ConcurrentModificationException();
            }
            position = at + 1;
            lastIndex = -1;
            knownMods = modCount;
        }
    }

    public List<E> subList(int fromIndex, int toIndex) {
        subListRangeCheck(fromIndex, toIndex, size());
        return this instanceof RandomAccess
                ? new RandomAccessSlice<>(this, null, fromIndex, toIndex)
                : new Slice<>(this, null, fromIndex, toIndex);
    }

    /** The argument checks (and messages) every subList(from, to) in java.util shares. */
    static void subListRangeCheck(int fromIndex, int toIndex, int size) {
        String bad = fromIndex < 0 ? "fromIndex = " + fromIndex : toIndex > size ? "toIndex = " + toIndex : null;
        if (bad != null) throw new IndexOutOfBoundsException(bad);
        if (toIndex < fromIndex) throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List<?> that)) return false;
        ListIterator<E> mine = listIterator();
        ListIterator<?> theirs = that.listIterator();
        while (mine.hasNext() && theirs.hasNext()) {
            E a = mine.next();
            Object b = theirs.next();
            if (a == null ? b != null : !a.equals(b)) return false;
        }
        return !mine.hasNext() && !theirs.hasNext();
    }

    public int hashCode() {
        int h = 1;
        for (E e : this) h = h * 31 + (e == null ? 0 : e.hashCode());
        return h;
    }

    protected void removeRange(int fromIndex, int toIndex) {
        ListIterator<E> it = listIterator(fromIndex);
        for (int left = toIndex - fromIndex; left > 0; left--) {
            it.next();
            it.remove();
        }
    }

    /**
     * subList view. Every change goes to the root list at an absolute index; the view and each
     * enclosing view then take the root's modCount, so any change made elsewhere is seen as
     * concurrent modification.
     */
    private static class Slice<E> extends AbstractList<E> {
        private final AbstractList<E> root;
        private final Slice<E> enclosing;
        private final int start;
        private int length;

        Slice(AbstractList<E> root, Slice<E> enclosing, int from, int to) {
            this.root = root;
            this.enclosing = enclosing;
            this.start = enclosing == null ? from : enclosing.start + from;
            this.length = to - from;
            // Taken from the root even under a stale enclosing view (HotSpot does the same).
            this.modCount = root.modCount;
        }

        private void verify() {
            if (modCount != root.modCount) throw new ConcurrentModificationException();
        }

        /** After a change through this view: sizes up the chain, and the root's new modCount. */
        private void grew(int delta) {
            for (Slice<E> s = this; s != null; s = s.enclosing) {
                s.length += delta;
                s.modCount = root.modCount;
            }
        }

        public E get(int index) {
            Objects.checkIndex(index, length);
            verify();
            return root.get(start + index);
        }

        public E set(int index, E element) {
            Objects.checkIndex(index, length);
            verify();
            return root.set(start + index, element);
        }

        public int size() {
            verify();
            return length;
        }

        public void add(int index, E element) {
            checkPosition(index, length);
            verify();
            root.add(start + index, element);
            grew(1);
        }

        public E remove(int index) {
            Objects.checkIndex(index, length);
            verify();
            E gone = root.remove(start + index);
            grew(-1);
            return gone;
        }

        protected void removeRange(int fromIndex, int toIndex) {
            verify();
            root.removeRange(start + fromIndex, start + toIndex);
            grew(fromIndex - toIndex);
        }

        public boolean addAll(Collection<? extends E> c) {
            return addAll(length, c);
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            checkPosition(index, length);
            int count = c.size();
            if (count == 0) return false;
            verify();
            root.addAll(start + index, c);
            grew(count);
            return true;
        }

        public Iterator<E> iterator() {
            return listIterator();
        }

        public ListIterator<E> listIterator(int index) {
            verify();
            checkPosition(index, length);
            ListIterator<E> inner = root.listIterator(start + index);
            return new ListIterator<E>() {
                public boolean hasNext() {
                    return nextIndex() < length;
                }

                public E next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    return inner.next();
                }

                public boolean hasPrevious() {
                    return previousIndex() >= 0;
                }

                public E previous() {
                    if (!hasPrevious()) throw new NoSuchElementException();
                    return inner.previous();
                }

                public int nextIndex() {
                    return inner.nextIndex() - start;
                }

                public int previousIndex() {
                    return inner.previousIndex() - start;
                }

                public void remove() {
                    inner.remove();
                    grew(-1);
                }

                public void set(E e) {
                    inner.set(e);
                }

                public void add(E e) {
                    inner.add(e);
                    grew(1);
                }
            };
        }

        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, length);
            return this instanceof RandomAccess
                    ? new RandomAccessSlice<>(root, this, fromIndex, toIndex)
                    : new Slice<>(root, this, fromIndex, toIndex);
        }
    }

    private static final class RandomAccessSlice<E> extends Slice<E> implements RandomAccess {
        RandomAccessSlice(AbstractList<E> root, Slice<E> enclosing, int from, int to) {
            super(root, enclosing, from, to);
        }
    }
}
