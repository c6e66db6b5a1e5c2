package java.util;

/** An unmodifiable snapshot of an entry whose key and value may be null. */
final class NullableKeyValueHolder<K, V> implements Map.Entry<K, V> {
    final K key;
    final V value;

    NullableKeyValueHolder(K k, V v) {
        this.key = k;
        this.value = v;
    }

    NullableKeyValueHolder(Map.Entry<K, V> entry) {
        Objects.requireNonNull(entry);
        this.key = entry.getKey();
        this.value = entry.getValue();
    }

    public K getKey() {
        return key;
    }

    public V getValue() {
        return value;
    }

    public V setValue(V value) {
        throw new UnsupportedOperationException("not supported");
    }

    public boolean equals(Object o) {
        return o instanceof Map.Entry<?, ?> e && Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
    }

    public int hashCode() {
        return Objects.hashCode(key) ^ Objects.hashCode(value);
    }

    public String toString() {
        return key + "=" + value;
    }
}
