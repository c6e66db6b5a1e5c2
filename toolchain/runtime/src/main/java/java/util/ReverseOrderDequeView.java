package java.util;

/** Deque.reversed(): the base deque seen from its other end. */
class ReverseOrderDequeView<E> extends AbstractCollection<E> implements Deque<E> {
    final Deque<E> base;

    private ReverseOrderDequeView(Deque<E> deque) {
        base = deque;
    }

    static <T> Deque<T> of(Deque<T> deque) {
        if (deque instanceof ReverseOrderDequeView<T> rodv) return rodv.base;
        return new ReverseOrderDequeView<>(deque);
    }

    public Iterator<E> iterator() { return base.descendingIterator(); }
    public Iterator<E> descendingIterator() { return base.iterator(); }
    public int size() { return base.size(); }
    public boolean isEmpty() { return base.isEmpty(); }
    public boolean contains(Object o) { return base.contains(o); }
    public boolean add(E e) {
        base.addFirst(e);
        return true;
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean modified = false;
        for (E e : c) {
            base.addFirst(e);
            modified = true;
        }
        return modified;
    }

    public void clear() { base.clear(); }
    public boolean remove(Object o) { return base.removeLastOccurrence(o); }
    public void addFirst(E e) { base.addLast(e); }
    public void addLast(E e) { base.addFirst(e); }
    public boolean offerFirst(E e) { return base.offerLast(e); }
    public boolean offerLast(E e) { return base.offerFirst(e); }
    public E removeFirst() { return base.removeLast(); }
    public E removeLast() { return base.removeFirst(); }
    public E pollFirst() { return base.pollLast(); }
    public E pollLast() { return base.pollFirst(); }
    public E getFirst() { return base.getLast(); }
    public E getLast() { return base.getFirst(); }
    public E peekFirst() { return base.peekLast(); }
    public E peekLast() { return base.peekFirst(); }
    public boolean removeFirstOccurrence(Object o) { return base.removeLastOccurrence(o); }
    public boolean removeLastOccurrence(Object o) { return base.removeFirstOccurrence(o); }
    public boolean offer(E e) { return base.offerFirst(e); }
    public E remove() { return base.removeLast(); }
    public E poll() { return base.pollLast(); }
    public E element() { return base.getLast(); }
    public E peek() { return base.peekLast(); }
    public void push(E e) { base.addLast(e); }
    public E pop() { return base.removeLast(); }
    public Deque<E> reversed() { return base; }
}
