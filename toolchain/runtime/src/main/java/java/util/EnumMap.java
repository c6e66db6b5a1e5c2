package java.util;

/**
 * A map keyed by the constants of one enum class: an array indexed by ordinal, so it iterates in ordinal
 * order. An empty slot is null; a mapping to null holds {@link #ABSENT_VALUE} instead.
 *
 * <p>Parameter names matter: HotSpot's NullPointerException messages quote them.
 */
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable, Cloneable {
    private final Class<K> keyType;
    /** The key constants by ordinal: the compiler's shared array, never written. */
    private final transient Object[] keyUniverse;
    private transient Object[] slots;
    private transient int count;
    private transient Set<K> keyView;
    private transient Collection<V> valueView;
    private transient Set<Map.Entry<K, V>> entryView;

    /** What a slot holds for a null value. */
    private static final Object ABSENT_VALUE = new Object() {
        public int hashCode() {
            return 0;
        }

        public String toString() {
            return "java.util.EnumMap.NULL";
        }
    };

    public EnumMap(Class<K> keyType) {
        if (keyType == null) throw EnumSet.classIsNull();
        this.keyType = keyType;
        // Null for a class that is not an enum: HotSpot then fails reading its length, so do we.
        keyUniverse = jos.rt.Enums.values(keyType);
        slots = new Object[keyUniverse.length];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keyUniverse = m.keyUniverse;
        slots = m.slots.clone();
        count = m.count;
    }

    public EnumMap(Map<K, ? extends V> m) {
        this(keyTypeOf(m));
        putAll(m);
    }

    /** The key class of a map to copy, which must be an EnumMap or hold at least one key. */
    private static <K extends Enum<K>> Class<K> keyTypeOf(Map<K, ?> m) {
        if (m instanceof EnumMap<K, ?> other) return other.keyType;
        if (m.isEmpty()) throw new IllegalArgumentException("Specified map is empty");
        return m.keySet().iterator().next().getDeclaringClass();
    }

    private static Object wrap(Object value) {
        return value == null ? ABSENT_VALUE : value;
    }

    @SuppressWarnings("unchecked")
    private V unwrap(Object slot) {
        return slot == ABSENT_VALUE ? null : (V) slot;
    }

    @SuppressWarnings("unchecked")
    private K keyAt(int ordinal) {
        return (K) keyUniverse[ordinal];
    }

    /** The slot of key, or -1 if it is not a constant of the key type. */
    private int slotOf(Object key) {
        if (key == null) return -1;
        Class<?> c = key.getClass();
        if (c != keyType && c.getSuperclass() != keyType) return -1;
        return ((Enum<?>) key).ordinal();
    }

    /** Rejects a key of another class with HotSpot's message; a null key fails on getClass(). */
    private void typeCheck(K key) {
        Class<?> c = key.getClass();
        if (c != keyType && c.getSuperclass() != keyType) throw new ClassCastException(c + " != " + keyType);
    }

    /** Empties slot i, which is occupied. */
    private void vacate(int i) {
        slots[i] = null;
        count--;
    }

    // ---- Map ----

    public int size() {
        return count;
    }

    public boolean containsKey(Object key) {
        int i = slotOf(key);
        return i >= 0 && slots[i] != null;
    }

    public boolean containsValue(Object value) {
        Object wanted = wrap(value);
        for (Object s : slots) {
            if (wanted.equals(s)) return true;
        }
        return false;
    }

    public V get(Object key) {
        int i = slotOf(key);
        return i < 0 ? null : unwrap(slots[i]);
    }

    public V put(K key, V value) {
        typeCheck(key);
        int i = key.ordinal();
        Object previous = slots[i];
        if (previous == null) count++;
        slots[i] = wrap(value);
        return unwrap(previous);
    }

    public V remove(Object key) {
        int i = slotOf(key);
        if (i < 0 || slots[i] == null) return null;
        Object previous = slots[i];
        vacate(i);
        return unwrap(previous);
    }

    /** Removes key's mapping if it maps to value; whether it did. */
    private boolean removeIfMapped(Object key, Object value) {
        int i = slotOf(key);
        if (i < 0 || !wrap(value).equals(slots[i])) return false;
        vacate(i);
        return true;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        if (!(m instanceof EnumMap<?, ?> other)) {
            super.putAll(m);
            return;
        }
        if (other.keyType != keyType) {
            if (other.count == 0) return;
            throw new ClassCastException(other.keyType + " != " + keyType);
        }
        Object[] theirs = other.slots;
        for (int i = 0; i < theirs.length; i++) {
            if (theirs[i] == null) continue;
            if (slots[i] == null) count++;
            slots[i] = theirs[i];
        }
    }

    public void clear() {
        Arrays.fill(slots, null);
        count = 0;
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (o instanceof EnumMap<?, ?> other) {
            if (other.keyType != keyType) return count == 0 && other.count == 0;
            if (other.count != count) return false;
            Object[] theirs = other.slots;
            for (int i = 0; i < slots.length; i++) {
                Object t = theirs[i];
                if (t != slots[i] && (t == null || !t.equals(slots[i]))) return false;
            }
            return true;
        }
        if (!(o instanceof Map<?, ?> m) || m.size() != count) return false;
        for (int i = 0; i < slots.length; i++) {
            Object s = slots[i];
            if (s == null) continue;
            K key = keyAt(i);
            if (s == ABSENT_VALUE) {
                if (m.get(key) != null || !m.containsKey(key)) return false;
            } else if (!s.equals(m.get(key))) {
                return false;
            }
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) h += entryHash(i);
        }
        return h;
    }

    /** Map.Entry's hash of the mapping in slot i (a null value hashes to 0, as ABSENT_VALUE does). */
    private int entryHash(int i) {
        return keyUniverse[i].hashCode() ^ slots[i].hashCode();
    }

    @SuppressWarnings("unchecked")
    public EnumMap<K, V> clone() {
        EnumMap<K, V> copy;
        try {
            copy = (EnumMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
        copy.slots = slots.clone();
        copy.keyView = null;
        copy.valueView = null;
        copy.entryView = null;
        return copy;
    }

    // ---- views ----

    public Set<K> keySet() {
        if (keyView == null) keyView = new Keys();
        return keyView;
    }

    public Collection<V> values() {
        if (valueView == null) valueView = new Values();
        return valueView;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        if (entryView == null) entryView = new Entries();
        return entryView;
    }

    private final class Keys extends AbstractSet<K> {
        public Iterator<K> iterator() {
            return new Cursor<K>(0);
        }

        public int size() {
            return count;
        }

        public boolean contains(Object o) {
            return containsKey(o);
        }

        public boolean remove(Object o) {
            int before = count;
            EnumMap.this.remove(o);
            return count != before;
        }

        public void clear() {
            EnumMap.this.clear();
        }
    }

    private final class Values extends AbstractCollection<V> {
        public Iterator<V> iterator() {
            return new Cursor<V>(1);
        }

        public int size() {
            return count;
        }

        public boolean contains(Object o) {
            return containsValue(o);
        }

        /** Removes the first (lowest ordinal) mapping to o. */
        public boolean remove(Object o) {
            Object wanted = wrap(o);
            for (int i = 0; i < slots.length; i++) {
                if (wanted.equals(slots[i])) {
                    vacate(i);
                    return true;
                }
            }
            return false;
        }

        public void clear() {
            EnumMap.this.clear();
        }
    }

    private final class Entries extends AbstractSet<Map.Entry<K, V>> {
        public Iterator<Map.Entry<K, V>> iterator() {
            return new Cursor<Map.Entry<K, V>>(2);
        }

        public int size() {
            return count;
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> e)) return false;
            int i = slotOf(e.getKey());
            return i >= 0 && wrap(e.getValue()).equals(slots[i]);
        }

        public boolean remove(Object o) {
            return o instanceof Map.Entry<?, ?> e && removeIfMapped(e.getKey(), e.getValue());
        }

        public void clear() {
            EnumMap.this.clear();
        }

        /** Detached copies, as HotSpot hands out: they do not follow later changes. */
        public Object[] toArray() {
            return copyEntries(new Object[count]);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int n = count;
            T[] out = a.length < n ? Arrays.copyOf(a, n) : a;
            if (out.length > n) out[n] = null;
            return (T[]) copyEntries(out);
        }

        private Object[] copyEntries(Object[] a) {
            int j = 0;
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] != null) a[j++] = new AbstractMap.SimpleEntry<>(keyAt(i), unwrap(slots[i]));
            }
            return a;
        }
    }

    /**
     * Walks the occupied slots in ordinal order, yielding keys (0), values (1) or live entries (2). It reads
     * the slots as it goes: there is no fail-fast check.
     */
    private final class Cursor<T> implements Iterator<T> {
        private final int yields;
        private int ahead;
        private int returned = -1;
        private Slot returnedEntry;

        Cursor(int yields) {
            this.yields = yields;
        }

        public boolean hasNext() {
            Object[] s = slots;
            while (ahead < s.length && s[ahead] == null) ahead++;
            return ahead < s.length;
        }

        @SuppressWarnings("unchecked")
        public T next() {
            if (!hasNext()) throw new NoSuchElementException();
            int i = ahead++;
            returned = i;
            if (yields == 0) return (T) keyAt(i);
            if (yields == 1) return (T) unwrap(slots[i]);
            returnedEntry = new Slot(i);
            return (T) returnedEntry;
        }

        public void remove() {
            if (returned < 0) throw new IllegalStateException();
            if (slots[returned] != null) vacate(returned);
            returned = -1;
            // An entry handed out by this iterator goes dead when removed through it.
            if (returnedEntry != null) {
                returnedEntry.index = -1;
                returnedEntry = null;
            }
        }
    }

    /** A live view of one slot's mapping; index -1 once removed through its iterator. */
    private final class Slot implements Map.Entry<K, V> {
        int index;

        Slot(int index) {
            this.index = index;
        }

        private int live() {
            if (index < 0) throw new IllegalStateException("Entry was removed");
            return index;
        }

        public K getKey() {
            return keyAt(live());
        }

        public V getValue() {
            return unwrap(slots[live()]);
        }

        public V setValue(V value) {
            int i = live();
            V previous = unwrap(slots[i]);
            slots[i] = wrap(value);
            return previous;
        }

        public boolean equals(Object o) {
            if (index < 0) return o == this;
            if (!(o instanceof Map.Entry<?, ?> e)) return false;
            return e.getKey() == keyUniverse[index] && Objects.equals(unwrap(slots[index]), e.getValue());
        }

        public int hashCode() {
            return index < 0 ? super.hashCode() : entryHash(index);
        }

        public String toString() {
            return index < 0 ? super.toString() : keyUniverse[index] + "=" + unwrap(slots[index]);
        }
    }
}
