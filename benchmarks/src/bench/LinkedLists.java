package bench;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * Linked lists of our own: a singly linked list with merge sort and in-place reversal on its nodes, and
 * a doubly linked list with removal from the middle, insertion in order and iteration both ways. Both
 * hold {@code Entry} records and implement a small {@code Sequence} interface. Size = number of entries.
 *
 * <p>Usage: {@code LinkedLists [entries] [iterations]}.
 */
public final class LinkedLists {
    static final int DEFAULT_ENTRIES = 200_000;

    record Entry(int key, String label) {}

    interface Sequence<T> extends Iterable<T> {
        void addLast(T value);

        void addFirst(T value);

        int size();

        /** Removes every element matching {@code p}; returns how many were removed. */
        int removeIf(Predicate<? super T> p);

        void reverse();
    }

    static final class SinglyLinked<T> implements Sequence<T> {
        private static final class Node<T> {
            final T value;
            Node<T> next;

            Node(T value, Node<T> next) {
                this.value = value;
                this.next = next;
            }
        }

        private Node<T> head;
        private Node<T> tail;
        private int size;

        @Override public void addLast(T value) {
            Node<T> n = new Node<>(value, null);
            if (tail == null) head = n;
            else tail.next = n;
            tail = n;
            size++;
        }

        @Override public void addFirst(T value) {
            head = new Node<>(value, head);
            if (tail == null) tail = head;
            size++;
        }

        @Override public int size() { return size; }

        @Override public int removeIf(Predicate<? super T> p) {
            int removed = 0;
            Node<T> prev = null;
            for (Node<T> n = head; n != null; n = n.next) {
                if (p.test(n.value)) {
                    if (prev == null) head = n.next;
                    else prev.next = n.next;
                    removed++;
                } else {
                    prev = n;
                }
            }
            tail = prev;
            size -= removed;
            return removed;
        }

        @Override public void reverse() {
            Node<T> prev = null, n = head;
            tail = head;
            while (n != null) {
                Node<T> next = n.next;
                n.next = prev;
                prev = n;
                n = next;
            }
            head = prev;
        }

        /** Stable merge sort on the nodes themselves. */
        void sort(java.util.Comparator<? super T> cmp) {
            head = mergeSort(head, cmp);
            tail = head;
            if (tail != null) while (tail.next != null) tail = tail.next;
        }

        private static <T> Node<T> mergeSort(Node<T> list, java.util.Comparator<? super T> cmp) {
            if (list == null || list.next == null) return list;
            Node<T> slow = list, fast = list.next;
            while (fast != null && fast.next != null) {
                slow = slow.next;
                fast = fast.next.next;
            }
            Node<T> second = slow.next;
            slow.next = null;
            Node<T> a = mergeSort(list, cmp), b = mergeSort(second, cmp);
            Node<T> dummy = new Node<>(null, null), end = dummy;
            while (a != null && b != null) {
                if (cmp.compare(b.value, a.value) < 0) {
                    end.next = b;
                    b = b.next;
                } else {
                    end.next = a;
                    a = a.next;
                }
                end = end.next;
            }
            end.next = a != null ? a : b;
            return dummy.next;
        }

        @Override public Iterator<T> iterator() {
            return new Iterator<>() {
                private Node<T> at = head;

                @Override public boolean hasNext() { return at != null; }

                @Override public T next() {
                    if (at == null) throw new NoSuchElementException();
                    T v = at.value;
                    at = at.next;
                    return v;
                }
            };
        }
    }

    static final class DoublyLinked<T> implements Sequence<T> {
        private static final class Node<T> {
            final T value;
            Node<T> prev;
            Node<T> next;

            Node(T value) { this.value = value; }
        }

        private final Node<T> sentinel = new Node<>(null);
        private int size;

        DoublyLinked() {
            sentinel.next = sentinel;
            sentinel.prev = sentinel;
        }

        private void linkBefore(Node<T> at, T value) {
            Node<T> n = new Node<>(value);
            n.next = at;
            n.prev = at.prev;
            at.prev.next = n;
            at.prev = n;
            size++;
        }

        private void unlink(Node<T> n) {
            n.prev.next = n.next;
            n.next.prev = n.prev;
            size--;
        }

