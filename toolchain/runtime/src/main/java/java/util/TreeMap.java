package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A sorted map kept in a red-black tree: bottom-up insertion and deletion with the fix-up cases of Cormen et al.,
 * "Introduction to Algorithms" (ch. 13). A node with two children is deleted as in the book's second edition: its
 * successor's mapping moves into it and the successor's node leaves the tree. HotSpot does the same, and it is
 * observable through entries handed out by iterators, so the tree shapes and comparator calls here match HotSpot's.
 */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable, java.io.Serializable {
    /** Null for the keys' natural ordering. */
    private final Comparator<? super K> order;
    private transient Entry<K, V> top;
    private transient int count;
    /** Structural changes so far: iterators and the compute methods compare it to notice interference. */
    private transient int edits;
    /** Sign of the last comparison made by {@link #seek}: 0 when it found the key. */
    private transient int lastSign;

    private transient EntrySet entryView;
    private transient KeySet<K> keyView;
    private transient Collection<V> valueView;
    private transient DescendingSubMap<K, V> reverseView;

    public TreeMap() {
        order = null;
    }

    public TreeMap(Comparator<? super K> comparator) {
        order = comparator;
    }

    public TreeMap(Map<? extends K, ? extends V> m) {
        order = null;
        putAll(m);
    }

    public TreeMap(SortedMap<K, ? extends V> m) {
        order = m.comparator();
        adoptSorted(m.size(), m.entrySet().iterator(), false, null);
    }

    // ---------------------------------------------------------------- comparisons and searches

    /** The map's ordering of two keys. The parameter name shows in HotSpot's message for a null natural key. */
    @SuppressWarnings("unchecked")
    final int rank(Object k1, Object k2) {
        return order == null ? ((Comparable<Object>) k1).compareTo(k2) : order.compare((K) k1, (K) k2);
    }

    /** The node holding key, or null. Natural ordering refuses null and non-Comparable keys even when empty. */
    @SuppressWarnings("unchecked")
    final Entry<K, V> node(Object key) {
        Entry<K, V> p = top;
        if (order == null) {
            Comparable<Object> probe = (Comparable<Object>) Objects.requireNonNull(key);
            while (p != null) {
                int c = probe.compareTo(p.key);
                if (c == 0) return p;
                p = c < 0 ? p.left : p.right;
            }
        } else {
            while (p != null) {
                int c = order.compare((K) key, p.key);
                if (c == 0) return p;
                p = c < 0 ? p.left : p.right;
            }
        }
        return null;
    }

    /**
     * Descends a non-empty tree towards key: returns its node (lastSign 0) or the node to hang it under, on the
     * side given by lastSign.
     */
    private Entry<K, V> seek(K key) {
        if (order == null) Objects.requireNonNull(key);
        Entry<K, V> p = top;
        for (;;) {
            int c = rank(key, p.key);
            Entry<K, V> down = c < 0 ? p.left : c > 0 ? p.right : p;
            if (down == p || down == null) {
                lastSign = c;
                return p;
            }
            p = down;
        }
    }

    /** The least node with a key at or above key (inclusive) or strictly above it, or null. */
    final Entry<K, V> above(Object key, boolean inclusive) {
        Entry<K, V> best = null;
        for (Entry<K, V> p = top; p != null; ) {
            int c = rank(key, p.key);
            if (c == 0 && inclusive) return p;
            if (c < 0) {
                best = p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    /** The greatest node with a key at or below key (inclusive) or strictly below it, or null. */
    final Entry<K, V> below(Object key, boolean inclusive) {
        Entry<K, V> best = null;
        for (Entry<K, V> p = top; p != null; ) {
            int c = rank(key, p.key);
            if (c == 0 && inclusive) return p;
            if (c > 0) {
                best = p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    final Entry<K, V> first() {
        Entry<K, V> p = top;
        if (p != null) while (p.left != null) p = p.left;
        return p;
    }

    final Entry<K, V> last() {
        Entry<K, V> p = top;
        if (p != null) while (p.right != null) p = p.right;
        return p;
    }

    /** In-order neighbours, through parent links. */
    static <K, V> Entry<K, V> after(Entry<K, V> e) {
        if (e.right != null) {
            Entry<K, V> p = e.right;
            while (p.left != null) p = p.left;
            return p;
        }
        Entry<K, V> child = e, p = e.parent;
        while (p != null && child == p.right) {
            child = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Entry<K, V> before(Entry<K, V> e) {
        if (e.left != null) {
            Entry<K, V> p = e.left;
            while (p.right != null) p = p.right;
            return p;
        }
        Entry<K, V> child = e, p = e.parent;
        while (p != null && child == p.left) {
            child = p;
            p = p.parent;
        }
        return p;
    }

    /** Entries given out by the navigation methods are snapshots that refuse setValue. */
    static <K, V> Map.Entry<K, V> snapshot(Entry<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e.key, e.value);
    }

    static <K> K keyOf(Entry<K, ?> e) {
        return e == null ? null : e.key;
    }

    static <K> K keyOrFail(Entry<K, ?> e) {
        if (e == null) throw new NoSuchElementException();
        return e.key;
    }

    /** Equality as Map.Entry defines it for values: equals is called even on the same object. */
    static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    // ---------------------------------------------------------------- queries

    public int size() {
        return count;
    }

    public boolean containsKey(Object key) {
        return node(key) != null;
    }

    public boolean containsValue(Object value) {
        for (Entry<K, V> e = first(); e != null; e = after(e)) if (same(value, e.value)) return true;
        return false;
    }

    public V get(Object key) {
        Entry<K, V> e = node(key);
        return e == null ? null : e.value;
    }

    public Comparator<? super K> comparator() {
        return order;
    }

    public K firstKey() {
        return keyOrFail(first());
    }

    public K lastKey() {
        return keyOrFail(last());
    }

    public Map.Entry<K, V> firstEntry() {
        return snapshot(first());
    }

    public Map.Entry<K, V> lastEntry() {
        return snapshot(last());
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return snapshot(below(key, false));
    }

    public K lowerKey(K key) {
        return keyOf(below(key, false));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return snapshot(below(key, true));
    }

    public K floorKey(K key) {
        return keyOf(below(key, true));
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return snapshot(above(key, true));
    }

    public K ceilingKey(K key) {
        return keyOf(above(key, true));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return snapshot(above(key, false));
    }

    public K higherKey(K key) {
        return keyOf(above(key, false));
    }

    // ---------------------------------------------------------------- updates

    public V put(K key, V value) {
        if (top == null) {
            rank(key, key); // the type (and null) check HotSpot makes on the first key
            plant(key, value);
            return null;
        }
        Entry<K, V> at = seek(key);
        if (lastSign == 0) return at.setValue(value);
        attach(key, value, at, lastSign);
        return null;
    }

    public V putIfAbsent(K key, V value) {
        if (top == null) {
            rank(key, key);
            plant(key, value);
            return null;
        }
        Entry<K, V> at = seek(key);
        if (lastSign != 0) {
            attach(key, value, at, lastSign);
            return null;
        }
        V old = at.value;
        if (old == null) at.value = value;
        return old;
    }

    public V putFirst(K k, V v) {
        throw new UnsupportedOperationException();
    }

    public V putLast(K k, V v) {
        throw new UnsupportedOperationException();
    }

    public void putAll(Map<? extends K, ? extends V> map) {
        int n = map.size();
        if (count == 0 && n != 0 && map instanceof SortedMap<?, ?> sorted && Objects.equals(order, sorted.comparator())) {
            adoptSorted(n, map.entrySet().iterator(), false, null);
            return;
        }
        super.putAll(map);
    }

    public V remove(Object key) {
        Entry<K, V> e = node(key);
        if (e == null) return null;
        V old = e.value;
        unlink(e);
        return old;
    }

    public void clear() {
        edits++;
        count = 0;
        top = null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Entry<K, V> e = node(key);
        if (e == null || !Objects.equals(oldValue, e.value)) return false;
        e.value = newValue;
        return true;
    }

    public V replace(K key, V value) {
        Entry<K, V> e = node(key);
        return e == null ? null : e.setValue(value);
    }

    /** Passes on a user function's result, failing if the function changed the tree's structure. */
    private <R> R checked(int stamp, R result) {
        if (edits != stamp) throw new ConcurrentModificationException();
        return result;
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        int stamp = edits;
        if (top == null) {
            V v = checked(stamp, mappingFunction.apply(key));
            if (v != null) {
                rank(key, key);
                plant(key, v);
            }
            return v;
        }
        Entry<K, V> at = seek(key);
        int side = lastSign;
        if (side == 0 && at.value != null) return at.value;
        V v = checked(stamp, mappingFunction.apply(key));
        if (v != null) {
            if (side == 0) at.value = v;
            else attach(key, v, at, side);
        }
        return v;
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Entry<K, V> e = node(key);
        if (e == null || e.value == null) return null;
        V v = checked(edits, remappingFunction.apply(key, e.value));
        settle(e, v);
        return v;
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        int stamp = edits;
        if (top == null) {
            V v = checked(stamp, remappingFunction.apply(key, null));
            if (v != null) {
                rank(key, key);
                plant(key, v);
            }
            return v;
        }
        Entry<K, V> at = seek(key);
        int side = lastSign;
        if (side == 0) {
            V v = checked(stamp, remappingFunction.apply(key, at.value));
            settle(at, v);
            return v;
        }
        V v = checked(stamp, remappingFunction.apply(key, null));
        if (v != null) attach(key, v, at, side);
        return v;
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        if (top == null) {
            rank(key, key);
            plant(key, value);
            return value;
        }
        Entry<K, V> at = seek(key);
        if (lastSign != 0) {
            attach(key, value, at, lastSign);
            return value;
        }
        if (at.value == null) {
            at.value = value;
            return value;
        }
        V v = checked(edits, remappingFunction.apply(at.value, value));
        settle(at, v);
        return v;
    }

    /** A remapping result: null removes the node, anything else becomes its value. */
    private void settle(Entry<K, V> e, V v) {
        if (v == null) unlink(e);
        else e.value = v;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int stamp = edits;
        for (Entry<K, V> e = first(); e != null; e = after(e)) {
            action.accept(e.key, e.value);
            if (edits != stamp) throw new ConcurrentModificationException();
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int stamp = edits;
        for (Entry<K, V> e = first(); e != null; e = after(e)) {
            e.value = function.apply(e.key, e.value);
            if (edits != stamp) throw new ConcurrentModificationException();
        }
    }

    public Map.Entry<K, V> pollFirstEntry() {
        return detach(first());
    }

    public Map.Entry<K, V> pollLastEntry() {
        return detach(last());
    }

    /** Removes e (if any) and returns a snapshot of it. */
    final Map.Entry<K, V> detach(Entry<K, V> e) {
        if (e == null) return null;
        Map.Entry<K, V> shot = snapshot(e);
        unlink(e);
        return shot;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeMap<K, V> copy;
        try {
            copy = (TreeMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        copy.top = null;
        copy.count = 0;
        copy.edits = 0;
        copy.entryView = null;
        copy.keyView = null;
        copy.valueView = null;
        copy.reverseView = null;
        copy.adoptSorted(count, entrySet().iterator(), false, null);
        return copy;
    }

    // ---------------------------------------------------------------- views

    public Set<K> keySet() {
        return navigableKeySet();
    }

    public NavigableSet<K> navigableKeySet() {
        KeySet<K> ks = keyView;
        return ks != null ? ks : (keyView = new KeySet<>(this));
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public Collection<V> values() {
        Collection<V> vs = valueView;
        return vs != null ? vs : (valueView = new Values());
    }

    public Set<Map.Entry<K, V>> entrySet() {
        EntrySet es = entryView;
        return es != null ? es : (entryView = new EntrySet());
    }

    public NavigableMap<K, V> descendingMap() {
        DescendingSubMap<K, V> d = reverseView;
        return d != null ? d : (reverseView = new DescendingSubMap<>(this, false, null, true, false, null, true));
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new AscendingSubMap<>(this, true, fromKey, fromInclusive, true, toKey, toInclusive);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new AscendingSubMap<>(this, false, null, true, true, toKey, inclusive);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new AscendingSubMap<>(this, true, fromKey, inclusive, false, null, true);
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    /** Whether HotSpot sizes a stream over m's keys up front: the whole map in either direction only. */
    static boolean keysSized(NavigableMap<?, ?> m) {
        return m instanceof TreeMap || (m instanceof DescendingSubMap<?, ?> d && d.map.reverseView == d);
    }

    final class Values extends AbstractCollection<V> {
        public Iterator<V> iterator() {
            return new ValueWalk(first(), null, false);
        }

        public int size() {
            return count;
        }

        public boolean contains(Object o) {
            return containsValue(o);
        }

        public boolean remove(Object o) {
            for (Entry<K, V> e = first(); e != null; e = after(e)) {
                if (same(e.value, o)) {
                    unlink(e);
                    return true;
                }
            }
            return false;
        }

        public void clear() {
            TreeMap.this.clear();
        }
    }

    final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryWalk(first(), null, false);
        }

        /** The node o stands for, if o is an entry of this map (value included). */
        private Entry<K, V> match(Object o) {
            if (!(o instanceof Map.Entry<?, ?> want)) return null;
            Entry<K, V> e = node(want.getKey());
            return e != null && same(e.value, want.getValue()) ? e : null;
        }

        public boolean contains(Object o) {
            return match(o) != null;
        }

        public boolean remove(Object o) {
            Entry<K, V> e = match(o);
            if (e == null) return false;
            unlink(e);
            return true;
        }

        public int size() {
            return count;
        }

        public void clear() {
            TreeMap.this.clear();
        }
    }

    /** The key set of a TreeMap or of one of its sub-maps, a NavigableSet backed by that map. */
    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        private final NavigableMap<E, ?> m;

        KeySet(NavigableMap<E, ?> m) {
            this.m = m;
        }

        public Iterator<E> iterator() {
            if (m instanceof TreeMap<E, ?> t) return t.keyWalk(false);
            return ((NavigableSubMap<E, ?>) m).keyIterator();
        }

        public Iterator<E> descendingIterator() {
            if (m instanceof TreeMap<E, ?> t) return t.keyWalk(true);
            return ((NavigableSubMap<E, ?>) m).descendingKeyIterator();
        }

        public int size() { return m.size(); }
        public boolean isEmpty() { return m.isEmpty(); }
        public boolean contains(Object o) { return m.containsKey(o); }
        public void clear() { m.clear(); }
        public E lower(E e) { return m.lowerKey(e); }
        public E floor(E e) { return m.floorKey(e); }
        public E ceiling(E e) { return m.ceilingKey(e); }
        public E higher(E e) { return m.higherKey(e); }
        public E first() { return m.firstKey(); }
        public E last() { return m.lastKey(); }
        public Comparator<? super E> comparator() { return m.comparator(); }

        public E pollFirst() {
            Map.Entry<E, ?> e = m.pollFirstEntry();
            return e == null ? null : e.getKey();
        }

        public E pollLast() {
            Map.Entry<E, ?> e = m.pollLastEntry();
            return e == null ? null : e.getKey();
        }

        /** Reports a change by the size, as a sub-map's remove returns null both for absent keys and null values. */
        public boolean remove(Object o) {
            int before = size();
            m.remove(o);
            return size() != before;
        }

        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new KeySet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new KeySet<>(m.headMap(toElement, inclusive));
        }

        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new KeySet<>(m.tailMap(fromElement, inclusive));
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

        public NavigableSet<E> descendingSet() {
            return new KeySet<>(m.descendingMap());
        }

        public java.util.stream.Stream<E> stream() {
            return keysSized(m) ? java.util.stream.Pipeline.of(this) : java.util.stream.Pipeline.ofUnsized(this);
        }

        public java.util.stream.Stream<E> parallelStream() {
            return stream().parallel();
        }
    }

    // ---------------------------------------------------------------- iterators

    /**
     * Visits nodes from start up to (not including) stop, forwards or backwards; stop null runs to the end. A node
     * removed through the walk may take over its successor's mapping, so the walk then re-targets that node.
     */
    abstract class Walk<T> implements Iterator<T> {
        private Entry<K, V> next;
        private Entry<K, V> stop;
        private Entry<K, V> lastNode;
        private final boolean backwards;
        private int stamp;

        Walk(Entry<K, V> start, Entry<K, V> stop, boolean backwards) {
            this.next = start;
            this.stop = stop;
            this.backwards = backwards;
            this.stamp = edits;
        }

        public final boolean hasNext() {
            return next != null && next != stop;
        }

        final Entry<K, V> step() {
            Entry<K, V> e = next;
            if (e == null || e == stop) throw new NoSuchElementException();
            if (edits != stamp) throw new ConcurrentModificationException();
            next = backwards ? before(e) : after(e);
            lastNode = e;
            return e;
        }

        public void remove() {
            Entry<K, V> e = lastNode;
            if (e == null) throw new IllegalStateException();
            if (edits != stamp) throw new ConcurrentModificationException();
            if (e.left != null && e.right != null) {
                // e's successor moves into e: whatever pointed at the successor now means e
                Entry<K, V> heir = after(e);
                if (next == heir) next = e;
                if (stop == heir) stop = e;
            }
            unlink(e);
            stamp = edits;
            lastNode = null;
        }
    }

    final class EntryWalk extends Walk<Map.Entry<K, V>> {
        EntryWalk(Entry<K, V> start, Entry<K, V> stop, boolean backwards) {
            super(start, stop, backwards);
        }

        public Map.Entry<K, V> next() {
            return step();
        }
    }

    final class KeyWalk extends Walk<K> {
        KeyWalk(Entry<K, V> start, Entry<K, V> stop, boolean backwards) {
            super(start, stop, backwards);
        }

        public K next() {
            return step().key;
        }
    }

    final class ValueWalk extends Walk<V> {
        ValueWalk(Entry<K, V> start, Entry<K, V> stop, boolean backwards) {
            super(start, stop, backwards);
        }

        public V next() {
            return step().value;
        }
    }

    final Iterator<K> keyWalk(Entry<K, V> start, Entry<K, V> stop, boolean backwards) {
        return new KeyWalk(start, stop, backwards);
    }

    /** All keys, ascending or descending. */
    final Iterator<K> keyWalk(boolean backwards) {
        return new KeyWalk(backwards ? last() : first(), null, backwards);
    }

    // ---------------------------------------------------------------- sub-maps

    /**
     * A range of the backing map, seen in ascending or descending order. Bounds are kept in the map's own order
     * (lo below hi); the descending subclass swaps the roles of the navigation methods.
     */
    abstract static class NavigableSubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
        final TreeMap<K, V> map;
        final boolean hasLo, hasHi;
        final K lo, hi;
        final boolean loIncl, hiIncl;

        private transient RangeEntries entryView;
        private transient KeySet<K> keyView;
        transient NavigableMap<K, V> flipped;

        NavigableSubMap(TreeMap<K, V> map, boolean hasLo, K lo, boolean loIncl, boolean hasHi, K hi, boolean hiIncl) {
            if (hasLo && hasHi) {
                if (map.rank(lo, hi) > 0) throw new IllegalArgumentException("fromKey > toKey");
            } else {
                // a single bound is still checked for type (and null) as HotSpot does
                if (hasLo) map.rank(lo, lo);
                if (hasHi) map.rank(hi, hi);
            }
            this.map = map;
            this.hasLo = hasLo;
            this.lo = lo;
            this.loIncl = loIncl;
            this.hasHi = hasHi;
            this.hi = hi;
            this.hiIncl = hiIncl;
        }

        // range tests, in the map's order

        final boolean underLo(Object key) {
            if (!hasLo) return false;
            int c = map.rank(key, lo);
            return c < 0 || (c == 0 && !loIncl);
        }

        final boolean overHi(Object key) {
            if (!hasHi) return false;
            int c = map.rank(key, hi);
            return c > 0 || (c == 0 && !hiIncl);
        }

        final boolean inside(Object key) {
            return !underLo(key) && !overHi(key);
        }

        /** For bounds of a new sub-range: key may equal an exclusive bound of this one. */
        final boolean insideClosed(Object key) {
            return (!hasLo || map.rank(key, lo) >= 0) && (!hasHi || map.rank(hi, key) >= 0);
        }

        final boolean admits(Object key, boolean inclusive) {
            return inclusive ? inside(key) : insideClosed(key);
        }

        // nodes of the range, in the map's order

        final TreeMap.Entry<K, V> lowest() {
            TreeMap.Entry<K, V> e = !hasLo ? map.first() : map.above(lo, loIncl);
            return e == null || overHi(e.key) ? null : e;
        }

        final TreeMap.Entry<K, V> highest() {
            TreeMap.Entry<K, V> e = !hasHi ? map.last() : map.below(hi, hiIncl);
            return e == null || underLo(e.key) ? null : e;
        }

        final TreeMap.Entry<K, V> rangeAbove(Object key, boolean inclusive) {
            if (underLo(key)) return lowest();
            TreeMap.Entry<K, V> e = map.above(key, inclusive);
            return e == null || overHi(e.key) ? null : e;
        }

        final TreeMap.Entry<K, V> rangeBelow(Object key, boolean inclusive) {
            if (overHi(key)) return highest();
            TreeMap.Entry<K, V> e = map.below(key, inclusive);
            return e == null || underLo(e.key) ? null : e;
        }

        /** The first node past the range upwards (null: none), where an ascending walk stops. */
        final TreeMap.Entry<K, V> upperStop() {
            return !hasHi ? null : map.above(hi, !hiIncl);
        }

        final TreeMap.Entry<K, V> lowerStop() {
            return !hasLo ? null : map.below(lo, !loIncl);
        }

        final Iterator<Map.Entry<K, V>> ascendingEntries() {
            TreeMap.Entry<K, V> start = lowest();
            return map.new EntryWalk(start, upperStop(), false);
        }

        final Iterator<Map.Entry<K, V>> descendingEntries() {
            TreeMap.Entry<K, V> start = highest();
            return map.new EntryWalk(start, lowerStop(), true);
        }

        final Iterator<K> ascendingKeys() {
            TreeMap.Entry<K, V> start = lowest();
            return map.keyWalk(start, upperStop(), false);
        }

        final Iterator<K> descendingKeys() {
            TreeMap.Entry<K, V> start = highest();
            return map.keyWalk(start, lowerStop(), true);
        }

        /** Entries of this view in its own order. */
        abstract Iterator<Map.Entry<K, V>> entryIterator();

        abstract Iterator<K> keyIterator();

        abstract Iterator<K> descendingKeyIterator();

        // Map operations

        public boolean isEmpty() {
            if (!hasLo && !hasHi) return map.isEmpty();
            TreeMap.Entry<K, V> e = lowest();
            return e == null || overHi(e.key);
        }

        public int size() {
            return !hasLo && !hasHi ? map.size() : entrySet().size();
        }

        public final boolean containsKey(Object key) {
            return inside(key) && map.containsKey(key);
        }

        public final V get(Object key) {
            return inside(key) ? map.get(key) : null;
        }

        public final V remove(Object key) {
            return inside(key) ? map.remove(key) : null;
        }

        private void claim(Object key) {
            if (!inside(key)) throw new IllegalArgumentException("key out of range");
        }

        public final V put(K key, V value) {
            claim(key);
            return map.put(key, value);
        }

        public V putIfAbsent(K key, V value) {
            claim(key);
            return map.putIfAbsent(key, value);
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
            claim(key);
            return map.merge(key, value, remappingFunction);
        }

        // Outside the range these still run the function, as Map's defaults would: only a value to store is refused.

        public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
            if (inside(key)) return map.computeIfAbsent(key, mappingFunction);
            if (mappingFunction.apply(key) != null) throw new IllegalArgumentException("key out of range");
            return null;
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            if (inside(key)) return map.compute(key, remappingFunction);
            if (remappingFunction.apply(key, null) != null) throw new IllegalArgumentException("key out of range");
            return null;
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            return inside(key) ? map.computeIfPresent(key, remappingFunction) : null;
        }

        public final NavigableSet<K> navigableKeySet() {
            KeySet<K> ks = keyView;
            return ks != null ? ks : (keyView = new KeySet<>(this));
        }

        public final Set<K> keySet() {
            return navigableKeySet();
        }

        public NavigableSet<K> descendingKeySet() {
            return descendingMap().navigableKeySet();
        }

        public final Set<Map.Entry<K, V>> entrySet() {
            RangeEntries es = entryView;
            return es != null ? es : (entryView = new RangeEntries());
        }

        public final SortedMap<K, V> subMap(K fromKey, K toKey) {
            return subMap(fromKey, true, toKey, false);
        }

        public final SortedMap<K, V> headMap(K toKey) {
            return headMap(toKey, false);
        }

        public final SortedMap<K, V> tailMap(K fromKey) {
            return tailMap(fromKey, true);
        }

        final void checkFrom(Object key, boolean inclusive) {
            if (!admits(key, inclusive)) throw new IllegalArgumentException("fromKey out of range");
        }

        final void checkTo(Object key, boolean inclusive) {
            if (!admits(key, inclusive)) throw new IllegalArgumentException("toKey out of range");
        }

        /** The entry set of a range; its size is counted by walking and kept until the map changes. */
        final class RangeEntries extends AbstractSet<Map.Entry<K, V>> {
            private int knownSize = -1;
            private int knownAt;

            public Iterator<Map.Entry<K, V>> iterator() {
                return entryIterator();
            }

            public int size() {
                if (!hasLo && !hasHi) return map.size();
                if (knownSize < 0 || knownAt != map.edits) {
                    int n = 0;
                    for (Iterator<Map.Entry<K, V>> it = iterator(); it.hasNext(); it.next()) n++;
                    knownSize = n;
                    knownAt = map.edits;
                }
                return knownSize;
            }

            public boolean isEmpty() {
                TreeMap.Entry<K, V> e = lowest();
                return e == null || overHi(e.key);
            }

            private TreeMap.Entry<K, V> match(Object o) {
                if (!(o instanceof Map.Entry<?, ?> want)) return null;
                Object key = want.getKey();
                if (!inside(key)) return null;
                TreeMap.Entry<K, V> e = map.node(key);
                return e != null && same(e.value, want.getValue()) ? e : null;
            }

            public boolean contains(Object o) {
                return match(o) != null;
            }

            public boolean remove(Object o) {
                TreeMap.Entry<K, V> e = match(o);
                if (e == null) return false;
                map.unlink(e);
                return true;
            }
        }
    }

    static final class AscendingSubMap<K, V> extends NavigableSubMap<K, V> {
        AscendingSubMap(TreeMap<K, V> map, boolean hasLo, K lo, boolean loIncl, boolean hasHi, K hi, boolean hiIncl) {
            super(map, hasLo, lo, loIncl, hasHi, hi, hiIncl);
        }

        public Comparator<? super K> comparator() {
            return map.comparator();
        }

        Iterator<Map.Entry<K, V>> entryIterator() {
            return ascendingEntries();
        }

        Iterator<K> keyIterator() {
            return ascendingKeys();
        }

        Iterator<K> descendingKeyIterator() {
            return descendingKeys();
        }

        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            checkFrom(fromKey, fromInclusive);
            checkTo(toKey, toInclusive);
            return new AscendingSubMap<>(map, true, fromKey, fromInclusive, true, toKey, toInclusive);
        }

        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            checkTo(toKey, inclusive);
            return new AscendingSubMap<>(map, hasLo, lo, loIncl, true, toKey, inclusive);
        }

        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            checkFrom(fromKey, inclusive);
            return new AscendingSubMap<>(map, true, fromKey, inclusive, hasHi, hi, hiIncl);
        }

        public NavigableMap<K, V> descendingMap() {
            NavigableMap<K, V> d = flipped;
            return d != null ? d : (flipped = new DescendingSubMap<>(map, hasLo, lo, loIncl, hasHi, hi, hiIncl));
        }

        public K firstKey() { return keyOrFail(lowest()); }
        public K lastKey() { return keyOrFail(highest()); }
        public Map.Entry<K, V> firstEntry() { return snapshot(lowest()); }
        public Map.Entry<K, V> lastEntry() { return snapshot(highest()); }
        public Map.Entry<K, V> pollFirstEntry() { return map.detach(lowest()); }
        public Map.Entry<K, V> pollLastEntry() { return map.detach(highest()); }
        public Map.Entry<K, V> ceilingEntry(K key) { return snapshot(rangeAbove(key, true)); }
        public K ceilingKey(K key) { return keyOf(rangeAbove(key, true)); }
        public Map.Entry<K, V> higherEntry(K key) { return snapshot(rangeAbove(key, false)); }
        public K higherKey(K key) { return keyOf(rangeAbove(key, false)); }
        public Map.Entry<K, V> floorEntry(K key) { return snapshot(rangeBelow(key, true)); }
        public K floorKey(K key) { return keyOf(rangeBelow(key, true)); }
        public Map.Entry<K, V> lowerEntry(K key) { return snapshot(rangeBelow(key, false)); }
        public K lowerKey(K key) { return keyOf(rangeBelow(key, false)); }
    }

    static final class DescendingSubMap<K, V> extends NavigableSubMap<K, V> {
        private transient Comparator<? super K> reversedOrder;

        DescendingSubMap(TreeMap<K, V> map, boolean hasLo, K lo, boolean loIncl, boolean hasHi, K hi, boolean hiIncl) {
            super(map, hasLo, lo, loIncl, hasHi, hi, hiIncl);
        }

        public Comparator<? super K> comparator() {
            Comparator<? super K> c = reversedOrder;
            return c != null ? c : (reversedOrder = Collections.reverseOrder(map.comparator()));
        }

        Iterator<Map.Entry<K, V>> entryIterator() {
            return descendingEntries();
        }

        Iterator<K> keyIterator() {
            return descendingKeys();
        }

        Iterator<K> descendingKeyIterator() {
            return ascendingKeys();
        }

        // in this view's order fromKey is the upper bound of the map's order
        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            checkFrom(fromKey, fromInclusive);
            checkTo(toKey, toInclusive);
            return new DescendingSubMap<>(map, true, toKey, toInclusive, true, fromKey, fromInclusive);
        }

        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            checkTo(toKey, inclusive);
            return new DescendingSubMap<>(map, true, toKey, inclusive, hasHi, hi, hiIncl);
        }

        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            checkFrom(fromKey, inclusive);
            return new DescendingSubMap<>(map, hasLo, lo, loIncl, true, fromKey, inclusive);
        }

        public NavigableMap<K, V> descendingMap() {
            NavigableMap<K, V> a = flipped;
            return a != null ? a : (flipped = new AscendingSubMap<>(map, hasLo, lo, loIncl, hasHi, hi, hiIncl));
        }

        public K firstKey() { return keyOrFail(highest()); }
        public K lastKey() { return keyOrFail(lowest()); }
        public Map.Entry<K, V> firstEntry() { return snapshot(highest()); }
        public Map.Entry<K, V> lastEntry() { return snapshot(lowest()); }
        public Map.Entry<K, V> pollFirstEntry() { return map.detach(highest()); }
        public Map.Entry<K, V> pollLastEntry() { return map.detach(lowest()); }
        public Map.Entry<K, V> ceilingEntry(K key) { return snapshot(rangeBelow(key, true)); }
        public K ceilingKey(K key) { return keyOf(rangeBelow(key, true)); }
        public Map.Entry<K, V> higherEntry(K key) { return snapshot(rangeBelow(key, false)); }
        public K higherKey(K key) { return keyOf(rangeBelow(key, false)); }
        public Map.Entry<K, V> floorEntry(K key) { return snapshot(rangeAbove(key, true)); }
        public K floorKey(K key) { return keyOf(rangeAbove(key, true)); }
        public Map.Entry<K, V> lowerEntry(K key) { return snapshot(rangeAbove(key, false)); }
        public K lowerKey(K key) { return keyOf(rangeAbove(key, false)); }
    }

    // ---------------------------------------------------------------- the red-black tree

    static final class Entry<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Entry<K, V> left, right, parent;
        boolean red;

        Entry(K key, V value, Entry<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            V old = this.value;
            this.value = value;
            return old;
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && same(key, e.getKey()) && same(value, e.getValue());
        }

        public int hashCode() {
            return (key == null ? 0 : key.hashCode()) ^ (value == null ? 0 : value.hashCode());
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    private static boolean isRed(Entry<?, ?> e) {
        return e != null && e.red;
    }

    /** Makes key the only node. */
    private void plant(K key, V value) {
        top = new Entry<>(key, value, null);
        count = 1;
        edits++;
    }

    /** Hangs a new node under parent (left if side is negative) and restores the red-black properties. */
    private void attach(K key, V value, Entry<K, V> parent, int side) {
        Entry<K, V> z = new Entry<>(key, value, parent);
        if (side < 0) parent.left = z;
        else parent.right = z;
        z.red = true;
        count++;
        edits++;
        // a red node with a red parent: recolour while the uncle is red, else one or two rotations end it
        while (isRed(z.parent)) {
            Entry<K, V> p = z.parent, g = p.parent;
            boolean leftHand = p == g.left;
            Entry<K, V> uncle = leftHand ? g.right : g.left;
            if (isRed(uncle)) {
                p.red = false;
                uncle.red = false;
                g.red = true;
                z = g;
                continue;
            }
            if (leftHand) {
                if (z == p.right) {
                    spinLeft(p);
                    p = z;
                }
                p.red = false;
                g.red = true;
                spinRight(g);
            } else {
                if (z == p.left) {
                    spinRight(p);
                    p = z;
                }
                p.red = false;
                g.red = true;
                spinLeft(g);
            }
            break;
        }
        top.red = false;
    }

    /** Takes e out of the tree (see the class comment for nodes with two children). */
    final void unlink(Entry<K, V> e) {
        edits++;
        count--;
        if (e.left != null && e.right != null) {
            Entry<K, V> heir = e.right;
            while (heir.left != null) heir = heir.left;
            e.key = heir.key;
            e.value = heir.value;
            e = heir;
        }
        Entry<K, V> child = e.left != null ? e.left : e.right;
        Entry<K, V> parent = e.parent;
        if (child != null) child.parent = parent;
        if (parent == null) top = child;
        else if (parent.left == e) parent.left = child;
        else parent.right = child;
        e.left = e.right = e.parent = null;
        if (!e.red && top != null) repairBlackHeight(child, parent);
    }

    /**
     * The path through x (possibly null, below parent) lacks one black node. Cases as in the textbook: a red
     * sibling is rotated over; a black sibling with black children is recoloured and the lack moves up; otherwise
     * one or two rotations at the sibling and parent end it.
     */
    private void repairBlackHeight(Entry<K, V> x, Entry<K, V> parent) {
        while (x != top && !isRed(x)) {
            if (x == parent.left) {
                Entry<K, V> s = parent.right;
                if (s.red) {
                    s.red = false;
                    parent.red = true;
                    spinLeft(parent);
                    s = parent.right;
                }
                if (!isRed(s.left) && !isRed(s.right)) {
                    s.red = true;
                    x = parent;
                    parent = x.parent;
                    continue;
                }
                if (!isRed(s.right)) {
                    s.left.red = false;
                    s.red = true;
                    spinRight(s);
                    s = parent.right;
                }
                s.red = parent.red;
                parent.red = false;
                s.right.red = false;
                spinLeft(parent);
            } else {
                Entry<K, V> s = parent.left;
                if (s.red) {
                    s.red = false;
                    parent.red = true;
                    spinRight(parent);
                    s = parent.left;
                }
                if (!isRed(s.left) && !isRed(s.right)) {
                    s.red = true;
                    x = parent;
                    parent = x.parent;
                    continue;
                }
                if (!isRed(s.left)) {
                    s.right.red = false;
                    s.red = true;
                    spinLeft(s);
                    s = parent.left;
                }
                s.red = parent.red;
                parent.red = false;
                s.left.red = false;
                spinRight(parent);
            }
            x = top;
        }
        if (x != null) x.red = false;
    }

    /** Puts b where a was in a's parent (or at the top). */
    private void replaceChild(Entry<K, V> a, Entry<K, V> b) {
        Entry<K, V> up = a.parent;
        b.parent = up;
        if (up == null) top = b;
        else if (up.left == a) up.left = b;
        else up.right = b;
    }

    /** a's right child rises above a. */
    private void spinLeft(Entry<K, V> a) {
        Entry<K, V> b = a.right;
        a.right = b.left;
        if (b.left != null) b.left.parent = a;
        replaceChild(a, b);
        b.left = a;
        a.parent = b;
    }

    /** a's left child rises above a. */
    private void spinRight(Entry<K, V> a) {
        Entry<K, V> b = a.left;
        a.left = b.right;
        if (b.right != null) b.right.parent = a;
        replaceChild(a, b);
        b.right = a;
        a.parent = b;
    }

    // ---------------------------------------------------------------- building from sorted input

    /**
     * Replaces the empty tree by n items of source, already in order, without comparing keys: each range's lower
     * middle becomes its root, so all leaves are on the last two levels; the last level, when incomplete, is red.
     * With keysOnly the items are keys that all get the value shared.
     */
    final void adoptSorted(int n, Iterator<?> source, boolean keysOnly, V shared) {
        edits++;
        count = n;
        int levels = 32 - Integer.numberOfLeadingZeros(n);
        int redLevel = n == (1 << levels) - 1 ? -1 : levels;
        top = n == 0 ? null : grow(0, n - 1, 1, redLevel, source, keysOnly, shared);
    }

    @SuppressWarnings("unchecked")
    private Entry<K, V> grow(int from, int to, int level, int redLevel, Iterator<?> source, boolean keysOnly, V shared) {
        int mid = (from + to) >>> 1;
        Entry<K, V> left = from < mid ? grow(from, mid - 1, level + 1, redLevel, source, keysOnly, shared) : null;
        Entry<K, V> e;
        if (keysOnly) {
            e = new Entry<>((K) source.next(), shared, null);
        } else {
            Map.Entry<? extends K, ? extends V> item = (Map.Entry<? extends K, ? extends V>) source.next();
            e = new Entry<>(item.getKey(), item.getValue(), null);
        }
        e.red = level == redLevel && level > 1;
        if (left != null) {
            e.left = left;
            left.parent = e;
        }
        if (mid < to) {
            Entry<K, V> right = grow(mid + 1, to, level + 1, redLevel, source, keysOnly, shared);
            e.right = right;
            right.parent = e;
        }
        return e;
    }

    /** TreeSet.addAll into an empty set from n keys of a set with the same order: no comparisons, linear time. */
    final void adoptSortedKeys(int n, Iterator<? extends K> keys, V shared) {
        adoptSorted(n, keys, true, shared);
    }
}
