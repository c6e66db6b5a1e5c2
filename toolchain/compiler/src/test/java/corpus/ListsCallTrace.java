package corpus;

import java.util.*;

/** User subclasses of the skeleton collections that log every call the library makes on them. */
public class ListsCallTrace {
    static final StringBuilder log = new StringBuilder();

    static void show(String label, Object result) {
        System.out.println(label + " = " + result + "   [" + log.toString().trim() + "]");
        log.setLength(0);
    }

    static void fail(String label, RuntimeException e) {
        System.out.println(label + " !! " + e.getClass().getSimpleName() + " " + e.getMessage() + "   [" + log.toString().trim() + "]");
        log.setLength(0);
    }

    /** Random-access list over an ArrayList, logging get/set/add/remove/size and bumping modCount. */
    static class Logged extends AbstractList<String> {
        final ArrayList<String> data = new ArrayList<>();

        Logged(String... items) { data.addAll(Arrays.asList(items)); }
        public String get(int i) { log.append("get").append(i).append(' '); return data.get(i); }
        public int size() { log.append("size "); return data.size(); }
        public String set(int i, String s) { log.append("set").append(i).append(' '); return data.set(i, s); }
        public void add(int i, String s) { log.append("add").append(i).append(' '); data.add(i, s); modCount++; }
        public String remove(int i) { log.append("remove").append(i).append(' '); modCount++; return data.remove(i); }
        protected void removeRange(int from, int to) { log.append("removeRange").append(from).append('-').append(to).append(' '); super.removeRange(from, to); }
    }

    static class RandomLogged extends Logged implements RandomAccess {
        RandomLogged(String... items) { super(items); }
    }

    /** Sequential list: everything goes through the logged list iterator. */
    static class Chain extends AbstractSequentialList<String> {
        final LinkedList<String> data = new LinkedList<>();

        Chain(String... items) { data.addAll(Arrays.asList(items)); }
        public int size() { log.append("size "); return data.size(); }
        public ListIterator<String> listIterator(int index) {
            log.append("listIterator").append(index).append(' ');
            ListIterator<String> in = data.listIterator(index);
            return new ListIterator<>() {
                public boolean hasNext() { log.append("hasNext "); return in.hasNext(); }
                public String next() { log.append("next "); return in.next(); }
                public boolean hasPrevious() { log.append("hasPrevious "); return in.hasPrevious(); }
                public String previous() { log.append("previous "); return in.previous(); }
                public int nextIndex() { log.append("nextIndex "); return in.nextIndex(); }
                public int previousIndex() { log.append("previousIndex "); return in.previousIndex(); }
                public void remove() { log.append("it.remove "); in.remove(); }
                public void set(String s) { log.append("it.set "); in.set(s); }
                public void add(String s) { log.append("it.add "); in.add(s); }
            };
        }
    }

    /** Collection with only iterator() and size(), plus add. */
    static class Bag extends AbstractCollection<String> {
        final ArrayList<String> data = new ArrayList<>();

        Bag(String... items) { data.addAll(Arrays.asList(items)); }
        int claimed = -1;
        public int size() { log.append("size "); return claimed >= 0 ? claimed : data.size(); }
        public boolean add(String s) { log.append("add(").append(s).append(") "); return data.add(s); }
        public Iterator<String> iterator() {
            log.append("iterator ");
            Iterator<String> in = data.iterator();
            return new Iterator<>() {
                public boolean hasNext() { log.append("hasNext "); return in.hasNext(); }
                public String next() { log.append("next "); return in.next(); }
                public void remove() { log.append("it.remove "); in.remove(); }
            };
        }
    }

    static class LoggedSet extends AbstractSet<String> {
        final Bag bag;

