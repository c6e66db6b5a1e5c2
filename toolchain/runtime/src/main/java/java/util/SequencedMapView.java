package java.util;

/**
 * The collections SequencedMap's defaults hand out: the map's own keySet(), values() or entrySet(), fetched on each
 * use, refusing additions, with reversed() taken from the reversed map.
 */
class SequencedMapView<E> implements SequencedCollection<E> {
    static final int KEYS = 0, VALUES = 1, ENTRIES = 2;

    final SequencedMap<?, ?> map;
    final int part;

    SequencedMapView(SequencedMap<?, ?> map, int part) {
        this.map = map;
        this.part = part;
    }

    /** The first entry of entries as a snapshot, removed from it if take. */
    static <K, V> Map.Entry<K, V> peek(Set<Map.Entry<K, V>> entries, boolean take) {
        Iterator<Map.Entry<K, V>> it = entries.iterator();
        if (!it.hasNext()) return null;
        Map.Entry<K, V> shot = new NullableKeyValueHolder<>(it.next());
        if (take) it.remove();
        return shot;
    }

    @SuppressWarnings("unchecked")
    final Collection<E> base() {
        return (Collection<E>) switch (part) {
            case KEYS -> map.keySet();
            case VALUES -> map.values();
            default -> map.entrySet();
        };
    }

    @SuppressWarnings("unchecked")
    public SequencedCollection<E> reversed() {
        return (SequencedCollection<E>) map.reversed().sequencedValues();
    }

    public boolean add(E e) { throw new UnsupportedOperationException(); }
    public boolean addAll(Collection<? extends E> c) { throw new UnsupportedOperationException(); }
    public int size() { return base().size(); }
    public boolean isEmpty() { return base().isEmpty(); }
    public boolean contains(Object o) { return base().contains(o); }
    public boolean containsAll(Collection<?> c) { return base().containsAll(c); }
    public Iterator<E> iterator() { return base().iterator(); }
    public Object[] toArray() { return base().toArray(); }
    public <T> T[] toArray(T[] a) { return base().toArray(a); }
    public boolean remove(Object o) { return base().remove(o); }
    public boolean removeAll(Collection<?> c) { return base().removeAll(c); }
    public boolean retainAll(Collection<?> c) { return base().retainAll(c); }
    public void clear() { base().clear(); }
    public String toString() { return base().toString(); }

    /** Key and entry views are sets: equality and hash are the underlying set's. */
    static final class OfSet<E> extends SequencedMapView<E> implements SequencedSet<E> {
        OfSet(SequencedMap<?, ?> map, int part) {
            super(map, part);
        }

        @SuppressWarnings("unchecked")
        public SequencedSet<E> reversed() {
            SequencedMap<?, ?> back = map.reversed();
            return (SequencedSet<E>) (part == KEYS ? back.sequencedKeySet() : back.sequencedEntrySet());
        }

        public boolean equals(Object o) {
            return base().equals(o);
        }

        public int hashCode() {
            return base().hashCode();
        }
    }
}
