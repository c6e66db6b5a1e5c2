package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The legacy synchronized map: no null keys or values. Its iteration order is observable and follows what
 * HotSpot is seen to do (the Hashtable* corpus programs check it): bucket = (hashCode & 0x7FFFFFFF) % length,
 * 11 buckets by default, a new entry goes to the head of its bucket, and once the count reaches the
 * threshold the table grows to 2n + 1 buckets before the insertion, moving old buckets from the last
 * to the first onto the heads of the new ones. Enumerations and iterators walk the buckets from the last.
 */
public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    /** Largest bucket count: the biggest array size the JDK allows. */
    private static final int MOST_BUCKETS = Integer.MAX_VALUE - 8;

    /** A mapping and the link to the next one in its bucket. */
    private static final class Link<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Link<K, V> next;

        Link(int hash, K key, V value, Link<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        /** A copy of this chain, in the same order. */
        Link<K, V> copyChain() {
            Link<K, V> first = new Link<>(hash, key, value, null), last = first;
            for (Link<K, V> e = next; e != null; e = e.next) {
                last.next = new Link<>(e.hash, e.key, e.value, null);
                last = last.next;
            }
            return first;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V v) {
            if (v == null) throw new NullPointerException();
            V previous = value;
            value = v;
            return previous;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry<?, ?> other)) return false;
            Object k = other.getKey(), v = other.getValue();
            return (key == null ? k == null : key.equals(k)) && (value == null ? v == null : value.equals(v));
        }

        public int hashCode() {
            return hash ^ Objects.hashCode(value);
        }

        public String toString() {
            return key.toString() + "=" + value.toString();
        }
    }

    private transient Link<?, ?>[] buckets;
    private transient int count;
    /** The count at which the next insertion grows the table first. */
    private int threshold;
    /** Negated while hashCode runs, so that a table containing itself adds nothing for itself. */
    private float loadFactor;
    private transient int modCount;

    private transient Set<K> keyView;
    private transient Set<Map.Entry<K, V>> entryView;
    private transient Collection<V> valueView;

    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        if (loadFactor <= 0 || loadFactor != loadFactor) throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        int length = initialCapacity == 0 ? 1 : initialCapacity;
        this.loadFactor = loadFactor;
        buckets = new Link<?, ?>[length];
        threshold = thresholdFor(length);
    }

    public Hashtable(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    public Hashtable() {
        this(11, 0.75f);
    }

    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    private int thresholdFor(int length) {
        return (int) Math.min(length * loadFactor, MOST_BUCKETS + 1);
    }

    private static int bucketOf(int hash, int length) {
        return (hash & 0x7FFFFFFF) % length;
    }

    @SuppressWarnings("unchecked")
    private Link<K, V> chain(int hash) {
        Link<?, ?>[] b = buckets;
        return (Link<K, V>) b[bucketOf(hash, b.length)];
    }

    /** The entry for key (whose hashCode is hash), or null. */
    private Link<K, V> lookup(int hash, Object key) {
        for (Link<K, V> e = chain(hash); e != null; e = e.next) {
            if (e.hash == hash && e.key.equals(key)) return e;
        }
        return null;
    }

    /** Unlinks e from its bucket; false if it is no longer there. */
    private boolean unlink(Link<?, ?> e) {
        Link<?, ?>[] b = buckets;
        int i = bucketOf(e.hash, b.length);
        Link<Object, Object> prev = null;
        for (Link<Object, Object> p = castLink(b[i]); p != null; prev = p, p = p.next) {
            if (p != e) continue;
            if (prev == null) b[i] = p.next; else prev.next = p.next;
            modCount++;
            count--;
            return true;
        }
        return false;
    }

    /** Adds a mapping known to be absent, growing the table first when the count has reached the threshold. */
    private void insert(int hash, K key, V value) {
        if (count >= threshold) rehash();
        Link<?, ?>[] b = buckets;
        int i = bucketOf(hash, b.length);
        @SuppressWarnings("unchecked")
        Link<K, V> head = (Link<K, V>) b[i];
        b[i] = new Link<>(hash, key, value, head);
        count++;
        modCount++;
    }

    /** Grows the table to 2n + 1 buckets (at most MOST_BUCKETS). */
    protected void rehash() {
        Link<?, ?>[] old = buckets;
        int oldLength = old.length;
        int length = (oldLength << 1) + 1;
        if (length - MOST_BUCKETS > 0) {
            if (oldLength == MOST_BUCKETS) return;
            length = MOST_BUCKETS;
        }
        Link<?, ?>[] b = new Link<?, ?>[length];
        modCount++;
        threshold = thresholdFor(length);
        buckets = b;
        // Old buckets from the last, each chain from its head, onto the heads of the new ones.
        for (int i = oldLength - 1; i >= 0; i--) {
            Link<?, ?> e = old[i];
            while (e != null) {
                Link<?, ?> following = e.next;
                int j = bucketOf(e.hash, length);
                e.next = castLink(b[j]);
                b[j] = e;
                e = following;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <A, B> Link<A, B> castLink(Link<?, ?> e) {
        return (Link<A, B>) e;
    }

    // ---- Dictionary and Map ----

    public synchronized int size() {
        return count;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    public synchronized Enumeration<K> keys() {
        return count == 0 ? Collections.emptyEnumeration() : new Walker<K>(0, false);
    }

    public synchronized Enumeration<V> elements() {
        return count == 0 ? Collections.emptyEnumeration() : new Walker<V>(1, false);
    }

    private <T> Iterator<T> walk(int yields) {
        return count == 0 ? Collections.emptyIterator() : new Walker<T>(yields, true);
    }

    public synchronized boolean contains(Object value) {
        if (value == null) throw new NullPointerException();
        Link<?, ?>[] b = buckets;
        for (int i = b.length - 1; i >= 0; i--) {
            for (Link<?, ?> e = b[i]; e != null; e = e.next) {
                if (e.value.equals(value)) return true;
            }
        }
        return false;
    }

    public boolean containsValue(Object value) {
        return contains(value);
    }

    public synchronized boolean containsKey(Object key) {
        return lookup(key.hashCode(), key) != null;
    }

    public synchronized V get(Object key) {
        Link<K, V> e = lookup(key.hashCode(), key);
        return e == null ? null : e.value;
    }

    public synchronized V put(K key, V value) {
        if (value == null) throw new NullPointerException();
        int hash = key.hashCode();
        Link<K, V> e = lookup(hash, key);
        if (e != null) {
            V previous = e.value;
            e.value = value;
            return previous;
        }
        insert(hash, key, value);
        return null;
    }

    public synchronized V remove(Object key) {
        Link<K, V> e = lookup(key.hashCode(), key);
        if (e == null) return null;
        unlink(e);
        V previous = e.value;
        e.value = null;
        return previous;
    }

    public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) put(e.getKey(), e.getValue());
    }

    public synchronized void clear() {
        Arrays.fill(buckets, null);
        modCount++;
        count = 0;
    }

    @SuppressWarnings("unchecked")
    public synchronized Object clone() {
        Hashtable<K, V> copy;
        try {
            copy = (Hashtable<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        Link<?, ?>[] b = new Link<?, ?>[buckets.length];
        for (int i = 0; i < b.length; i++) {
            if (buckets[i] != null) b[i] = buckets[i].copyChain();
        }
        copy.buckets = b;
        copy.keyView = null;
        copy.entryView = null;
        copy.valueView = null;
        copy.modCount = 0;
        return copy;
    }

    public synchronized String toString() {
        if (count == 0) return "{}";
        StringBuilder sb = new StringBuilder("{");
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        while (true) {
            Map.Entry<K, V> e = it.next();
            K k = e.getKey();
            V v = e.getValue();
            sb.append(k == this ? "(this Map)" : k.toString()).append('=');
            sb.append(v == this ? "(this Map)" : v.toString());
            if (!it.hasNext()) return sb.append('}').toString();
            sb.append(", ");
        }
    }

    public synchronized boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map<?, ?> t) || t.size() != size()) return false;
        try {
            for (Map.Entry<K, V> e : entrySet()) {
                K k = e.getKey();
                V v = e.getValue();
                if (v == null) {
                    if (t.get(k) != null || !t.containsKey(k)) return false;
                } else if (!v.equals(t.get(k))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    public synchronized int hashCode() {
        int h = 0;
        if (count == 0 || loadFactor < 0) return h;
        loadFactor = -loadFactor;
        for (Link<?, ?> e : buckets) {
            for (; e != null; e = e.next) h += e.hashCode();
        }
        loadFactor = -loadFactor;
        return h;
    }

    public synchronized V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    /** Runs action on every entry, from the first bucket up (unlike iteration), failing fast on a modification. */
    private void eachLink(Consumer<Link<K, V>> action) {
        int mc = modCount;
        for (Link<?, ?> first : buckets) {
            for (Link<K, V> e = castLink(first); e != null; e = e.next) {
                action.accept(e);
                if (mc != modCount) throw new ConcurrentModificationException();
            }
        }
    }

    public synchronized void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        eachLink(e -> action.accept(e.key, e.value));
    }

    public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        eachLink(e -> e.value = Objects.requireNonNull(function.apply(e.key, e.value)));
    }

    public synchronized V putIfAbsent(K key, V value) {
        Objects.requireNonNull(value);
        int hash = key.hashCode();
        Link<K, V> e = lookup(hash, key);
        if (e == null) {
            insert(hash, key, value);
            return null;
        }
        V previous = e.value;
        if (previous == null) e.value = value;
        return previous;
    }

    public synchronized boolean remove(Object key, Object value) {
        Objects.requireNonNull(value);
        Link<K, V> e = lookup(key.hashCode(), key);
        if (e == null || !e.value.equals(value)) return false;
        unlink(e);
        e.value = null;
        return true;
    }

    public synchronized boolean replace(K key, V oldValue, V newValue) {
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        Link<K, V> e = lookup(key.hashCode(), key);
        if (e == null || !e.value.equals(oldValue)) return false;
        e.value = newValue;
        return true;
    }

    public synchronized V replace(K key, V value) {
        Objects.requireNonNull(value);
        Link<K, V> e = lookup(key.hashCode(), key);
        if (e == null) return null;
        V previous = e.value;
        e.value = value;
        return previous;
    }

    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        int hash = key.hashCode();
        Link<K, V> e = lookup(hash, key);
        if (e != null) return e.value;
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (v != null) insert(hash, key, v);
        return v;
    }

    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Link<K, V> e = lookup(key.hashCode(), key);
        if (e == null) return null;
        int mc = modCount;
        V v = remappingFunction.apply(key, e.value);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (v == null) unlink(e); else e.value = v;
        return v;
    }

    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        int hash = key.hashCode();
        Link<K, V> e = lookup(hash, key);
        int mc = modCount;
        V v = remappingFunction.apply(key, e == null ? null : e.value);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (e != null) {
            if (v == null) unlink(e); else e.value = v;
        } else if (v != null) {
            insert(hash, key, v);
        }
        return v;
    }

    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        int hash = key.hashCode();
        Link<K, V> e = lookup(hash, key);
        if (e == null) {
            // Unlike Map.merge, a null value for an absent key is simply not stored.
            if (value != null) insert(hash, key, value);
            return value;
        }
        int mc = modCount;
        V v = remappingFunction.apply(e.value, value);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (v == null) unlink(e); else e.value = v;
        return v;
    }

    // ---- views ----

    public Set<K> keySet() {
        if (keyView == null) keyView = Collections.synchronizedSet(new KeyView());
        return keyView;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        if (entryView == null) entryView = Collections.synchronizedSet(new EntryView());
        return entryView;
    }

    public Collection<V> values() {
        if (valueView == null) valueView = Collections.synchronizedCollection(new ValueView());
        return valueView;
    }

    private final class KeyView extends AbstractSet<K> {
        public Iterator<K> iterator() {
            return walk(0);
        }

        public int size() {
            return count;
        }

        public boolean contains(Object o) {
            return containsKey(o);
        }

        public boolean remove(Object o) {
            return Hashtable.this.remove(o) != null;
        }

        public void clear() {
            Hashtable.this.clear();
        }
    }

    private final class ValueView extends AbstractCollection<V> {
        public Iterator<V> iterator() {
            return walk(1);
        }

        public int size() {
            return count;
        }

        public boolean contains(Object o) {
            return containsValue(o);
        }

        public void clear() {
            Hashtable.this.clear();
        }
    }

    private final class EntryView extends AbstractSet<Map.Entry<K, V>> {
        public Iterator<Map.Entry<K, V>> iterator() {
            return walk(2);
        }

        public int size() {
            return count;
        }

        /** The table's own entry equal to o, or null. */
        private Link<K, V> match(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) return null;
            Object key = entry.getKey();
            int hash = key.hashCode();
            for (Link<K, V> e = chain(hash); e != null; e = e.next) {
                if (e.hash == hash && e.equals(entry)) return e;
            }
            return null;
        }

        public boolean contains(Object o) {
            return match(o) != null;
        }

        public boolean remove(Object o) {
            Link<K, V> e = match(o);
            if (e == null) return false;
            unlink(e);
            e.value = null;
            return true;
        }

        public void clear() {
            Hashtable.this.clear();
        }
    }

    /**
     * Walks the buckets from the last, yielding keys (0), values (1) or entries (2). As an Enumeration it
     * does not fail fast; as an Iterator it does, and can remove.
     */
    private final class Walker<T> implements Enumeration<T>, Iterator<T> {
        private final int yields;
        private final boolean failFast;
        private final Link<?, ?>[] table = buckets;
        private int bucket = table.length;
        private Link<?, ?> upcoming;
        private Link<?, ?> last;
        private int expectedMods = modCount;

        Walker(int yields, boolean failFast) {
            this.yields = yields;
            this.failFast = failFast;
        }

        public boolean hasMoreElements() {
            while (upcoming == null && bucket > 0) upcoming = table[--bucket];
            return upcoming != null;
        }

        @SuppressWarnings("unchecked")
        public T nextElement() {
            if (!hasMoreElements()) throw new NoSuchElementException("Hashtable Enumerator");
            Link<?, ?> e = upcoming;
            last = e;
            upcoming = e.next;
            return (T) (yields == 0 ? e.key : yields == 1 ? e.value : e);
        }

        public boolean hasNext() {
            return hasMoreElements();
        }

        public T next() {
            if (modCount != expectedMods) throw new ConcurrentModificationException();
            return nextElement();
        }

        public void remove() {
            if (!failFast) throw new UnsupportedOperationException();
            if (last == null) throw new IllegalStateException("Hashtable Enumerator");
            if (modCount != expectedMods) throw new ConcurrentModificationException();
            synchronized (Hashtable.this) {
                if (!unlink(last)) throw new ConcurrentModificationException();
                expectedMods++;
                last = null;
            }
        }
    }
}
