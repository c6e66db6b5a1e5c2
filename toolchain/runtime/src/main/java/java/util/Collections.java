package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Static algorithms over collections and the wrapper, empty, singleton and repeated-element collections.
 *
 * <p>Programs can watch the calls these make on their lists and elements, so the algorithms follow HotSpot's
 * documented strategies: index-based access for RandomAccess lists and for lists shorter than a per-algorithm
 * size, list iterators otherwise, and element equality asked as {@code x.equals(y)} with x from the argument
 * named first in the documentation. Nested class names are visible through getClass() and are kept.
 */
public class Collections {
    private Collections() {}

    // Below these sizes a sequential-access list is still handled by index, as HotSpot does.
    private static final int SEARCH_BY_INDEX = 5000;
    private static final int REVERSE_BY_INDEX = 18;
    private static final int SHUFFLE_BY_INDEX = 5;
    private static final int FILL_BY_INDEX = 25;
    private static final int ROTATE_BY_INDEX = 100;
    private static final int COPY_BY_INDEX = 10;
    private static final int REPLACE_BY_INDEX = 11;
    private static final int SUBLIST_BY_INDEX = 35;

    /** Equality as the documentation states it: a null-safe a.equals(b). */
    private static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException();
    }

    // ---------------------------------------------------------------- sorting and searching

    public static <T extends Comparable<? super T>> void sort(List<T> list) {
        list.sort(null);
    }

    public static <T> void sort(List<T> list, Comparator<? super T> c) {
        list.sort(c);
    }

    @SuppressWarnings("unchecked")
    public static <T> int binarySearch(List<? extends Comparable<? super T>> list, T key) {
        return search((List<Object>) (List<?>) list, key, (Comparator<Object>) (Comparator<?>) Comparator.naturalOrder());
    }

    @SuppressWarnings("unchecked")
    public static <T> int binarySearch(List<? extends T> list, T key, Comparator<? super T> c) {
        Comparator<Object> cmp = c == null ? (Comparator<Object>) (Comparator<?>) Comparator.naturalOrder() : (Comparator<Object>) c;
        return search((List<Object>) (List<?>) list, key, cmp);
    }

    /** Classic halving of [lo, hi], asking compare(element, key); long sequential lists are walked by iterator. */
    private static int search(List<Object> list, Object key, Comparator<Object> c) {
        boolean byIndex = list instanceof RandomAccess || list.size() < SEARCH_BY_INDEX;
        ListIterator<Object> walker = byIndex ? null : list.listIterator();
        int lo = 0, hi = list.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Object probe = byIndex ? list.get(mid) : walkTo(walker, mid);
            int r = c.compare(probe, key);
            if (r == 0) return mid;
            if (r < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -lo - 1;
    }

    /** The element at index, moving the iterator there (it ends just past or just before that element). */
    private static <T> T walkTo(ListIterator<? extends T> it, int index) {
        T found;
        int at = it.nextIndex();
        if (at <= index) {
            do found = it.next(); while (at++ < index);
        } else {
            do found = it.previous(); while (--at > index);
        }
        return found;
    }

    // ---------------------------------------------------------------- rearranging

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void reverse(List<?> list) {
        int n = list.size();
        if (n < REVERSE_BY_INDEX || list instanceof RandomAccess) {
            for (int i = 0, j = n - 1; i < j; i++, j--) swap(list, i, j);
        } else {
            ListIterator front = list.listIterator(), back = list.listIterator(n);
            for (int k = n >> 1; k > 0; k--) {
                Object first = front.next();
                front.set(back.previous());
                back.set(first);
            }
        }
    }

    private static Random sharedRandom;

    public static void shuffle(List<?> list) {
        if (sharedRandom == null) sharedRandom = new Random();
        shuffle(list, (RandomGenerator) sharedRandom);
    }

    public static void shuffle(List<?> list, Random rnd) {
        shuffle(list, (RandomGenerator) rnd);
    }

    /** Durstenfeld's shuffle from the back: position i - 1 swaps with rnd.nextInt(i), for i = size down to 2. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void shuffle(List<?> list, RandomGenerator rnd) {
        int n = list.size();
        if (n < SHUFFLE_BY_INDEX || list instanceof RandomAccess) {
            for (int i = n; i > 1; i--) swap(list, i - 1, rnd.nextInt(i));
            return;
        }
        Object[] copy = list.toArray();
        for (int i = n; i > 1; i--) {
            int j = rnd.nextInt(i);
            Object t = copy[i - 1];
            copy[i - 1] = copy[j];
            copy[j] = t;
        }
        ListIterator it = list.listIterator();
        for (Object e : copy) {
            it.next();
            it.set(e);
        }
    }

    /** get(i), then set(j, that), then set(i, what j held). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void swap(List<?> list, int i, int j) {
        List l = list;
        Object atI = l.get(i);
        l.set(i, l.set(j, atI));
    }

    public static <T> void fill(List<? super T> list, T obj) {
        int n = list.size();
        if (n < FILL_BY_INDEX || list instanceof RandomAccess) {
            for (int i = 0; i < n; i++) list.set(i, obj);
        } else {
            ListIterator<? super T> it = list.listIterator();
            for (int i = 0; i < n; i++) {
                it.next();
                it.set(obj);
            }
        }
    }

    public static <T> void copy(List<? super T> dest, List<? extends T> src) {
        int n = src.size();
        if (n > dest.size()) throw new IndexOutOfBoundsException("Source does not fit in dest");
        if (n < COPY_BY_INDEX || src instanceof RandomAccess && dest instanceof RandomAccess) {
            for (int i = 0; i < n; i++) dest.set(i, src.get(i));
        } else {
            ListIterator<? super T> to = dest.listIterator();
            ListIterator<? extends T> from = src.listIterator();
            for (int i = 0; i < n; i++) {
                to.next();
                to.set(from.next());
            }
        }
    }

    /**
     * Rotation by cycles ("juggling": each element moves straight to its final place) when indexing is cheap,
     * otherwise by three reversals.
     */
    public static void rotate(List<?> list, int distance) {
        int n = list.size();
        if (n == 0) return;
        int shift = distance % n;
        if (shift < 0) shift += n;
        if (shift == 0) return;
        if (list instanceof RandomAccess || n < ROTATE_BY_INDEX) {
            rotateByCycles(list, shift);
        } else {
            int split = n - shift;
            reverse(list.subList(0, split));
            reverse(list.subList(split, n));
            reverse(list);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void rotateByCycles(List<?> list, int shift) {
        List l = list;
        int n = l.size();
        int placed = 0;
        for (int start = 0; placed < n; start++) {
            Object carried = l.get(start);
            int at = start;
            do {
                at += shift;
                if (at >= n) at -= n;
                carried = l.set(at, carried);
                placed++;
            } while (at != start);
        }
    }

    public static <T> boolean replaceAll(List<T> list, T oldVal, T newVal) {
        boolean changed = false;
        int n = list.size();
        if (n < REPLACE_BY_INDEX || list instanceof RandomAccess) {
            for (int i = 0; i < n; i++) {
                if (same(oldVal, list.get(i))) {
                    list.set(i, newVal);
                    changed = true;
                }
            }
        } else {
            ListIterator<T> it = list.listIterator();
            for (int i = 0; i < n; i++) {
                if (same(oldVal, it.next())) {
                    it.set(newVal);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** First start at which target occurs in source; target's elements are asked target.equals(source). */
    public static int indexOfSubList(List<?> source, List<?> target) {
        int n = source.size(), m = target.size();
        int lastStart = n - m;
        if (n < SUBLIST_BY_INDEX || source instanceof RandomAccess && target instanceof RandomAccess) {
            for (int start = 0; start <= lastStart; start++) {
                if (matchesAt(source, target, start, m)) return start;
            }
            return -1;
        }
        ListIterator<?> s = source.listIterator();
        for (int start = 0; start <= lastStart; start++) {
            ListIterator<?> t = target.listIterator();
            int matched = 0;
            while (matched < m && same(t.next(), s.next())) matched++;
            if (matched == m) return start;
            // Back to start + 1.
            for (int k = 0; k < matched; k++) s.previous();
        }
        return -1;
    }

    public static int lastIndexOfSubList(List<?> source, List<?> target) {
        int n = source.size(), m = target.size();
        int lastStart = n - m;
        if (n < SUBLIST_BY_INDEX || source instanceof RandomAccess) {
            for (int start = lastStart; start >= 0; start--) {
                if (matchesAt(source, target, start, m)) return start;
            }
            return -1;
        }
        if (lastStart < 0) return -1;
        ListIterator<?> s = source.listIterator(lastStart);
        for (int start = lastStart; start >= 0; start--) {
            ListIterator<?> t = target.listIterator();
            int matched = 0;
            while (matched < m && same(t.next(), s.next())) matched++;
            if (matched == m) return start;
            // Back to start - 1.
            if (start > 0) {
                for (int k = 0; k <= matched + 1; k++) s.previous();
            }
        }
        return -1;
    }

    private static boolean matchesAt(List<?> source, List<?> target, int start, int m) {
        for (int k = 0; k < m; k++) {
            if (!same(target.get(k), source.get(start + k))) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- extremes, counting, bulk

    public static <T extends Object & Comparable<? super T>> T min(Collection<? extends T> coll) {
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T next = it.next();
            if (next.compareTo(best) < 0) best = next;
        }
        return best;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T min(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) return (T) min((Collection) coll);
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T next = it.next();
            if (comp.compare(next, best) < 0) best = next;
        }
        return best;
    }

    public static <T extends Object & Comparable<? super T>> T max(Collection<? extends T> coll) {
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T next = it.next();
            if (next.compareTo(best) > 0) best = next;
        }
        return best;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T max(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) return (T) max((Collection) coll);
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T next = it.next();
            if (comp.compare(next, best) > 0) best = next;
        }
        return best;
    }

    public static int frequency(Collection<?> c, Object o) {
        int count = 0;
        for (Object e : c) {
            if (same(o, e)) count++;
        }
        return count;
    }

    /**
     * Walks one collection asking the other's contains: a Set is always the one asked; between two non-sets
     * the smaller is walked.
     */
    public static boolean disjoint(Collection<?> c1, Collection<?> c2) {
        Collection<?> walked = c1, asked = c2;
        if (c1 instanceof Set) {
            walked = c2;
            asked = c1;
        } else if (!(c2 instanceof Set)) {
            int n1 = c1.size(), n2 = c2.size();
            if (n1 == 0 || n2 == 0) return true;
            if (n1 > n2) {
                walked = c2;
                asked = c1;
            }
        }
        for (Object e : walked) {
            if (asked.contains(e)) return false;
        }
        return true;
    }

    @SafeVarargs
    public static <T> boolean addAll(Collection<? super T> c, T... elements) {
        boolean changed = false;
        for (T e : elements) changed |= c.add(e);
        return changed;
    }

    public static <T> Enumeration<T> enumeration(final Collection<T> c) {
        Iterator<T> it = c.iterator();
        return new Enumeration<T>() {
            public boolean hasMoreElements() { return it.hasNext(); }
            public T nextElement() { return it.next(); }
            public Iterator<T> asIterator() { return it; }
        };
    }

    public static <T> ArrayList<T> list(Enumeration<T> e) {
        ArrayList<T> out = new ArrayList<>();
        while (e.hasMoreElements()) out.add(e.nextElement());
        return out;
    }

    // ---------------------------------------------------------------- reversed comparators

    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder() {
        return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
    }

    /** Reversing twice gives back the original comparator (natural order for the plain reverse order). */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder(Comparator<T> cmp) {
        if (cmp == null) return reverseOrder();
        if (cmp == ReverseComparator.REVERSE_ORDER) return (Comparator<T>) (Comparator<?>) Comparator.naturalOrder();
        if (cmp instanceof ReverseComparator2<T> r) return r.cmp;
        return new ReverseComparator2<>(cmp);
    }

    private static final class ReverseComparator implements Comparator<Comparable<Object>>, java.io.Serializable {
        static final ReverseComparator REVERSE_ORDER = new ReverseComparator();

        public int compare(Comparable<Object> x, Comparable<Object> y) {
            return y.compareTo(x);
        }

        @SuppressWarnings("unchecked")
        public Comparator<Comparable<Object>> reversed() {
            return (Comparator<Comparable<Object>>) (Comparator<?>) Comparator.naturalOrder();
        }
    }

    private static final class ReverseComparator2<T> implements Comparator<T>, java.io.Serializable {
        final Comparator<T> cmp;

        ReverseComparator2(Comparator<T> cmp) {
            this.cmp = cmp;
        }

        public int compare(T x, T y) {
            return cmp.compare(y, x);
        }

        public boolean equals(Object o) {
            return o == this || o instanceof ReverseComparator2<?> r && cmp.equals(r.cmp);
        }

        public int hashCode() {
            return cmp.hashCode() ^ Integer.MIN_VALUE;
        }

        public Comparator<T> reversed() {
            return cmp;
        }
    }

    // ---------------------------------------------------------------- unmodifiable views
    // Every mutator refuses, even when it would change nothing. Wrapping a view of exactly the same kind again
    // returns it unchanged.

    @SuppressWarnings("unchecked")
    public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {
        if (c.getClass() == UnmodifiableCollection.class) return (Collection<T>) c;
        return new UnmodifiableCollection<>(c);
    }

    static class UnmodifiableCollection<E> implements Collection<E>, java.io.Serializable {
        final Collection<? extends E> c;

        UnmodifiableCollection(Collection<? extends E> c) {
            this.c = Objects.requireNonNull(c);
        }

        public int size() { return c.size(); }
        public boolean isEmpty() { return c.isEmpty(); }
        public boolean contains(Object o) { return c.contains(o); }
        public boolean containsAll(Collection<?> other) { return c.containsAll(other); }
        public Object[] toArray() { return c.toArray(); }
        public <T> T[] toArray(T[] a) { return c.toArray(a); }
        public <T> T[] toArray(IntFunction<T[]> generator) { return c.toArray(generator); }
        public String toString() { return c.toString(); }
        public void forEach(Consumer<? super E> action) { c.forEach(action); }

        public Iterator<E> iterator() {
            return new ReadOnlyIterator<>(c.iterator());
        }

        public boolean add(E e) { throw refused(); }
        public boolean remove(Object o) { throw refused(); }
        public boolean addAll(Collection<? extends E> other) { throw refused(); }
        public boolean removeAll(Collection<?> other) { throw refused(); }
        public boolean retainAll(Collection<?> other) { throw refused(); }
        public void clear() { throw refused(); }
        public boolean removeIf(Predicate<? super E> filter) { throw refused(); }

        @SuppressWarnings("unchecked")
        public Stream<E> stream() { return (Stream<E>) c.stream(); }

        @SuppressWarnings("unchecked")
        public Stream<E> parallelStream() { return (Stream<E>) c.parallelStream(); }
    }

    /** An iterator that passes reads through and refuses remove. */
    private static class ReadOnlyIterator<E> implements Iterator<E> {
        final Iterator<? extends E> it;

        ReadOnlyIterator(Iterator<? extends E> it) {
            this.it = it;
        }

        public boolean hasNext() { return it.hasNext(); }
        public E next() { return it.next(); }
        public void remove() { throw refused(); }
        public void forEachRemaining(Consumer<? super E> action) { it.forEachRemaining(action); }
    }

    @SuppressWarnings("unchecked")
    public static <T> SequencedCollection<T> unmodifiableSequencedCollection(SequencedCollection<? extends T> c) {
        if (c.getClass() == UnmodifiableSequencedCollection.class) return (SequencedCollection<T>) c;
        return new UnmodifiableSequencedCollection<>(c);
    }

    static class UnmodifiableSequencedCollection<E> extends UnmodifiableCollection<E> implements SequencedCollection<E> {
        UnmodifiableSequencedCollection(SequencedCollection<? extends E> c) {
            super(c);
        }

        @SuppressWarnings("unchecked")
        private SequencedCollection<E> seq() { return (SequencedCollection<E>) c; }

        public SequencedCollection<E> reversed() { return unmodifiableSequencedCollection(seq().reversed()); }
        public E getFirst() { return seq().getFirst(); }
        public E getLast() { return seq().getLast(); }
        public void addFirst(E e) { throw refused(); }
        public void addLast(E e) { throw refused(); }
        public E removeFirst() { throw refused(); }
        public E removeLast() { throw refused(); }
    }

    @SuppressWarnings("unchecked")
    public static <T> Set<T> unmodifiableSet(Set<? extends T> s) {
        if (s.getClass() == UnmodifiableSet.class) return (Set<T>) s;
        return new UnmodifiableSet<>(s);
    }

    static class UnmodifiableSet<E> extends UnmodifiableCollection<E> implements Set<E>, java.io.Serializable {
        UnmodifiableSet(Set<? extends E> s) {
            super(s);
        }

        public boolean equals(Object o) { return o == this || c.equals(o); }
        public int hashCode() { return c.hashCode(); }
    }

    @SuppressWarnings("unchecked")
    public static <T> SequencedSet<T> unmodifiableSequencedSet(SequencedSet<? extends T> s) {
        if (s.getClass() == UnmodifiableSequencedSet.class) return (SequencedSet<T>) s;
        return new UnmodifiableSequencedSet<>(s);
    }

    static class UnmodifiableSequencedSet<E> extends UnmodifiableSequencedCollection<E> implements SequencedSet<E> {
        UnmodifiableSequencedSet(SequencedSet<? extends E> s) {
            super(s);
        }

        public boolean equals(Object o) { return o == this || c.equals(o); }
        public int hashCode() { return c.hashCode(); }

        @SuppressWarnings("unchecked")
        public SequencedSet<E> reversed() { return unmodifiableSequencedSet(((SequencedSet<E>) c).reversed()); }
    }

    public static <T> SortedSet<T> unmodifiableSortedSet(SortedSet<T> s) {
        if (s.getClass() == UnmodifiableSortedSet.class) return s;
        return new UnmodifiableSortedSet<>(s);
    }

    static class UnmodifiableSortedSet<E> extends UnmodifiableSet<E> implements SortedSet<E>, java.io.Serializable {
        private final SortedSet<E> sorted;

        UnmodifiableSortedSet(SortedSet<E> s) {
            super(s);
            sorted = s;
        }

        public Comparator<? super E> comparator() { return sorted.comparator(); }
        public SortedSet<E> subSet(E fromElement, E toElement) { return new UnmodifiableSortedSet<>(sorted.subSet(fromElement, toElement)); }
        public SortedSet<E> headSet(E toElement) { return new UnmodifiableSortedSet<>(sorted.headSet(toElement)); }
        public SortedSet<E> tailSet(E fromElement) { return new UnmodifiableSortedSet<>(sorted.tailSet(fromElement)); }
        public E first() { return sorted.first(); }
        public E last() { return sorted.last(); }
        public void addFirst(E e) { throw refused(); }
        public void addLast(E e) { throw refused(); }
        public E removeFirst() { throw refused(); }
        public E removeLast() { throw refused(); }
    }

    public static <T> NavigableSet<T> unmodifiableNavigableSet(NavigableSet<T> s) {
        if (s.getClass() == UnmodifiableNavigableSet.class) return s;
        return new UnmodifiableNavigableSet<>(s);
    }

    static class UnmodifiableNavigableSet<E> extends UnmodifiableSortedSet<E> implements NavigableSet<E>, java.io.Serializable {
        private final NavigableSet<E> nav;

        UnmodifiableNavigableSet(NavigableSet<E> s) {
            super(s);
            nav = s;
        }

        /** The one shared empty navigable set (emptySortedSet, emptyNavigableSet). */
        private static final class EmptyNavigableSet<E> extends UnmodifiableNavigableSet<E> {
            @SuppressWarnings("rawtypes")
            static final EmptyNavigableSet INSTANCE = new EmptyNavigableSet<>();

            private EmptyNavigableSet() {
                super(new TreeSet<>());
            }
        }

        public E lower(E e) { return nav.lower(e); }
        public E floor(E e) { return nav.floor(e); }
        public E ceiling(E e) { return nav.ceiling(e); }
        public E higher(E e) { return nav.higher(e); }
        public E pollFirst() { throw refused(); }
        public E pollLast() { throw refused(); }
        public NavigableSet<E> descendingSet() { return new UnmodifiableNavigableSet<>(nav.descendingSet()); }
        public Iterator<E> descendingIterator() { return descendingSet().iterator(); }

        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new UnmodifiableNavigableSet<>(nav.subSet(fromElement, fromInclusive, toElement, toInclusive));
        }

        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new UnmodifiableNavigableSet<>(nav.headSet(toElement, inclusive));
        }

        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new UnmodifiableNavigableSet<>(nav.tailSet(fromElement, inclusive));
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> unmodifiableList(List<? extends T> list) {
        Class<?> k = list.getClass();
        if (k == UnmodifiableList.class || k == UnmodifiableRandomAccessList.class) return (List<T>) list;
        return list instanceof RandomAccess ? new UnmodifiableRandomAccessList<>(list) : new UnmodifiableList<>(list);
    }

    static class UnmodifiableList<E> extends UnmodifiableCollection<E> implements List<E> {
        final List<? extends E> list;

        UnmodifiableList(List<? extends E> list) {
            super(list);
            this.list = list;
        }

        public boolean equals(Object o) { return o == this || list.equals(o); }
        public int hashCode() { return list.hashCode(); }
        public E get(int index) { return list.get(index); }
        public int indexOf(Object o) { return list.indexOf(o); }
        public int lastIndexOf(Object o) { return list.lastIndexOf(o); }
        public E set(int index, E element) { throw refused(); }
        public void add(int index, E element) { throw refused(); }
        public E remove(int index) { throw refused(); }
        public boolean addAll(int index, Collection<? extends E> other) { throw refused(); }
        public void replaceAll(UnaryOperator<E> operator) { throw refused(); }
        public void sort(Comparator<? super E> c) { throw refused(); }
        public void addFirst(E e) { throw refused(); }
        public void addLast(E e) { throw refused(); }
        public E removeFirst() { throw refused(); }
        public E removeLast() { throw refused(); }

        public ListIterator<E> listIterator() { return listIterator(0); }

        public ListIterator<E> listIterator(int index) {
            ListIterator<? extends E> it = list.listIterator(index);
            return new ListIterator<E>() {
                public boolean hasNext() { return it.hasNext(); }
                public E next() { return it.next(); }
                public boolean hasPrevious() { return it.hasPrevious(); }
                public E previous() { return it.previous(); }
                public int nextIndex() { return it.nextIndex(); }
                public int previousIndex() { return it.previousIndex(); }
                public void remove() { throw refused(); }
                public void set(E e) { throw refused(); }
                public void add(E e) { throw refused(); }
                public void forEachRemaining(Consumer<? super E> action) { it.forEachRemaining(action); }
            };
        }

        public List<E> subList(int fromIndex, int toIndex) {
            return new UnmodifiableList<>(list.subList(fromIndex, toIndex));
        }
    }

    static class UnmodifiableRandomAccessList<E> extends UnmodifiableList<E> implements RandomAccess {
        UnmodifiableRandomAccessList(List<? extends E> list) {
            super(list);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            return new UnmodifiableRandomAccessList<>(list.subList(fromIndex, toIndex));
        }
    }

    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> m) {
        if (m.getClass() == UnmodifiableMap.class) return (Map<K, V>) m;
        return new UnmodifiableMap<>(m);
    }

    static class UnmodifiableMap<K, V> implements Map<K, V>, java.io.Serializable {
        final Map<? extends K, ? extends V> m;
        // Views are made once, so repeated calls return the same object.
        private transient Set<K> keys;
        private transient Set<Map.Entry<K, V>> entries;
        private transient Collection<V> vals;

        UnmodifiableMap(Map<? extends K, ? extends V> m) {
            this.m = Objects.requireNonNull(m);
        }

        public int size() { return m.size(); }
        public boolean isEmpty() { return m.isEmpty(); }
        public boolean containsKey(Object key) { return m.containsKey(key); }
        public boolean containsValue(Object value) { return m.containsValue(value); }
        public V get(Object key) { return m.get(key); }
        public boolean equals(Object o) { return o == this || m.equals(o); }
        public int hashCode() { return m.hashCode(); }
        public String toString() { return m.toString(); }

        @SuppressWarnings("unchecked")
        public V getOrDefault(Object k, V defaultValue) { return ((Map<K, V>) m).getOrDefault(k, defaultValue); }

        public void forEach(BiConsumer<? super K, ? super V> action) { m.forEach(action); }

        public Set<K> keySet() {
            if (keys == null) keys = unmodifiableSet(m.keySet());
            return keys;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Set<Map.Entry<K, V>> entrySet() {
            if (entries == null) entries = new UnmodifiableEntrySet<>((Set) m.entrySet());
            return entries;
        }

        public Collection<V> values() {
            if (vals == null) vals = unmodifiableCollection(m.values());
            return vals;
        }

        public V put(K key, V value) { throw refused(); }
        public V remove(Object key) { throw refused(); }
        public void putAll(Map<? extends K, ? extends V> other) { throw refused(); }
        public void clear() { throw refused(); }
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) { throw refused(); }
        public V putIfAbsent(K key, V value) { throw refused(); }
        public boolean remove(Object key, Object value) { throw refused(); }
        public boolean replace(K key, V oldValue, V newValue) { throw refused(); }
        public V replace(K key, V value) { throw refused(); }
        public V computeIfAbsent(K key, Function<? super K, ? extends V> f) { throw refused(); }
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) { throw refused(); }
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) { throw refused(); }
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) { throw refused(); }

        /** Entries handed out are wrapped so that setValue refuses. */
        static class UnmodifiableEntrySet<K, V> extends UnmodifiableSet<Map.Entry<K, V>> {
            UnmodifiableEntrySet(Set<? extends Map.Entry<? extends K, ? extends V>> s) {
                super((Set) s);
            }

            @SuppressWarnings("unchecked")
            private Collection<Map.Entry<K, V>> raw() { return (Collection<Map.Entry<K, V>>) c; }

            public void forEach(Consumer<? super Map.Entry<K, V>> action) {
                Objects.requireNonNull(action);
                raw().forEach(e -> action.accept(new UnmodifiableEntry<>(e)));
            }

            public Iterator<Map.Entry<K, V>> iterator() {
                Iterator<Map.Entry<K, V>> it = raw().iterator();
                return new Iterator<Map.Entry<K, V>>() {
                    public boolean hasNext() { return it.hasNext(); }
                    public Map.Entry<K, V> next() { return new UnmodifiableEntry<>(it.next()); }
                    public void remove() { throw refused(); }
                };
            }

            public Object[] toArray() {
                Object[] a = c.toArray();
                for (int i = 0; i < a.length; i++) a[i] = new UnmodifiableEntry<>((Map.Entry<?, ?>) a[i]);
                return a;
            }

            @SuppressWarnings("unchecked")
            public <T> T[] toArray(T[] a) {
                Object[] wrapped = toArray();
                int n = wrapped.length;
                if (a.length < n) return (T[]) Arrays.copyOf(wrapped, n, a.getClass());
                System.arraycopy(wrapped, 0, a, 0, n);
                if (a.length > n) a[n] = null;
                return a;
            }

            public boolean contains(Object o) {
                return o instanceof Map.Entry<?, ?> e && c.contains(new UnmodifiableEntry<>(e));
            }

            public boolean containsAll(Collection<?> other) {
                for (Object o : other) {
                    if (!contains(o)) return false;
                }
                return true;
            }

            public boolean equals(Object o) {
                return o == this || o instanceof Set<?> s && s.size() == c.size() && containsAll(s);
            }

            static class UnmodifiableEntry<K, V> implements Map.Entry<K, V> {
                private final Map.Entry<? extends K, ? extends V> e;

                UnmodifiableEntry(Map.Entry<? extends K, ? extends V> e) {
                    this.e = Objects.requireNonNull(e);
                }

                public K getKey() { return e.getKey(); }
                public V getValue() { return e.getValue(); }
                public V setValue(V value) { throw refused(); }
                public int hashCode() { return e.hashCode(); }
                public String toString() { return e.toString(); }

                public boolean equals(Object o) {
                    return o == this || o instanceof Map.Entry<?, ?> t && same(e.getKey(), t.getKey()) && same(e.getValue(), t.getValue());
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    public static <K, V> SequencedMap<K, V> unmodifiableSequencedMap(SequencedMap<? extends K, ? extends V> m) {
        if (m.getClass() == UnmodifiableSequencedMap.class) return (SequencedMap<K, V>) m;
        return new UnmodifiableSequencedMap<>(m);
    }

    static class UnmodifiableSequencedMap<K, V> extends UnmodifiableMap<K, V> implements SequencedMap<K, V> {
        UnmodifiableSequencedMap(Map<? extends K, ? extends V> m) {
            super(m);
        }

        @SuppressWarnings("unchecked")
        public SequencedMap<K, V> reversed() { return unmodifiableSequencedMap(((SequencedMap<K, V>) m).reversed()); }

        public Map.Entry<K, V> pollFirstEntry() { throw refused(); }
        public Map.Entry<K, V> pollLastEntry() { throw refused(); }
        public V putFirst(K k, V v) { throw refused(); }
        public V putLast(K k, V v) { throw refused(); }
    }

    @SuppressWarnings("unchecked")
    public static <K, V> SortedMap<K, V> unmodifiableSortedMap(SortedMap<K, ? extends V> m) {
        if (m.getClass() == UnmodifiableSortedMap.class) return (SortedMap<K, V>) m;
        return new UnmodifiableSortedMap<>(m);
    }

    static class UnmodifiableSortedMap<K, V> extends UnmodifiableMap<K, V> implements SortedMap<K, V>, java.io.Serializable {
        private final SortedMap<K, ? extends V> sorted;

        UnmodifiableSortedMap(SortedMap<K, ? extends V> m) {
            super(m);
            sorted = m;
        }

        public Comparator<? super K> comparator() { return sorted.comparator(); }
        public SortedMap<K, V> subMap(K fromKey, K toKey) { return new UnmodifiableSortedMap<>(sorted.subMap(fromKey, toKey)); }
        public SortedMap<K, V> headMap(K toKey) { return new UnmodifiableSortedMap<>(sorted.headMap(toKey)); }
        public SortedMap<K, V> tailMap(K fromKey) { return new UnmodifiableSortedMap<>(sorted.tailMap(fromKey)); }
        public K firstKey() { return sorted.firstKey(); }
        public K lastKey() { return sorted.lastKey(); }
        public Map.Entry<K, V> pollFirstEntry() { throw refused(); }
        public Map.Entry<K, V> pollLastEntry() { throw refused(); }
        public V putFirst(K k, V v) { throw refused(); }
        public V putLast(K k, V v) { throw refused(); }
    }

    @SuppressWarnings("unchecked")
    public static <K, V> NavigableMap<K, V> unmodifiableNavigableMap(NavigableMap<K, ? extends V> m) {
        if (m.getClass() == UnmodifiableNavigableMap.class) return (NavigableMap<K, V>) m;
        return new UnmodifiableNavigableMap<>(m);
    }

    static class UnmodifiableNavigableMap<K, V> extends UnmodifiableSortedMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
        private final NavigableMap<K, ? extends V> nav;

        UnmodifiableNavigableMap(NavigableMap<K, ? extends V> m) {
            super(m);
            nav = m;
        }

        /** The one shared empty navigable map (emptySortedMap, emptyNavigableMap). */
        private static final class EmptyNavigableMap<K, V> extends UnmodifiableNavigableMap<K, V> {
            @SuppressWarnings("rawtypes")
            static final EmptyNavigableMap INSTANCE = new EmptyNavigableMap<>();

            private EmptyNavigableMap() {
                super(new TreeMap<>());
            }
        }

        private static <K, V> Map.Entry<K, V> wrap(Map.Entry<K, ? extends V> e) {
            return e == null ? null : new UnmodifiableEntrySet.UnmodifiableEntry<>(e);
        }

        public K lowerKey(K key) { return nav.lowerKey(key); }
        public K floorKey(K key) { return nav.floorKey(key); }
        public K ceilingKey(K key) { return nav.ceilingKey(key); }
        public K higherKey(K key) { return nav.higherKey(key); }
        public Map.Entry<K, V> lowerEntry(K key) { return wrap(nav.lowerEntry(key)); }
        public Map.Entry<K, V> floorEntry(K key) { return wrap(nav.floorEntry(key)); }
        public Map.Entry<K, V> ceilingEntry(K key) { return wrap(nav.ceilingEntry(key)); }
        public Map.Entry<K, V> higherEntry(K key) { return wrap(nav.higherEntry(key)); }
        public Map.Entry<K, V> firstEntry() { return wrap(nav.firstEntry()); }
        public Map.Entry<K, V> lastEntry() { return wrap(nav.lastEntry()); }
        public Map.Entry<K, V> pollFirstEntry() { throw refused(); }
        public Map.Entry<K, V> pollLastEntry() { throw refused(); }
        public NavigableMap<K, V> descendingMap() { return unmodifiableNavigableMap(nav.descendingMap()); }
        public NavigableSet<K> navigableKeySet() { return unmodifiableNavigableSet(nav.navigableKeySet()); }
        public NavigableSet<K> descendingKeySet() { return unmodifiableNavigableSet(nav.descendingKeySet()); }

        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            return unmodifiableNavigableMap(nav.subMap(fromKey, fromInclusive, toKey, toInclusive));
        }

        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            return unmodifiableNavigableMap(nav.headMap(toKey, inclusive));
        }

        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            return unmodifiableNavigableMap(nav.tailMap(fromKey, inclusive));
        }
    }

    // ---------------------------------------------------------------- synchronized views
    // Each call holds the view's monitor; iterators are not synchronized (callers lock the view themselves).

    public static <T> Collection<T> synchronizedCollection(Collection<T> c) {
        return new SynchronizedCollection<>(c);
    }

    static class SynchronizedCollection<E> implements Collection<E>, java.io.Serializable {
        final Collection<E> c;
        final Object mutex;

        SynchronizedCollection(Collection<E> c) {
            this.c = Objects.requireNonNull(c);
            mutex = this;
        }

        public int size() { synchronized (mutex) { return c.size(); } }
        public boolean isEmpty() { synchronized (mutex) { return c.isEmpty(); } }
        public boolean contains(Object o) { synchronized (mutex) { return c.contains(o); } }
        public Object[] toArray() { synchronized (mutex) { return c.toArray(); } }
        public <T> T[] toArray(T[] a) { synchronized (mutex) { return c.toArray(a); } }
        public <T> T[] toArray(IntFunction<T[]> f) { synchronized (mutex) { return c.toArray(f); } }
        public Iterator<E> iterator() { return c.iterator(); }
        public boolean add(E e) { synchronized (mutex) { return c.add(e); } }
        public boolean remove(Object o) { synchronized (mutex) { return c.remove(o); } }
        public boolean containsAll(Collection<?> other) { synchronized (mutex) { return c.containsAll(other); } }
        public boolean addAll(Collection<? extends E> other) { synchronized (mutex) { return c.addAll(other); } }
        public boolean removeAll(Collection<?> other) { synchronized (mutex) { return c.removeAll(other); } }
        public boolean retainAll(Collection<?> other) { synchronized (mutex) { return c.retainAll(other); } }
        public void clear() { synchronized (mutex) { c.clear(); } }
        public String toString() { synchronized (mutex) { return c.toString(); } }
        public void forEach(Consumer<? super E> action) { synchronized (mutex) { c.forEach(action); } }
        public boolean removeIf(Predicate<? super E> filter) { synchronized (mutex) { return c.removeIf(filter); } }
        public Stream<E> stream() { return c.stream(); }
        public Stream<E> parallelStream() { return c.parallelStream(); }
    }

    public static <T> Set<T> synchronizedSet(Set<T> s) {
        return new SynchronizedSet<>(s);
    }

    static class SynchronizedSet<E> extends SynchronizedCollection<E> implements Set<E> {
        SynchronizedSet(Set<E> s) {
            super(s);
        }

        public boolean equals(Object o) {
            if (this == o) return true;
            synchronized (mutex) { return c.equals(o); }
        }

        public int hashCode() { synchronized (mutex) { return c.hashCode(); } }
    }

    public static <T> List<T> synchronizedList(List<T> list) {
        return list instanceof RandomAccess ? new SynchronizedRandomAccessList<>(list) : new SynchronizedList<>(list);
    }

    static class SynchronizedList<E> extends SynchronizedCollection<E> implements List<E> {
        final List<E> list;

        SynchronizedList(List<E> list) {
            super(list);
            this.list = list;
        }

        public boolean equals(Object o) {
            if (this == o) return true;
            synchronized (mutex) { return list.equals(o); }
        }

        public int hashCode() { synchronized (mutex) { return list.hashCode(); } }
        public E get(int index) { synchronized (mutex) { return list.get(index); } }
        public E set(int index, E element) { synchronized (mutex) { return list.set(index, element); } }
        public void add(int index, E element) { synchronized (mutex) { list.add(index, element); } }
        public E remove(int index) { synchronized (mutex) { return list.remove(index); } }
        public int indexOf(Object o) { synchronized (mutex) { return list.indexOf(o); } }
        public int lastIndexOf(Object o) { synchronized (mutex) { return list.lastIndexOf(o); } }
        public boolean addAll(int index, Collection<? extends E> other) { synchronized (mutex) { return list.addAll(index, other); } }
        public ListIterator<E> listIterator() { return list.listIterator(); }
        public ListIterator<E> listIterator(int index) { return list.listIterator(index); }
        public void replaceAll(UnaryOperator<E> operator) { synchronized (mutex) { list.replaceAll(operator); } }
        public void sort(Comparator<? super E> c) { synchronized (mutex) { list.sort(c); } }

        public List<E> subList(int fromIndex, int toIndex) {
            synchronized (mutex) { return new SynchronizedList<>(list.subList(fromIndex, toIndex)); }
        }
    }

    static class SynchronizedRandomAccessList<E> extends SynchronizedList<E> implements RandomAccess {
        SynchronizedRandomAccessList(List<E> list) {
            super(list);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            synchronized (mutex) { return new SynchronizedRandomAccessList<>(list.subList(fromIndex, toIndex)); }
        }
    }

    public static <K, V> Map<K, V> synchronizedMap(Map<K, V> m) {
        return new SynchronizedMap<>(m);
    }

    private static class SynchronizedMap<K, V> implements Map<K, V>, java.io.Serializable {
        private final Map<K, V> m;
        private final Object mutex = this;
        private transient Set<K> keys;
        private transient Set<Map.Entry<K, V>> entries;
        private transient Collection<V> vals;

        SynchronizedMap(Map<K, V> m) {
            this.m = Objects.requireNonNull(m);
        }

        public int size() { synchronized (mutex) { return m.size(); } }
        public boolean isEmpty() { synchronized (mutex) { return m.isEmpty(); } }
        public boolean containsKey(Object key) { synchronized (mutex) { return m.containsKey(key); } }
        public boolean containsValue(Object value) { synchronized (mutex) { return m.containsValue(value); } }
        public V get(Object key) { synchronized (mutex) { return m.get(key); } }
        public V put(K key, V value) { synchronized (mutex) { return m.put(key, value); } }
        public V remove(Object key) { synchronized (mutex) { return m.remove(key); } }
        public void putAll(Map<? extends K, ? extends V> map) { synchronized (mutex) { m.putAll(map); } }
        public void clear() { synchronized (mutex) { m.clear(); } }

        public Set<K> keySet() {
            synchronized (mutex) {
                if (keys == null) keys = new SynchronizedSet<>(m.keySet());
                return keys;
            }
        }

        public Set<Map.Entry<K, V>> entrySet() {
            synchronized (mutex) {
                if (entries == null) entries = new SynchronizedSet<>(m.entrySet());
                return entries;
            }
        }

        public Collection<V> values() {
            synchronized (mutex) {
                if (vals == null) vals = new SynchronizedCollection<>(m.values());
                return vals;
            }
        }

        public boolean equals(Object o) {
            if (this == o) return true;
            synchronized (mutex) { return m.equals(o); }
        }

        public int hashCode() { synchronized (mutex) { return m.hashCode(); } }
        public String toString() { synchronized (mutex) { return m.toString(); } }
        public V getOrDefault(Object k, V defaultValue) { synchronized (mutex) { return m.getOrDefault(k, defaultValue); } }
        public void forEach(BiConsumer<? super K, ? super V> action) { synchronized (mutex) { m.forEach(action); } }
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { synchronized (mutex) { m.replaceAll(f); } }
        public V putIfAbsent(K key, V value) { synchronized (mutex) { return m.putIfAbsent(key, value); } }
        public boolean remove(Object key, Object value) { synchronized (mutex) { return m.remove(key, value); } }
        public boolean replace(K key, V oldValue, V newValue) { synchronized (mutex) { return m.replace(key, oldValue, newValue); } }
        public V replace(K key, V value) { synchronized (mutex) { return m.replace(key, value); } }
        public V computeIfAbsent(K key, Function<? super K, ? extends V> f) { synchronized (mutex) { return m.computeIfAbsent(key, f); } }
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) { synchronized (mutex) { return m.computeIfPresent(key, f); } }
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) { synchronized (mutex) { return m.compute(key, f); } }
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) { synchronized (mutex) { return m.merge(key, value, f); } }
    }

    // ---------------------------------------------------------------- empty collections

    @SuppressWarnings("unchecked")
    public static <T> Iterator<T> emptyIterator() {
        return (Iterator<T>) EmptyIterator.EMPTY_ITERATOR;
    }

    private static class EmptyIterator<E> implements Iterator<E> {
        static final EmptyIterator<Object> EMPTY_ITERATOR = new EmptyIterator<>();

        public boolean hasNext() { return false; }
        public E next() { throw new NoSuchElementException(); }
        public void remove() { throw new IllegalStateException(); }
        public void forEachRemaining(Consumer<? super E> action) { Objects.requireNonNull(action); }
    }

    @SuppressWarnings("unchecked")
    public static <T> ListIterator<T> emptyListIterator() {
        return (ListIterator<T>) EmptyListIterator.EMPTY_ITERATOR;
    }

    private static class EmptyListIterator<E> extends EmptyIterator<E> implements ListIterator<E> {
        static final EmptyListIterator<Object> EMPTY_ITERATOR = new EmptyListIterator<>();

        public boolean hasPrevious() { return false; }
        public E previous() { throw new NoSuchElementException(); }
        public int nextIndex() { return 0; }
        public int previousIndex() { return -1; }
        public void set(E e) { throw new IllegalStateException(); }
        public void add(E e) { throw refused(); }
    }

    @SuppressWarnings("unchecked")
    public static <T> Enumeration<T> emptyEnumeration() {
        return (Enumeration<T>) EmptyEnumeration.EMPTY_ENUMERATION;
    }

    private static class EmptyEnumeration<E> implements Enumeration<E> {
        static final EmptyEnumeration<Object> EMPTY_ENUMERATION = new EmptyEnumeration<>();

        public boolean hasMoreElements() { return false; }
        public E nextElement() { throw new NoSuchElementException(); }
        public Iterator<E> asIterator() { return emptyIterator(); }
    }

    @SuppressWarnings("rawtypes")
    public static final Set EMPTY_SET = new EmptySet<>();

    @SuppressWarnings("unchecked")
    public static final <T> Set<T> emptySet() {
        return (Set<T>) EMPTY_SET;
    }

    private static class EmptySet<E> extends AbstractSet<E> implements java.io.Serializable {
        public Iterator<E> iterator() { return emptyIterator(); }
        public int size() { return 0; }
        public boolean isEmpty() { return true; }
        public void clear() {}
        public boolean contains(Object o) { return false; }
        public boolean containsAll(Collection<?> c) { return c.isEmpty(); }
        public Object[] toArray() { return new Object[0]; }

        public <T> T[] toArray(T[] a) {
            if (a.length > 0) a[0] = null;
            return a;
        }

        public void forEach(Consumer<? super E> action) { Objects.requireNonNull(action); }

        public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            return false;
        }

        public int hashCode() { return 0; }
    }

    @SuppressWarnings("unchecked")
    public static <E> SortedSet<E> emptySortedSet() {
        return (SortedSet<E>) UnmodifiableNavigableSet.EmptyNavigableSet.INSTANCE;
    }

    @SuppressWarnings("unchecked")
    public static <E> NavigableSet<E> emptyNavigableSet() {
        return (NavigableSet<E>) UnmodifiableNavigableSet.EmptyNavigableSet.INSTANCE;
    }

    @SuppressWarnings("rawtypes")
    public static final List EMPTY_LIST = new EmptyList<>();

    @SuppressWarnings("unchecked")
    public static final <T> List<T> emptyList() {
        return (List<T>) EMPTY_LIST;
    }

    private static class EmptyList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        public Iterator<E> iterator() { return emptyIterator(); }
        public ListIterator<E> listIterator() { return emptyListIterator(); }
        public int size() { return 0; }
        public boolean isEmpty() { return true; }
        public void clear() {}
        public boolean contains(Object o) { return false; }
        public boolean containsAll(Collection<?> c) { return c.isEmpty(); }
        public Object[] toArray() { return new Object[0]; }

        public <T> T[] toArray(T[] a) {
            if (a.length > 0) a[0] = null;
            return a;
        }

        public E get(int index) { throw new IndexOutOfBoundsException("Index: " + index); }
        public boolean equals(Object o) { return o instanceof List<?> l && l.isEmpty(); }
        public int hashCode() { return 1; }

        public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            return false;
        }

        public void replaceAll(UnaryOperator<E> operator) { Objects.requireNonNull(operator); }
        public void sort(Comparator<? super E> c) {}
        public void forEach(Consumer<? super E> action) { Objects.requireNonNull(action); }
    }

    @SuppressWarnings("rawtypes")
    public static final Map EMPTY_MAP = new EmptyMap<>();

    @SuppressWarnings("unchecked")
    public static final <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    @SuppressWarnings("unchecked")
    public static final <K, V> SortedMap<K, V> emptySortedMap() {
        return (SortedMap<K, V>) UnmodifiableNavigableMap.EmptyNavigableMap.INSTANCE;
    }

    @SuppressWarnings("unchecked")
    public static final <K, V> NavigableMap<K, V> emptyNavigableMap() {
        return (NavigableMap<K, V>) UnmodifiableNavigableMap.EmptyNavigableMap.INSTANCE;
    }

    private static class EmptyMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        public int size() { return 0; }
        public boolean isEmpty() { return true; }
        public void clear() {}
        public boolean containsKey(Object key) { return false; }
        public boolean containsValue(Object value) { return false; }
        public V get(Object key) { return null; }
        public Set<K> keySet() { return emptySet(); }
        public Collection<V> values() { return emptySet(); }
        public Set<Map.Entry<K, V>> entrySet() { return emptySet(); }
        public boolean equals(Object o) { return o instanceof Map<?, ?> m && m.isEmpty(); }
        public int hashCode() { return 0; }
        public V getOrDefault(Object k, V defaultValue) { return defaultValue; }
        public void forEach(BiConsumer<? super K, ? super V> action) { Objects.requireNonNull(action); }
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { Objects.requireNonNull(f); }
        public V putIfAbsent(K key, V value) { throw refused(); }
        public boolean remove(Object key, Object value) { throw refused(); }
        public boolean replace(K key, V oldValue, V newValue) { throw refused(); }
        public V replace(K key, V value) { throw refused(); }
        public V computeIfAbsent(K key, Function<? super K, ? extends V> f) { throw refused(); }
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) { throw refused(); }
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) { throw refused(); }
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) { throw refused(); }
    }

    // ---------------------------------------------------------------- one element, n copies

    /** An iterator over just e; remove refuses. */
    static <E> Iterator<E> singletonIterator(final E e) {
        return new Iterator<E>() {
            private boolean done;

            public boolean hasNext() { return !done; }

            public E next() {
                if (done) throw new NoSuchElementException();
                done = true;
                return e;
            }

            public void remove() { throw refused(); }

            public void forEachRemaining(Consumer<? super E> action) {
                Objects.requireNonNull(action);
                if (!done) {
                    done = true;
                    action.accept(e);
                }
            }
        };
    }

    public static <T> Set<T> singleton(T o) {
        return new SingletonSet<>(o);
    }

    private static class SingletonSet<E> extends AbstractSet<E> implements java.io.Serializable {
        private final E element;

        SingletonSet(E e) {
            element = e;
        }

        public Iterator<E> iterator() { return singletonIterator(element); }
        public int size() { return 1; }
        public boolean contains(Object o) { return same(o, element); }
        public void forEach(Consumer<? super E> action) { action.accept(element); }
        public boolean removeIf(Predicate<? super E> filter) { throw refused(); }
        public int hashCode() { return Objects.hashCode(element); }
    }

    public static <T> List<T> singletonList(T o) {
        return new SingletonList<>(o);
    }

    private static class SingletonList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final E element;

        SingletonList(E e) {
            element = e;
        }

        public Iterator<E> iterator() { return singletonIterator(element); }
        public int size() { return 1; }
        public boolean contains(Object o) { return same(o, element); }

        public E get(int index) {
            if (index != 0) throw new IndexOutOfBoundsException("Index: " + index + ", Size: 1");
            return element;
        }

        public void forEach(Consumer<? super E> action) { action.accept(element); }
        public boolean removeIf(Predicate<? super E> filter) { throw refused(); }
        public void replaceAll(UnaryOperator<E> operator) { throw refused(); }
        public void sort(Comparator<? super E> c) {}
        public int hashCode() { return 31 + Objects.hashCode(element); }
    }

    public static <K, V> Map<K, V> singletonMap(K key, V value) {
        return new SingletonMap<>(key, value);
    }

    private static class SingletonMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        private final K key;
        private final V value;
        private transient Set<K> keys;
        private transient Set<Map.Entry<K, V>> entries;
        private transient Collection<V> vals;

        SingletonMap(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public int size() { return 1; }
        public boolean isEmpty() { return false; }
        public boolean containsKey(Object k) { return same(k, key); }
        public boolean containsValue(Object v) { return same(v, value); }
        public V get(Object k) { return same(k, key) ? value : null; }

        public Set<K> keySet() {
            if (keys == null) keys = singleton(key);
            return keys;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            if (entries == null) entries = singleton(new AbstractMap.SimpleImmutableEntry<>(key, value));
            return entries;
        }

        public Collection<V> values() {
            if (vals == null) vals = singleton(value);
            return vals;
        }

        public V getOrDefault(Object k, V defaultValue) { return same(k, key) ? value : defaultValue; }
        public void forEach(BiConsumer<? super K, ? super V> action) { action.accept(key, value); }
        public int hashCode() { return Objects.hashCode(key) ^ Objects.hashCode(value); }
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { throw refused(); }
        public V putIfAbsent(K k, V v) { throw refused(); }
        public boolean remove(Object k, Object v) { throw refused(); }
        public boolean replace(K k, V oldValue, V newValue) { throw refused(); }
        public V replace(K k, V v) { throw refused(); }
        public V computeIfAbsent(K k, Function<? super K, ? extends V> f) { throw refused(); }
        public V computeIfPresent(K k, BiFunction<? super K, ? super V, ? extends V> f) { throw refused(); }
        public V compute(K k, BiFunction<? super K, ? super V, ? extends V> f) { throw refused(); }
        public V merge(K k, V v, BiFunction<? super V, ? super V, ? extends V> f) { throw refused(); }
    }

    public static <T> List<T> nCopies(int n, T o) {
        if (n < 0) throw new IllegalArgumentException("List length = " + n);
        return new CopiesList<>(n, o);
    }

    /** n references to one element; the element's hashCode is asked once. */
    private static class CopiesList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final int n;
        private final E element;

        CopiesList(int n, E element) {
            this.n = n;
            this.element = element;
        }

        public int size() { return n; }
        public boolean contains(Object o) { return n != 0 && same(o, element); }
        public int indexOf(Object o) { return contains(o) ? 0 : -1; }
        public int lastIndexOf(Object o) { return contains(o) ? n - 1 : -1; }

        public E get(int index) {
            Objects.checkIndex(index, n);
            return element;
        }

        public Object[] toArray() {
            Object[] a = new Object[n];
            if (element != null) Arrays.fill(a, element);
            return a;
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            T[] out = a.length >= n ? a : (T[]) Arrays.newArray(a.getClass(), n);
            Arrays.fill(out, 0, n, element);
            if (out.length > n) out[n] = null;
            return out;
        }

        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, n);
            return new CopiesList<>(toIndex - fromIndex, element);
        }

        public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            for (int i = 0; i < n; i++) action.accept(element);
        }

        public int hashCode() {
            if (n == 0) return 1;
            int each = Objects.hashCode(element);
            int h = 1;
            for (int i = 0; i < n; i++) h = 31 * h + each;
            return h;
        }
    }

    // ---------------------------------------------------------------- adapters

    public static <E> Set<E> newSetFromMap(Map<E, Boolean> map) {
        if (!map.isEmpty()) throw new IllegalArgumentException("Map is non-empty");
        return new SetFromMap<>(map);
    }

    /** A set whose elements are a map's keys; add puts Boolean.TRUE. */
    private static class SetFromMap<E> extends AbstractSet<E> implements Set<E>, java.io.Serializable {
        final Map<E, Boolean> m;
        private final Set<E> keys;

        SetFromMap(Map<E, Boolean> map) {
            m = map;
            keys = map.keySet();
        }

        public void clear() { m.clear(); }
        public int size() { return m.size(); }
        public boolean isEmpty() { return m.isEmpty(); }
        public boolean contains(Object o) { return m.containsKey(o); }
        public boolean remove(Object o) { return m.remove(o) != null; }
        public boolean add(E e) { return m.put(e, Boolean.TRUE) == null; }
        public Iterator<E> iterator() { return keys.iterator(); }
        public Object[] toArray() { return keys.toArray(); }
        public <T> T[] toArray(T[] a) { return keys.toArray(a); }
        public String toString() { return keys.toString(); }
        public int hashCode() { return keys.hashCode(); }
        public boolean equals(Object o) { return o == this || keys.equals(o); }
        public boolean containsAll(Collection<?> c) { return keys.containsAll(c); }
        public boolean removeAll(Collection<?> c) { return keys.removeAll(c); }
        public boolean retainAll(Collection<?> c) { return keys.retainAll(c); }
        public void forEach(Consumer<? super E> action) { keys.forEach(action); }
        public boolean removeIf(Predicate<? super E> filter) { return keys.removeIf(filter); }
    }

    public static <E> SequencedSet<E> newSequencedSetFromMap(SequencedMap<E, Boolean> map) {
        if (!map.isEmpty()) throw new IllegalArgumentException("Map is non-empty");
        return new SequencedSetFromMap<>(map);
    }

    private static class SequencedSetFromMap<E> extends SetFromMap<E> implements SequencedSet<E> {
        SequencedSetFromMap(SequencedMap<E, Boolean> map) {
            super(map);
        }

        private SequencedMap<E, Boolean> map() { return (SequencedMap<E, Boolean>) m; }

        private static <E> E keyOrThrow(Map.Entry<E, Boolean> e) {
            if (e == null) throw new NoSuchElementException();
            return e.getKey();
        }

        public SequencedSet<E> reversed() { return new SequencedSetFromMap<>(map().reversed()); }
        public void addFirst(E e) { map().putFirst(e, Boolean.TRUE); }
        public void addLast(E e) { map().putLast(e, Boolean.TRUE); }
        public E getFirst() { return keyOrThrow(map().firstEntry()); }
        public E getLast() { return keyOrThrow(map().lastEntry()); }
        public E removeFirst() { return keyOrThrow(map().pollFirstEntry()); }
        public E removeLast() { return keyOrThrow(map().pollLastEntry()); }
    }

    public static <T> Queue<T> asLifoQueue(Deque<T> deque) {
        return new AsLIFOQueue<>(Objects.requireNonNull(deque));
    }

    /** A queue view of a deque that adds and removes at its front. */
    static class AsLIFOQueue<E> extends AbstractQueue<E> implements Queue<E>, java.io.Serializable {
        private final Deque<E> q;

        AsLIFOQueue(Deque<E> q) {
            this.q = q;
        }

        public boolean add(E e) {
            q.addFirst(e);
            return true;
        }

        public boolean offer(E e) { return q.offerFirst(e); }
        public E poll() { return q.pollFirst(); }
        public E remove() { return q.removeFirst(); }
        public E peek() { return q.peekFirst(); }
        public E element() { return q.getFirst(); }
        public void clear() { q.clear(); }
        public int size() { return q.size(); }
        public boolean isEmpty() { return q.isEmpty(); }
        public boolean contains(Object o) { return q.contains(o); }
        public boolean remove(Object o) { return q.remove(o); }
        public Iterator<E> iterator() { return q.iterator(); }
        public Object[] toArray() { return q.toArray(); }
        public <T> T[] toArray(T[] a) { return q.toArray(a); }
        public String toString() { return q.toString(); }
        public boolean containsAll(Collection<?> c) { return q.containsAll(c); }
        public boolean removeAll(Collection<?> c) { return q.removeAll(c); }
        public boolean retainAll(Collection<?> c) { return q.retainAll(c); }
        public void forEach(Consumer<? super E> action) { q.forEach(action); }
        public boolean removeIf(Predicate<? super E> filter) { return q.removeIf(filter); }
    }
}
