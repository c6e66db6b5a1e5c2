package java.util;

/** A set kept as the keys of a HashMap (a LinkedHashMap for LinkedHashSet), so it iterates as that map does. */
public class HashSet<E> extends AbstractSet<E> implements Set<E>, Cloneable, java.io.Serializable {
    /** The value stored with every element; remove tells a removal by seeing it come back. */
    private static final Object MARK = new Object();

    transient HashMap<E, Object> backing;

    public HashSet() {
        backing = new HashMap<>();
    }

    public HashSet(Collection<? extends E> c) {
        // Sized for the collection, but never below the default 16 slots.
        backing = new HashMap<>(HashMap.capacityFor(Math.max(c.size(), 12)));
        addAll(c);
    }

    public HashSet(int initialCapacity, float loadFactor) {
        backing = new HashMap<>(initialCapacity, loadFactor);
    }

    public HashSet(int initialCapacity) {
        backing = new HashMap<>(initialCapacity);
    }

    /** LinkedHashSet's constructor: the backing map keeps insertion order. */
    HashSet(float loadFactor, int initialCapacity) {
        backing = new LinkedHashMap<>(initialCapacity, loadFactor);
    }

    public static <T> HashSet<T> newHashSet(int numElements) {
        if (numElements < 0) throw new IllegalArgumentException("Negative number of elements: " + numElements);
        return new HashSet<>(HashMap.capacityFor(numElements));
    }

    public Iterator<E> iterator() {
        return backing.keySet().iterator();
    }

    public int size() {
        return backing.size();
    }

    public boolean isEmpty() {
        return backing.isEmpty();
    }

    public boolean contains(Object o) {
        return backing.containsKey(o);
    }

    public boolean add(E e) {
        return backing.put(e, MARK) == null;
    }

    public boolean remove(Object o) {
        return backing.remove(o) == MARK;
    }

    public void clear() {
        backing.clear();
    }

    public Object[] toArray() {
        return backing.fillArray(new Object[backing.size()], false);
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        return (T[]) backing.fillArray(backing.arrayFor(a), false);
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        HashSet<E> copy;
        try {
            copy = (HashSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        copy.backing = (HashMap<E, Object>) backing.clone();
        return copy;
    }

    /** For LinkedHashSet, whose sequenced operations go straight to the map. */
    @SuppressWarnings("unchecked")
    final LinkedHashMap<E, Object> linked() {
        return (LinkedHashMap<E, Object>) backing;
    }

    final boolean addAt(boolean first, E e) {
        LinkedHashMap<E, Object> m = linked();
        return (first ? m.putFirst(e, MARK) : m.putLast(e, MARK)) == null;
    }
}
