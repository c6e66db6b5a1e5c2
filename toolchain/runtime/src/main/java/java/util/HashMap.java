package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Chained hash table over a power-of-two array of slots. Iteration order is observable, so placement
 * follows what HotSpot is seen to do (the HashMapColl* corpus programs check it): slot = spread(h) & (n - 1),
 * put appends to a chain while compute/computeIfAbsent/merge push onto its head, the table grows by
 * doubling and splits every chain, in order, into the chain that stays and the one that moves up by n.
 *
 * A chain that gets too long (in a table of at least {@link #MIN_INDEXED_SLOTS} slots) is given a
 * red-black tree on the side: {@link Twig}s ordered by hash, then compareTo, then a tie-break. The chain
 * stays the iteration order; new keys are linked in right after their tree parent and every insertion or
 * removal brings the tree's root to the front of the chain, as HotSpot's tree bins do.
 */
public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    private static final int MAX_SLOTS = 1 << 30;
    /** put indexes a chain once it is longer than this. */
    private static final int INDEX_LENGTH = 8;
    /** A split index part this short becomes a plain chain again. */
    private static final int PLAIN_LENGTH = 6;
    /** Smaller tables grow instead of indexing a long chain. */
    private static final int MIN_INDEXED_SLOTS = 64;

    /** A mapping, and a link of its slot's chain. */
    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        public final K getKey() {
            return key;
        }

        public final V getValue() {
            return value;
        }

        public final V setValue(V v) {
            V previous = value;
            value = v;
            return previous;
        }

        public final boolean equals(Object o) {
            if (o == this) return true;
            return o instanceof Map.Entry<?, ?> other
                    && Objects.equals(key, other.getKey()) && Objects.equals(value, other.getValue());
        }

        public final int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        public final String toString() {
            return key + "=" + value;
        }
    }

    /**
     * A tree vertex standing for one node of an indexed chain. It also mirrors the chain as a doubly
     * linked list so that a node can be unlinked or moved to the front without a walk.
     */
    private static final class Twig<K, V> {
        final Node<K, V> node;
        Twig<K, V> parent, left, right;
        Twig<K, V> before, after;
        boolean red;

        Twig(Node<K, V> node) {
            this.node = node;
        }
    }

    transient Node<K, V>[] slots;
    /** Per slot, the twig of the chain's first node when that chain is indexed; null while none is. */
    private transient Twig<K, V>[] indexes;
    transient int size;
    transient int modCount;
    /** Size beyond which the table doubles. */
    private int limit;
    /** Length of the first table to allocate, 0 for the default (16 slots, limit 12). */
    private int firstLength;
    final float loadFactor;

    private transient Set<K> keyView;
    private transient Collection<V> valueView;
    private transient Set<Map.Entry<K, V>> entryView;

    public HashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        if (loadFactor <= 0 || loadFactor != loadFactor) throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        this.loadFactor = loadFactor;
        this.firstLength = powerOfTwoAtLeast(initialCapacity);
    }

    public HashMap(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    public HashMap() {
        this.loadFactor = 0.75f;
    }

    public HashMap(Map<? extends K, ? extends V> m) {
        this.loadFactor = 0.75f;
        copyIn(m, false);
    }

    public static <K, V> HashMap<K, V> newHashMap(int numMappings) {
        if (numMappings < 0) throw new IllegalArgumentException("Negative number of mappings: " + numMappings);
        return new HashMap<>(capacityFor(numMappings));
    }

    /** The initial capacity that holds this many mappings at load factor 0.75 without growing: ceil(n / 0.75). */
    static int capacityFor(int mappings) {
        long c = (4L * mappings + 2) / 3;
        return c > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) c;
    }

    /** The key's hash with its high half folded into the low half, which picks the slot. */
    static int spread(Object key) {
        if (key == null) return 0;
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    private static int powerOfTwoAtLeast(int n) {
        if (n <= 1) return 1;
        if (n >= MAX_SLOTS) return MAX_SLOTS;
        return Integer.highestOneBit(n - 1) << 1;
    }

    /** Whether a stored value v counts as the given value: identity, else the given value's equals. */
    static boolean sameValue(Object given, Object v) {
        return v == given || (given != null && given.equals(v));
    }

    private static boolean holds(Node<?, ?> e, int h, Object key) {
        if (e.hash != h) return false;
        Object k = e.key;
        return k == key || (key != null && key.equals(k));
    }

    // ---- hooks for LinkedHashMap ----

    Node<K, V> makeNode(int hash, K key, V value, Node<K, V> next) {
        return new Node<>(hash, key, value, next);
    }

    /** An existing mapping was hit by put, replace, compute or merge. */
    void touched(Node<K, V> e) {
    }

    /** A new mapping went in; evict says whether this insertion may drop the eldest. */
    void inserted(boolean evict) {
    }

    /** A mapping came out of the table. */
    void unlinked(Node<K, V> e) {
    }

    // ---- sizing ----

    private int limitFor(int length) {
        float f = (float) length * loadFactor;
        return (length < MAX_SLOTS && f < (float) MAX_SLOTS) ? (int) f : Integer.MAX_VALUE;
    }

    /** Allocates the first table or doubles the current one. */
    @SuppressWarnings("unchecked")
    final Node<K, V>[] grow() {
        Node<K, V>[] old = slots;
        int oldLength = old == null ? 0 : old.length;
        int length, newLimit;
        if (oldLength == 0) {
            if (firstLength == 0) {
                length = 16;
                newLimit = 12;
            } else {
                length = firstLength;
                newLimit = limitFor(length);
            }
        } else if (oldLength >= MAX_SLOTS) {
            limit = Integer.MAX_VALUE;
            return old;
        } else {
            length = oldLength << 1;
            // From 16 slots on the limit doubles with the table rather than being recomputed.
            newLimit = (oldLength >= 16 && length < MAX_SLOTS) ? limit << 1 : 0;
            if (newLimit == 0) newLimit = limitFor(length);
        }
        Node<K, V>[] table = (Node<K, V>[]) new Node[length];
        Twig<K, V>[] oldIndexes = indexes;
        slots = table;
        limit = newLimit;
        indexes = oldIndexes == null ? null : (Twig<K, V>[]) new Twig[length];
        boolean anyIndexed = false;
        for (int j = 0; j < oldLength; j++) {
            Node<K, V> e = old[j];
            if (e == null) continue;
            old[j] = null;
            Node<K, V> stayHead = null, stayTail = null, moveHead = null, moveTail = null;
            int stayCount = 0, moveCount = 0;
            while (e != null) {
                Node<K, V> following = e.next;
                e.next = null;
                if ((e.hash & oldLength) == 0) {
                    if (stayTail == null) stayHead = e; else stayTail.next = e;
                    stayTail = e;
                    stayCount++;
                } else {
                    if (moveTail == null) moveHead = e; else moveTail.next = e;
                    moveTail = e;
                    moveCount++;
                }
                e = following;
            }
            table[j] = stayHead;
            table[j + oldLength] = moveHead;
            Twig<K, V> first = oldIndexes == null ? null : oldIndexes[j];
            if (first == null) continue;
            // An indexed chain that went whole to one side keeps its tree; a split part is re-indexed
            // from its chain order unless it is short enough to be a plain chain.
            if (moveCount == 0) {
                if (stayCount > PLAIN_LENGTH) {
                    indexes[j] = first;
                    anyIndexed = true;
                }
            } else if (stayCount == 0) {
                if (moveCount > PLAIN_LENGTH) {
                    indexes[j + oldLength] = first;
                    anyIndexed = true;
                }
            } else {
                if (stayCount > PLAIN_LENGTH) {
                    index(j);
                    anyIndexed = true;
                }
                if (moveCount > PLAIN_LENGTH) {
                    index(j + oldLength);
                    anyIndexed = true;
                }
            }
        }
        if (!anyIndexed) indexes = null;
        return table;
    }

    /** A chain just got long: index it, or grow the table while it is small. */
    private void chainTooLong(int slot) {
        if (slots.length < MIN_INDEXED_SLOTS) grow();
        else index(slot);
    }

    private void copyIn(Map<? extends K, ? extends V> m, boolean evict) {
        int n = m.size();
        if (n == 0) return;
        if (slots == null) {
            // Room for n mappings without growing: ceil(n / loadFactor) slots, rounded up to a power of two.
            double wanted = (double) n / loadFactor;
            int length = MAX_SLOTS;
            if (wanted < MAX_SLOTS) {
                int w = (int) wanted;
                length = powerOfTwoAtLeast(w < wanted ? w + 1 : w);
            }
            if (length > firstLength) firstLength = length;
        } else {
            while (n > limit && slots.length < MAX_SLOTS) grow();
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            K k = e.getKey();
            store(spread(k), k, e.getValue(), false, evict);
        }
    }

    // ---- lookup, insertion, removal ----

    final Node<K, V> find(Object key) {
        Node<K, V>[] table = slots;
        if (table == null) return null;
        int h = spread(key);
        int slot = h & (table.length - 1);
        Node<K, V> e = table[slot];
        if (e == null) return null;
        if (holds(e, h, key)) return e;
        if (indexes != null && indexes[slot] != null) {
            Twig<K, V> t = search(rootOf(indexes[slot]), h, key);
            return t == null ? null : t.node;
        }
        for (e = e.next; e != null; e = e.next) {
            if (holds(e, h, key)) return e;
        }
        return null;
    }

    /** put and putIfAbsent: returns the previous value, null if the key was new. */
    final V store(int h, K key, V value, boolean keepPresent, boolean evict) {
        Node<K, V>[] table = slots;
        if (table == null) table = grow();
        int slot = h & (table.length - 1);
        Node<K, V> head = table[slot];
        Node<K, V> hit = null;
        if (head == null) {
            table[slot] = makeNode(h, key, value, null);
        } else if (holds(head, h, key)) {
            hit = head;
        } else if (indexes != null && indexes[slot] != null) {
            hit = treeInsert(slot, h, key, value);
        } else {
            Node<K, V> last = head;
            int length = 1;
            while (true) {
                Node<K, V> e = last.next;
                if (e == null) {
                    last.next = makeNode(h, key, value, null);
                    if (length >= INDEX_LENGTH) chainTooLong(slot);
                    break;
                }
                if (holds(e, h, key)) {
                    hit = e;
                    break;
                }
                last = e;
                length++;
            }
        }
        if (hit != null) {
            V previous = hit.value;
            if (!keepPresent || previous == null) hit.value = value;
            touched(hit);
            return previous;
        }
        modCount++;
        if (++size > limit) grow();
        inserted(evict);
        return null;
    }

    /**
     * Removes the mapping of key (only if its value is value when byValue). rootFirst is false for
     * iterator removals, which must leave the rest of the chain in place.
     */
    final Node<K, V> delete(int h, Object key, boolean byValue, Object value, boolean rootFirst) {
        Node<K, V>[] table = slots;
        if (table == null) return null;
        int slot = h & (table.length - 1);
        Node<K, V> head = table[slot];
        if (head == null) return null;
        Node<K, V> target = null, before = null;
        Twig<K, V> twig = null;
        if (holds(head, h, key)) {
            target = head;
        }
        if (indexes != null && indexes[slot] != null) {
            if (target == null) twig = search(rootOf(indexes[slot]), h, key);
            else twig = indexes[slot];
            if (twig != null) target = twig.node;
        } else if (target == null) {
            for (Node<K, V> e = head; e.next != null; e = e.next) {
                if (holds(e.next, h, key)) {
                    before = e;
                    target = e.next;
                    break;
                }
            }
        }
        if (target == null) return null;
        if (byValue && !sameValue(value, target.value)) return null;
        if (twig != null) treeRemove(slot, twig, rootFirst);
        else if (before == null) table[slot] = target.next;
        else before.next = target.next;
        modCount++;
        size--;
        unlinked(target);
        return target;
    }

    // ---- the red-black index of a long chain ----

    private static <K, V> Twig<K, V> rootOf(Twig<K, V> t) {
        while (t.parent != null) t = t.parent;
        return t;
    }

    /** The class whose compareTo orders keys of a tree, or null if the key is not Comparable. */
    private static Class<?> comparableClass(Object key) {
        // HotSpot also wants the class to declare Comparable of itself; without reflection we take any
        // Comparable. The two differ only where HotSpot falls back to identity hash codes.
        return key instanceof Comparable ? key.getClass() : null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static int compareAs(Class<?> kc, Object key, Object other) {
        if (other == null || other.getClass() != kc) return 0;
        return ((Comparable) key).compareTo(other);
    }

    /** Last resort for keys with equal hashes that compareTo cannot order: class name, then identity. */
    private static int tieBreak(Object a, Object b) {
        if (a != null && b != null) {
            int d = a.getClass().getName().compareTo(b.getClass().getName());
            if (d != 0) return d;
        }
        return System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1;
    }

    /**
     * Finds key's twig under t. Equal hashes that compareTo cannot order may sit on either side, so then
     * the right subtree is searched recursively and the walk continues left.
     */
    private static <K, V> Twig<K, V> search(Twig<K, V> t, int h, Object key) {
        Class<?> kc = null;
        boolean kcKnown = false;
        while (t != null) {
            int th = t.node.hash;
            if (th > h) {
                t = t.left;
                continue;
            }
            if (th < h) {
                t = t.right;
                continue;
            }
            Object k = t.node.key;
            if (k == key || (key != null && key.equals(k))) return t;
            if (t.left == null) {
                t = t.right;
                continue;
            }
            if (t.right == null) {
                t = t.left;
                continue;
            }
            if (!kcKnown) {
                kc = comparableClass(key);
                kcKnown = true;
            }
            int d = kc == null ? 0 : compareAs(kc, key, k);
            if (d != 0) {
                t = d < 0 ? t.left : t.right;
                continue;
            }
            Twig<K, V> found = search(t.right, h, key);
            if (found != null) return found;
            t = t.left;
        }
        return null;
    }

    /** Indexes the chain of slot in its current order, then moves the tree's root to the chain's front. */
    @SuppressWarnings("unchecked")
    private void index(int slot) {
        Twig<K, V> first = null, last = null, root = null;
        for (Node<K, V> e = slots[slot]; e != null; e = e.next) {
            Twig<K, V> t = new Twig<>(e);
            if (last == null) {
                first = t;
                root = t;
            } else {
                last.after = t;
                t.before = last;
                Object key = t.node.key;
                int h = t.node.hash;
                Class<?> kc = comparableClass(key);
                Twig<K, V> p = root;
                while (true) {
                    int ph = p.node.hash;
                    int d;
                    if (ph > h) d = -1;
                    else if (ph < h) d = 1;
                    else if (kc == null || (d = compareAs(kc, key, p.node.key)) == 0) d = tieBreak(key, p.node.key);
                    Twig<K, V> child = d <= 0 ? p.left : p.right;
                    if (child == null) {
                        t.parent = p;
                        if (d <= 0) p.left = t; else p.right = t;
                        root = afterInsert(root, t);
                        break;
                    }
                    p = child;
                }
            }
            last = t;
        }
        if (indexes == null) indexes = (Twig<K, V>[]) new Twig[slots.length];
        indexes[slot] = first;
        rootToFront(slot, root);
    }

    /** Makes root's node the chain's first node, keeping the others' order. */
    private void rootToFront(int slot, Twig<K, V> root) {
        Twig<K, V> first = indexes[slot];
        if (root == first) return;
        Twig<K, V> b = root.before, a = root.after;
        b.after = a;
        b.node.next = root.node.next;
        if (a != null) a.before = b;
        root.before = null;
        root.after = first;
        first.before = root;
        root.node.next = first.node;
        slots[slot] = root.node;
        indexes[slot] = root;
    }

    /**
     * Inserts a new key into an indexed chain (its first node is known not to hold it), or returns the
     * node that already holds it. The new node is linked in right after its tree parent.
     */
    private Node<K, V> treeInsert(int slot, int h, K key, V value) {
        Twig<K, V> root = rootOf(indexes[slot]);
        Class<?> kc = null;
        boolean kcKnown = false, searched = false;
        Twig<K, V> p = root;
        while (true) {
            int ph = p.node.hash;
            Object pk = p.node.key;
            int d;
            if (ph > h) {
                d = -1;
            } else if (ph < h) {
                d = 1;
            } else if (pk == key || (key != null && key.equals(pk))) {
                return p.node;
            } else {
                if (!kcKnown) {
                    kc = comparableClass(key);
                    kcKnown = true;
                }
                d = kc == null ? 0 : compareAs(kc, key, pk);
                if (d == 0) {
                    // Unordered equal hashes: the key may be anywhere below, look once before placing it.
                    if (!searched) {
                        searched = true;
                        Twig<K, V> q = p.left == null ? null : search(p.left, h, key);
                        if (q == null && p.right != null) q = search(p.right, h, key);
                        if (q != null) return q.node;
                    }
                    d = tieBreak(key, pk);
                }
            }
            Twig<K, V> child = d <= 0 ? p.left : p.right;
            if (child == null) {
                Node<K, V> e = makeNode(h, key, value, p.node.next);
                p.node.next = e;
                Twig<K, V> t = new Twig<>(e);
                t.before = p;
                t.after = p.after;
                if (p.after != null) p.after.before = t;
                p.after = t;
                t.parent = p;
                if (d <= 0) p.left = t; else p.right = t;
                rootToFront(slot, afterInsert(root, t));
                return null;
            }
            p = child;
        }
    }

    /** Unlinks twig's node from its chain and tree. */
    private void treeRemove(int slot, Twig<K, V> t, boolean rootFirst) {
        Twig<K, V> root = rootOf(indexes[slot]);
        Twig<K, V> b = t.before, a = t.after;
        if (b == null) {
            slots[slot] = t.node.next;
            indexes[slot] = a;
        } else {
            b.after = a;
            b.node.next = t.node.next;
        }
        if (a != null) a.before = b;
        if (indexes[slot] == null) return;
        // A shallow tree (judged before this removal) is not worth keeping; iterator removals keep it.
        if (rootFirst && (root.right == null || root.left == null || root.left.left == null)) {
            indexes[slot] = null;
            return;
        }
        root = erase(root, t);
        if (rootFirst) rootToFront(slot, root);
    }

    // Red-black balancing after Cormen, Leiserson, Rivest and Stein, Introduction to Algorithms, ch. 13.

    private static <K, V> Twig<K, V> rotateLeft(Twig<K, V> root, Twig<K, V> x) {
        Twig<K, V> y = x.right;
        x.right = y.left;
        if (y.left != null) y.left.parent = x;
        y.parent = x.parent;
        if (x.parent == null) root = y;
        else if (x == x.parent.left) x.parent.left = y;
        else x.parent.right = y;
        y.left = x;
        x.parent = y;
        return root;
    }

    private static <K, V> Twig<K, V> rotateRight(Twig<K, V> root, Twig<K, V> x) {
        Twig<K, V> y = x.left;
        x.left = y.right;
        if (y.right != null) y.right.parent = x;
        y.parent = x.parent;
        if (x.parent == null) root = y;
        else if (x == x.parent.right) x.parent.right = y;
        else x.parent.left = y;
        y.right = x;
        x.parent = y;
        return root;
    }

    private static boolean isRed(Twig<?, ?> t) {
        return t != null && t.red;
    }

    /** Recolours and rotates after z was attached as a leaf; returns the new root. */
    private static <K, V> Twig<K, V> afterInsert(Twig<K, V> root, Twig<K, V> z) {
        z.red = true;
        while (isRed(z.parent)) {
            Twig<K, V> p = z.parent, g = p.parent;
            if (p == g.left) {
                Twig<K, V> uncle = g.right;
                if (isRed(uncle)) {
                    p.red = false;
                    uncle.red = false;
                    g.red = true;
                    z = g;
                    continue;
                }
                if (z == p.right) {
                    z = p;
                    root = rotateLeft(root, z);
                    p = z.parent;
                }
                p.red = false;
                g.red = true;
                root = rotateRight(root, g);
            } else {
                Twig<K, V> uncle = g.left;
                if (isRed(uncle)) {
                    p.red = false;
                    uncle.red = false;
                    g.red = true;
                    z = g;
                    continue;
                }
                if (z == p.left) {
                    z = p;
                    root = rotateRight(root, z);
                    p = z.parent;
                }
                p.red = false;
                g.red = true;
                root = rotateLeft(root, g);
            }
        }
        root.red = false;
        return root;
    }

    /** Puts v (possibly null) where u was. */
    private static <K, V> Twig<K, V> transplant(Twig<K, V> root, Twig<K, V> u, Twig<K, V> v) {
        Twig<K, V> up = u.parent;
        if (up == null) root = v;
        else if (u == up.left) up.left = v;
        else up.right = v;
        if (v != null) v.parent = up;
        return root;
    }

    /** Deletes z from the tree, its successor taking its place when it has two children; returns the root. */
    private static <K, V> Twig<K, V> erase(Twig<K, V> root, Twig<K, V> z) {
        boolean removedRed;
        Twig<K, V> x, xParent;
        if (z.left == null) {
            removedRed = z.red;
            x = z.right;
            xParent = z.parent;
            root = transplant(root, z, z.right);
        } else if (z.right == null) {
            removedRed = z.red;
            x = z.left;
            xParent = z.parent;
            root = transplant(root, z, z.left);
        } else {
            Twig<K, V> y = z.right;
            while (y.left != null) y = y.left;
            removedRed = y.red;
            x = y.right;
            if (y.parent == z) {
                xParent = y;
            } else {
                xParent = y.parent;
                root = transplant(root, y, y.right);
                y.right = z.right;
                y.right.parent = y;
            }
            root = transplant(root, z, y);
            y.left = z.left;
            y.left.parent = y;
            y.red = z.red;
        }
        z.parent = z.left = z.right = null;
        if (!removedRed) root = afterErase(root, x, xParent);
        return root;
    }

    /** x (possibly empty, below xParent) is short of one black; restores the invariants. */
    private static <K, V> Twig<K, V> afterErase(Twig<K, V> root, Twig<K, V> x, Twig<K, V> xParent) {
        while (x != root && !isRed(x)) {
            if (x == xParent.left) {
                Twig<K, V> w = xParent.right;
                if (w.red) {
                    w.red = false;
                    xParent.red = true;
                    root = rotateLeft(root, xParent);
                    w = xParent.right;
                }
                if (!isRed(w.left) && !isRed(w.right)) {
                    w.red = true;
                    x = xParent;
                    xParent = x.parent;
                } else {
                    if (!isRed(w.right)) {
                        w.left.red = false;
                        w.red = true;
                        root = rotateRight(root, w);
                        w = xParent.right;
                    }
                    w.red = xParent.red;
                    xParent.red = false;
                    w.right.red = false;
                    root = rotateLeft(root, xParent);
                    x = root;
                }
            } else {
                Twig<K, V> w = xParent.left;
                if (w.red) {
                    w.red = false;
                    xParent.red = true;
                    root = rotateRight(root, xParent);
                    w = xParent.left;
                }
                if (!isRed(w.right) && !isRed(w.left)) {
                    w.red = true;
                    x = xParent;
                    xParent = x.parent;
                } else {
                    if (!isRed(w.left)) {
                        w.right.red = false;
                        w.red = true;
                        root = rotateLeft(root, w);
                        w = xParent.left;
                    }
                    w.red = xParent.red;
                    xParent.red = false;
                    w.left.red = false;
                    root = rotateRight(root, xParent);
                    x = root;
                }
            }
        }
        if (x != null) x.red = false;
        return root;
    }

    // ---- Map ----

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public V get(Object key) {
        Node<K, V> e = find(key);
        return e == null ? null : e.value;
    }

    public boolean containsKey(Object key) {
        return find(key) != null;
    }

    public V put(K key, V value) {
        return store(spread(key), key, value, false, true);
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        copyIn(m, true);
    }

    public V remove(Object key) {
        Node<K, V> e = delete(spread(key), key, false, null, true);
        return e == null ? null : e.value;
    }

    public void clear() {
        modCount++;
        Node<K, V>[] table = slots;
        if (table != null && size > 0) {
            size = 0;
            Arrays.fill(table, null);
            indexes = null;
        }
    }

    public boolean containsValue(Object value) {
        Node<K, V>[] table = slots;
        if (table != null && size > 0) {
            for (Node<K, V> e : table) {
                for (; e != null; e = e.next) {
                    if (sameValue(value, e.value)) return true;
                }
            }
        }
        return false;
    }

    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = find(key);
        return e == null ? defaultValue : e.value;
    }

    public V putIfAbsent(K key, V value) {
        return store(spread(key), key, value, true, true);
    }

    public boolean remove(Object key, Object value) {
        return delete(spread(key), key, true, value, true) != null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> e = find(key);
        if (e == null) return false;
        V v = e.value;
        if (v != oldValue && (v == null || !v.equals(oldValue))) return false;
        e.value = newValue;
        touched(e);
        return true;
    }

    public V replace(K key, V value) {
        Node<K, V> e = find(key);
        if (e == null) return null;
        V previous = e.value;
        e.value = value;
        touched(e);
        return previous;
    }

    /**
     * Where compute, computeIfAbsent and merge look up key. As they insert without growing afterwards,
     * they first grow a table that is already over its limit.
     */
    private Node<K, V> probe(int h, Object key) {
        Node<K, V>[] table = slots;
        if (size > limit || table == null) table = grow();
        int slot = h & (table.length - 1);
        Node<K, V> e = table[slot];
        if (e == null) return null;
        if (indexes != null && indexes[slot] != null) {
            Twig<K, V> t = search(rootOf(indexes[slot]), h, key);
            return t == null ? null : t.node;
        }
        for (; e != null; e = e.next) {
            if (holds(e, h, key)) return e;
        }
        return null;
    }

    /** Adds a mapping that probe found absent: onto the head of a plain chain, or into the slot's tree. */
    private void insertProbed(int h, K key, V value) {
        int slot = h & (slots.length - 1);
        if (indexes != null && indexes[slot] != null) {
            treeInsert(slot, h, key, value);
            return;
        }
        Node<K, V> head = slots[slot];
        int length = 0;
        for (Node<K, V> e = head; e != null; e = e.next) length++;
        slots[slot] = makeNode(h, key, value, head);
        if (length >= INDEX_LENGTH - 1) chainTooLong(slot);
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) throw new NullPointerException();
        int h = spread(key);
        Node<K, V> hit = probe(h, key);
        if (hit != null && hit.value != null) {
            touched(hit);
            return hit.value;
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (v == null) return null;
        if (hit != null) {
            hit.value = v;
            touched(hit);
            return v;
        }
        insertProbed(h, key, v);
        modCount = mc + 1;
        size++;
        inserted(true);
        return v;
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) throw new NullPointerException();
        Node<K, V> e = find(key);
        if (e == null || e.value == null) return null;
        int mc = modCount;
        V v = remappingFunction.apply(key, e.value);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (v == null) {
            delete(spread(key), key, false, null, true);
            return null;
        }
        e.value = v;
        touched(e);
        return v;
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) throw new NullPointerException();
        int h = spread(key);
        Node<K, V> hit = probe(h, key);
        int mc = modCount;
        V v = remappingFunction.apply(key, hit == null ? null : hit.value);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (hit != null) {
            if (v == null) {
                delete(h, key, false, null, true);
            } else {
                hit.value = v;
                touched(hit);
            }
        } else if (v != null) {
            insertProbed(h, key, v);
            modCount = mc + 1;
            size++;
            inserted(true);
        }
        return v;
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) throw new NullPointerException();
        int h = spread(key);
        Node<K, V> hit = probe(h, key);
        if (hit == null) {
            insertProbed(h, key, value);
            modCount++;
            size++;
            inserted(true);
            return value;
        }
        V v;
        if (hit.value == null) {
            v = value;
        } else {
            int mc = modCount;
            v = remappingFunction.apply(hit.value, value);
            if (mc != modCount) throw new ConcurrentModificationException();
        }
        if (v == null) {
            delete(h, key, false, null, true);
        } else {
            hit.value = v;
            touched(hit);
        }
        return v;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        Node<K, V>[] table = slots;
        if (size == 0 || table == null) return;
        int mc = modCount;
        for (Node<K, V> e : table) {
            for (; e != null; e = e.next) action.accept(e.key, e.value);
        }
        if (modCount != mc) throw new ConcurrentModificationException();
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) throw new NullPointerException();
        Node<K, V>[] table = slots;
        if (size == 0 || table == null) return;
        int mc = modCount;
        for (Node<K, V> e : table) {
            for (; e != null; e = e.next) e.value = function.apply(e.key, e.value);
        }
        if (modCount != mc) throw new ConcurrentModificationException();
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        HashMap<K, V> copy;
        try {
            copy = (HashMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        // The copy is sized for its contents, as if built by the copy constructor.
        copy.slots = null;
        copy.indexes = null;
        copy.size = 0;
        copy.modCount = 0;
        copy.limit = 0;
        copy.firstLength = 0;
        copy.keyView = null;
        copy.valueView = null;
        copy.entryView = null;
        copy.forgetLinks();
        copy.copyIn(this, false);
        return copy;
    }

    /** Lets LinkedHashMap drop its order list in a clone before the clone is refilled. */
    void forgetLinks() {
    }

    // ---- arrays for HashSet and the views ----

    final Object[] arrayFor(Object[] a) {
        if (a.length < size) return (Object[]) Arrays.newArray(a.getClass(), size);
        if (a.length > size) a[size] = null;
        return a;
    }

    /** Copies the keys (or values) in iteration order into a, which has room for them. */
    Object[] fillArray(Object[] a, boolean values) {
        Node<K, V>[] table = slots;
        int i = 0;
        if (size > 0 && table != null) {
            for (Node<K, V> e : table) {
                for (; e != null; e = e.next) a[i++] = values ? e.value : e.key;
            }
        }
        return a;
    }

    // ---- views ----

    public Set<K> keySet() {
        Set<K> s = keyView;
        if (s == null) keyView = s = new KeyView();
        return s;
    }

    public Collection<V> values() {
        Collection<V> c = valueView;
        if (c == null) valueView = c = new ValueView();
        return c;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> s = entryView;
        if (s == null) entryView = s = new EntryView();
        return s;
    }

    /** Runs action over every node; like forEach, a modification is reported only at the end. */
    private void eachNode(Consumer<? super Node<K, V>> action) {
        Node<K, V>[] table = slots;
        if (size == 0 || table == null) return;
        int mc = modCount;
        for (Node<K, V> e : table) {
            for (; e != null; e = e.next) action.accept(e);
        }
        if (modCount != mc) throw new ConcurrentModificationException();
    }

    final class KeyView extends AbstractSet<K> {
        public int size() {
            return size;
        }

        public void clear() {
            HashMap.this.clear();
        }

        public Iterator<K> iterator() {
            return new Walker<K>(0);
        }

        public boolean contains(Object o) {
            return containsKey(o);
        }

        public boolean remove(Object key) {
            return delete(spread(key), key, false, null, true) != null;
        }

        public Object[] toArray() {
            return fillArray(new Object[size], false);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            return (T[]) fillArray(arrayFor(a), false);
        }

        public void forEach(Consumer<? super K> action) {
            if (action == null) throw new NullPointerException();
            eachNode(e -> action.accept(e.key));
        }
    }

    final class ValueView extends AbstractCollection<V> {
        public int size() {
            return size;
        }

        public void clear() {
            HashMap.this.clear();
        }

        public Iterator<V> iterator() {
            return new Walker<V>(1);
        }

        public boolean contains(Object o) {
            return containsValue(o);
        }

        public Object[] toArray() {
            return fillArray(new Object[size], true);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            return (T[]) fillArray(arrayFor(a), true);
        }

        public void forEach(Consumer<? super V> action) {
            if (action == null) throw new NullPointerException();
            eachNode(e -> action.accept(e.value));
        }
    }

    /** Entry-set membership, for HashMap's and LinkedHashMap's entry views: the key's node equals o. */
    final boolean containsEntry(Object o) {
        if (!(o instanceof Map.Entry<?, ?> entry)) return false;
        Node<K, V> e = find(entry.getKey());
        return e != null && e.equals(entry);
    }

    /** Entry-set removal: removes o's key only while it maps to o's value. */
    final boolean removeEntry(Object o) {
        if (!(o instanceof Map.Entry<?, ?> entry)) return false;
        Object key = entry.getKey();
        return delete(spread(key), key, true, entry.getValue(), true) != null;
    }

    final class EntryView extends AbstractSet<Map.Entry<K, V>> {
        public int size() {
            return size;
        }

        public void clear() {
            HashMap.this.clear();
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return new Walker<Map.Entry<K, V>>(2);
        }

        public boolean contains(Object o) {
            return containsEntry(o);
        }

        public boolean remove(Object o) {
            return removeEntry(o);
        }

        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            if (action == null) throw new NullPointerException();
            eachNode(action);
        }
    }

    /** Iterates the slots' chains in table order, yielding keys (0), values (1) or the nodes (2). */
    final class Walker<T> implements Iterator<T> {
        private final int yields;
        private Node<K, V> upcoming;
        private Node<K, V> last;
        private int nextSlot;
        private int expectedMods;

        Walker(int yields) {
            this.yields = yields;
            expectedMods = modCount;
            if (size > 0 && slots != null) advance(null);
        }

        /** Sets upcoming to the node after e in table order. */
        private void advance(Node<K, V> e) {
            Node<K, V> n = e == null ? null : e.next;
            Node<K, V>[] table = slots;
            if (n == null && table != null) {
                while (nextSlot < table.length && (n = table[nextSlot++]) == null) {
                }
            }
            upcoming = n;
        }

        public boolean hasNext() {
            return upcoming != null;
        }

        @SuppressWarnings("unchecked")
        public T next() {
            Node<K, V> e = upcoming;
            if (modCount != expectedMods) throw new ConcurrentModificationException();
            if (e == null) throw new NoSuchElementException();
            last = e;
            advance(e);
            return (T) (yields == 0 ? e.key : yields == 1 ? e.value : e);
        }

        public void remove() {
            Node<K, V> e = last;
            if (e == null) throw new IllegalStateException();
            if (modCount != expectedMods) throw new ConcurrentModificationException();
            last = null;
            delete(e.hash, e.key, false, null, false);
            expectedMods = modCount;
        }
    }
}
