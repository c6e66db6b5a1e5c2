package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * List.reversed(): the base list read from the back. Index i of the view is base index size-1-i.
 * Which base methods each operation calls is observable (user lists), and follows HotSpot's
 * observed calls; bulk operations that do not depend on order go to the base unchanged.
 */
class ReverseOrderListView<E> extends AbstractList<E> {
    final List<E> base;
    final boolean modifiable;

    static <T> List<T> of(List<T> list, boolean modifiable) {
        return list instanceof RandomAccess ? new Indexed<>(list, modifiable) : new ReverseOrderListView<>(list, modifiable);
    }

    ReverseOrderListView(List<E> base, boolean modifiable) {
        this.base = base;
        this.modifiable = modifiable;
    }

    static final class Indexed<E> extends ReverseOrderListView<E> implements RandomAccess {
        Indexed(List<E> base, boolean modifiable) {
            super(base, modifiable);
        }
    }

    private void writable() {
        if (!modifiable) throw new UnsupportedOperationException();
    }

    private static void checkPosition(int index, int size) {
        if (index < 0 || index > size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
    }

    /** The elements of c, last first. */
    private static Collection<Object> backwards(Collection<?> c) {
        Object[] items = c.toArray();
        for (int i = 0, j = items.length - 1; i < j; i++, j--) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
        return Arrays.asList(items);
    }

    public int size() {
        return base.size();
    }

    public boolean isEmpty() {
        return base.isEmpty();
    }

    public boolean contains(Object o) {
        return base.contains(o);
    }

    public boolean containsAll(Collection<?> c) {
        return base.containsAll(c);
    }

    public E get(int index) {
        int n = base.size();
        Objects.checkIndex(index, n);
        return base.get(n - 1 - index);
    }

    public E set(int index, E element) {
        writable();
        int n = base.size();
        Objects.checkIndex(index, n);
        return base.set(n - 1 - index, element);
    }

    public boolean add(E e) {
        writable();
        base.add(0, e);
        return true;
    }

    public void add(int index, E element) {
        writable();
        int n = base.size();
        checkPosition(index, n);
        base.add(n - index, element);
    }

    @SuppressWarnings("unchecked")
    public boolean addAll(Collection<? extends E> c) {
        writable();
        return base.addAll(0, (Collection<? extends E>) backwards(c));
    }

    @SuppressWarnings("unchecked")
    public boolean addAll(int index, Collection<? extends E> c) {
        writable();
        int n = base.size();
        checkPosition(index, n);
        return base.addAll(n - index, (Collection<? extends E>) backwards(c));
    }

    public E remove(int index) {
        writable();
        int n = base.size();
        Objects.checkIndex(index, n);
        return base.remove(n - 1 - index);
    }

    /** The view's first occurrence is the base's last. */
    public boolean remove(Object o) {
        writable();
        ListIterator<E> back = base.listIterator(base.size());
        while (back.hasPrevious()) {
            if (Objects.equals(o, back.previous())) {
                back.remove();
                return true;
            }
        }
        return false;
    }

    public boolean removeIf(Predicate<? super E> filter) {
        writable();
        return base.removeIf(filter);
    }

    public void replaceAll(UnaryOperator<E> operator) {
        writable();
        base.replaceAll(operator);
    }

    /** Sorted in view order (stable as seen from the view), then written to the base front to back. */
    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        writable();
        Object[] items = toArray();
        Arrays.sort(items, (Comparator<Object>) c);
        ListIterator<E> it = base.listIterator();
        for (int i = items.length - 1; i >= 0; i--) {
            it.next();
            it.set((E) items[i]);
        }
    }

    public void clear() {
        writable();
        base.clear();
    }

    public int indexOf(Object o) {
        int i = base.lastIndexOf(o);
        return i < 0 ? -1 : base.size() - 1 - i;
    }

    public int lastIndexOf(Object o) {
        int i = base.indexOf(o);
        return i < 0 ? -1 : base.size() - 1 - i;
    }

    public Object[] toArray() {
        Object[] items = base.toArray();
        for (int i = 0, j = items.length - 1; i < j; i++, j--) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] items = toArray();
        int n = items.length;
        if (a.length < n) return (T[]) Arrays.copyOf(items, n, a.getClass());
        System.arraycopy(items, 0, a, 0, n);
        if (a.length > n) a[n] = null;
        return a;
    }

    public List<E> reversed() {
        return base;
    }

    public List<E> subList(int fromIndex, int toIndex) {
        int n = base.size();
        Objects.checkFromToIndex(fromIndex, toIndex, n);
        return new ReverseOrderListView<>(base.subList(n - toIndex, n - fromIndex), modifiable);
    }

    public Iterator<E> iterator() {
        return listIterator(0);
    }

    /** No up-front null check: HotSpot's view only fails on a null action when there is an element. */
    public void forEach(Consumer<? super E> action) {
        for (E e : this) action.accept(e);
    }

    public ListIterator<E> listIterator(int index) {
        int n = base.size();
        checkPosition(index, n);
        return new Backwards(base.listIterator(n - index));
    }

    /** The base's list iterator driven the other way round. */
    private final class Backwards implements ListIterator<E> {
        private final ListIterator<E> inner;

        Backwards(ListIterator<E> inner) {
            this.inner = inner;
        }

        public boolean hasNext() {
            return inner.hasPrevious();
        }

        public E next() {
            return inner.previous();
        }

        public boolean hasPrevious() {
            return inner.hasNext();
        }

        public E previous() {
            return inner.next();
        }

        public int nextIndex() {
            return base.size() - inner.nextIndex();
        }

        public int previousIndex() {
            return nextIndex() - 1;
        }

        public void remove() {
            writable();
            inner.remove();
        }

        public void set(E e) {
            writable();
            inner.set(e);
        }

        /** Inserted at the cursor, then stepped over backwards so the view's cursor is after it. */
        public void add(E e) {
            writable();
            inner.add(e);
            inner.previous();
        }
    }
}
