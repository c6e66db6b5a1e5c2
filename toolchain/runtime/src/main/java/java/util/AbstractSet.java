package java.util;

public abstract class AbstractSet<E> extends AbstractCollection<E> implements Set<E> {
    protected AbstractSet() {
    }

    /** Equal to any Set of the same size that this set contains entirely (Set's contract). */
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Set<?> other) || other.size() != size()) return false;
        try {
            return containsAll(other);
        } catch (ClassCastException | NullPointerException notComparable) {
            return false;
        }
    }

    public int hashCode() {
        int sum = 0;
        for (E e : this) {
            if (e != null) sum += e.hashCode();
        }
        return sum;
    }

    /** Documented: walks whichever side is smaller, removing through remove(Object) or the iterator. */
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        boolean changed = false;
        if (size() > c.size()) {
            for (Object victim : c) {
                if (remove(victim)) changed = true;
            }
            return changed;
        }
        Iterator<E> walk = iterator();
        while (walk.hasNext()) {
            if (c.contains(walk.next())) {
                walk.remove();
                changed = true;
            }
        }
        return changed;
    }
}
