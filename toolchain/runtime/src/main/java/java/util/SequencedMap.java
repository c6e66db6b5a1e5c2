package java.util;

public interface SequencedMap<K, V> extends Map<K, V> {
    SequencedMap<K, V> reversed();

    // The end entries are unmodifiable snapshots, found through entrySet() of this map or of its reverse.

    default Map.Entry<K, V> firstEntry() {
        return SequencedMapView.peek(entrySet(), false);
    }

    default Map.Entry<K, V> lastEntry() {
        return SequencedMapView.peek(reversed().entrySet(), false);
    }

    default Map.Entry<K, V> pollFirstEntry() {
        return SequencedMapView.peek(entrySet(), true);
    }

    default Map.Entry<K, V> pollLastEntry() {
        return SequencedMapView.peek(reversed().entrySet(), true);
    }

    default V putFirst(K k, V v) {
        throw new UnsupportedOperationException();
    }

    default V putLast(K k, V v) {
        throw new UnsupportedOperationException();
    }

    default SequencedSet<K> sequencedKeySet() {
        return new SequencedMapView.OfSet<>(this, SequencedMapView.KEYS);
    }

    default SequencedCollection<V> sequencedValues() {
        return new SequencedMapView<>(this, SequencedMapView.VALUES);
    }

    default SequencedSet<Map.Entry<K, V>> sequencedEntrySet() {
        return new SequencedMapView.OfSet<>(this, SequencedMapView.ENTRIES);
    }
}
