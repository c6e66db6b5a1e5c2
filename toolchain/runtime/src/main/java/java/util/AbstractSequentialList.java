package java.util;

/** Skeleton list over a sequential-access ListIterator: positional operations walk to the index. */
public abstract class AbstractSequentialList<E> extends AbstractList<E> {
    protected AbstractSequentialList() {
    }

    public E get(int index) {
        try {
            ListIterator<E> at = listIterator(index);
            return at.next();
        } catch (NoSuchElementException past) {
            throw badIndex(index);
        }
    }

    public E set(int index, E element) {
        try {
            ListIterator<E> at = listIterator(index);
            E old = at.next();
            at.set(element);
            return old;
        } catch (NoSuchElementException past) {
            throw badIndex(index);
        }
    }

    public void add(int index, E element) {
        try {
            ListIterator<E> at = listIterator(index);
            at.add(element);
        } catch (NoSuchElementException past) {
            throw badIndex(index);
        }
    }

    public E remove(int index) {
        try {
            ListIterator<E> at = listIterator(index);
            E old = at.next();
            at.remove();
            return old;
        } catch (NoSuchElementException past) {
            throw badIndex(index);
        }
    }

    public boolean addAll(int index, Collection<? extends E> c) {
        boolean changed = false;
        try {
            ListIterator<E> at = listIterator(index);
            for (E e : c) {
                at.add(e);
                changed = true;
            }
        } catch (NoSuchElementException past) {
            throw badIndex(index);
        }
        return changed;
    }

    private static IndexOutOfBoundsException badIndex(int index) {
        return new IndexOutOfBoundsException("Index: " + index);
    }

    public Iterator<E> iterator() {
        return listIterator();
    }

    public abstract ListIterator<E> listIterator(int index);
}
