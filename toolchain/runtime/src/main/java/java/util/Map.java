package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

public interface Map<K, V> {
    int size();
    boolean isEmpty();
    boolean containsKey(Object key);
    boolean containsValue(Object value);
    V get(Object key);
    V put(K key, V value);
    V remove(Object key);
    void putAll(Map<? extends K, ? extends V> m);
    void clear();
    Set<K> keySet();
    Collection<V> values();
    Set<Map.Entry<K, V>> entrySet();
    boolean equals(Object o);
    int hashCode();

    interface Entry<K, V> {
        K getKey();
        V getValue();
        V setValue(V value);
        boolean equals(Object o);
        int hashCode();

        static <K extends Comparable<? super K>, V> Comparator<Map.Entry<K, V>> comparingByKey() {
            return (x, y) -> x.getKey().compareTo(y.getKey());
        }

        static <K, V extends Comparable<? super V>> Comparator<Map.Entry<K, V>> comparingByValue() {
            return (x, y) -> x.getValue().compareTo(y.getValue());
        }

        static <K, V> Comparator<Map.Entry<K, V>> comparingByKey(Comparator<? super K> cmp) {
            Objects.requireNonNull(cmp);
            return (x, y) -> cmp.compare(x.getKey(), y.getKey());
        }

        static <K, V> Comparator<Map.Entry<K, V>> comparingByValue(Comparator<? super V> cmp) {
            Objects.requireNonNull(cmp);
            return (x, y) -> cmp.compare(x.getValue(), y.getValue());
        }

        /** An unmodifiable copy; entries from Map.entry are unmodifiable already and returned as they are. */
        @SuppressWarnings("unchecked")
        static <K, V> Map.Entry<K, V> copyOf(Map.Entry<? extends K, ? extends V> e) {
            if (Objects.requireNonNull(e) instanceof KeyValueHolder<?, ?>) return (Map.Entry<K, V>) e;
            return new KeyValueHolder<>(e.getKey(), e.getValue());
        }
    }

    // The defaults below are written against the abstract operations only, in the order the documentation gives,
    // so a map overriding get/containsKey/put/remove sees the same calls as on HotSpot.

    default V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        if (v != null) return v;
        return containsKey(key) ? null : defaultValue;
    }

    // An entry whose mapping was removed meanwhile may throw IllegalStateException: reported as interference.

    private static <K> K keyOf(Map.Entry<K, ?> e) {
        try {
            return e.getKey();
        } catch (IllegalStateException gone) {
            throw new ConcurrentModificationException(gone);
        }
    }

    private static <V> V valueOf(Map.Entry<?, V> e) {
        try {
            return e.getValue();
        } catch (IllegalStateException gone) {
            throw new ConcurrentModificationException(gone);
        }
    }

    default void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        for (Map.Entry<K, V> e : entrySet()) {
            K k = keyOf(e);
            action.accept(k, valueOf(e));
        }
    }

    default void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        for (Map.Entry<K, V> e : entrySet()) {
            K k = keyOf(e);
            V result = function.apply(k, valueOf(e));
            try {
                e.setValue(result);
            } catch (IllegalStateException gone) {
                throw new ConcurrentModificationException(gone);
            }
        }
    }

    /** Whether key is mapped to value, given current = get(key); containsKey settles a null. */
    private boolean holds(Object key, Object value, Object current) {
        return Objects.equals(current, value) && (current != null || containsKey(key));
    }

    default V putIfAbsent(K key, V value) {
        V current = get(key);
        return current != null ? current : put(key, value);
    }

    default boolean remove(Object key, Object value) {
        if (!holds(key, value, get(key))) return false;
        remove(key);
        return true;
    }

    default boolean replace(K key, V oldValue, V newValue) {
        if (!holds(key, oldValue, get(key))) return false;
        put(key, newValue);
        return true;
    }

    default V replace(K key, V value) {
        V current = get(key);
        return current != null || containsKey(key) ? put(key, value) : null;
    }

    default V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        V current = get(key);
        if (current != null) return current;
        V fresh = mappingFunction.apply(key);
        if (fresh != null) put(key, fresh);
        return fresh;
    }

    default V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V current = get(key);
        if (current == null) return null;
        return store(key, remappingFunction.apply(key, current));
    }

    default V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V current = get(key);
        V fresh = remappingFunction.apply(key, current);
        if (fresh == null && current == null && !containsKey(key)) return null;
        return store(key, fresh);
    }

    default V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        V current = get(key);
        return store(key, current == null ? value : remappingFunction.apply(current, value));
    }

    /** A computed mapping: null removes key, anything else is put. Returns it. */
    private V store(K key, V fresh) {
        if (fresh == null) remove(key);
        else put(key, fresh);
        return fresh;
    }

    static <K, V> Map<K, V> of() {
        return ImmutableCollections.emptyMap();
    }

    static <K, V> Map<K, V> of(K k1, V v1) {
        return new ImmutableCollections.Map1<>(k1, v1);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                               K k7, V v7) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                               K k7, V v7, K k8, V v8) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                               K k7, V v7, K k8, V v8, K k9, V v9) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8,
                k9, v9);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                               K k7, V v7, K k8, V v8, K k9, V v9, K k10, V v10) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8,
                k9, v9, k10, v10);
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    static <K, V> Map<K, V> ofEntries(Map.Entry<? extends K, ? extends V>... entries) {
        int n = entries.length;
        if (n == 0) return ImmutableCollections.emptyMap();
        if (n == 1) return new ImmutableCollections.Map1<>(entries[0].getKey(), entries[0].getValue());
        Object[] pairs = new Object[2 * n];
        for (int i = 0; i < n; i++) {
            Map.Entry<? extends K, ? extends V> entry = entries[i];
            pairs[2 * i] = entry.getKey();
            pairs[2 * i + 1] = entry.getValue();
        }
        return new ImmutableCollections.MapN<>(pairs);
    }

    static <K, V> Map.Entry<K, V> entry(K k, V v) {
        return new KeyValueHolder<>(k, v);
    }

    /** An unmodifiable copy, or map itself if it is one of the unmodifiable maps made here. */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof ImmutableCollections.AbstractImmutableMap<?, ?>) return (Map<K, V>) map;
        if (map.isEmpty()) return ImmutableCollections.emptyMap();
        return Map.ofEntries(map.entrySet().toArray(new Map.Entry[0]));
    }
}
