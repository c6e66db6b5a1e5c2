package java.util;

/** LIFO stack on top of Vector: the top is the last element. */
public class Stack<E> extends Vector<E> {
    public Stack() {
    }

    public E push(E item) {
        addElement(item);
        return item;
    }

    public synchronized E pop() {
        int top = size() - 1;
        E item = peek();
        removeElementAt(top);
        return item;
    }

    public synchronized E peek() {
        int n = size();
        if (n == 0) throw new EmptyStackException();
        return elementAt(n - 1);
    }

    public boolean empty() {
        return size() == 0;
    }

    /** 1-based distance from the top of the topmost occurrence, or -1. */
    public synchronized int search(Object o) {
        int at = lastIndexOf(o);
        return at < 0 ? -1 : size() - at;
    }
}