        LoggedSet(String... items) { bag = new Bag(items); }
        public Iterator<String> iterator() { return bag.iterator(); }
        public int size() { return bag.size(); }
        public boolean remove(Object o) { log.append("remove(").append(o).append(") "); return bag.data.remove(o); }
        public boolean contains(Object o) { log.append("contains(").append(o).append(") "); return bag.data.contains(o); }
    }

    /** A probe collection: logs the calls other collections make on it. */
    static class Probe extends AbstractCollection<String> {
        final List<String> items;

        Probe(String... items) { this.items = Arrays.asList(items); }
        public int size() { log.append("p.size "); return items.size(); }
        public Iterator<String> iterator() { log.append("p.iterator "); return items.iterator(); }
        public boolean contains(Object o) { log.append("p.contains(").append(o).append(") "); return items.contains(o); }
        public Object[] toArray() { log.append("p.toArray "); return items.toArray(); }
    }

    /** Element whose equals calls are logged. */
    record Key(String name) {
        @Override public boolean equals(Object o) {
            log.append(name).append(".equals(").append(o instanceof Key k ? k.name : o).append(") ");
            return o instanceof Key k && k.name.equals(name);
        }

        @Override public int hashCode() { log.append(name).append(".hash "); return name.hashCode(); }

        @Override public String toString() { return name; }
    }

