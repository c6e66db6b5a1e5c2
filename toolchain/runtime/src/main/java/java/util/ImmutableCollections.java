package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The unmodifiable collections behind List.of, Set.of, Map.of and their copyOf forms.
 *
 * <p>Every collection keeps its elements (map: keys and values) in argument order in a plain array; sets and
 * maps of three or more add an open-addressing index of array positions for hashed lookup. So iteration is in
 * argument order: a fixed order, where HotSpot's varies from run to run. Details that user code can observe
 * (which element's equals is called, exception types and messages, including the variable names in HotSpot's
 * helpful NullPointerException messages) follow HotSpot's: the three list kinds differ in their index
 * exceptions, sets and maps of one or two elements compare without hashing.
 */
class ImmutableCollections {
    private ImmutableCollections() {}

    static UnsupportedOperationException refused() {
        return new UnsupportedOperationException();
    }

    private static final Object[] NOTHING = {};

    /** A copy of the array with every element checked for null (NPE without message). */
    private static Object[] nonNullCopy(Object[] input) {
        Object[] copy = new Object[input.length];
        for (int i = 0; i < input.length; i++) copy[i] = Objects.requireNonNull(input[i]);
        return copy;
    }

    /**
     * The elements [from, from + n) of items into a (one of a's type when a is too short; null after the last
     * when longer). bulk: by System.arraycopy, else one store at a time; a wrong element type then fails with the
     * respective ArrayStoreException message, and HotSpot's list kinds differ in this.
     */
    @SuppressWarnings("unchecked")
    private static <T> T[] fill(Object[] items, int from, int n, T[] a, boolean bulk) {
        T[] out = a.length >= n ? a : Arrays.copyOf(a, n);
        if (bulk) System.arraycopy(items, from, out, 0, n);
        else for (int i = 0; i < n; i++) out[i] = (T) items[from + i];
        if (out.length > n) out[n] = null;
        return out;
    }

    /** Mutators of every kind refuse. */
    abstract static class FixedCollection<E> extends AbstractCollection<E> {
        public boolean add(E e) { throw refused(); }
        public boolean addAll(Collection<? extends E> c) { throw refused(); }
        public void clear() { throw refused(); }
        public boolean remove(Object o) { throw refused(); }
        public boolean removeAll(Collection<?> c) { throw refused(); }
        public boolean removeIf(Predicate<? super E> filter) { throw refused(); }
        public boolean retainAll(Collection<?> c) { throw refused(); }
    }

    // ---------------------------------------------------------------- lists

    /**
     * items[first, first + size). Subclasses differ only in how get reports a bad index and whether indexOf
     * tries identity before equals, as HotSpot's list kinds do.
     */
    abstract static class FixedList<E> extends FixedCollection<E> implements List<E>, RandomAccess {
        final Object[] items;
        final int first;
        final int size;

        FixedList(Object[] items, int first, int size) {
            this.items = items;
            this.first = first;
            this.size = size;
        }

        public abstract E get(int index);

        /** Whether o (non-null) matches element e. */
        boolean matches(Object o, Object e) {
            return o == e || o.equals(e);
        }

        @SuppressWarnings("unchecked")
        final E at(int index) {
            return (E) items[first + index];
        }

        public final int size() { return size; }
        public final boolean isEmpty() { return size == 0; }

        public void add(int index, E element) { throw refused(); }
        public boolean addAll(int index, Collection<? extends E> c) { throw refused(); }
        public E remove(int index) { throw refused(); }
        public void replaceAll(UnaryOperator<E> operator) { throw refused(); }
        public E set(int index, E element) { throw refused(); }
        public void sort(Comparator<? super E> c) { throw refused(); }
        public void addFirst(E e) { throw refused(); }
        public void addLast(E e) { throw refused(); }
        public E removeFirst() { throw refused(); }
        public E removeLast() { throw refused(); }

        public E getFirst() {
            if (size == 0) throw new NoSuchElementException();
            return at(0);
        }

        public E getLast() {
            if (size == 0) throw new NoSuchElementException();
            return at(size - 1);
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < size; i++) if (matches(o, items[first + i])) return i;
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = size - 1; i >= 0; i--) if (matches(o, items[first + i])) return i;
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Object[] toArray() {
            Object[] out = new Object[size];
            System.arraycopy(items, first, out, 0, size);
            return out;
        }

