package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Deque in a circular array: count elements starting at slot head, wrapping at the end. One slot
 * always stays free (the array grows as soon as it fills), and capacities and the layout after
 * growth are HotSpot's: iterators read slots directly, so where elements sit decides what an iterator
 * sees when the deque changes under it.
 */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    private transient Object[] slots;
    private transient int head;
    private transient int count;

    private static final int LARGEST = Integer.MAX_VALUE - 8;

    public ArrayDeque() {
        slots = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        slots = new Object[numElements < 1 ? 1 : numElements == Integer.MAX_VALUE ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        c.forEach(this::addLast);
    }

    /** Physical slot of logical position i (0 = head), for 0 <= i <= count. */
    private int slotOf(int i) {
        int s = head + i;
        int len = slots.length;
        return s >= len ? s - len : s;
    }

    private static int forward(int s, int len) {
        return ++s == len ? 0 : s;
    }

    private static int backward(int s, int len) {
        return s == 0 ? len - 1 : s - 1;
    }

    /** Logical distance from slot from forward to slot to. */
    private static int span(int from, int to, int len) {
        int d = to - from;
        return d < 0 ? d + len : d;
    }

    /**
     * Adds room for at least extra more slots: by two more than the capacity while it is small,
     * else by half, unless extra asks for more. Elements that wrapped past the end keep their place
     * at the far end of the larger array.
     */
    private void enlarge(int extra) {
        int have = slots.length;
        int step = have < 64 ? have + 2 : have >> 1;
        int want = have + Math.max(step, extra);
        if (want < 0 || want > LARGEST) {
            int least = have + extra;
            if (least < 0) throw new IllegalStateException("Sorry, deque too big");
            want = least > LARGEST ? Integer.MAX_VALUE : LARGEST;
        }
        Object[] bigger = Arrays.copyOf(slots, want);
        if (count > 0 && head + count >= have) {
            int gap = want - have;
            System.arraycopy(bigger, head, bigger, head + gap, have - head);
            Arrays.fill(bigger, head, head + gap, null);
            head += gap;
        }
        slots = bigger;
    }

    @SuppressWarnings("unchecked")
    private E in(int slot) {
        return (E) slots[slot];
    }

    public void addFirst(E e) {
        if (e == null) throw new NullPointerException();
        Object[] a = slots;
        int h = head == 0 ? a.length - 1 : head - 1;
        a[h] = e;
        head = h;
        if (++count == a.length) enlarge(1);
    }

    public void addLast(E e) {
        if (e == null) throw new NullPointerException();
        Object[] a = slots;
        int n = count;
        int s = head + n;
        a[s >= a.length ? s - a.length : s] = e;
        count = ++n;
        if (n == a.length) enlarge(1);
    }

    public boolean addAll(Collection<? extends E> c) {
        int before = size();
        int missing = before + c.size() + 1 - slots.length;
        if (missing > 0) enlarge(missing);
        c.forEach(this::addLast);
        return size() > before;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        int n = count;
        if (n == 0) return null;
        Object[] a = slots;
        int h = head;
        E e = (E) a[h];
        a[h] = null;
        head = ++h == a.length ? 0 : h;
        count = n - 1;
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        int n = count - 1;
        if (n < 0) return null;
        Object[] a = slots;
        int s = head + n;
        if (s >= a.length) s -= a.length;
        E e = (E) a[s];
        a[s] = null;
        count = n;
        return e;
    }

    public E getFirst() {
        if (count == 0) throw new NoSuchElementException();
        return in(head);
    }

    public E getLast() {
        if (count == 0) throw new NoSuchElementException();
        return in(slotOf(count - 1));
    }

    public E peekFirst() {
        return count == 0 ? null : in(head);
    }

    public E peekLast() {
        return count == 0 ? null : in(slotOf(count - 1));
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o == null) return false;
        int len = slots.length;
        for (int i = 0, s = head; i < count; i++, s = forward(s, len)) {
            if (o.equals(slots[s])) {
                removeSlot(s);
                return true;
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o == null) return false;
        int len = slots.length;
        for (int i = count - 1, s = slotOf(count - 1); i >= 0; i--, s = backward(s, len)) {
            if (o.equals(slots[s])) {
                removeSlot(s);
                return true;
            }
        }
        return false;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    /**
     * Removes the element in slot s by sliding the shorter side over it (the tail side on a tie).
     * Returns true when the tail side moved, i.e. later elements now sit one slot earlier.
     */
    private boolean removeSlot(int s) {
        Object[] a = slots;
        int len = a.length;
        int before = span(head, s, len);
        int after = count - 1 - before;
        if (before < after) {
            // Slots head .. s-1 move one up; the head slot empties.
            if (head <= s) {
                System.arraycopy(a, head, a, head + 1, s - head);
            } else {
                System.arraycopy(a, 0, a, 1, s);
                a[0] = a[len - 1];
                System.arraycopy(a, head, a, head + 1, len - 1 - head);
            }
            a[head] = null;
            head = forward(head, len);
            count--;
            return false;
        }
        // Slots s+1 .. last move one down; the last slot empties.
        int last = slotOf(count - 1);
        if (s <= last) {
            System.arraycopy(a, s + 1, a, s, last - s);
        } else {
            System.arraycopy(a, s + 1, a, s, len - 1 - s);
            a[len - 1] = a[0];
            System.arraycopy(a, 1, a, 0, last);
        }
        a[last] = null;
        count--;
        return true;
    }

    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public Iterator<E> iterator() {
        return new Walk(false);
    }

    public Iterator<E> descendingIterator() {
        return new Walk(true);
    }

    /**
     * Visits as many slots as the deque held when created, starting at the head (or the last element)
     * and reading the array as it is at each step; an empty slot on the way means the deque changed.
     */
    private final class Walk implements Iterator<E> {
        private final boolean backwards;
        private int at;
        private int left = size();
        private int lastSlot = -1;

        Walk(boolean backwards) {
            this.backwards = backwards;
            this.at = backwards ? backward(slotOf(count), slots.length) : head;
        }

        public boolean hasNext() {
            return left > 0;
        }

        public E next() {
            if (left <= 0) throw new NoSuchElementException();
            Object[] a = slots;
            int s = at;
            @SuppressWarnings("unchecked")
            E e = (E) a[s];
            if (e == null) throw new ConcurrentModificationException();
            lastSlot = s;
            if (backwards) at = s == 0 ? a.length - 1 : s - 1;
            else at = ++s == a.length ? 0 : s;
            left--;
            return e;
        }

        public void remove() {
            if (lastSlot < 0) throw new IllegalStateException();
            boolean tailMoved = removeSlot(lastSlot);
            // If the side still to be visited moved, the next element is now one slot nearer.
            if (!backwards && tailMoved) at = backward(at, slots.length);
            else if (backwards && !tailMoved) at = forward(at, slots.length);
            lastSlot = -1;
        }

        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int n = left;
            if (n <= 0) return;
            left = 0;
            Object[] a = slots;
            int len = a.length;
            int tailSlot = slotOf(count);
            int end = backwards ? backward(head, len) : tailSlot;
            // What remains must be exactly the n slots from here to the end.
            if (a[at] == null || (backwards ? span(end, at, len) : span(at, end, len)) != n) throw new ConcurrentModificationException();
            int s = at;
            for (int k = 0; k < n; k++) {
                @SuppressWarnings("unchecked")
                E e = (E) a[s];
                action.accept(e);
                lastSlot = s;
                s = backwards ? backward(s, len) : forward(s, len);
            }
            at = s;
            int endNow = backwards ? backward(head, slots.length) : slotOf(count);
            if (endNow != end) throw new ConcurrentModificationException();
        }
    }

    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Object[] a = slots;
        int len = a.length;
        for (int i = 0, n = count, s = head; i < n; i++, s = forward(s, len)) {
            @SuppressWarnings("unchecked")
            E e = (E) a[s];
            action.accept(e);
        }
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

    /** Asks the filter about every element from the head first; then survivors close up from the head. */
    private boolean sweep(Predicate<? super E> filter) {
        Object[] a = slots;
        int len = a.length;
        int n = count;
        boolean[] doomed = null;
        for (int i = 0, s = head; i < n; i++, s = forward(s, len)) {
            if (filter.test(in(s))) {
                if (doomed == null) doomed = new boolean[n];
                doomed[i] = true;
            }
        }
        if (slots != a || count != n) throw new ConcurrentModificationException();
        if (doomed == null) return false;
        int kept = 0;
        for (int i = 0, s = head, w = head; i < n; i++, s = forward(s, len)) {
            if (!doomed[i]) {
                a[w] = a[s];
                w = forward(w, len);
                kept++;
            }
        }
        for (int i = kept, w = slotOf(kept); i < n; i++, w = forward(w, len)) a[w] = null;
        count = kept;
        return true;
    }

    public boolean contains(Object o) {
        if (o == null) return false;
        int len = slots.length;
        for (int i = 0, s = head; i < count; i++, s = forward(s, len)) {
            if (o.equals(slots[s])) return true;
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        int len = slots.length;
        for (int i = 0, s = head; i < count; i++, s = forward(s, len)) slots[s] = null;
        head = 0;
        count = 0;
    }

    public Object[] toArray() {
        return copyInto(new Object[count]);
    }

    /** Copies the elements, in order, to the front of out. */
    private <T> T[] copyInto(T[] out) {
        int len = slots.length;
        int firstRun = Math.min(count, len - head);
        System.arraycopy(slots, head, out, 0, firstRun);
        System.arraycopy(slots, 0, out, firstRun, count - firstRun);
        return out;
    }

    public <T> T[] toArray(T[] a) {
        int n = count;
        T[] out = a.length >= n ? a : Arrays.copyOf(a, n);
        copyInto(out);
        if (out.length > n) out[n] = null;
        return out;
    }

    public ArrayDeque<E> clone() {
        try {
            @SuppressWarnings("unchecked")
            ArrayDeque<E> copy = (ArrayDeque<E>) super.clone();
            copy.slots = Arrays.copyOf(slots, slots.length);
            return copy;
        } catch (CloneNotSupportedException impossible) {
            throw new AssertionError();
        }
    }
}
