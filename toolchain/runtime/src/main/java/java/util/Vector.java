package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Growable array with the documented capacity policy (capacity() is public): grow by
 * capacityIncrement, or double when it is not positive, but at least to what is needed. Index errors
 * carry the legacy messages of each method; a negative index mostly reaches the array itself, whose
 * message names the capacity.
 */
public class Vector<E> extends AbstractList<E> implements List<E>, RandomAccess, Cloneable, java.io.Serializable {
    protected Object[] elementData;
    protected int elementCount;
    protected int capacityIncrement;

    public Vector(int initialCapacity, int capacityIncrement) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        this.elementData = new Object[initialCapacity];
        this.capacityIncrement = capacityIncrement;
    }

    public Vector(int initialCapacity) {
        this(initialCapacity, 0);
    }

    public Vector() {
        this(10);
    }

    public Vector(Collection<? extends E> c) {
        Object[] items = c.toArray();
        elementCount = items.length;
        elementData = c.getClass() == ArrayList.class ? items : Arrays.copyOf(items, items.length, Object[].class);
    }

    public synchronized void copyInto(Object[] anArray) {
        System.arraycopy(elementData, 0, anArray, 0, elementCount);
    }

    public synchronized void trimToSize() {
        modCount++;
        if (elementCount < elementData.length) elementData = Arrays.copyOf(elementData, elementCount);
    }

    public synchronized void ensureCapacity(int minCapacity) {
        if (minCapacity <= 0) return;
        modCount++;
        if (minCapacity > elementData.length) widen(minCapacity);
    }

    /** New capacity: the documented step, or needed if that is more. */
    private Object[] widen(int needed) {
        int have = elementData.length;
        int want = have + (capacityIncrement > 0 ? capacityIncrement : have);
        if (want - needed < 0) want = needed;
        if (want < 0 || want > Integer.MAX_VALUE - 8) {
            if (needed < 0) throw new OutOfMemoryError("Required array length " + have + " + " + (needed - have) + " is too large");
            want = Math.max(needed, Integer.MAX_VALUE - 8);
        }
        return elementData = Arrays.copyOf(elementData, want);
    }

    public synchronized void setSize(int newSize) {
        modCount++;
        if (newSize > elementData.length) widen(newSize);
        Object[] a = elementData;
        for (int i = newSize; i < elementCount; i++) a[i] = null;
        elementCount = newSize;
    }

    public synchronized int capacity() {
        return elementData.length;
    }

    public synchronized int size() {
        return elementCount;
    }

    public synchronized boolean isEmpty() {
        return elementCount == 0;
    }

    public Enumeration<E> elements() {
        return new Enumeration<E>() {
            int next;

            public boolean hasMoreElements() {
                return next < elementCount;
            }

            public E nextElement() {
                synchronized (Vector.this) {
                    if (next >= elementCount) throw new NoSuchElementException("Vector Enumeration");
                    return slot(next++);
                }
            }
        };
    }

    public boolean contains(Object o) {
        return indexOf(o, 0) >= 0;
    }

    public int indexOf(Object o) {
        return indexOf(o, 0);
    }

    public synchronized int indexOf(Object o, int index) {
        Object[] a = elementData;
        for (int i = index; i < elementCount; i++) {
            if (o == null ? a[i] == null : o.equals(a[i])) return i;
        }
        return -1;
    }

    public synchronized int lastIndexOf(Object o) {
        return lastIndexOf(o, elementCount - 1);
    }

    public synchronized int lastIndexOf(Object o, int index) {
        if (index >= elementCount) throw new IndexOutOfBoundsException(index + " >= " + elementCount);
        Object[] a = elementData;
        for (int i = index; i >= 0; i--) {
            if (o == null ? a[i] == null : o.equals(a[i])) return i;
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private E slot(int i) {
        return (E) elementData[i];
    }

    public synchronized E elementAt(int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        return slot(index);
    }

    public synchronized E firstElement() {
        if (elementCount == 0) throw new NoSuchElementException();
        return slot(0);
    }

    public synchronized E lastElement() {
        if (elementCount == 0) throw new NoSuchElementException();
        return slot(elementCount - 1);
    }

    public synchronized void setElementAt(E obj, int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        elementData[index] = obj;
    }

    public synchronized void removeElementAt(int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        if (index < 0) throw new ArrayIndexOutOfBoundsException(index);
        modCount++;
        closeGap(index, index + 1);
    }

    /** Removes [from, to): the tail slides down and the freed slots are cleared. */
    private void closeGap(int from, int to) {
        Object[] a = elementData;
        int n = elementCount;
        System.arraycopy(a, to, a, from, n - to);
        int left = n - (to - from);
        for (int i = left; i < n; i++) a[i] = null;
        elementCount = left;
    }

    public synchronized void insertElementAt(E obj, int index) {
        if (index > elementCount) throw new ArrayIndexOutOfBoundsException(index + " > " + elementCount);
        modCount++;
        int n = elementCount;
        Object[] a = elementData;
        if (n == a.length) a = widen(n + 1);
        System.arraycopy(a, index, a, index + 1, n - index);
        a[index] = obj;
        elementCount = n + 1;
    }

    public synchronized void addElement(E obj) {
        modCount++;
        append(obj);
    }

    private void append(E e) {
        int n = elementCount;
        Object[] a = elementData;
        if (n == a.length) a = widen(n + 1);
        a[n] = e;
        elementCount = n + 1;
    }

    public synchronized boolean removeElement(Object obj) {
        modCount++;
        int i = indexOf(obj);
        if (i < 0) return false;
        removeElementAt(i);
        return true;
    }

    public synchronized void removeAllElements() {
        Object[] a = elementData;
        for (int i = 0; i < elementCount; i++) a[i] = null;
        modCount++;
        elementCount = 0;
    }

    public synchronized Object clone() {
        try {
            @SuppressWarnings("unchecked")
            Vector<E> copy = (Vector<E>) super.clone();
            copy.elementData = Arrays.copyOf(elementData, elementCount);
            copy.modCount = 0;
            return copy;
        } catch (CloneNotSupportedException impossible) {
            throw new InternalError(impossible);
        }
    }

    public synchronized Object[] toArray() {
        return Arrays.copyOf(elementData, elementCount);
    }

    @SuppressWarnings("unchecked")
    public synchronized <T> T[] toArray(T[] a) {
        int n = elementCount;
        if (a.length < n) return (T[]) Arrays.copyOf(elementData, n, a.getClass());
        System.arraycopy(elementData, 0, a, 0, n);
        if (a.length > n) a[n] = null;
        return a;
    }

    public synchronized E get(int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index);
        return slot(index);
    }

    public synchronized E set(int index, E element) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index);
        E old = slot(index);
        elementData[index] = element;
        return old;
    }

    public synchronized boolean add(E e) {
        modCount++;
        append(e);
        return true;
    }

    public boolean remove(Object o) {
        return removeElement(o);
    }

    public void add(int index, E element) {
        insertElementAt(element, index);
    }

    public synchronized E remove(int index) {
        // HotSpot counts the attempt even when the index is refused.
        modCount++;
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index);
        E old = slot(index);
        closeGap(index, index + 1);
        return old;
    }

    public void clear() {
        removeAllElements();
    }

    public synchronized boolean containsAll(Collection<?> c) {
        return super.containsAll(c);
    }

    public boolean addAll(Collection<? extends E> c) {
        Object[] items = c.toArray();
        synchronized (this) {
            modCount++;
            int more = items.length;
            if (more == 0) return false;
            int n = elementCount;
            if (more > elementData.length - n) widen(n + more);
            System.arraycopy(items, 0, elementData, n, more);
            elementCount = n + more;
            return true;
        }
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return sweep(e -> c.contains(e));
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return sweep(e -> !c.contains(e));
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return sweep(filter);
    }

    /** Asks the filter about every element first; removes the chosen ones only if all answers came. */
    private synchronized boolean sweep(Predicate<? super E> filter) {
        int mods = modCount;
        int n = elementCount;
        boolean[] doomed = null;
        for (int i = 0; i < n; i++) {
            if (filter.test(slot(i))) {
                if (doomed == null) doomed = new boolean[n];
                doomed[i] = true;
            }
        }
        if (modCount != mods) throw new ConcurrentModificationException();
        if (doomed == null) return false;
        Object[] a = elementData;
        int write = 0;
        for (int i = 0; i < n; i++) {
            if (!doomed[i]) a[write++] = a[i];
        }
        for (int i = write; i < n; i++) a[i] = null;
        elementCount = write;
        modCount++;
        return true;
    }

    public synchronized boolean addAll(int index, Collection<? extends E> c) {
        if (index < 0 || index > elementCount) throw new ArrayIndexOutOfBoundsException(index);
        Object[] items = c.toArray();
        modCount++;
        int more = items.length;
        if (more == 0) return false;
        int n = elementCount;
        if (more > elementData.length - n) widen(n + more);
        System.arraycopy(elementData, index, elementData, index + more, n - index);
        System.arraycopy(items, 0, elementData, index, more);
        elementCount = n + more;
        return true;
    }

    public synchronized boolean equals(Object o) {
        return super.equals(o);
    }

    public synchronized int hashCode() {
        return super.hashCode();
    }

    public synchronized String toString() {
        return super.toString();
    }

    public synchronized List<E> subList(int fromIndex, int toIndex) {
        return Collections.synchronizedList(super.subList(fromIndex, toIndex));
    }

    protected synchronized void removeRange(int fromIndex, int toIndex) {
        modCount++;
        closeGap(fromIndex, toIndex);
    }

    public synchronized ListIterator<E> listIterator(int index) {
        if (index < 0 || index > elementCount) throw new IndexOutOfBoundsException("Index: " + index);
        return new TwoWay(index);
    }

    public synchronized ListIterator<E> listIterator() {
        return new TwoWay(0);
    }

    public synchronized Iterator<E> iterator() {
        return new OneWay();
    }

    private class OneWay implements Iterator<E> {
        int next;
        int last = -1;
        int knownMods = modCount;

        public boolean hasNext() {
            return next != elementCount;
        }

        public E next() {
            synchronized (Vector.this) {
                verify();
                int i = next;
                if (i >= elementCount) throw new NoSuchElementException();
                next = i + 1;
                last = i;
                return slot(i);
            }
        }

        public void remove() {
            if (last == -1) throw new IllegalStateException();
            synchronized (Vector.this) {
                verify();
                Vector.this.remove(last);
                knownMods = modCount;
            }
            next = last;
            last = -1;
        }

        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            synchronized (Vector.this) {
                int end = elementCount;
                int i = next;
                if (i >= end) return;
                Object[] a = elementData;
                if (i >= a.length) throw new ConcurrentModificationException();
                while (i < end && modCount == knownMods) action.accept(slot(i++));
                next = i;
                last = i - 1;
                verify();
            }
        }

        final void verify() {
            if (modCount != knownMods) throw new ConcurrentModificationException();
        }
    }

    private final class TwoWay extends OneWay implements ListIterator<E> {
        TwoWay(int start) {
            next = start;
        }

        public boolean hasPrevious() {
            return next != 0;
        }

        public int nextIndex() {
            return next;
        }

        public int previousIndex() {
            return next - 1;
        }

        public E previous() {
            synchronized (Vector.this) {
                verify();
                int i = next - 1;
                if (i < 0) throw new NoSuchElementException();
                next = i;
                last = i;
                return slot(i);
            }
        }

        public void set(E e) {
            if (last == -1) throw new IllegalStateException();
            synchronized (Vector.this) {
                verify();
                Vector.this.set(last, e);
            }
        }

        public void add(E e) {
            int i = next;
            synchronized (Vector.this) {
                verify();
                Vector.this.add(i, e);
                knownMods = modCount;
            }
            next = i + 1;
            last = -1;
        }
    }

    public synchronized void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int mods = modCount;
        int n = elementCount;
        for (int i = 0; i < n && modCount == mods; i++) action.accept(slot(i));
        if (modCount != mods) throw new ConcurrentModificationException();
    }

    public synchronized void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        int mods = modCount;
        int n = elementCount;
        Object[] a = elementData;
        for (int i = 0; i < n && modCount == mods; i++) a[i] = operator.apply(slot(i));
        if (modCount != mods) throw new ConcurrentModificationException();
        modCount++;
    }

    @SuppressWarnings("unchecked")
    public synchronized void sort(Comparator<? super E> c) {
        int mods = modCount;
        Arrays.sort((E[]) elementData, 0, elementCount, c);
        if (modCount != mods) throw new ConcurrentModificationException();
        modCount++;
    }
}
