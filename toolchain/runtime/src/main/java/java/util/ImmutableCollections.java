package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The unmodifiable collections behind List.of, Set.of, Map.of and their copyOf forms. */
class ImmutableCollections {
    private ImmutableCollections() {}

    static final Object EMPTY = new Object();

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    // ---------------------------------------------------------------- lists

    static final ListN<?> EMPTY_LIST = new ListN<>(new Object[0], false);

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    /** A list of copies of the given elements, none of which may be null. */
    @SafeVarargs
    static <E> List<E> listOf(E... input) {
        if (input.length == 0) return emptyList();
        Object[] tmp = new Object[input.length];
        for (int i = 0; i < input.length; i++) tmp[i] = Objects.requireNonNull(input[i]);
        return new ListN<>(tmp, false);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof List12 || (coll instanceof ListN<?> c && !c.allowNulls)) return (List<E>) coll;
        if (coll.isEmpty()) return emptyList();
        return (List<E>) List.of(coll.toArray());
    }

    static abstract class AbstractImmutableCollection<E> extends AbstractCollection<E> {
        public boolean add(E e) { throw uoe(); }
        public boolean addAll(Collection<? extends E> c) { throw uoe(); }
        public void clear() { throw uoe(); }
        public boolean remove(Object o) { throw uoe(); }
        public boolean removeAll(Collection<?> c) { throw uoe(); }
        public boolean removeIf(Predicate<? super E> filter) { throw uoe(); }
        public boolean retainAll(Collection<?> c) { throw uoe(); }
    }

    static abstract class AbstractImmutableList<E> extends AbstractImmutableCollection<E> implements List<E>, RandomAccess {
        public void add(int index, E element) { throw uoe(); }
        public boolean addAll(int index, Collection<? extends E> c) { throw uoe(); }
        public E remove(int index) { throw uoe(); }
        public void replaceAll(UnaryOperator<E> operator) { throw uoe(); }
        public E set(int index, E element) { throw uoe(); }
        public void sort(Comparator<? super E> c) { throw uoe(); }
        public void addFirst(E e) { throw uoe(); }
        public void addLast(E e) { throw uoe(); }
        public E removeFirst() { throw uoe(); }
        public E removeLast() { throw uoe(); }

        public List<E> subList(int fromIndex, int toIndex) {
            int size = size();
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(this, fromIndex, toIndex - fromIndex);
        }

        public Iterator<E> iterator() {
            return new ListItr<>(this, size());
        }

        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        public ListIterator<E> listIterator(final int index) {
            int size = size();
            if (index < 0 || index > size) throw outOfBounds(index);
            return new ListItr<>(this, size, index);
        }

        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof List)) return false;
            Iterator<?> oit = ((List<?>) o).iterator();
            for (int i = 0, s = size(); i < s; i++) {
                if (!oit.hasNext() || !Objects.equals(get(i), oit.next())) return false;
            }
            return !oit.hasNext();
        }

        public int hashCode() {
            int hash = 1;
            for (int i = 0, s = size(); i < s; i++) hash = 31 * hash + Objects.hashCode(get(i));
            return hash;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        IndexOutOfBoundsException outOfBounds(int index) {
            return new IndexOutOfBoundsException("Index: " + index + " Size: " + size());
        }
    }

    static final class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private final int size;
        private final boolean isListIterator;
        private int cursor;

        ListItr(List<E> list, int size) {
            this.list = list;
            this.size = size;
            this.cursor = 0;
            this.isListIterator = false;
        }

        ListItr(List<E> list, int size, int index) {
            this.list = list;
            this.size = size;
            this.cursor = index;
            this.isListIterator = true;
        }

        public boolean hasNext() {
            return cursor != size;
        }

        public E next() {
            try {
                int i = cursor;
                E next = list.get(i);
                cursor = i + 1;
                return next;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public void remove() { throw uoe(); }

        public boolean hasPrevious() {
            if (!isListIterator) throw uoe();
            return cursor != 0;
        }

        public E previous() {
            if (!isListIterator) throw uoe();
            try {
                int i = cursor - 1;
                E previous = list.get(i);
                cursor = i;
                return previous;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public int nextIndex() {
            if (!isListIterator) throw uoe();
            return cursor;
        }

        public int previousIndex() {
            if (!isListIterator) throw uoe();
            return cursor - 1;
        }

        public void set(E e) { throw uoe(); }
        public void add(E e) { throw uoe(); }
    }

    static final class SubList<E> extends AbstractImmutableList<E> {
        private final AbstractImmutableList<E> root;
        private final int offset;
        private final int size;

        SubList(AbstractImmutableList<E> root, int offset, int size) {
            this.root = root;
            this.offset = offset;
            this.size = size;
        }

        public E get(int index) {
            Objects.checkIndex(index, size);
            return root.get(offset + index);
        }

        public int size() {
            return size;
        }

        public Iterator<E> iterator() {
            return new ListItr<>(this, size());
        }

        public ListIterator<E> listIterator(int index) {
            if (index < 0 || index > size) throw outOfBounds(index);
            return new ListItr<>(this, size(), index);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(root, offset + fromIndex, toIndex - fromIndex);
        }

        public int indexOf(Object o) {
            if (o == null && !allowNulls()) throw new NullPointerException();
            for (int i = 0, s = size(); i < s; i++) if (Objects.equals(o, get(i))) return i;
            return -1;
        }

        public int lastIndexOf(Object o) {
            if (o == null && !allowNulls()) throw new NullPointerException();
            for (int i = size() - 1; i >= 0; i--) if (Objects.equals(o, get(i))) return i;
            return -1;
        }

        private boolean allowNulls() {
            return root instanceof ListN<?> n && n.allowNulls;
        }

        public Object[] toArray() {
            Object[] array = new Object[size];
            for (int i = 0; i < size; i++) array[i] = get(i);
            return array;
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            T[] array = a.length >= size ? a : (T[]) Arrays.newArray(a.getClass(), size);
            for (int i = 0; i < size; i++) array[i] = (T) get(i);
            if (array.length > size) array[size] = null;
            return array;
        }
    }

    static final class List12<E> extends AbstractImmutableList<E> {
        private final E e0;
        private final Object e1;

        List12(E e0) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = EMPTY;
        }

        List12(E e0, E e1) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = Objects.requireNonNull(e1);
        }

        public int size() {
            return e1 != EMPTY ? 2 : 1;
        }

        public boolean isEmpty() {
            return false;
        }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            if (index == 0) return e0;
            if (index == 1 && e1 != EMPTY) return (E) e1;
            throw outOfBounds(index);
        }

        public E getFirst() {
            return e0;
        }

        @SuppressWarnings("unchecked")
        public E getLast() {
            return e1 == EMPTY ? e0 : (E) e1;
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            if (o.equals(e0)) return 0;
            if (e1 != EMPTY && o.equals(e1)) return 1;
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            if (e1 != EMPTY && o.equals(e1)) return 1;
            if (o.equals(e0)) return 0;
            return -1;
        }

        public Object[] toArray() {
            return e1 == EMPTY ? new Object[] {e0} : new Object[] {e0, e1};
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int size = size();
            T[] array = a.length >= size ? a : (T[]) Arrays.newArray(a.getClass(), size);
            array[0] = (T) e0;
            if (size == 2) array[1] = (T) e1;
            if (array.length > size) array[size] = null;
            return array;
        }
    }

    static final class ListN<E> extends AbstractImmutableList<E> {
        private final E[] elements;
        final boolean allowNulls;

        @SuppressWarnings("unchecked")
        ListN(Object[] elements, boolean allowNulls) {
            this.elements = (E[]) elements;
            this.allowNulls = allowNulls;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public int size() {
            return elements.length;
        }

        public E get(int index) {
            return elements[index];
        }

        public E getFirst() {
            if (elements.length == 0) throw new NoSuchElementException();
            return elements[0];
        }

        public E getLast() {
            if (elements.length == 0) throw new NoSuchElementException();
            return elements[elements.length - 1];
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int size = elements.length;
            if (a.length < size) return (T[]) Arrays.copyOf(elements, size, a.getClass());
            System.arraycopy(elements, 0, a, 0, size);
            if (a.length > size) a[size] = null;
            return a;
        }

        public int indexOf(Object o) {
            if (!allowNulls && o == null) throw new NullPointerException();
            for (int i = 0; i < elements.length; i++) if (Objects.equals(o, elements[i])) return i;
            return -1;
        }

        public int lastIndexOf(Object o) {
            if (!allowNulls && o == null) throw new NullPointerException();
            for (int i = elements.length - 1; i >= 0; i--) if (Objects.equals(o, elements[i])) return i;
            return -1;
        }
    }

    // ---------------------------------------------------------------- sets

    static abstract class AbstractImmutableSet<E> extends AbstractImmutableCollection<E> implements Set<E> {
        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Set<?> c)) return false;
            if (c.size() != size()) return false;
            for (Object e : c) if (e == null || !contains(e)) return false;
            return true;
        }

        public abstract int hashCode();
    }

    static final SetN<?> EMPTY_SET = new SetN<>();

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) EMPTY_SET;
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopy(Collection<? extends E> coll) {
        if (coll instanceof AbstractImmutableSet) return (Set<E>) coll;
        if (coll.isEmpty()) return emptySet();
        return (Set<E>) Set.of(new HashSet<>(coll).toArray());
    }

    static final class Set12<E> extends AbstractImmutableSet<E> {
        private final E e0;
        private final Object e1;

        Set12(E e0) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = EMPTY;
        }

        Set12(E e0, E e1) {
            if (e0.equals(Objects.requireNonNull(e1))) throw new IllegalArgumentException("duplicate element: " + e0);
            this.e0 = e0;
            this.e1 = e1;
        }

        public int size() {
            return (e1 == EMPTY) ? 1 : 2;
        }

        public boolean isEmpty() {
            return false;
        }

        public boolean contains(Object o) {
            return o.equals(e0) || e1.equals(o);
        }

        public int hashCode() {
            return e0.hashCode() + (e1 == EMPTY ? 0 : e1.hashCode());
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int idx = 0;

                public boolean hasNext() {
                    return idx < size();
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (idx == 0) {
                        idx = 1;
                        return e0;
                    } else if (idx == 1 && e1 != EMPTY) {
                        idx = 2;
                        return (E) e1;
                    } else {
                        throw new NoSuchElementException();
                    }
                }
            };
        }

        public Object[] toArray() {
            return e1 == EMPTY ? new Object[] {e0} : new Object[] {e0, e1};
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int size = size();
            T[] array = a.length >= size ? a : (T[]) Arrays.newArray(a.getClass(), size);
            array[0] = (T) e0;
            if (size == 2) array[1] = (T) e1;
            if (array.length > size) array[size] = null;
            return array;
        }
    }

    /** Open addressing over a table twice the size; iteration is in table order. */
    static final class SetN<E> extends AbstractImmutableSet<E> {
        private final E[] elements;
        private final int size;

        @SuppressWarnings("unchecked")
        @SafeVarargs
        SetN(E... input) {
            size = input.length;
            elements = (E[]) new Object[2 * input.length];
            for (int i = 0; i < input.length; i++) {
                E e = input[i];
                int idx = probe(e);
                if (idx >= 0) throw new IllegalArgumentException("duplicate element: " + e);
                elements[-(idx + 1)] = e;
            }
        }

        public int size() {
            return size;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            return size > 0 && probe(o) >= 0;
        }

        /** Index of o if present, else -(free slot) - 1. */
        private int probe(Object pe) {
            int idx = Math.floorMod(pe.hashCode(), elements.length);
            while (true) {
                E ee = elements[idx];
                if (ee == null) return -idx - 1;
                if (pe.equals(ee)) return idx;
                if (++idx == elements.length) idx = 0;
            }
        }

        public int hashCode() {
            int h = 0;
            for (E e : elements) if (e != null) h += e.hashCode();
            return h;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int remaining = size;
                private int idx = 0;

                public boolean hasNext() {
                    return remaining > 0;
                }

                public E next() {
                    if (remaining <= 0) throw new NoSuchElementException();
                    E e;
                    while ((e = elements[idx++]) == null) {
                    }
                    remaining--;
                    return e;
                }
            };
        }

        public Object[] toArray() {
            Object[] array = new Object[size];
            int i = 0;
            for (E e : elements) if (e != null) array[i++] = e;
            return array;
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            T[] array = a.length >= size ? a : (T[]) Arrays.newArray(a.getClass(), size);
            int i = 0;
            for (E e : elements) if (e != null) array[i++] = (T) e;
            if (array.length > size) array[size] = null;
            return array;
        }
    }

    // ---------------------------------------------------------------- maps

    static abstract class AbstractImmutableMap<K, V> extends AbstractMap<K, V> {
        public void clear() { throw uoe(); }
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw uoe(); }
        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) { throw uoe(); }
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw uoe(); }
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) { throw uoe(); }
        public V put(K key, V value) { throw uoe(); }
        public void putAll(Map<? extends K, ? extends V> m) { throw uoe(); }
        public V putIfAbsent(K key, V value) { throw uoe(); }
        public V remove(Object key) { throw uoe(); }
        public boolean remove(Object key, Object value) { throw uoe(); }
        public V replace(K key, V value) { throw uoe(); }
        public boolean replace(K key, V oldValue, V newValue) { throw uoe(); }
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { throw uoe(); }

        public V getOrDefault(Object key, V defaultValue) {
            V v;
            return ((v = get(key)) != null) ? v : defaultValue;
        }
    }

    static final MapN<?, ?> EMPTY_MAP = new MapN<>();

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    static final class Map1<K, V> extends AbstractImmutableMap<K, V> {
        private final K k0;
        private final V v0;

        Map1(K k0, V v0) {
            this.k0 = Objects.requireNonNull(k0);
            this.v0 = Objects.requireNonNull(v0);
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return Set.of(new KeyValueHolder<>(k0, v0));
        }

        public V get(Object o) {
            return o.equals(k0) ? v0 : null;
        }

        public boolean containsKey(Object o) {
            return o.equals(k0);
        }

        public boolean containsValue(Object o) {
            return o.equals(v0);
        }

        public int size() {
            return 1;
        }

        public boolean isEmpty() {
            return false;
        }

        public int hashCode() {
            return k0.hashCode() ^ v0.hashCode();
        }
    }

    /** Keys and values interleaved in an open-addressing table of twice the size. */
    static final class MapN<K, V> extends AbstractImmutableMap<K, V> {
        private final Object[] table;
        private final int size;

        MapN(Object... input) {
            if ((input.length & 1) != 0) throw new InternalError("length is odd");
            size = input.length >> 1;
            table = new Object[2 * 2 * size];
            for (int i = 0; i < input.length; i += 2) {
                @SuppressWarnings("unchecked")
                K k = Objects.requireNonNull((K) input[i]);
                @SuppressWarnings("unchecked")
                V v = Objects.requireNonNull((V) input[i + 1]);
                int idx = probe(k);
                if (idx >= 0) throw new IllegalArgumentException("duplicate key: " + k);
                int dest = -(idx + 1);
                table[dest] = k;
                table[dest + 1] = v;
            }
        }

        private int probe(Object pk) {
            int idx = Math.floorMod(pk.hashCode(), table.length >> 1) << 1;
            while (true) {
                Object ek = table[idx];
                if (ek == null) return -idx - 1;
                if (pk.equals(ek)) return idx;
                if ((idx += 2) == table.length) idx = 0;
            }
        }

        public boolean containsKey(Object o) {
            Objects.requireNonNull(o);
            return size > 0 && probe(o) >= 0;
        }

        public boolean containsValue(Object o) {
            Objects.requireNonNull(o);
            for (int i = 1; i < table.length; i += 2) {
                Object v = table[i];
                if (v != null && o.equals(v)) return true;
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            if (size == 0) {
                Objects.requireNonNull(o);
                return null;
            }
            int i = probe(o);
            return i >= 0 ? (V) table[i + 1] : null;
        }

        public int size() {
            return size;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        public int hashCode() {
            int hash = 0;
            for (int i = 0; i < table.length; i += 2) {
                Object k = table[i];
                if (k != null) hash += k.hashCode() ^ table[i + 1].hashCode();
            }
            return hash;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return MapN.this.size;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int remaining = size;
                        private int idx = 0;

                        public boolean hasNext() {
                            return remaining > 0;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (remaining <= 0) throw new NoSuchElementException();
                            while (table[idx] == null) idx += 2;
                            Map.Entry<K, V> e = new KeyValueHolder<>((K) table[idx], (V) table[idx + 1]);
                            idx += 2;
                            remaining--;
                            return e;
                        }
                    };
                }
            };
        }
    }
}