        public <T> T[] toArray(T[] a) {
            return fill(items, first, size, a, this instanceof ListArray);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            if (fromIndex < 0) throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
            if (toIndex > size) throw new IndexOutOfBoundsException("toIndex = " + toIndex);
            if (fromIndex > toIndex)
                throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
            return new ListSlice<>(items, first + fromIndex, toIndex - fromIndex);
        }

        public Iterator<E> iterator() {
            return new Cursor<>(this, 0, false);
        }

        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        public ListIterator<E> listIterator(int index) {
            if (index < 0 || index > size) throw new IndexOutOfBoundsException("Index: " + index + " Size: " + size);
            return new Cursor<>(this, index, true);
        }

        /** Element by element against o's iterator; our element's equals is the one called. */
        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof List<?> other)) return false;
            Iterator<?> theirs = other.iterator();
            for (int i = 0; i < size; i++) {
                if (!theirs.hasNext()) return false;
                Object mine = items[first + i];
                Object their = theirs.next();
                if (mine != their && !mine.equals(their)) return false;
            }
            return !theirs.hasNext();
        }

        public int hashCode() {
            int h = 1;
            for (int i = 0; i < size; i++) h = 31 * h + items[first + i].hashCode();
            return h;
        }
    }

    /** List.of with 0 or 3+ elements: the array is exactly the list, so a bad index fails on the array access. */
    static final class ListArray<E> extends FixedList<E> {
        ListArray(Object[] items) {
            super(items, 0, items.length);
        }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            return (E) items[index];
        }
    }

    /** List.of with 1 or 2 elements: equals without the identity shortcut, and its own index message. */
    static final class ListPair<E> extends FixedList<E> {
        ListPair(Object[] items) {
            super(items, 0, items.length);
        }

        public E get(int index) {
            if (index < 0 || index >= size) throw new IndexOutOfBoundsException("Index: " + index + " Size: " + size);
            return at(index);
        }

        boolean matches(Object o, Object e) {
            return o.equals(e);
        }
    }

    /** subList of any of them: a window on the same array. */
    static final class ListSlice<E> extends FixedList<E> {
        ListSlice(Object[] items, int first, int size) {
            super(items, first, size);
        }

        public E get(int index) {
            return at(Objects.checkIndex(index, size));
        }
    }

    /** Iterator and list iterator; the plain iterator refuses the backward operations. */
    static final class Cursor<E> implements ListIterator<E> {
        private final FixedList<E> list;
        private final boolean twoWay;
        private int next;

        Cursor(FixedList<E> list, int next, boolean twoWay) {
            this.list = list;
            this.next = next;
            this.twoWay = twoWay;
        }

        public boolean hasNext() {
            return next < list.size;
        }

        public E next() {
            if (next >= list.size) throw new NoSuchElementException();
            return list.at(next++);
        }

        private void requireTwoWay() {
            if (!twoWay) throw refused();
        }

        public boolean hasPrevious() {
            requireTwoWay();
            return next > 0;
        }

        public E previous() {
            requireTwoWay();
            if (next <= 0) throw new NoSuchElementException();
            return list.at(--next);
        }

        public int nextIndex() {
            requireTwoWay();
            return next;
        }

        public int previousIndex() {
            requireTwoWay();
            return next - 1;
        }

        public void remove() { throw refused(); }
        public void set(E e) { throw refused(); }
        public void add(E e) { throw refused(); }
    }

    static final ListArray<?> EMPTY_LIST = new ListArray<>(NOTHING);

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    /** List.of(...): the kind goes by the size, as on HotSpot. */
    @SuppressWarnings("unchecked")
    static <E> List<E> listOf(Object... elements) {
        if (elements.length == 0) return (List<E>) EMPTY_LIST;
        Object[] items = nonNullCopy(elements);
        return items.length <= 2 ? new ListPair<>(items) : new ListArray<>(items);
    }

    /** List.copyOf: our lists are returned as they are, except sublists, which keep their backing array alive. */
    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof FixedList<?> && !(coll instanceof ListSlice<?>)) return (List<E>) coll;
        if (coll.isEmpty()) return emptyList();
        return listOf(coll.toArray());
    }

    // ---------------------------------------------------------------- hashed index

    /**
     * Open-addressing index over positions of an element array: slot values are position + 1, 0 is free.
     * Twice as many slots as elements, rounded up to a power of two, so probes stay short; the hash is spread
     * so that small integers with equal low bits do not cluster.
     */
    private static int[] newIndex(int n) {
        int slots = Integer.highestOneBit(Math.max(2 * n - 1, 1)) << 1;
        return new int[slots];
    }

    private static int home(int hash, int[] index) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (index.length - 1);
    }

    // ---------------------------------------------------------------- sets

    /** Elements in argument order; subclasses provide contains. */
    abstract static class FixedSet<E> extends FixedCollection<E> implements Set<E> {
        final Object[] members;

        FixedSet(Object[] members) {
            this.members = members;
        }

        public final int size() { return members.length; }
        public final boolean isEmpty() { return members.length == 0; }

        public Iterator<E> iterator() {
            return new Iterator<>() {
                private int next;

                public boolean hasNext() {
                    return next < members.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (next >= members.length) throw new NoSuchElementException();
                    return (E) members[next++];
                }
            };
        }

        public Object[] toArray() {
            return members.clone();
        }

        public <T> T[] toArray(T[] a) {
            return fill(members, 0, members.length, a, false);
        }

        /** Same size and every element of o (never null) contained here. */
        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Set<?> other) || other.size() != members.length) return false;
            for (Object e : other) if (e == null || !contains(e)) return false;
            return true;
        }

        public int hashCode() {
            int h = 0;
            for (Object e : members) h += e.hashCode();
            return h;
        }
    }

    /** Set.of with one or two elements: no hashing; HotSpot compares o.equals(first), then second.equals(o). */
    static final class SetPair<E> extends FixedSet<E> {
        SetPair(E e0) {
            super(new Object[] {Objects.requireNonNull(e0)});
        }

        /** e0 keeps its name: it appears in the NPE message of Set.of(null, x). */
        SetPair(E e0, E e1) {
            super(new Object[] {e0, e1});
            if (e0.equals(Objects.requireNonNull(e1))) throw new IllegalArgumentException("duplicate element: " + e0);
        }

        public boolean contains(Object o) {
            if (o.equals(members[0])) return true;
            return members.length == 2 && members[1].equals(o);
        }
    }

    /** Set.of with none or three and more elements. */
    static final class SetHashed<E> extends FixedSet<E> {
        private final int[] index;

        SetHashed(Object[] input) {
            super(input.clone());
            index = newIndex(members.length);
            for (int i = 0; i < members.length; i++) {
                Object e = members[i];
                int slot = find(e);
                if (index[slot] != 0) throw new IllegalArgumentException("duplicate element: " + e);
                index[slot] = i + 1;
            }
        }

        /**
         * The slot holding an element equal to pe, else the free slot where pe belongs. The parameter's name
         * shows in HotSpot's NPE message for a null element.
         */
        private int find(Object pe) {
            int mask = index.length - 1;
            for (int s = home(pe.hashCode(), index); ; s = (s + 1) & mask) {
                int at = index[s];
                if (at == 0 || pe.equals(members[at - 1])) return s;
            }
        }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            return members.length > 0 && index[find(o)] != 0;
        }
    }

    static final SetHashed<?> EMPTY_SET = new SetHashed<>(NOTHING);

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) EMPTY_SET;
    }

    /** Set.of(...): the kind goes by the size, as on HotSpot. */
    @SuppressWarnings("unchecked")
    static <E> Set<E> setOf(Object... elements) {
        return switch (elements.length) {
            case 0 -> (Set<E>) EMPTY_SET;
            case 1 -> new SetPair<>((E) elements[0]);
            case 2 -> new SetPair<>((E) elements[0], (E) elements[1]);
            default -> new SetHashed<>(elements);
        };
    }

    /** Set.copyOf: duplicates collapse through a HashSet first (the first of equal elements stays). */
    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopy(Collection<? extends E> coll) {
        if (coll instanceof FixedSet<?>) return (Set<E>) coll;
        if (coll.isEmpty()) return emptySet();
        return setOf(new HashSet<>(coll).toArray());
    }

    // ---------------------------------------------------------------- maps

    /** Keys and values in argument order; the subclasses (names used by Map) provide lookup. */
    abstract static class AbstractImmutableMap<K, V> extends AbstractMap<K, V> {
        final Object[] keys;
        final Object[] values;

        AbstractImmutableMap(Object[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        public final int size() { return keys.length; }
        public final boolean isEmpty() { return keys.length == 0; }

        public void clear() { throw refused(); }
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw refused(); }
        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) { throw refused(); }
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw refused(); }
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) { throw refused(); }
        public V put(K key, V value) { throw refused(); }
        public void putAll(Map<? extends K, ? extends V> m) { throw refused(); }
        public V putIfAbsent(K key, V value) { throw refused(); }
        public V remove(Object key) { throw refused(); }
        public boolean remove(Object key, Object value) { throw refused(); }
        public V replace(K key, V value) { throw refused(); }
        public boolean replace(K key, V oldValue, V newValue) { throw refused(); }
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { throw refused(); }

        public V getOrDefault(Object key, V defaultValue) {
            V v = get(key);
            return v != null ? v : defaultValue;
        }

        @SuppressWarnings("unchecked")
        Map.Entry<K, V> entryAt(int i) {
            return new KeyValueHolder<>((K) keys[i], (V) values[i]);
        }

        public int hashCode() {
            int h = 0;
            for (int i = 0; i < keys.length; i++) h += keys[i].hashCode() ^ values[i].hashCode();
            return h;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<>() {
                public int size() {
                    return keys.length;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        public Map.Entry<K, V> next() {
                            if (next >= keys.length) throw new NoSuchElementException();
                            return entryAt(next++);
                        }
                    };
                }
            };
        }
    }

    /** Map.of with one mapping: plain equals calls on the argument. */
    static final class Map1<K, V> extends AbstractImmutableMap<K, V> {
        Map1(K k0, V v0) {
            super(new Object[] {Objects.requireNonNull(k0)}, new Object[] {Objects.requireNonNull(v0)});
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            return o.equals(keys[0]) ? (V) values[0] : null;
        }

        public boolean containsKey(Object o) {
            return o.equals(keys[0]);
        }

        public boolean containsValue(Object o) {
            return o.equals(values[0]);
        }

        /** An immutable one-element set, as on HotSpot (its remove refuses even when nothing matches). */
        public Set<Map.Entry<K, V>> entrySet() {
            return new SetPair<>(entryAt(0));
        }
    }

    /** Map.of with none or two and more mappings: hashed. Takes keys and values alternating. */
    static final class MapN<K, V> extends AbstractImmutableMap<K, V> {
        private final int[] index;

        MapN(Object... pairs) {
            super(new Object[pairs.length >> 1], new Object[pairs.length >> 1]);
            index = newIndex(keys.length);
            for (int i = 0; i < keys.length; i++) {
                Object k = Objects.requireNonNull(pairs[2 * i]);
                Object v = Objects.requireNonNull(pairs[2 * i + 1]);
                int slot = slotOf(k);
                if (index[slot] != 0) throw new IllegalArgumentException("duplicate key: " + k);
                keys[i] = k;
                values[i] = v;
                index[slot] = i + 1;
            }
        }

        /**
         * The slot holding a key equal to pk, else the free slot where pk belongs. The parameter's name shows
         * in HotSpot's NPE message for get(null).
         */
        private int slotOf(Object pk) {
            int mask = index.length - 1;
            for (int s = home(pk.hashCode(), index); ; s = (s + 1) & mask) {
                int at = index[s];
                if (at == 0 || pk.equals(keys[at - 1])) return s;
            }
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            if (keys.length == 0) {
                Objects.requireNonNull(o);
                return null;
            }
            int at = index[slotOf(o)];
            return at == 0 ? null : (V) values[at - 1];
        }

        public boolean containsKey(Object o) {
            Objects.requireNonNull(o);
            return keys.length > 0 && index[slotOf(o)] != 0;
        }

        public boolean containsValue(Object o) {
            Objects.requireNonNull(o);
            for (Object v : values) if (o.equals(v)) return true;
            return false;
        }
    }

    static final MapN<?, ?> EMPTY_MAP = new MapN<>();

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }
}
