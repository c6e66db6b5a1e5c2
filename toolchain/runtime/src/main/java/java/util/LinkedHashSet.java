package java.util;

/** A HashSet over a LinkedHashMap: iterates in insertion order, and is sequenced both ways. */
public class LinkedHashSet<E> extends HashSet<E> implements SequencedSet<E>, Cloneable, java.io.Serializable {
    public LinkedHashSet(int initialCapacity, float loadFactor) {
        super(loadFactor, initialCapacity);
    }

    public LinkedHashSet(int initialCapacity) {
        super(0.75f, initialCapacity);
    }

    public LinkedHashSet() {
        super(0.75f, 16);
    }

    public LinkedHashSet(Collection<? extends E> c) {
        super(0.75f, HashMap.capacityFor(Math.max(c.size(), 12)));
        addAll(c);
    }

    public static <T> LinkedHashSet<T> newLinkedHashSet(int numElements) {
        if (numElements < 0) throw new IllegalArgumentException("Negative number of elements: " + numElements);
        return new LinkedHashSet<>(HashMap.capacityFor(numElements));
    }

    public void addFirst(E e) {
        addAt(true, e);
    }

    public void addLast(E e) {
        addAt(false, e);
    }

    public E getFirst() {
        return linked().sequencedKeySet().getFirst();
    }

    public E getLast() {
        return linked().sequencedKeySet().getLast();
    }

    public E removeFirst() {
        return linked().sequencedKeySet().removeFirst();
    }

    public E removeLast() {
        return linked().sequencedKeySet().removeLast();
    }

    public SequencedSet<E> reversed() {
        return new Backwards();
    }

    /** This set seen from its end; additions and removals write through. */
    private final class Backwards extends AbstractSet<E> implements SequencedSet<E> {
        public int size() {
            return LinkedHashSet.this.size();
        }

        public Iterator<E> iterator() {
            return linked().sequencedKeySet().reversed().iterator();
        }

        public boolean add(E e) {
            return LinkedHashSet.this.add(e);
        }

        public void addFirst(E e) {
            LinkedHashSet.this.addLast(e);
        }

        public void addLast(E e) {
            LinkedHashSet.this.addFirst(e);
        }

        public E getFirst() {
            return LinkedHashSet.this.getLast();
        }

        public E getLast() {
            return LinkedHashSet.this.getFirst();
        }

        public E removeFirst() {
            return LinkedHashSet.this.removeLast();
        }

        public E removeLast() {
            return LinkedHashSet.this.removeFirst();
        }

        public SequencedSet<E> reversed() {
            return LinkedHashSet.this;
        }

        public Object[] toArray() {
            return linked().fillArray(new Object[size()], false, true);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            return (T[]) linked().fillArray(linked().arrayFor(a), false, true);
        }
    }
}
