package java.util;

/** A navigable set: the keys of a TreeMap (or of one of its ranges) whose values are all one marker. */
public class TreeSet<E> extends AbstractSet<E> implements NavigableSet<E>, Cloneable, java.io.Serializable {
    private static final Object MARK = new Object();

    private transient NavigableMap<E, Object> backing;

    TreeSet(NavigableMap<E, Object> backing) {
        this.backing = backing;
    }

    public TreeSet() {
        this(new TreeMap<>());
    }

    public TreeSet(Comparator<? super E> comparator) {
        this(new TreeMap<>(comparator));
    }

    public TreeSet(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    public TreeSet(SortedSet<E> s) {
        this(s.comparator());
        addAll(s);
    }

    public Iterator<E> iterator() {
        return backing.navigableKeySet().iterator();
    }

    public Iterator<E> descendingIterator() {
        return backing.descendingKeySet().iterator();
    }

    public NavigableSet<E> descendingSet() {
        return new TreeSet<>(backing.descendingMap());
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

    /** Into an empty set, a sorted set of the same order is taken over in linear time without comparisons. */
    public boolean addAll(Collection<? extends E> c) {
        int n;
        if (backing.size() == 0 && (n = c.size()) > 0 && c instanceof SortedSet<? extends E> sorted
                && backing instanceof TreeMap<E, Object> tree && Objects.equals(sorted.comparator(), tree.comparator())) {
            tree.adoptSortedKeys(n, sorted.iterator(), MARK);
            return true;
        }
        return super.addAll(c);
    }

    public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return new TreeSet<>(backing.subMap(fromElement, fromInclusive, toElement, toInclusive));
    }

    public NavigableSet<E> headSet(E toElement, boolean inclusive) {
        return new TreeSet<>(backing.headMap(toElement, inclusive));
    }

    public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return new TreeSet<>(backing.tailMap(fromElement, inclusive));
    }

    public SortedSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    public SortedSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    public SortedSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }

    public Comparator<? super E> comparator() {
        return backing.comparator();
    }

    public E first() {
        return backing.firstKey();
    }

    public E last() {
        return backing.lastKey();
    }

    public E lower(E e) {
        return backing.lowerKey(e);
    }

    public E floor(E e) {
        return backing.floorKey(e);
    }

    public E ceiling(E e) {
        return backing.ceilingKey(e);
    }

    public E higher(E e) {
        return backing.higherKey(e);
    }

    public E pollFirst() {
        return keyOf(backing.pollFirstEntry());
    }

    public E pollLast() {
        return keyOf(backing.pollLastEntry());
    }

    private static <E> E keyOf(Map.Entry<E, ?> e) {
        return e == null ? null : e.getKey();
    }

    /** A sorted set decides where elements go, so the sequenced additions are refused. */
    public void addFirst(E e) {
        throw new UnsupportedOperationException();
    }

    public void addLast(E e) {
        throw new UnsupportedOperationException();
    }

    public java.util.stream.Stream<E> stream() {
        return TreeMap.keysSized(backing) ? java.util.stream.Pipeline.of(this) : java.util.stream.Pipeline.ofUnsized(this);
    }

    public java.util.stream.Stream<E> parallelStream() {
        return stream().parallel();
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeSet<E> copy;
        try {
            copy = (TreeSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        copy.backing = new TreeMap<>(backing);
        return copy;
    }
}
