package java.util;

/**
 * A map keyed by the constants of one enum class: an array of values indexed by ordinal, iterated in
 * ordinal order. A slot holds null when the key is absent and {@link #NULL_VALUE} when it maps to null.
 *
 * <p>The fields {@code keyType} and {@code keyUniverse} and the parameter names keep the JDK's spelling
 * because HotSpot's helpful NullPointerException messages quote them.
 */
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable, Cloneable {
    private final Class<K> keyType;
    /** The constants of keyType by ordinal: the compiler's shared array, never written. */
    private transient Object[] keyUniverse;
    private transient Object[] vals;
    private transient int size;
    private transient Set<Map.Entry<K, V>> entries;

    /** Stands for a null value in vals. */
    private static final Object NULL_VALUE = new Object() {
        public int hashCode() {
            return 0;
        }

        public String toString() {
            return "java.util.EnumMap.NULL";
        }
    };

    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        keyUniverse = constantsOf(keyType);
        vals = new Object[keyUniverse.length];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keyUniverse = m.keyUniverse;
        vals = m.vals.clone();
        size = m.size;
    }

    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap<K, ? extends V> em) {
            keyType = em.keyType;
            keyUniverse = em.keyUniverse;
            vals = em.vals.clone();
            size = em.size;
        } else {
            if (m.isEmpty()) throw new IllegalArgumentException("Specified map is empty");
            keyType = m.keySet().iterator().next().getDeclaringClass();
            keyUniverse = constantsOf(keyType);
            vals = new Object[keyUniverse.length];
            putAll(m);
        }
    }

    /** The constants of keyType, or null (which the caller then trips over, as the JDK does). */
    private static Object[] constantsOf(Class<?> keyType) {
        if (keyType == null) throw EnumSet.classIsNull();
        return jos.rt.Enums.values(keyType);
    }

    private static Object mask(Object value) {
        return value == null ? NULL_VALUE : value;
    }

    @SuppressWarnings("unchecked")
    private V unmask(Object slot) {
        return slot == NULL_VALUE ? null : (V) slot;
    }

    @SuppressWarnings("unchecked")
    private K keyAt(int ordinal) {
        return (K) keyUniverse[ordinal];
    }

    /** Whether key is a constant of keyType (a constant with a body is a subclass of it). */
    private boolean isValidKey(Object key) {
        if (key == null) return false;
        Class<?> c = key.getClass();
        return c == keyType || c.getSuperclass() == keyType;
    }

    private void typeCheck(K key) {
        Class<?> keyClass = key.getClass();
        if (keyClass != keyType && keyClass.getSuperclass() != keyType)
            throw new ClassCastException(keyClass + " != " + keyType);
    }

    // ---------------------------------------------------------------- queries

    public int size() {
        return size;
    }

    public boolean containsValue(Object value) {
        Object wanted = mask(value);
        for (Object slot : vals) if (wanted.equals(slot)) return true;
        return false;
    }

    public boolean containsKey(Object key) {
        return isValidKey(key) && vals[((Enum<?>) key).ordinal()] != null;
    }

    public V get(Object key) {
        return isValidKey(key) ? unmask(vals[((Enum<?>) key).ordinal()]) : null;
    }

    /** Whether key maps to value. */
    private boolean hasMapping(Object key, Object value) {
        return isValidKey(key) && mask(value).equals(vals[((Enum<?>) key).ordinal()]);
    }

    // ---------------------------------------------------------------- updates

    public V put(K key, V value) {
        typeCheck(key);
        int i = key.ordinal();
        Object old = vals[i];
        vals[i] = mask(value);
        if (old == null) size++;
        return unmask(old);
    }

    public V remove(Object key) {
        if (!isValidKey(key)) return null;
        int i = ((Enum<?>) key).ordinal();
        Object old = vals[i];
        if (old == null) return null;
        vals[i] = null;
        size--;
        return unmask(old);
    }

    /** Removes the mapping of key to value if present; whether it was. */
    private boolean removeMapping(Object key, Object value) {
        if (!hasMapping(key, value)) return false;
        vals[((Enum<?>) key).ordinal()] = null;
        size--;
        return true;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        if (!(m instanceof EnumMap<?, ?> em)) {
            super.putAll(m);
            return;
        }
        if (em.keyType != keyType) {
            if (em.size == 0) return;
            throw new ClassCastException(em.keyType + " != " + keyType);
        }
        for (int i = 0; i < vals.length; i++) {
            Object theirs = em.vals[i];
            if (theirs == null) continue;
            if (vals[i] == null) size++;
            vals[i] = theirs;
        }
    }

    public void clear() {
        Arrays.fill(vals, null);
        size = 0;
    }

    // ---------------------------------------------------------------- views

    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new AbstractSet<K>() {
                public Iterator<K> iterator() {
                    return new SlotIterator<K>() {
                        K at(int i) {
                            return keyAt(i);
                        }
                    };
                }

                public int size() {
                    return size;
                }

                public boolean contains(Object o) {
                    return containsKey(o);
                }

                public boolean remove(Object o) {
                    int before = size;
                    EnumMap.this.remove(o);
                    return size != before;
                }

                public void clear() {
                    EnumMap.this.clear();
                }
            };
            keySet = ks;
        }
        return ks;
    }

    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new AbstractCollection<V>() {
                public Iterator<V> iterator() {
                    return new SlotIterator<V>() {
                        V at(int i) {
                            return unmask(vals[i]);
                        }
                    };
                }

                public int size() {
                    return size;
                }

                public boolean contains(Object o) {
                    return containsValue(o);
                }

                public boolean remove(Object o) {
                    Object wanted = mask(o);
                    for (int i = 0; i < vals.length; i++) {
                        if (wanted.equals(vals[i])) {
                            vals[i] = null;
                            size--;
                            return true;
                        }
                    }
                    return false;
                }

                public void clear() {
                    EnumMap.this.clear();
                }
            };
            values = vs;
        }
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entries;
        if (es == null) {
            es = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new EntryIterator();
                }

                public boolean contains(Object o) {
                    return o instanceof Map.Entry<?, ?> e && hasMapping(e.getKey(), e.getValue());
                }

                public boolean remove(Object o) {
                    return o instanceof Map.Entry<?, ?> e && removeMapping(e.getKey(), e.getValue());
                }

                public int size() {
                    return size;
                }

                public void clear() {
                    EnumMap.this.clear();
                }

                /** Snapshots, as the JDK's: entries that do not follow later changes. */
                public Object[] toArray() {
                    return snapshot(new Object[size]);
                }

                @SuppressWarnings("unchecked")
                public <T> T[] toArray(T[] a) {
                    int n = size;
                    if (a.length < n) a = Arrays.copyOf(a, n);
                    if (a.length > n) a[n] = null;
                    return (T[]) snapshot(a);
                }
            };
            entries = es;
        }
        return es;
    }

    /** Fills the front of a with detached copies of the mappings. */
    private Object[] snapshot(Object[] a) {
        int j = 0;
        for (int i = 0; i < vals.length; i++) {
            if (vals[i] != null) a[j++] = new AbstractMap.SimpleEntry<>(keyAt(i), unmask(vals[i]));
        }
        return a;
    }

    /** Walks the occupied slots in ordinal order; remove empties the slot last returned. */
    private abstract class SlotIterator<T> implements Iterator<T> {
        /** The next slot to look at. */
        int next;
        /** The slot last returned, or -1. */
        int last = -1;

        abstract T at(int i);

        public boolean hasNext() {
            while (next < vals.length && vals[next] == null) next++;
            return next < vals.length;
        }

        public T next() {
            if (!hasNext()) throw new NoSuchElementException();
            last = next++;
            return at(last);
        }

        public void remove() {
            if (last < 0) throw new IllegalStateException();
            if (vals[last] != null) {
                vals[last] = null;
                size--;
            }
            last = -1;
        }
    }

    /** Hands out live entries; an entry removed through the iterator stops working. */
    private final class EntryIterator extends SlotIterator<Map.Entry<K, V>> {
        private SlotEntry lastEntry;

        Map.Entry<K, V> at(int i) {
            return lastEntry = new SlotEntry(i);
        }

        public void remove() {
            last = lastEntry == null ? -1 : lastEntry.slot;
            super.remove();
            lastEntry.slot = -1;
            lastEntry = null;
        }
    }

    /** The mapping in one slot, read and written through; slot -1 once removed. */
    private final class SlotEntry implements Map.Entry<K, V> {
        int slot;

        SlotEntry(int slot) {
            this.slot = slot;
        }

        private void checkLive() {
            if (slot < 0) throw new IllegalStateException("Entry was removed");
        }

        public K getKey() {
            checkLive();
            return keyAt(slot);
        }

        public V getValue() {
            checkLive();
            return unmask(vals[slot]);
        }

        public V setValue(V value) {
            checkLive();
            V old = unmask(vals[slot]);
            vals[slot] = mask(value);
            return old;
        }

        public boolean equals(Object o) {
            if (slot < 0) return o == this;
            if (!(o instanceof Map.Entry<?, ?> e)) return false;
            V mine = unmask(vals[slot]);
            Object theirs = e.getValue();
            return e.getKey() == keyUniverse[slot] && (mine == theirs || (mine != null && mine.equals(theirs)));
        }

        public int hashCode() {
            if (slot < 0) return super.hashCode();
            return slotHash(slot);
        }

        public String toString() {
            if (slot < 0) return super.toString();
            return keyUniverse[slot] + "=" + unmask(vals[slot]);
        }
    }

    // ---------------------------------------------------------------- Object methods

    public boolean equals(Object o) {
        if (this == o) return true;
        if (o instanceof EnumMap<?, ?> em) {
            if (em.size != size) return false;
            if (em.keyType != keyType) return size == 0;
            for (int i = 0; i < vals.length; i++) {
                Object mine = vals[i];
                Object theirs = em.vals[i];
                if (theirs != mine && (theirs == null || !theirs.equals(mine))) return false;
            }
            return true;
        }
        if (!(o instanceof Map<?, ?> m)) return false;
        if (size != m.size()) return false;
        for (int i = 0; i < vals.length; i++) {
            if (vals[i] == null) continue;
            K key = keyAt(i);
            V value = unmask(vals[i]);
            if (value == null) {
                if (m.get(key) != null || !m.containsKey(key)) return false;
            } else if (!value.equals(m.get(key))) {
                return false;
            }
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        for (int i = 0; i < vals.length; i++) if (vals[i] != null) h += slotHash(i);
        return h;
    }

    /** The hash of the entry in slot i, as Map.Entry defines it (a null value hashes to 0). */
    private int slotHash(int i) {
        return keyUniverse[i].hashCode() ^ vals[i].hashCode();
    }

    @SuppressWarnings("unchecked")
    public EnumMap<K, V> clone() {
        EnumMap<K, V> copy;
        try {
            copy = (EnumMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
        copy.vals = vals.clone();
        copy.entries = null;
        return copy;
    }
}
