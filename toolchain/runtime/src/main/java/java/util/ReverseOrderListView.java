package java.util;

/** List.reversed(): the base list seen back to front; writes go through to the base. */
class ReverseOrderListView<E> extends AbstractList<E> {
    final List<E> base;

    static <T> List<T> of(List<T> list, boolean modifiable) {
        if (list instanceof ReverseOrderListView<T> rolv) return rolv.base;
        return (list instanceof RandomAccess) ? new Rand<>(list) : new ReverseOrderListView<>(list);
    }

    static class Rand<E> extends ReverseOrderListView<E> implements RandomAccess {
        Rand(List<E> list) {
            super(list);
        }
    }

    ReverseOrderListView(List<E> list) {
        base = list;
    }

    private int flip(int index) {
        return base.size() - 1 - index;
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

    public E get(int index) {
        Objects.checkIndex(index, base.size());
        return base.get(flip(index));
    }

    public E set(int index, E element) {
        Objects.checkIndex(index, base.size());
        return base.set(flip(index), element);
    }

    public void add(int index, E element) {
        int size = base.size();
        if (index < 0 || index > size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        base.add(size - index, element);
    }

    public E remove(int index) {
        Objects.checkIndex(index, base.size());
        return base.remove(flip(index));
    }

    public boolean remove(Object o) {
        int i = base.lastIndexOf(o);
        if (i < 0) return false;
        base.remove(i);
        return true;
    }

    public void clear() {
        base.clear();
    }

    public int indexOf(Object o) {
        int i = base.lastIndexOf(o);
        return i < 0 ? -1 : flip(i);
    }

    public int lastIndexOf(Object o) {
        int i = base.indexOf(o);
        return i < 0 ? -1 : flip(i);
    }

    public void addFirst(E e) {
        base.addLast(e);
    }

    public void addLast(E e) {
        base.addFirst(e);
    }

    public E getFirst() {
        return base.getLast();
    }

    public E getLast() {
        return base.getFirst();
    }

    public E removeFirst() {
        return base.removeLast();
    }

    public E removeLast() {
        return base.removeFirst();
    }

    public List<E> reversed() {
        return base;
    }

    public Iterator<E> iterator() {
        return listIterator(0);
    }

    public ListIterator<E> listIterator(int index) {
        int size = base.size();
        if (index < 0 || index > size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        ListIterator<E> it = base.listIterator(size - index);
        return new ListIterator<E>() {
            public boolean hasNext() { return it.hasPrevious(); }
            public E next() { return it.previous(); }
            public boolean hasPrevious() { return it.hasNext(); }
            public E previous() { return it.next(); }
            public int nextIndex() { return base.size() - 1 - it.previousIndex(); }
            public int previousIndex() { return base.size() - 1 - it.nextIndex(); }
            public void remove() { it.remove(); }
            public void set(E e) { it.set(e); }

            public void add(E e) {
                it.add(e);
                it.previous();
            }
        };
    }
}
