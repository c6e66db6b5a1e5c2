package java.util;

/**
 * A map built on its entry set alone: every query walks entrySet(), as documented. Subclasses override what they
 * can do faster.
 */
public abstract class AbstractMap<K, V> implements Map<K, V> {
    /** View caches; subclasses (LinkedHashMap, EnumMap) may fill them with views of their own. */
    transient Set<K> keySet;
    transient Collection<V> values;

    protected AbstractMap() {
    }

    public abstract Set<Map.Entry<K, V>> entrySet();

    /** Equality against a probe that may be null: equals is called on the probe, never skipped for identity. */
    private static boolean matches(Object probe, Object x) {
        return probe == null ? x == null : probe.equals(x);
    }

    public int size() {
        return entrySet().size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public boolean containsKey(Object key) {
        for (Map.Entry<K, V> e : entrySet()) if (matches(key, e.getKey())) return true;
        return false;
    }

    public boolean containsValue(Object value) {
        for (Map.Entry<K, V> e : entrySet()) if (matches(value, e.getValue())) return true;
        return false;
    }

    public V get(Object key) {
        for (Map.Entry<K, V> e : entrySet()) if (matches(key, e.getKey())) return e.getValue();
        return null;
    }

    public V put(K key, V value) {
        throw new UnsupportedOperationException();
    }

    public V remove(Object key) {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, V> e = it.next();
            if (matches(key, e.getKey())) {
                V old = e.getValue();
                it.remove();
                return old;
            }
        }
        return null;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }

    public void clear() {
        entrySet().clear();
    }

    public Set<K> keySet() {
        Set<K> ks = keySet;
        return ks != null ? ks : (keySet = new Keys());
    }

    public Collection<V> values() {
        Collection<V> vs = values;
        return vs != null ? vs : (values = new Vals());
    }

    /** The entry set's iterator showing each entry's key or its value; remove goes to the entry set. */
    private final class Projection<T> implements Iterator<T> {
        private final Iterator<Map.Entry<K, V>> entries = entrySet().iterator();
        private final boolean keys;

        Projection(boolean keys) {
            this.keys = keys;
        }

        public boolean hasNext() {
            return entries.hasNext();
        }

        @SuppressWarnings("unchecked")
        public T next() {
            Map.Entry<K, V> e = entries.next();
            return (T) (keys ? e.getKey() : e.getValue());
        }

        public void remove() {
            entries.remove();
        }
    }

    /** The keys of the entry set, removable through its iterator. */
    private final class Keys extends AbstractSet<K> {
        public Iterator<K> iterator() {
            return new Projection<>(true);
        }

        public int size() {
            return AbstractMap.this.size();
        }

        public boolean isEmpty() {
            return AbstractMap.this.isEmpty();
        }

        public boolean contains(Object o) {
            return containsKey(o);
        }

        public void clear() {
            AbstractMap.this.clear();
        }
    }

    private final class Vals extends AbstractCollection<V> {
        public Iterator<V> iterator() {
            return new Projection<>(false);
        }

        public int size() {
            return AbstractMap.this.size();
        }

        public boolean isEmpty() {
            return AbstractMap.this.isEmpty();
        }

        public boolean contains(Object o) {
            return containsValue(o);
        }

        public void clear() {
            AbstractMap.this.clear();
        }
    }

    /** Same size and every mapping of this map found in o; a key o cannot look up makes them unequal. */
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map<?, ?> other) || other.size() != size()) return false;
        try {
            for (Map.Entry<K, V> e : entrySet()) {
                K k = e.getKey();
                V v = e.getValue();
                boolean same = v != null ? v.equals(other.get(k)) : other.get(k) == null && other.containsKey(k);
                if (!same) return false;
            }
            return true;
        } catch (ClassCastException | NullPointerException refused) {
            return false;
        }
    }

    public int hashCode() {
        int sum = 0;
        for (Map.Entry<K, V> e : entrySet()) sum += e.hashCode();
        return sum;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        boolean more = false;
        for (Map.Entry<K, V> e : entrySet()) {
            if (more) sb.append(", ");
            more = true;
            K k = e.getKey();
            V v = e.getValue();
            sb.append(k == this ? "(this Map)" : k).append('=').append(v == this ? "(this Map)" : v);
        }
        return sb.append('}').toString();
    }

    protected Object clone() throws CloneNotSupportedException {
        AbstractMap<?, ?> copy = (AbstractMap<?, ?>) super.clone();
        copy.keySet = null;
        copy.values = null;
        return copy;
    }

    /** hashCode of an entry as Map.Entry defines it. */
    static int entryHash(Object key, Object value) {
        return (key == null ? 0 : key.hashCode()) ^ (value == null ? 0 : value.hashCode());
    }

    /** equals of an entry as Map.Entry defines it (key first). */
    static boolean entryEquals(Object key, Object value, Object o) {
        return o instanceof Map.Entry<?, ?> e && matches(key, e.getKey()) && matches(value, e.getValue());
    }

    public static class SimpleEntry<K, V> implements Map.Entry<K, V>, java.io.Serializable {
        private final K key;
        private V value;

        public SimpleEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleEntry(Map.Entry<? extends K, ? extends V> entry) {
            this(entry.getKey(), entry.getValue());
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
            return entryEquals(key, value, o);
        }

        public int hashCode() {
            return entryHash(key, value);
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    public static class SimpleImmutableEntry<K, V> implements Map.Entry<K, V>, java.io.Serializable {
        private final K key;
        private final V value;

        public SimpleImmutableEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleImmutableEntry(Map.Entry<? extends K, ? extends V> entry) {
            this(entry.getKey(), entry.getValue());
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        public boolean equals(Object o) {
            return entryEquals(key, value, o);
        }

        public int hashCode() {
            return entryHash(key, value);
        }

        public String toString() {
            return key + "=" + value;
        }
    }
}
