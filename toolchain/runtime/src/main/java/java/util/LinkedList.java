package java.util;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Doubly linked list closed into a ring through a sentinel link: the sentinel's after is the first
 * element and its before the last, so no operation needs a null case for either end.
 */
public class LinkedList<E> extends AbstractSequentialList<E> implements List<E>, Deque<E>, Cloneable, java.io.Serializable {
    private static final class Link<E> {
        E value;
        Link<E> before;
        Link<E> after;

        Link(E value) {
            this.value = value;
        }
    }

    private transient Link<E> ring = newRing();
    private transient int count;

    private static <E> Link<E> newRing() {
        Link<E> s = new Link<>(null);
        s.before = s;
        s.after = s;
        return s;
    }

    public LinkedList() {
    }

    public LinkedList(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    /** Links a new element in front of spot (the sentinel means at the end). */
    private void insertBefore(Link<E> spot, E e) {
        Link<E> fresh = new Link<>(e);
        fresh.after = spot;
        fresh.before = spot.before;
        spot.before.after = fresh;
        spot.before = fresh;
        count++;
        modCount++;
    }

    private E unlink(Link<E> x) {
        E value = x.value;
        x.before.after = x.after;
        x.after.before = x.before;
        x.before = null;
        x.after = null;
        x.value = null;
        count--;
        modCount++;
        return value;
    }

    /** The link at a valid element index, walking from the nearer end. */
    private Link<E> linkAt(int index) {
        Link<E> x = ring;
        if (index < (count >> 1)) {
            for (int i = 0; i <= index; i++) x = x.after;
        } else {
            for (int i = count; i > index; i--) x = x.before;
        }
        return x;
    }

    private IndexOutOfBoundsException outside(int index) {
        return new IndexOutOfBoundsException("Index: " + index + ", Size: " + count);
    }

    private void checkElement(int index) {
        if (index < 0 || index >= count) throw outside(index);
    }

    private void checkPosition(int index) {
        if (index < 0 || index > count) throw outside(index);
    }

    private Link<E> firstOrThrow() {
        if (count == 0) throw new NoSuchElementException();
        return ring.after;
    }

    private Link<E> lastOrThrow() {
        if (count == 0) throw new NoSuchElementException();
        return ring.before;
    }

    public E getFirst() {
        return firstOrThrow().value;
    }

    public E getLast() {
        return lastOrThrow().value;
    }

    public E removeFirst() {
        return unlink(firstOrThrow());
    }

    public E removeLast() {
        return unlink(lastOrThrow());
    }

    public void addFirst(E e) {
        insertBefore(ring.after, e);
    }

    public void addLast(E e) {
        insertBefore(ring, e);
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public int size() {
        return count;
    }

    public boolean add(E e) {
        insertBefore(ring, e);
        return true;
    }

    public boolean remove(Object o) {
        for (Link<E> x = ring.after; x != ring; x = x.after) {
            if (o == null ? x.value == null : o.equals(x.value)) {
                unlink(x);
                return true;
            }
        }
        return false;
    }

    public boolean addAll(Collection<? extends E> c) {
        return addAll(count, c);
    }

    @SuppressWarnings("unchecked")
    public boolean addAll(int index, Collection<? extends E> c) {
        checkPosition(index);
        Object[] items = c.toArray();
        if (items.length == 0) return false;
        Link<E> spot = index == count ? ring : linkAt(index);
        Link<E> prev = spot.before;
        for (Object item : items) {
            Link<E> fresh = new Link<>((E) item);
            fresh.before = prev;
            prev.after = fresh;
            prev = fresh;
        }
        prev.after = spot;
        spot.before = prev;
        count += items.length;
        modCount++;
        return true;
    }

    public void clear() {
        // Unlink every node so garbage spread over generations does not keep the others alive.
        Link<E> x = ring.after;
        while (x != ring) {
            Link<E> next = x.after;
            x.value = null;
            x.before = null;
            x.after = null;
            x = next;
        }
        ring.after = ring;
        ring.before = ring;
        count = 0;
        modCount++;
    }

    public E get(int index) {
        checkElement(index);
        return linkAt(index).value;
    }

    public E set(int index, E element) {
        checkElement(index);
        Link<E> x = linkAt(index);
        E old = x.value;
        x.value = element;
        return old;
    }

    public void add(int index, E element) {
        checkPosition(index);
        insertBefore(index == count ? ring : linkAt(index), element);
    }

    public E remove(int index) {
        checkElement(index);
        return unlink(linkAt(index));
    }

    public int indexOf(Object o) {
        int i = 0;
        for (Link<E> x = ring.after; x != ring; x = x.after, i++) {
            if (o == null ? x.value == null : o.equals(x.value)) return i;
        }
        return -1;
    }

    public int lastIndexOf(Object o) {
        int i = count - 1;
        for (Link<E> x = ring.before; x != ring; x = x.before, i--) {
            if (o == null ? x.value == null : o.equals(x.value)) return i;
        }
        return -1;
    }

    public E peek() {
        return ring.after.value;
    }

    public E element() {
        return getFirst();
    }

    public E poll() {
        return count == 0 ? null : unlink(ring.after);
    }

    public E remove() {
        return removeFirst();
    }

    public boolean offer(E e) {
        return add(e);
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E peekFirst() {
        return ring.after.value;
    }

    public E peekLast() {
        return ring.before.value;
    }

    public E pollFirst() {
        return count == 0 ? null : unlink(ring.after);
    }

    public E pollLast() {
        return count == 0 ? null : unlink(ring.before);
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public boolean removeFirstOccurrence(Object o) {
        return remove(o);
    }

    public boolean removeLastOccurrence(Object o) {
        for (Link<E> x = ring.before; x != ring; x = x.before) {
            if (o == null ? x.value == null : o.equals(x.value)) {
                unlink(x);
                return true;
            }
        }
        return false;
    }

    public ListIterator<E> listIterator(int index) {
        checkPosition(index);
        return new Cursor(index);
    }

    /** ahead is the link next() returns (the sentinel at the end); touched is what set/remove act on. */
    private final class Cursor implements ListIterator<E> {
        private Link<E> ahead;
        private Link<E> touched;
        private int position;
        private int knownMods = modCount;

        Cursor(int index) {
            ahead = index == count ? ring : linkAt(index);
            position = index;
        }

        private void verify() {
            if (modCount != knownMods) throw new ConcurrentModificationException();
        }

        public boolean hasNext() {
            return position < count;
        }

        public E next() {
            verify();
            if (position >= count) throw new NoSuchElementException();
            touched = ahead;
            ahead = ahead.after;
            position++;
            return touched.value;
        }

        public boolean hasPrevious() {
            return position > 0;
        }

        public E previous() {
            verify();
            if (position <= 0) throw new NoSuchElementException();
            ahead = ahead.before;
            touched = ahead;
            position--;
            return touched.value;
        }

        public int nextIndex() {
            return position;
        }

        public int previousIndex() {
            return position - 1;
        }

        public void remove() {
            verify();
            if (touched == null) throw new IllegalStateException();
            if (touched == ahead) ahead = touched.after;
            else position--;
            unlink(touched);
            touched = null;
            knownMods++;
        }

        public void set(E e) {
            if (touched == null) throw new IllegalStateException();
            verify();
            touched.value = e;
        }

        public void add(E e) {
            verify();
            touched = null;
            insertBefore(ahead, e);
            position++;
            knownMods++;
        }

        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (modCount == knownMods && position < count) {
                touched = ahead;
                ahead = ahead.after;
                position++;
                action.accept(touched.value);
            }
            verify();
        }
    }

    public Iterator<E> descendingIterator() {
        ListIterator<E> back = new Cursor(size());
        return new Iterator<E>() {
            public boolean hasNext() {
                return back.hasPrevious();
            }

            public E next() {
                return back.previous();
            }

            public void remove() {
                back.remove();
            }
        };
    }

    public Object clone() {
        LinkedList<E> copy;
        try {
            @SuppressWarnings("unchecked")
            LinkedList<E> c = (LinkedList<E>) super.clone();
            copy = c;
        } catch (CloneNotSupportedException impossible) {
            throw new InternalError(impossible);
        }
        copy.ring = newRing();
        copy.count = 0;
        copy.modCount = 0;
        for (Link<E> x = ring.after; x != ring; x = x.after) copy.add(x.value);
        return copy;
    }

    public Object[] toArray() {
        Object[] out = new Object[count];
        int i = 0;
        for (Link<E> x = ring.after; x != ring; x = x.after) out[i++] = x.value;
        return out;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        T[] out = a.length >= count ? a : Arrays.copyOf(a, count);
        int i = 0;
        for (Link<E> x = ring.after; x != ring; x = x.after) out[i++] = (T) x.value;
        if (out.length > count) out[count] = null;
        return out;
    }

    public LinkedList<E> reversed() {
        return new ReverseOrderLinkedListView<>(this);
    }

    /**
     * reversed() has to be a LinkedList. This one holds no elements itself: list operations go to a
     * reversed list view of the base, deque operations to the base's other end.
     */
    static class ReverseOrderLinkedListView<E> extends LinkedList<E> {
        final LinkedList<E> base;
        final List<E> flipped;

        ReverseOrderLinkedListView(LinkedList<E> base) {
            this.base = base;
            this.flipped = ReverseOrderListView.of(base, true);
        }

        public String toString() { return flipped.toString(); }
        public boolean retainAll(Collection<?> c) { return flipped.retainAll(c); }
        public boolean removeAll(Collection<?> c) { return flipped.removeAll(c); }
        public boolean containsAll(Collection<?> c) { return flipped.containsAll(c); }
        public boolean isEmpty() { return base.isEmpty(); }
        public Stream<E> parallelStream() { return flipped.parallelStream(); }
        public Stream<E> stream() { return flipped.stream(); }
        public boolean removeIf(Predicate<? super E> filter) { return flipped.removeIf(filter); }
        public <T> T[] toArray(IntFunction<T[]> generator) { return flipped.toArray(generator); }
        public void forEach(Consumer<? super E> action) { flipped.forEach(action); }
        public Iterator<E> iterator() { return flipped.iterator(); }
        public int hashCode() { return flipped.hashCode(); }
        public boolean equals(Object o) { return flipped.equals(o); }
        public List<E> subList(int fromIndex, int toIndex) { return flipped.subList(fromIndex, toIndex); }
        public ListIterator<E> listIterator() { return flipped.listIterator(); }
        public ListIterator<E> listIterator(int index) { return flipped.listIterator(index); }
        public void sort(Comparator<? super E> c) { flipped.sort(c); }
        public void replaceAll(UnaryOperator<E> operator) { flipped.replaceAll(operator); }
        public LinkedList<E> reversed() { return base; }
        public E getFirst() { return base.getLast(); }
        public E getLast() { return base.getFirst(); }
        public E removeFirst() { return base.removeLast(); }
        public E removeLast() { return base.removeFirst(); }
        public void addFirst(E e) { base.addLast(e); }
        public void addLast(E e) { base.addFirst(e); }
        public boolean contains(Object o) { return base.contains(o); }
        public int size() { return base.size(); }
        public boolean add(E e) { return flipped.add(e); }
        public boolean remove(Object o) { return base.removeLastOccurrence(o); }
        public boolean addAll(Collection<? extends E> c) { return flipped.addAll(c); }
        public boolean addAll(int index, Collection<? extends E> c) { return flipped.addAll(index, c); }
        public void clear() { base.clear(); }
        public E get(int index) { return flipped.get(index); }
        public E set(int index, E element) { return flipped.set(index, element); }
        public void add(int index, E element) { flipped.add(index, element); }
        public E remove(int index) { return flipped.remove(index); }
        public int indexOf(Object o) { return flipped.indexOf(o); }
        public int lastIndexOf(Object o) { return flipped.lastIndexOf(o); }
        public E peek() { return base.peekLast(); }
        public E element() { return base.getLast(); }
        public E poll() { return base.pollLast(); }
        public E remove() { return base.removeLast(); }
        public boolean offer(E e) { return base.offerFirst(e); }
        public boolean offerFirst(E e) { return base.offerLast(e); }
        public boolean offerLast(E e) { return base.offerFirst(e); }
        public E peekFirst() { return base.peekLast(); }
        public E peekLast() { return base.peekFirst(); }
        public E pollFirst() { return base.pollLast(); }
        public E pollLast() { return base.pollFirst(); }
        public void push(E e) { base.addLast(e); }
        public E pop() { return base.removeLast(); }
        public boolean removeFirstOccurrence(Object o) { return base.removeLastOccurrence(o); }
        public boolean removeLastOccurrence(Object o) { return base.removeFirstOccurrence(o); }
        public Iterator<E> descendingIterator() { return base.iterator(); }
        public Object[] toArray() { return flipped.toArray(); }
        public <T> T[] toArray(T[] a) { return flipped.toArray(a); }

        /** As on HotSpot: the copy is another view of the same base list. */
        public Object clone() { return new ReverseOrderLinkedListView<>(base); }
    }
}
