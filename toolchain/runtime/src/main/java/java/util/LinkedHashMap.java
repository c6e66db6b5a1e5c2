package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A HashMap whose nodes also form one doubly linked list, oldest first: the iteration order. In access
 * order a hit moves its node to the end. putFirst and putLast place a new node at either end and move an
 * existing one there.
 */
public class LinkedHashMap<K, V> extends HashMap<K, V> implements SequencedMap<K, V> {
    /** A node that also sits in the map's order list. */
    static class Entry<K, V> extends HashMap.Node<K, V> {
        Entry<K, V> before, after;

        Entry(int hash, K key, V value, Node<K, V> next) {
            super(hash, key, value, next);
        }
    }

    final boolean accessOrder;
    transient Entry<K, V> head;
    transient Entry<K, V> tail;
    /** Where the put in progress places its node: 0 as usual, -1 at the front (putFirst), 1 at the end (putLast). */
    private transient int placing;

    private transient SequencedSet<K> keyOrder;
    private transient SequencedCollection<V> valueOrder;
    private transient SequencedSet<Map.Entry<K, V>> entryOrder;

    public LinkedHashMap(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor);
        accessOrder = false;
    }

    public LinkedHashMap(int initialCapacity) {
        super(initialCapacity);
        accessOrder = false;
    }

    public LinkedHashMap() {
        accessOrder = false;
    }

    public LinkedHashMap(Map<? extends K, ? extends V> m) {
        super(m);
        accessOrder = false;
    }

    public LinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super(initialCapacity, loadFactor);
        this.accessOrder = accessOrder;
    }

    public static <K, V> LinkedHashMap<K, V> newLinkedHashMap(int numMappings) {
        if (numMappings < 0) throw new IllegalArgumentException("Negative number of mappings: " + numMappings);
        return new LinkedHashMap<>(HashMap.capacityFor(numMappings));
    }

    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return false;
    }

    // ---- the order list ----

    private void linkFirst(Entry<K, V> e) {
        e.before = null;
        e.after = head;
        if (head == null) tail = e; else head.before = e;
        head = e;
    }

    private void linkLast(Entry<K, V> e) {
        e.after = null;
        e.before = tail;
        if (tail == null) head = e; else tail.after = e;
        tail = e;
    }

    private void unlink(Entry<K, V> e) {
        Entry<K, V> b = e.before, a = e.after;
        if (b == null) head = a; else b.after = a;
        if (a == null) tail = b; else a.before = b;
        e.before = e.after = null;
    }

    Node<K, V> makeNode(int hash, K key, V value, Node<K, V> next) {
        Entry<K, V> e = new Entry<>(hash, key, value, next);
        if (placing < 0) linkFirst(e); else linkLast(e);
        return e;
    }

    void touched(Node<K, V> node) {
        Entry<K, V> e = (Entry<K, V>) node;
        if (placing < 0) {
            if (e == head) return;
            unlink(e);
            linkFirst(e);
        } else if (placing > 0 || accessOrder) {
            if (e == tail) return;
            unlink(e);
            linkLast(e);
        } else {
            return;
        }
        modCount++;
    }

    void inserted(boolean evict) {
        Entry<K, V> eldest = head;
        if (evict && eldest != null && removeEldestEntry(eldest)) {
            K key = eldest.key;
            delete(spread(key), key, false, null, true);
        }
    }

    void unlinked(Node<K, V> node) {
        unlink((Entry<K, V>) node);
    }

    void forgetLinks() {
        head = tail = null;
        keyOrder = null;
        valueOrder = null;
        entryOrder = null;
    }

    Object[] fillArray(Object[] a, boolean values) {
        return fillArray(a, values, false);
    }

    Object[] fillArray(Object[] a, boolean values, boolean backwards) {
        int i = 0;
        for (Entry<K, V> e = backwards ? tail : head; e != null; e = backwards ? e.before : e.after) {
            a[i++] = values ? e.value : e.key;
        }
        return a;
    }

    private V putAt(int where, K k, V v) {
        placing = where;
        try {
            return this.put(k, v);
        } finally {
            placing = 0;
        }
    }

    public V putFirst(K k, V v) {
        return putAt(-1, k, v);
    }

    public V putLast(K k, V v) {
        return putAt(1, k, v);
    }

    // ---- Map ----

    public boolean containsValue(Object value) {
        Entry<K, V> e = head;
        while (e != null && !sameValue(value, e.value)) e = e.after;
        return e != null;
    }

    public V get(Object key) {
        Node<K, V> e = find(key);
        if (e == null) return null;
        if (accessOrder) touched(e);
        return e.value;
    }

    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = find(key);
        if (e == null) return defaultValue;
        if (accessOrder) touched(e);
        return e.value;
    }

    public void clear() {
        super.clear();
        head = tail = null;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        int mc = modCount;
        for (Entry<K, V> e = head; e != null; e = e.after) action.accept(e.key, e.value);
        if (modCount != mc) throw new ConcurrentModificationException();
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) throw new NullPointerException();
        int mc = modCount;
        for (Entry<K, V> e = head; e != null; e = e.after) e.value = function.apply(e.key, e.value);
        if (modCount != mc) throw new ConcurrentModificationException();
    }

    public Set<K> keySet() {
        return sequencedKeySet();
    }

    public SequencedSet<K> sequencedKeySet() {
        SequencedSet<K> s = keyOrder;
        if (s == null) keyOrder = s = new LinkedKeySet(false);
        return s;
    }

    public Collection<V> values() {
        return sequencedValues();
    }

    public SequencedCollection<V> sequencedValues() {
        SequencedCollection<V> c = valueOrder;
        if (c == null) valueOrder = c = new LinkedValues(false);
        return c;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return sequencedEntrySet();
    }

    public SequencedSet<Map.Entry<K, V>> sequencedEntrySet() {
        SequencedSet<Map.Entry<K, V>> s = entryOrder;
        if (s == null) entryOrder = s = new LinkedEntrySet(false);
        return s;
    }

    public SequencedMap<K, V> reversed() {
        return new ReversedLinkedHashMapView<>(this);
    }

    // ---- views ----

    /** The node at the given end of the order list; NoSuchElementException when the map is empty. */
    private Entry<K, V> end(boolean last) {
        Entry<K, V> e = last ? tail : head;
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    /** Removes the node at the given end and returns it. */
    private Entry<K, V> takeEnd(boolean last) {
        Entry<K, V> e = end(last);
        delete(e.hash, e.key, false, null, false);
        return e;
    }

    /** Runs action over the nodes in order (or backwards), reporting a modification only at the end. */
    void eachEntry(boolean backwards, Consumer<? super Entry<K, V>> action) {
        int mc = modCount;
        for (Entry<K, V> e = backwards ? tail : head; e != null; e = backwards ? e.before : e.after) action.accept(e);
        if (modCount != mc) throw new ConcurrentModificationException();
    }

    final class LinkedKeySet extends AbstractSet<K> implements SequencedSet<K> {
        private final boolean backwards;

        LinkedKeySet(boolean backwards) {
            this.backwards = backwards;
        }

        public int size() {
            return size;
        }

        public void clear() {
            LinkedHashMap.this.clear();
        }

        public Iterator<K> iterator() {
            return new OrderWalker<K>(backwards, 0);
        }

        public boolean contains(Object o) {
            return containsKey(o);
        }

        public boolean remove(Object key) {
            return delete(spread(key), key, false, null, true) != null;
        }

        public Object[] toArray() {
            return fillArray(new Object[size], false, backwards);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            return (T[]) fillArray(arrayFor(a), false, backwards);
        }

        public void forEach(Consumer<? super K> action) {
            if (action == null) throw new NullPointerException();
            eachEntry(backwards, e -> action.accept(e.key));
        }

        public void addFirst(K k) {
            throw new UnsupportedOperationException();
        }

        public void addLast(K k) {
            throw new UnsupportedOperationException();
        }

        public K getFirst() {
            return end(backwards).key;
        }

        public K getLast() {
            return end(!backwards).key;
        }

        public K removeFirst() {
            return takeEnd(backwards).key;
        }

        public K removeLast() {
            return takeEnd(!backwards).key;
        }

        public SequencedSet<K> reversed() {
            if (backwards) return sequencedKeySet();
            return new LinkedKeySet(true);
        }
    }

    final class LinkedValues extends AbstractCollection<V> implements SequencedCollection<V> {
        private final boolean backwards;

        LinkedValues(boolean backwards) {
            this.backwards = backwards;
        }

        public int size() {
            return size;
        }

        public void clear() {
            LinkedHashMap.this.clear();
        }

        public Iterator<V> iterator() {
            return new OrderWalker<V>(backwards, 1);
        }

        public boolean contains(Object o) {
            return containsValue(o);
        }

        public Object[] toArray() {
            return fillArray(new Object[size], true, backwards);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            return (T[]) fillArray(arrayFor(a), true, backwards);
        }

        public void forEach(Consumer<? super V> action) {
            if (action == null) throw new NullPointerException();
            eachEntry(backwards, e -> action.accept(e.value));
        }

        public void addFirst(V v) {
            throw new UnsupportedOperationException();
        }

        public void addLast(V v) {
            throw new UnsupportedOperationException();
        }

        public V getFirst() {
            return end(backwards).value;
        }

        public V getLast() {
            return end(!backwards).value;
        }

        public V removeFirst() {
            return takeEnd(backwards).value;
        }

        public V removeLast() {
            return takeEnd(!backwards).value;
        }

        public SequencedCollection<V> reversed() {
            if (backwards) return sequencedValues();
            return new LinkedValues(true);
        }
    }

    final class LinkedEntrySet extends AbstractSet<Map.Entry<K, V>> implements SequencedSet<Map.Entry<K, V>> {
        private final boolean backwards;

        LinkedEntrySet(boolean backwards) {
            this.backwards = backwards;
        }

        public int size() {
            return size;
        }

        public void clear() {
            LinkedHashMap.this.clear();
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return new OrderWalker<Map.Entry<K, V>>(backwards, 2);
        }

        public boolean contains(Object o) {
            return containsEntry(o);
        }

        public boolean remove(Object o) {
            return removeEntry(o);
        }

        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            if (action == null) throw new NullPointerException();
            eachEntry(backwards, action);
        }

        public void addFirst(Map.Entry<K, V> e) {
            throw new UnsupportedOperationException();
        }

        public void addLast(Map.Entry<K, V> e) {
            throw new UnsupportedOperationException();
        }

        public Map.Entry<K, V> getFirst() {
            return end(backwards);
        }

        public Map.Entry<K, V> getLast() {
            return end(!backwards);
        }

        public Map.Entry<K, V> removeFirst() {
            return takeEnd(backwards);
        }

        public Map.Entry<K, V> removeLast() {
            return takeEnd(!backwards);
        }

        public SequencedSet<Map.Entry<K, V>> reversed() {
            if (backwards) return sequencedEntrySet();
            return new LinkedEntrySet(true);
        }
    }

    /** Walks the order list either way, yielding keys (0), values (1) or the entries (2). */
    final class OrderWalker<T> implements Iterator<T> {
        private final boolean backwards;
        private final int yields;
        private Entry<K, V> upcoming;
        private Entry<K, V> last;
        private int expectedMods;

        OrderWalker(boolean backwards, int yields) {
            this.backwards = backwards;
            this.yields = yields;
            upcoming = backwards ? tail : head;
            expectedMods = modCount;
        }

        public boolean hasNext() {
            return upcoming != null;
        }

        @SuppressWarnings("unchecked")
        public T next() {
            Entry<K, V> e = upcoming;
            if (modCount != expectedMods) throw new ConcurrentModificationException();
            if (e == null) throw new NoSuchElementException();
            last = e;
            upcoming = backwards ? e.before : e.after;
            return (T) (yields == 0 ? e.key : yields == 1 ? e.value : e);
        }

        public void remove() {
            Entry<K, V> e = last;
            if (e == null) throw new IllegalStateException();
            if (modCount != expectedMods) throw new ConcurrentModificationException();
            last = null;
            delete(e.hash, e.key, false, null, false);
            expectedMods = modCount;
        }
    }

    /** The map seen backwards; everything reads and writes the map itself. */
    static class ReversedLinkedHashMapView<K, V> extends AbstractMap<K, V> implements SequencedMap<K, V> {
        private final LinkedHashMap<K, V> map;

        ReversedLinkedHashMapView(LinkedHashMap<K, V> map) {
            this.map = map;
        }

        public int size() {
            return map.size();
        }

        public boolean isEmpty() {
            return map.isEmpty();
        }

        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        public boolean containsValue(Object value) {
            return map.containsValue(value);
        }

        public V get(Object key) {
            return map.get(key);
        }

        public V getOrDefault(Object key, V defaultValue) {
            return map.getOrDefault(key, defaultValue);
        }

        public V put(K key, V value) {
            return map.put(key, value);
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            map.putAll(m);
        }

        public V remove(Object key) {
            return map.remove(key);
        }

        public void clear() {
            map.clear();
        }

        public Set<K> keySet() {
            return map.sequencedKeySet().reversed();
        }

        public Collection<V> values() {
            return map.sequencedValues().reversed();
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return map.sequencedEntrySet().reversed();
        }

        public void forEach(BiConsumer<? super K, ? super V> action) {
            if (action == null) throw new NullPointerException();
            map.eachEntry(true, e -> action.accept(e.key, e.value));
        }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
            if (function == null) throw new NullPointerException();
            map.eachEntry(true, e -> e.value = function.apply(e.key, e.value));
        }

        public V putIfAbsent(K key, V value) {
            return map.putIfAbsent(key, value);
        }

        public boolean remove(Object key, Object value) {
            return map.remove(key, value);
        }

        public boolean replace(K key, V oldValue, V newValue) {
            return map.replace(key, oldValue, newValue);
        }

        public V replace(K key, V value) {
            return map.replace(key, value);
        }

        public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
            return map.computeIfAbsent(key, mappingFunction);
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            return map.computeIfPresent(key, remappingFunction);
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            return map.compute(key, remappingFunction);
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
            return map.merge(key, value, remappingFunction);
        }

        public SequencedMap<K, V> reversed() {
            return map;
        }

        public Map.Entry<K, V> firstEntry() {
            return map.lastEntry();
        }

        public Map.Entry<K, V> lastEntry() {
            return map.firstEntry();
        }

        public Map.Entry<K, V> pollFirstEntry() {
            return map.pollLastEntry();
        }

        public Map.Entry<K, V> pollLastEntry() {
            return map.pollFirstEntry();
        }

        public V putFirst(K k, V v) {
            return map.putLast(k, v);
        }

        public V putLast(K k, V v) {
            return map.putFirst(k, v);
        }
    }
}
