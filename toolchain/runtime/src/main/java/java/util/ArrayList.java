package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Resizable array list. Capacity follows HotSpot's policy (ten on the first growth of a list made
 * with the no-argument constructor, then growth by half) because ensureCapacity changes modCount
 * only when it really grows, which iterators can observe.
 */
public class ArrayList<E> extends AbstractList<E> implements List<E>, RandomAccess, Cloneable, java.io.Serializable {
    /** Storage of lists created with an explicit capacity of zero, or trimmed to nothing. */
    private static final Object[] NONE = {};
    /** Storage of lists created with new ArrayList(): grows straight to FIRST_CAPACITY. */
    private static final Object[] UNSIZED = {};
    private static final int FIRST_CAPACITY = 10;

    private transient Object[] store;
    private int count;

    public ArrayList(int initialCapacity) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        store = initialCapacity == 0 ? NONE : new Object[initialCapacity];
    }

    public ArrayList() {
        store = UNSIZED;
    }

    public ArrayList(Collection<? extends E> c) {
        Object[] items = c.toArray();
        count = items.length;
        if (count == 0) store = NONE;
        else if (c.getClass() == ArrayList.class) store = items;
        else store = Arrays.copyOf(items, count, Object[].class);
    }

    public void trimToSize() {
        modCount++;
        if (count < store.length) store = count == 0 ? NONE : Arrays.copyOf(store, count);
    }

    public void ensureCapacity(int minCapacity) {
        if (minCapacity <= store.length) return;
        if (store == UNSIZED && minCapacity <= FIRST_CAPACITY) return;
        modCount++;
        enlarge(minCapacity);
    }

    /** Makes room for at least needed elements; growth is amortised (half the current capacity). */
    private Object[] enlarge(int needed) {
        int have = store.length;
        int want;
        if (store == UNSIZED) {
            want = Math.max(needed, FIRST_CAPACITY);
        } else {
            want = have + (have >> 1);
            if (want - needed <= 0) want = needed;
            if (want < 0 || want > Integer.MAX_VALUE - 8) {
                if (needed < 0) throw new OutOfMemoryError("Required array length " + have + " + " + (needed - have) + " is too large");
                want = Math.max(needed, Integer.MAX_VALUE - 8);
            }
        }
        return store = Arrays.copyOf(store, want);
    }

    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public int indexOf(Object o) {
        return find(o, 0, count);
    }

    public int lastIndexOf(Object o) {
        return findLast(o, 0, count);
    }

    /** First index in [from, to) holding o (o.equals(element)), or -1. */
    private int find(Object o, int from, int to) {
        Object[] a = store;
        if (o == null) {
            for (int i = from; i < to; i++) if (a[i] == null) return i;
        } else {
            for (int i = from; i < to; i++) if (o.equals(a[i])) return i;
        }
        return -1;
    }

    private int findLast(Object o, int from, int to) {
        Object[] a = store;
        if (o == null) {
            for (int i = to; --i >= from; ) if (a[i] == null) return i;
        } else {
            for (int i = to; --i >= from; ) if (o.equals(a[i])) return i;
        }
        return -1;
    }

    public Object clone() {
        try {
            @SuppressWarnings("unchecked")
            ArrayList<E> copy = (ArrayList<E>) super.clone();
            copy.store = Arrays.copyOf(store, count);
            copy.modCount = 0;
            return copy;
        } catch (CloneNotSupportedException impossible) {
            throw new InternalError(impossible);
        }
    }

    public Object[] toArray() {
        return Arrays.copyOf(store, count);
    }

    public <T> T[] toArray(T[] a) {
        return copyOut(a, 0, count);
    }

    /** toArray(T[]) for the range [from, from + n): null after the last element if a has room. */
    @SuppressWarnings("unchecked")
    private <T> T[] copyOut(T[] a, int from, int n) {
        if (a.length < n) return (T[]) Arrays.copyOfRange(store, from, from + n, a.getClass());
        System.arraycopy(store, from, a, 0, n);
        if (a.length > n) a[n] = null;
        return a;
    }

    @SuppressWarnings("unchecked")
    private E at(int i) {
        return (E) store[i];
    }

    public E get(int index) {
        Objects.checkIndex(index, count);
        return at(index);
    }

    public E getFirst() {
        if (count == 0) throw new NoSuchElementException();
        return at(0);
    }

    public E getLast() {
        if (count == 0) throw new NoSuchElementException();
        return at(count - 1);
    }

    public E set(int index, E element) {
        Objects.checkIndex(index, count);
        E old = at(index);
        store[index] = element;
        return old;
    }

    public boolean add(E e) {
        modCount++;
        int n = count;
        Object[] a = store;
        if (n == a.length) a = enlarge(n + 1);
        a[n] = e;
        count = n + 1;
        return true;
    }

    public void add(int index, E element) {
        checkInsertPosition(index);
        modCount++;
        int n = count;
        Object[] a = store;
        if (n == a.length) a = enlarge(n + 1);
        System.arraycopy(a, index, a, index + 1, n - index);
        a[index] = element;
        count = n + 1;
    }

    public void addFirst(E element) {
        add(0, element);
    }

    public void addLast(E element) {
        add(element);
    }

    private void checkInsertPosition(int index) {
        if (index < 0 || index > count) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + count);
    }

    public E remove(int index) {
        Objects.checkIndex(index, count);
        E old = at(index);
        cut(index, index + 1);
        return old;
    }

    public E removeFirst() {
        if (count == 0) throw new NoSuchElementException();
        E old = at(0);
        cut(0, 1);
        return old;
    }

    public E removeLast() {
        if (count == 0) throw new NoSuchElementException();
        E old = at(count - 1);
        cut(count - 1, count);
        return old;
    }

    /** Structural removal of [from, to): the tail slides down and the freed slots are cleared. */
    private void cut(int from, int to) {
        modCount++;
        Object[] a = store;
        int n = count;
        System.arraycopy(a, to, a, from, n - to);
        int left = n - (to - from);
        Arrays.fill(a, left, n, null);
        count = left;
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List<?> other)) return false;
        int mods = modCount;
        boolean same;
        if (o.getClass() == ArrayList.class) {
            ArrayList<?> peer = (ArrayList<?>) o;
            int peerMods = peer.modCount;
            same = count == peer.count && sameElements(peer.store, count);
            peer.checkMods(peerMods);
        } else {
            same = rangeEquals(other, 0, count);
        }
        checkMods(mods);
        return same;
    }

    private boolean sameElements(Object[] theirs, int n) {
        Object[] mine = store;
        for (int i = 0; i < n; i++) {
            if (!Objects.equals(mine[i], theirs[i])) return false;
        }
        return true;
    }

    /** Whether [from, to) equals the whole of other, walked with its iterator. */
    private boolean rangeEquals(List<?> other, int from, int to) {
        Object[] mine = store;
        Iterator<?> theirs = other.iterator();
        for (int i = from; i < to; i++) {
            if (!theirs.hasNext() || !Objects.equals(mine[i], theirs.next())) return false;
        }
        return !theirs.hasNext();
    }

    private void checkMods(int expected) {
        if (modCount != expected) throw new ConcurrentModificationException();
    }

    public int hashCode() {
        int mods = modCount;
        int h = rangeHash(0, count);
        checkMods(mods);
        return h;
    }

    private int rangeHash(int from, int to) {
        Object[] a = store;
        int h = 1;
        for (int i = from; i < to; i++) {
            Object e = a[i];
            h = h * 31 + (e == null ? 0 : e.hashCode());
        }
        return h;
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) return false;
        cut(i, i + 1);
        return true;
    }

    public void clear() {
        modCount++;
        Arrays.fill(store, 0, count, null);
        count = 0;
    }

    public boolean addAll(Collection<? extends E> c) {
        Object[] items = c.toArray();
        modCount++;
        int more = items.length;
        if (more == 0) return false;
        int n = count;
        if (more > store.length - n) enlarge(n + more);
        System.arraycopy(items, 0, store, n, more);
        count = n + more;
        return true;
    }

    public boolean addAll(int index, Collection<? extends E> c) {
        checkInsertPosition(index);
        Object[] items = c.toArray();
        modCount++;
        int more = items.length;
        if (more == 0) return false;
        int n = count;
        if (more > store.length - n) enlarge(n + more);
        System.arraycopy(store, index, store, index + more, n - index);
        System.arraycopy(items, 0, store, index, more);
        count = n + more;
        return true;
    }

    protected void removeRange(int fromIndex, int toIndex) {
        if (fromIndex > toIndex) throw new IndexOutOfBoundsException("From Index: " + fromIndex + " > To Index: " + toIndex);
        cut(fromIndex, toIndex);
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return keepOnly(c, false, 0, count);
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return keepOnly(c, true, 0, count);
    }

    /**
     * Keeps the elements of [from, to) whose membership in c equals member, asking c once per element
     * in order. If c.contains throws, the elements not yet asked about stay.
     */
    private boolean keepOnly(Collection<?> c, boolean member, int from, int to) {
        Object[] a = store;
        int read = from;
        while (read < to && c.contains(a[read]) == member) read++;
        if (read == to) return false;
        int write = read++;
        try {
            for (; read < to; read++) {
                Object e = a[read];
                if (c.contains(e) == member) a[write++] = e;
            }
        } finally {
            // read stops early only when contains threw: keep the unexamined rest.
            int rest = to - read;
            System.arraycopy(a, read, a, write, rest);
            write += rest;
            int gone = to - write;
            System.arraycopy(a, to, a, write, count - to);
            Arrays.fill(a, count - gone, count, null);
            count -= gone;
            modCount++;
        }
        return true;
    }

    public ListIterator<E> listIterator(int index) {
        checkInsertPosition(index);
        return new ListCursor(null, index);
    }

    public ListIterator<E> listIterator() {
        return new ListCursor(null, 0);
    }

    public Iterator<E> iterator() {
        return new Cursor(null, 0);
    }

    /**
     * Iterator over the whole list (view == null) or over a subList view, reading the array directly
     * and checking the list's modCount; changes go through the list's or the view's own methods.
     */
    private class Cursor implements Iterator<E> {
        final View<E> view;
        final int base;
        int next;
        int last = -1;
        int knownMods = modCount;

        Cursor(View<E> view, int next) {
            this.view = view;
            this.base = view == null ? 0 : view.start;
            this.next = next;
        }

        final int limit() {
            return view == null ? count : view.length;
        }

        final void verify() {
            if (modCount != knownMods) throw new ConcurrentModificationException();
        }

        public boolean hasNext() {
            return next != limit();
        }

        @SuppressWarnings("unchecked")
        public E next() {
            verify();
            int i = next;
            if (i >= limit()) throw new NoSuchElementException();
            Object[] a = store;
            if (base + i >= a.length) throw new ConcurrentModificationException();
            next = i + 1;
            last = i;
            return (E) a[base + i];
        }

        public void remove() {
            if (last < 0) throw new IllegalStateException();
            verify();
            try {
                if (view == null) ArrayList.this.remove(last);
                else view.remove(last);
            } catch (IndexOutOfBoundsException stale) {
                throw new ConcurrentModificationException();
            }
            next = last;
            last = -1;
            knownMods = modCount;
        }

        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int end = limit();
            int i = next;
            if (i < end) {
                Object[] a = store;
                if (base + i >= a.length) throw new ConcurrentModificationException();
                while (i < end && modCount == knownMods) action.accept((E) a[base + i++]);
                next = i;
                last = i - 1;
                verify();
            }
        }
    }

    private final class ListCursor extends Cursor implements ListIterator<E> {
        ListCursor(View<E> view, int next) {
            super(view, next);
        }

        public boolean hasPrevious() {
            return next != 0;
        }

        public int nextIndex() {
            return next;
        }

        public int previousIndex() {
            return next - 1;
        }

        @SuppressWarnings("unchecked")
        public E previous() {
            verify();
            int i = next - 1;
            if (i < 0) throw new NoSuchElementException();
            Object[] a = store;
            if (base + i >= a.length) throw new ConcurrentModificationException();
            next = i;
            last = i;
            return (E) a[base + i];
        }

        public void set(E e) {
            if (last < 0) throw new IllegalStateException();
            verify();
            try {
                ArrayList.this.set(base + last, e);
            } catch (IndexOutOfBoundsException stale) {
                throw new ConcurrentModificationException();
            }
        }

        public void add(E e) {
            verify();
            try {
                int i = next;
                if (view == null) ArrayList.this.add(i, e);
                else view.add(i, e);
                next = i + 1;
                last = -1;
                knownMods = modCount;
            } catch (IndexOutOfBoundsException stale) {
                throw new ConcurrentModificationException();
            }
        }
    }

    public List<E> subList(int fromIndex, int toIndex) {
        subListRangeCheck(fromIndex, toIndex, count);
        return new View<>(this, null, fromIndex, toIndex);
    }

    /** subList view: reads the root's array; structural changes go to the root and update the chain. */
    private static final class View<E> extends AbstractList<E> implements RandomAccess {
        private final ArrayList<E> root;
        private final View<E> enclosing;
        final int start;
        int length;

        View(ArrayList<E> root, View<E> enclosing, int from, int to) {
            this.root = root;
            this.enclosing = enclosing;
            this.start = enclosing == null ? from : enclosing.start + from;
            this.length = to - from;
            this.modCount = enclosing == null ? root.modCount : enclosing.modCount;
        }

        private void verify() {
            if (root.modCount != modCount) throw new ConcurrentModificationException();
        }

        private void grew(int delta) {
            for (View<E> v = this; v != null; v = v.enclosing) {
                v.length += delta;
                v.modCount = root.modCount;
            }
        }

        private void checkInsertPosition(int index) {
            if (index < 0 || index > length) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + length);
        }

        public E set(int index, E element) {
            Objects.checkIndex(index, length);
            verify();
            E old = root.at(start + index);
            root.store[start + index] = element;
            return old;
        }

        public E get(int index) {
            Objects.checkIndex(index, length);
            verify();
            return root.at(start + index);
        }

        public int size() {
            verify();
            return length;
        }

        public void add(int index, E element) {
            checkInsertPosition(index);
            verify();
            root.add(start + index, element);
            grew(1);
        }

        public E remove(int index) {
            Objects.checkIndex(index, length);
            verify();
            E old = root.remove(start + index);
            grew(-1);
            return old;
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
            checkInsertPosition(index);
            int more = c.size();
            if (more == 0) return false;
            verify();
            root.addAll(start + index, c);
            grew(more);
            return true;
        }

        public void replaceAll(UnaryOperator<E> operator) {
            root.rangeReplace(operator, start, start + length);
        }

        public boolean removeAll(Collection<?> c) {
            return filterOut(c, false);
        }

        public boolean retainAll(Collection<?> c) {
            return filterOut(c, true);
        }

        private boolean filterOut(Collection<?> c, boolean member) {
            Objects.requireNonNull(c);
            verify();
            int before = root.count;
            boolean changed = root.keepOnly(c, member, start, start + length);
            if (changed) grew(root.count - before);
            return changed;
        }

        public boolean removeIf(Predicate<? super E> filter) {
            verify();
            int before = root.count;
            boolean changed = root.rangeRemoveIf(filter, start, start + length);
            if (changed) grew(root.count - before);
            return changed;
        }

        public Object[] toArray() {
            verify();
            return Arrays.copyOfRange(root.store, start, start + length);
        }

        public <T> T[] toArray(T[] a) {
            verify();
            return root.copyOut(a, start, length);
        }

        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof List<?> other)) return false;
            boolean same = root.rangeEquals(other, start, start + length);
            verify();
            return same;
        }

        public int hashCode() {
            int h = root.rangeHash(start, start + length);
            verify();
            return h;
        }

        public int indexOf(Object o) {
            int i = root.find(o, start, start + length);
            verify();
            return i < 0 ? -1 : i - start;
        }

        public int lastIndexOf(Object o) {
            int i = root.findLast(o, start, start + length);
            verify();
            return i < 0 ? -1 : i - start;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Iterator<E> iterator() {
            return listIterator();
        }

        public ListIterator<E> listIterator(int index) {
            verify();
            checkInsertPosition(index);
            return root.new ListCursor(this, index);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, length);
            return new View<>(root, this, fromIndex, toIndex);
        }
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int mods = modCount;
        Object[] a = store;
        int n = count;
        for (int i = 0; i < n && modCount == mods; i++) action.accept((E) a[i]);
        checkMods(mods);
    }

    public boolean removeIf(Predicate<? super E> filter) {
        return rangeRemoveIf(filter, 0, count);
    }

    /**
     * removeIf over [from, to): the filter sees every element of the range, in order, before anything
     * moves; only then are the marked elements squeezed out.
     */
    @SuppressWarnings("unchecked")
    private boolean rangeRemoveIf(Predicate<? super E> filter, int from, int to) {
        Objects.requireNonNull(filter);
        int mods = modCount;
        Object[] a = store;
        int first = from;
        while (first < to && !filter.test((E) a[first])) first++;
        if (first == to) {
            checkMods(mods);
            return false;
        }
        // Bit k of doomed marks element first + k.
        long[] doomed = new long[((to - first - 1) >> 6) + 1];
        doomed[0] = 1L;
        for (int i = first + 1; i < to; i++) {
            if (filter.test((E) a[i])) doomed[(i - first) >> 6] |= 1L << (i - first);
        }
        checkMods(mods);
        modCount++;
        int write = first;
        for (int i = first; i < to; i++) {
            if ((doomed[(i - first) >> 6] & (1L << (i - first))) == 0) a[write++] = a[i];
        }
        int gone = to - write;
        System.arraycopy(a, to, a, write, count - to);
        Arrays.fill(a, count - gone, count, null);
        count -= gone;
        return true;
    }

    public void replaceAll(UnaryOperator<E> operator) {
        rangeReplace(operator, 0, count);
        // HotSpot counts a replaceAll of the whole list as a modification (not one of a subList).
        modCount++;
    }

    @SuppressWarnings("unchecked")
    private void rangeReplace(UnaryOperator<E> operator, int from, int to) {
        Objects.requireNonNull(operator);
        int mods = modCount;
        Object[] a = store;
        for (int i = from; i < to && modCount == mods; i++) a[i] = operator.apply((E) a[i]);
        checkMods(mods);
    }

    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        int mods = modCount;
        Arrays.sort((E[]) store, 0, count, c);
        checkMods(mods);
        modCount++;
    }
}