    public static void main(String[] args) {
        Logged l = new Logged("a", "b", "c", "d");
        show("add", l.add("e"));
        show("indexOf c", l.indexOf("c"));
        show("lastIndexOf a", l.lastIndexOf("a"));
        show("indexOf zz", l.indexOf("zz"));
        show("contains d", l.contains("d"));
        show("toString", l.toString());
        show("hashCode", l.hashCode());
        show("equals", l.equals(List.of("a", "b", "c", "d", "e")));
        show("equals shorter", l.equals(List.of("a", "b")));
        show("addAll at 1", l.addAll(1, List.of("x", "y")));
        show("subList", l.subList(1, 3));
        List<String> sub = l.subList(1, 5);
        show("sub.set", sub.set(0, "X"));
        show("sub.add", sub.add("Z"));
        show("sub.remove", sub.remove(1));
        show("sub.addAll", sub.addAll(2, List.of("p", "q")));
        show("sub.toString", sub.toString());
        show("sub.clear", "");
        sub.clear();
        show("after sub.clear", l.data);
        ListIterator<String> li = l.listIterator(1);
        show("listIterator(1)", li.nextIndex());
        show("next", li.next());
        show("set", l.data + " " + li.previousIndex());
        li.set("S");
        show("after set", l.data);
        li.add("A");
        show("after add", l.data);
        show("previous", li.previous());
        li.remove();
        show("after remove", l.data);
        try {
            li.set("bad");
        } catch (IllegalStateException e) {
            fail("set after remove", e);
        }
        Iterator<String> it = l.iterator();
        show("iterator hasNext", it.hasNext());
        l.data.add("behind");
        try {
            it.next();
            it.next();
            it.next();
            it.next();
            show("walked", l.data);
            it.next();
            show("no CME: modCount untouched", l.data);
        } catch (RuntimeException e) {
            fail("walking", e);
        }
        l.add("bump");
        try {
            it.next();
        } catch (RuntimeException e) {
            fail("after bump", e);
        }
        show("clear", "");
        l.clear();
        show("after clear", l.data);
        Logged empty = new Logged();
        try {
            empty.iterator().next();
        } catch (NoSuchElementException e) {
            fail("next on empty", e);
        }
        RandomLogged r = new RandomLogged("m", "n", "o", "p");
        List<String> rs = r.subList(1, 4);
        show("random sub " + (rs instanceof RandomAccess), rs.get(1));
        show("sub of sub", rs.subList(1, 3).get(0));
        show("sub iterator", String.join("", rs));
        show("sub hashCode", rs.hashCode());
        show("sub indexOf", rs.indexOf("p"));
        show("sort", "");
        r.sort(Comparator.reverseOrder());
        show("sorted", r.data);
        r.replaceAll(String::toUpperCase);
        show("replaceAll", r.data);
        r.removeIf(s -> s.equals("N"));
        show("removeIf", r.data);

        Chain c = new Chain("a", "b", "c");
        show("chain get", c.get(1));
        show("chain set", c.set(2, "C"));
        c.add(1, "B");
        show("chain add", c.data);
        show("chain remove", c.remove(0));
        show("chain addAll", c.addAll(1, List.of("u", "v")));
        show("chain iterator", String.join("", c));
        show("chain contains", c.contains("v"));
        show("chain indexOf", c.indexOf("C"));
        show("chain lastIndexOf", c.lastIndexOf("B"));
        show("chain equals", c.equals(List.of("B", "u", "v", "b", "C")));
        show("chain hashCode", c.hashCode());
        try {
            c.get(5);
        } catch (IndexOutOfBoundsException e) {
            fail("chain get 5", e);
        }
        try {
            c.remove(c.size());
        } catch (IndexOutOfBoundsException e) {
            fail("chain remove at size", e);
        }
        try {
            c.set(5, "z");
        } catch (IndexOutOfBoundsException e) {
            fail("chain set 5", e);
        }
        c.clear();
        show("chain clear", c.data);

        Bag b = new Bag("x", "y", "z");
        show("bag toString", b);
        show("bag isEmpty", b.isEmpty());
        show("bag contains", b.contains("y"));
        show("bag toArray", Arrays.toString(b.toArray()));
        show("bag toArray(T[]) small", Arrays.toString(b.toArray(new String[1])));
        show("bag toArray(T[]) big", Arrays.toString(b.toArray(new String[]{"1", "2", "3", "4", "5"})));
        b.claimed = 5;
        show("bag toArray, size overstated", Arrays.toString(b.toArray()));
        show("bag toArray(T[]) overstated", Arrays.toString(b.toArray(new String[4])));
        show("bag toArray(T[]) overstated, fits", Arrays.toString(b.toArray(new String[]{"1", "2", "3", "4", "5", "6"})));
        b.claimed = 1;
        show("bag toArray, size understated", Arrays.toString(b.toArray()));
        show("bag toArray(T[]) understated", Arrays.toString(b.toArray(new String[0])));
        b.claimed = -1;
        show("bag addAll", b.addAll(List.of("p", "q")));
        show("bag containsAll", b.containsAll(new Probe("x", "q")));
        show("bag removeAll", b.removeAll(new Probe("y", "p", "w")));
        show("bag retainAll", b.retainAll(new Probe("x", "z")));
        show("bag remove", b.remove("z"));
        show("bag remove missing", b.remove("nope"));
        b.data.add(null);
        show("bag remove null", b.remove(null));
        show("bag clear", "");
        b.clear();
        show("bag after clear", b.data);
        try {
            new Bag().add(null);
            new AbstractCollection<String>() {
                public Iterator<String> iterator() { return Collections.emptyIterator(); }
                public int size() { return 0; }
            }.add("x");
        } catch (UnsupportedOperationException e) {
            fail("unsupported add", e);
        }
        ArrayList<Object> self = new ArrayList<>(List.of("a"));
        self.add(self);
        show("self reference", self);

        LoggedSet s = new LoggedSet("a", "b", "c");
        show("set equals", s.equals(new TreeSet<>(List.of("c", "b", "a"))));
        show("set equals other size", s.equals(Set.of("a")));
        show("set equals list", s.equals(List.of("a", "b", "c")));
        show("set hashCode", s.hashCode());
        show("set removeAll bigger arg", s.removeAll(new Probe("a", "x", "y", "z")));
        show("set removeAll smaller arg", s.removeAll(new Probe("c")));
        show("set now", s.bag.data);

        // Which equals the library calls on elements.
        List<Key> keys = new ArrayList<>(List.of(new Key("k1"), new Key("k2"), new Key("k3")));
        show("ArrayList.indexOf", keys.indexOf(new Key("k2")));
        show("ArrayList.contains", keys.contains(new Key("zz")));
        show("ArrayList.lastIndexOf", keys.lastIndexOf(new Key("k1")));
        show("ArrayList.remove(Object)", keys.remove(new Key("k3")));
        show("ArrayList.equals", keys.equals(List.of(new Key("k1"), new Key("k2"))));
        show("ArrayList.hashCode", keys.hashCode());
        LinkedList<Key> lk = new LinkedList<>(keys);
        show("LinkedList.indexOf", lk.indexOf(new Key("k2")));
        show("LinkedList.removeLastOccurrence", lk.removeLastOccurrence(new Key("k1")));
        show("LinkedList.equals", lk.equals(new ArrayList<>(List.of(new Key("k2")))));
        ArrayDeque<Key> dk = new ArrayDeque<>(keys);
        show("ArrayDeque.contains", dk.contains(new Key("k2")));
        show("ArrayDeque.remove", dk.remove(new Key("k1")));
        Vector<Key> vk = new Vector<>(keys);
        show("Vector.indexOf", vk.indexOf(new Key("k2"), 1));
        show("Vector.lastIndexOf", vk.lastIndexOf(new Key("k1"), 1));
        show("Vector.removeElement", vk.removeElement(new Key("k2")));
        show("list equals across kinds", keys.equals(lk) + " " + lk.equals(vk));

        // What the collections ask of the collection argument.
        show("new ArrayList(probe)", new ArrayList<>(new Probe("1", "2")));
        show("ArrayList.addAll(probe)", new ArrayList<String>().addAll(new Probe("3")));
        show("ArrayList.addAll(i, probe)", new ArrayList<>(List.of("0")).addAll(0, new Probe("3")));
        show("ArrayList.removeAll(probe)", new ArrayList<>(List.of("1", "2", "3")).removeAll(new Probe("2")));
        show("ArrayList.retainAll(probe)", new ArrayList<>(List.of("1", "2", "3")).retainAll(new Probe("2")));
        show("ArrayList.containsAll(probe)", new ArrayList<>(List.of("1", "2", "3")).containsAll(new Probe("2", "3")));
        show("new LinkedList(probe)", new LinkedList<>(new Probe("1", "2")));
        show("LinkedList.addAll(i, probe)", new LinkedList<>(List.of("0")).addAll(1, new Probe("3")));
        show("new ArrayDeque(probe)", new ArrayDeque<>(new Probe("1", "2")));
        show("ArrayDeque.addAll(probe)", new ArrayDeque<String>().addAll(new Probe("1", "2")));
        show("new Vector(probe)", new Vector<>(new Probe("1", "2")));
        show("Vector.addAll(probe)", new Vector<String>().addAll(new Probe("1")));
        show("Vector.removeAll(probe)", new Vector<>(List.of("1", "2")).removeAll(new Probe("1")));
        show("new PriorityQueue(probe)", new PriorityQueue<>(new Probe("b", "a", "c")));
        show("PriorityQueue.addAll(probe)", new PriorityQueue<String>().addAll(new Probe("b", "a")));
        show("PriorityQueue.removeAll(probe)", new PriorityQueue<>(List.of("a", "b")).removeAll(new Probe("a")));
        show("reversed.addAll(probe)", new ArrayList<>(List.of("0")).reversed().addAll(new Probe("1", "2")));
        show("reversed.removeAll(probe)", new ArrayList<>(List.of("0", "1")).reversed().removeAll(new Probe("1")));
        show("subList.addAll(probe)", new ArrayList<>(List.of("0", "1")).subList(0, 1).addAll(new Probe("x", "y")));
        show("subList.retainAll(probe)", new LinkedList<>(List.of("0", "1", "2")).subList(0, 2).retainAll(new Probe("0")));
    }
}