        @Override public void addLast(T value) { linkBefore(sentinel, value); }

        @Override public void addFirst(T value) { linkBefore(sentinel.next, value); }

        /** Inserts before the first element greater than {@code value}, searching from the nearer end. */
        void insertSorted(T value, java.util.Comparator<? super T> cmp) {
            Node<T> n = sentinel.prev;
            while (n != sentinel && cmp.compare(n.value, value) > 0) n = n.prev;
            linkBefore(n.next, value);
        }

        T removeFirst() {
            if (size == 0) throw new NoSuchElementException("list is empty");
            Node<T> n = sentinel.next;
            unlink(n);
            return n.value;
        }

        @Override public int size() { return size; }

        @Override public int removeIf(Predicate<? super T> p) {
            int removed = 0;
            for (Node<T> n = sentinel.next; n != sentinel; n = n.next) {
                if (p.test(n.value)) {
                    unlink(n);
                    removed++;
                }
            }
            return removed;
        }

        @Override public void reverse() {
            Node<T> n = sentinel;
            do {
                Node<T> next = n.next;
                n.next = n.prev;
                n.prev = next;
                n = next;
            } while (n != sentinel);
        }

        long backwardsHash(java.util.function.ToLongFunction<? super T> f) {
            long h = 0;
            for (Node<T> n = sentinel.prev; n != sentinel; n = n.prev) h = h * 31 + f.applyAsLong(n.value);
            return h;
        }

        @Override public Iterator<T> iterator() {
            return new Iterator<>() {
                private Node<T> at = sentinel.next;

                @Override public boolean hasNext() { return at != sentinel; }

                @Override public T next() {
                    if (at == sentinel) throw new NoSuchElementException();
                    T v = at.value;
                    at = at.next;
                    return v;
                }
            };
        }
    }

    static final String[] LABELS = {"red", "green", "blue", "amber", "violet", "teal"};

    static long hash(Sequence<Entry> s) {
        long h = s.size();
        for (Entry e : s) h = h * 31 + e.key() * 7L + e.label().length();
        return h;
    }

    static long exercise(int entries) {
        Rng rng = new Rng(99);
        SinglyLinked<Entry> single = new SinglyLinked<>();
        DoublyLinked<Entry> dbl = new DoublyLinked<>();
        for (int i = 0; i < entries; i++) {
            Entry e = new Entry(rng.nextInt(1_000_000), LABELS[rng.nextInt(LABELS.length)]);
            if ((i & 1) == 0) single.addLast(e);
            else single.addFirst(e);
            dbl.addLast(e);
        }
        long h = hash(single);
        single.sort(java.util.Comparator.comparingInt(Entry::key).thenComparing(Entry::label));
        h = h * 31 + hash(single);
        single.reverse();
        h = h * 31 + hash(single);
        h = h * 31 + single.removeIf(e -> e.key() % 3 == 0);
        h = h * 31 + hash(single);
        single.sort(java.util.Comparator.comparing(Entry::label).thenComparingInt(Entry::key));
        h = h * 31 + hash(single);

        h = h * 31 + dbl.removeIf(e -> e.label().equals("teal") || e.key() % 5 == 0);
        dbl.reverse();
        h = h * 31 + hash(dbl);
        h = h * 31 + dbl.backwardsHash(Entry::key);
        // A bounded ordered buffer: new entries go in order, the smallest leave.
        DoublyLinked<Entry> window = new DoublyLinked<>();
        java.util.Comparator<Entry> byKey = java.util.Comparator.comparingInt(Entry::key);
        for (int i = 0; i < entries / 4; i++) {
            window.insertSorted(new Entry(rng.nextInt(1_000_000), LABELS[i % LABELS.length]), byKey);
            if (window.size() > 64) h = h * 31 + window.removeFirst().key();
        }
        return h * 31 + hash(window);
    }

    public static void main(String[] args) {
        int entries = Harness.arg(args, 0, DEFAULT_ENTRIES, "number of entries");
        int iterations = Harness.arg(args, 1, 5, "iteration count");
        Harness.run("LinkedLists", iterations, i -> exercise(entries));
    }
}
