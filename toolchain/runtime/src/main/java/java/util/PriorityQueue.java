package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Binary min-heap in an array (children of slot k at 2k+1 and 2k+2). Iteration and toArray expose
 * the array order, and a user comparator sees every comparison, so the sifting rules are the
 * classic ones HotSpot uses: sift-up compares (new, parent) and stops on >= 0; sift-down picks the
 * smaller child (the left on a tie) and stops when the sifted element is <= it.
 */
public class PriorityQueue<E> extends AbstractQueue<E> implements java.io.Serializable {
    private static final int INITIAL = 11;

    private transient Object[] heap;
    private int count;
    private final Comparator<? super E> order;
    private transient int mods;

    public PriorityQueue() {
        this(INITIAL, null);
    }

    public PriorityQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityQueue(Comparator<? super E> comparator) {
        this(INITIAL, comparator);
    }

    public PriorityQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) throw new IllegalArgumentException();
        this.heap = new Object[initialCapacity];
        this.order = comparator;
    }

    @SuppressWarnings("unchecked")
    public PriorityQueue(Collection<? extends E> c) {
        if (c instanceof SortedSet<?> sorted) {
            order = (Comparator<? super E>) sorted.comparator();
            takeAll(c);
        } else if (c instanceof PriorityQueue<?> other) {
            order = (Comparator<? super E>) other.comparator();
            copyQueue((PriorityQueue<? extends E>) other);
        } else {
            order = null;
            takeAll(c);
            reheap();
        }
    }

    @SuppressWarnings("unchecked")
    public PriorityQueue(PriorityQueue<? extends E> c) {
        order = (Comparator<? super E>) c.comparator();
        copyQueue(c);
    }

    @SuppressWarnings("unchecked")
    public PriorityQueue(SortedSet<? extends E> c) {
        order = (Comparator<? super E>) c.comparator();
        takeAll(c);
    }

    /** A plain PriorityQueue's array is already a heap in our order; anything else is re-heaped. */
    private void copyQueue(PriorityQueue<? extends E> c) {
        if (c.getClass() == PriorityQueue.class) {
            Object[] items = c.toArray();
            heap = items.length == 0 ? new Object[1] : items;
            count = c.size();
        } else {
            takeAll(c);
            reheap();
        }
    }

    /**
     * The collection's array as is. Nulls are refused up front where no comparison would catch them
     * (one element, or a comparator that might accept null).
     */
    private void takeAll(Collection<? extends E> c) {
        Object[] items = c.toArray();
        int n = items.length;
        if (c.getClass() != ArrayList.class) items = Arrays.copyOf(items, n, Object[].class);
        if (n == 1 || order != null) {
            for (Object e : items) {
                if (e == null) throw new NullPointerException();
            }
        }
        heap = n == 0 ? new Object[1] : items;
        count = n;
    }

    /** Bottom-up heap construction: sift down every parent, last parent first. */
    @SuppressWarnings("unchecked")
    private void reheap() {
        for (int k = (count >>> 1) - 1; k >= 0; k--) sink(k, (E) heap[k]);
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        if (e == null) throw new NullPointerException();
        mods++;
        int at = count;
        if (at >= heap.length) {
            int have = heap.length;
            int want = have + (have < 64 ? have + 2 : have >> 1);
            if (want < 0 || want > Integer.MAX_VALUE - 8) {
                if (at + 1 < 0) throw new OutOfMemoryError("Required array length " + have + " + 1 is too large");
                want = Math.max(at + 1, Integer.MAX_VALUE - 8);
            }
            heap = Arrays.copyOf(heap, want);
        }
        rise(at, e);
        count = at + 1;
        return true;
    }

    @SuppressWarnings("unchecked")
    public E peek() {
        return (E) heap[0];
    }

    private int find(Object o) {
        if (o != null) {
            Object[] h = heap;
            for (int i = 0, n = count; i < n; i++) {
                if (o.equals(h[i])) return i;
            }
        }
        return -1;
    }

    public boolean remove(Object o) {
        int i = find(o);
        if (i < 0) return false;
        take(i);
        return true;
    }

    /** Removes the very object o (identity), for the iterator. */
    private void removeSame(Object o) {
        Object[] h = heap;
        for (int i = 0, n = count; i < n; i++) {
            if (h[i] == o) {
                take(i);
                return;
            }
        }
    }

    public boolean contains(Object o) {
        return find(o) >= 0;
    }

    public Object[] toArray() {
        return Arrays.copyOf(heap, count);
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int n = count;
        if (a.length < n) return (T[]) Arrays.copyOf(heap, n, a.getClass());
        System.arraycopy(heap, 0, a, 0, n);
        if (a.length > n) a[n] = null;
        return a;
    }

    public Iterator<E> iterator() {
        return new Tour();
    }

    /**
     * Walks the array in order. Removing slot i moves the last element into it: if that element
     * sinks, slot i holds an unvisited element and is read again; if it rises above i, it would be
     * missed, so it is kept aside and returned after the array is done.
     */
    private final class Tour implements Iterator<E> {
        private int at;
        private int lastSlot = -1;
        private ArrayDeque<E> skipped;
        private E lastSkipped;
        private int knownMods = mods;

        public boolean hasNext() {
            return at < count || (skipped != null && !skipped.isEmpty());
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (knownMods != mods) throw new ConcurrentModificationException();
            if (at < count) {
                lastSlot = at;
                return (E) heap[at++];
            }
            if (skipped != null) {
                lastSlot = -1;
                lastSkipped = skipped.poll();
                if (lastSkipped != null) return lastSkipped;
            }
            throw new NoSuchElementException();
        }

        public void remove() {
            if (knownMods != mods) throw new ConcurrentModificationException();
            if (lastSlot != -1) {
                E risen = take(lastSlot);
                lastSlot = -1;
                if (risen == null) {
                    at--;
                } else {
                    if (skipped == null) skipped = new ArrayDeque<>();
                    skipped.add(risen);
                }
            } else if (lastSkipped != null) {
                removeSame(lastSkipped);
                lastSkipped = null;
            } else {
                throw new IllegalStateException();
            }
            knownMods = mods;
        }
    }

    public int size() {
        return count;
    }

    public void clear() {
        mods++;
        Object[] h = heap;
        for (int i = 0, n = count; i < n; i++) h[i] = null;
        count = 0;
    }

    @SuppressWarnings("unchecked")
    public E poll() {
        Object[] h = heap;
        E top = (E) h[0];
        if (top == null) return null;
        mods++;
        int n = --count;
        E last = (E) h[n];
        h[n] = null;
        if (n > 0) sink(0, last);
        return top;
    }

    /**
     * Removes slot i by moving the last element into it, sinking it and, if it stayed, raising it.
     * Returns that element when it ended above i (so an iterator past i would miss it), else null.
     */
    @SuppressWarnings("unchecked")
    private E take(int i) {
        mods++;
        int n = --count;
        Object[] h = heap;
        if (n == i) {
            h[i] = null;
            return null;
        }
        E last = (E) h[n];
        h[n] = null;
        sink(i, last);
        if (h[i] != last) return null;
        rise(i, last);
        return h[i] != last ? last : null;
    }

    /** Places x at slot k or above it, moving larger parents down. */
    @SuppressWarnings("unchecked")
    private void rise(int k, E x) {
        Object[] h = heap;
        Comparator<? super E> cmp = order;
        if (cmp == null) {
            Comparable<? super E> key = (Comparable<? super E>) x;
            while (k > 0) {
                int up = (k - 1) >>> 1;
                E parent = (E) h[up];
                if (key.compareTo(parent) >= 0) break;
                h[k] = parent;
                k = up;
            }
        } else {
            while (k > 0) {
                int up = (k - 1) >>> 1;
                E parent = (E) h[up];
                if (cmp.compare(x, parent) >= 0) break;
                h[k] = parent;
                k = up;
            }
        }
        h[k] = x;
    }

    /** Places x at slot k or below it, moving the smaller child up (the left one on a tie). */
    @SuppressWarnings("unchecked")
    private void sink(int k, E x) {
        Object[] h = heap;
        int n = count;
        int firstLeaf = n >>> 1;
        Comparator<? super E> cmp = order;
        if (cmp == null) {
            Comparable<? super E> key = (Comparable<? super E>) x;
            while (k < firstLeaf) {
                int pick = 2 * k + 1;
                E child = (E) h[pick];
                if (pick + 1 < n && ((Comparable<? super E>) child).compareTo((E) h[pick + 1]) > 0) child = (E) h[++pick];
                if (key.compareTo(child) <= 0) break;
                h[k] = child;
                k = pick;
            }
        } else {
            while (k < firstLeaf) {
                int pick = 2 * k + 1;
                E child = (E) h[pick];
                if (pick + 1 < n && cmp.compare(child, (E) h[pick + 1]) > 0) child = (E) h[++pick];
                if (cmp.compare(x, child) <= 0) break;
                h[k] = child;
                k = pick;
            }
        }
        h[k] = x;
    }

    public Comparator<? super E> comparator() {
        return order;
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return sweep(filter);
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return sweep(e -> c.contains(e));
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return sweep(e -> !c.contains(e));
    }

    /**
     * Asks the filter about every element in array order, then closes up the survivors (keeping
     * their array order) and rebuilds the heap bottom-up. Counts as a modification even when
     * nothing goes, as on HotSpot.
     */
    @SuppressWarnings("unchecked")
    private boolean sweep(Predicate<? super E> filter) {
        int expected = ++mods;
        Object[] h = heap;
        int n = count;
        boolean[] doomed = null;
        for (int i = 0; i < n; i++) {
            if (filter.test((E) h[i])) {
                if (doomed == null) doomed = new boolean[n];
                doomed[i] = true;
            }
        }
        if (mods != expected) throw new ConcurrentModificationException();
        if (doomed == null) return false;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (!doomed[i]) h[kept++] = h[i];
        }
        for (int i = kept; i < n; i++) h[i] = null;
        count = kept;
        reheap();
        return true;
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expected = mods;
        Object[] h = heap;
        for (int i = 0, n = count; i < n; i++) action.accept((E) h[i]);
        if (mods != expected) throw new ConcurrentModificationException();
    }
}
