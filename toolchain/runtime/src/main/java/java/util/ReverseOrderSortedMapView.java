package java.util;

/**
 * SortedMap.reversed() for a map that is not navigable, and its range views: as ReverseOrderSortedSetView,
 * over the keys.
 */
class ReverseOrderSortedMapView<K, V> extends AbstractMap<K, V> implements SortedMap<K, V> {
    final SortedMap<K, V> base;
    final Comparator<? super K> cmp;
    private final boolean hasLo, hasHi;
    private final K lo, hi;

    private ReverseOrderSortedMapView(SortedMap<K, V> map, boolean hasLo, K lo, boolean hasHi, K hi) {
        base = map;
        cmp = Collections.reverseOrder(map.comparator());
        this.hasLo = hasLo;
        this.lo = lo;
        this.hasHi = hasHi;
        this.hi = hi;
    }

    static <K, V> SortedMap<K, V> of(SortedMap<K, V> map) {
        if (map instanceof ReverseOrderSortedMapView<K, V> rosmv && !rosmv.hasLo && !rosmv.hasHi) return rosmv.base;
        return new ReverseOrderSortedMapView<>(map, false, null, false, null);
    }

    @SuppressWarnings("unchecked")
    private boolean inRange(Object o) {
        K k = (K) o;
        return (!hasLo || cmp.compare(k, lo) >= 0) && (!hasHi || cmp.compare(k, hi) < 0);
    }

    private boolean inClosedRange(K k) {
        return (!hasLo || cmp.compare(k, lo) >= 0) && (!hasHi || cmp.compare(k, hi) <= 0);
    }

    public boolean containsKey(Object key) {
        return inRange(key) && base.containsKey(key);
    }

    public V get(Object key) {
        return inRange(key) ? base.get(key) : null;
    }

    public V put(K key, V value) {
        if (!inRange(key)) throw new IllegalArgumentException();
        return base.put(key, value);
    }

    public V remove(Object key) {
        return inRange(key) ? base.remove(key) : null;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public int size() {
                if (!hasLo && !hasHi) return base.size();
                int n = 0;
                for (Iterator<Map.Entry<K, V>> it = iterator(); it.hasNext(); it.next()) n++;
                return n;
            }

            @SuppressWarnings("unchecked")
            public Iterator<Map.Entry<K, V>> iterator() {
                Object[] snapshot = base.entrySet().toArray();
                return new Iterator<Map.Entry<K, V>>() {
                    int i = snapshot.length;
                    Map.Entry<K, V> last;
                    boolean canRemove;

                    private void skip() {
                        while (i > 0 && !inRange(((Map.Entry<K, V>) snapshot[i - 1]).getKey())) i--;
                    }

                    public boolean hasNext() {
                        skip();
                        return i > 0;
                    }

                    public Map.Entry<K, V> next() {
                        if (!hasNext()) throw new NoSuchElementException();
                        canRemove = true;
                        return last = (Map.Entry<K, V>) snapshot[--i];
                    }

                    public void remove() {
                        if (!canRemove) throw new IllegalStateException();
                        canRemove = false;
                        base.remove(last.getKey());
                    }
                };
            }
        };
    }

    public Comparator<? super K> comparator() {
        return cmp;
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        if (!inClosedRange(fromKey)) throw new IllegalArgumentException();
        if (!inClosedRange(toKey)) throw new IllegalArgumentException();
        if (cmp.compare(fromKey, toKey) > 0) throw new IllegalArgumentException();
        return new ReverseOrderSortedMapView<>(base, true, fromKey, true, toKey);
    }

    public SortedMap<K, V> headMap(K toKey) {
        if (!inClosedRange(toKey)) throw new IllegalArgumentException();
        return new ReverseOrderSortedMapView<>(base, hasLo, lo, true, toKey);
    }

    public SortedMap<K, V> tailMap(K fromKey) {
        if (!inClosedRange(fromKey)) throw new IllegalArgumentException();
        return new ReverseOrderSortedMapView<>(base, true, fromKey, hasHi, hi);
    }

    public K firstKey() {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext()) throw new NoSuchElementException();
        return it.next().getKey();
    }

    public K lastKey() {
        K result = null;
        boolean any = false;
        for (Map.Entry<K, V> e : entrySet()) {
            result = e.getKey();
            any = true;
        }
        if (!any) throw new NoSuchElementException();
        return result;
    }

    public SortedMap<K, V> reversed() {
        if (!hasLo && !hasHi) return base;
        return ReverseOrderSortedMapView.of(this);
    }
}
