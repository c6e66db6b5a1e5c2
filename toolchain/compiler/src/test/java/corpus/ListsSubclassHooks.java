package corpus;

import java.util.*;

/** Subclasses of the concrete lists that log overridden methods: which public methods the library calls on itself. */
public class ListsSubclassHooks {
    static final StringBuilder log = new StringBuilder();

    static void show(String label, Object result) {
        System.out.println(label + " = " + result + "   [" + log.toString().trim() + "]");
        log.setLength(0);
    }

    static class HookedArrayList extends ArrayList<String> {
        @Override public String get(int i) { log.append("get").append(i).append(' '); return super.get(i); }
        @Override public String set(int i, String s) { log.append("set").append(i).append(' '); return super.set(i, s); }
        @Override public boolean add(String s) { log.append("add(").append(s).append(") "); return super.add(s); }
        @Override public void add(int i, String s) { log.append("add").append(i).append(' '); super.add(i, s); }
        @Override public String remove(int i) { log.append("remove").append(i).append(' '); return super.remove(i); }
        @Override public boolean remove(Object o) { log.append("remove(").append(o).append(") "); return super.remove(o); }
        @Override public int size() { log.append("size "); return super.size(); }
        @Override public boolean isEmpty() { log.append("isEmpty "); return super.isEmpty(); }
        @Override public int indexOf(Object o) { log.append("indexOf "); return super.indexOf(o); }
        @Override public boolean addAll(Collection<? extends String> c) { log.append("addAll "); return super.addAll(c); }
        @Override public boolean addAll(int i, Collection<? extends String> c) { log.append("addAll").append(i).append(' '); return super.addAll(i, c); }
        @Override protected void removeRange(int a, int b) { log.append("removeRange").append(a).append('-').append(b).append(' '); super.removeRange(a, b); }
        @Override public Iterator<String> iterator() { log.append("iterator "); return super.iterator(); }
        @Override public ListIterator<String> listIterator(int i) { log.append("listIterator").append(i).append(' '); return super.listIterator(i); }
        @Override public Object[] toArray() { log.append("toArray "); return super.toArray(); }
    }

    static class HookedLinkedList extends LinkedList<String> {
        @Override public String get(int i) { log.append("get").append(i).append(' '); return super.get(i); }
        @Override public void add(int i, String s) { log.append("add").append(i).append(' '); super.add(i, s); }
        @Override public boolean add(String s) { log.append("add(").append(s).append(") "); return super.add(s); }
        @Override public void addFirst(String s) { log.append("addFirst "); super.addFirst(s); }
        @Override public void addLast(String s) { log.append("addLast "); super.addLast(s); }
        @Override public String removeFirst() { log.append("removeFirst "); return super.removeFirst(); }
        @Override public String removeLast() { log.append("removeLast "); return super.removeLast(); }
        @Override public String getFirst() { log.append("getFirst "); return super.getFirst(); }
        @Override public String getLast() { log.append("getLast "); return super.getLast(); }
        @Override public boolean remove(Object o) { log.append("remove(").append(o).append(") "); return super.remove(o); }
        @Override public int indexOf(Object o) { log.append("indexOf "); return super.indexOf(o); }
        @Override public int size() { log.append("size "); return super.size(); }
        @Override public ListIterator<String> listIterator(int i) { log.append("listIterator").append(i).append(' '); return super.listIterator(i); }
        @Override public boolean addAll(int i, Collection<? extends String> c) { log.append("addAll").append(i).append(' '); return super.addAll(i, c); }
        @Override public boolean addAll(Collection<? extends String> c) { log.append("addAll "); return super.addAll(c); }
        @Override public Iterator<String> descendingIterator() { log.append("descendingIterator "); return super.descendingIterator(); }
        @Override public String peekFirst() { log.append("peekFirst "); return super.peekFirst(); }
        @Override public String pollFirst() { log.append("pollFirst "); return super.pollFirst(); }
        @Override public boolean offerFirst(String s) { log.append("offerFirst "); return super.offerFirst(s); }
    }

    static class HookedVector extends Vector<String> {
        @Override public synchronized String get(int i) { log.append("get").append(i).append(' '); return super.get(i); }
        @Override public synchronized String set(int i, String s) { log.append("set").append(i).append(' '); return super.set(i, s); }
        @Override public synchronized boolean add(String s) { log.append("add(").append(s).append(") "); return super.add(s); }
        @Override public void add(int i, String s) { log.append("add").append(i).append(' '); super.add(i, s); }
        @Override public synchronized String remove(int i) { log.append("remove").append(i).append(' '); return super.remove(i); }
        @Override public synchronized int size() { log.append("size "); return super.size(); }
        @Override public synchronized void addElement(String s) { log.append("addElement "); super.addElement(s); }
        @Override public synchronized void removeElementAt(int i) { log.append("removeElementAt").append(i).append(' '); super.removeElementAt(i); }
        @Override public synchronized void insertElementAt(String s, int i) { log.append("insertElementAt").append(i).append(' '); super.insertElementAt(s, i); }
        @Override public synchronized String elementAt(int i) { log.append("elementAt").append(i).append(' '); return super.elementAt(i); }
        @Override public int indexOf(Object o) { log.append("indexOf "); return super.indexOf(o); }
        @Override public synchronized int indexOf(Object o, int i) { log.append("indexOf@").append(i).append(' '); return super.indexOf(o, i); }
        @Override public synchronized int lastIndexOf(Object o) { log.append("lastIndexOf "); return super.lastIndexOf(o); }
        @Override public synchronized int lastIndexOf(Object o, int i) { log.append("lastIndexOf@").append(i).append(' '); return super.lastIndexOf(o, i); }
        @Override public synchronized boolean removeElement(Object o) { log.append("removeElement "); return super.removeElement(o); }
        @Override public synchronized void removeAllElements() { log.append("removeAllElements "); super.removeAllElements(); }
        @Override protected synchronized void removeRange(int a, int b) { log.append("removeRange").append(a).append('-').append(b).append(' '); super.removeRange(a, b); }
    }

    static class HookedStack extends Stack<String> {
        @Override public synchronized void addElement(String s) { log.append("addElement "); super.addElement(s); }
        @Override public synchronized int size() { log.append("size "); return super.size(); }
        @Override public synchronized String elementAt(int i) { log.append("elementAt").append(i).append(' '); return super.elementAt(i); }
        @Override public synchronized void removeElementAt(int i) { log.append("removeElementAt").append(i).append(' '); super.removeElementAt(i); }
        @Override public synchronized String peek() { log.append("peek "); return super.peek(); }
        @Override public synchronized int lastIndexOf(Object o) { log.append("lastIndexOf "); return super.lastIndexOf(o); }
    }

    static class HookedDeque extends ArrayDeque<String> {
        @Override public void addFirst(String s) { log.append("addFirst "); super.addFirst(s); }
        @Override public void addLast(String s) { log.append("addLast "); super.addLast(s); }
        @Override public String pollFirst() { log.append("pollFirst "); return super.pollFirst(); }
        @Override public String pollLast() { log.append("pollLast "); return super.pollLast(); }
        @Override public String peekFirst() { log.append("peekFirst "); return super.peekFirst(); }
        @Override public String peekLast() { log.append("peekLast "); return super.peekLast(); }
        @Override public String getFirst() { log.append("getFirst "); return super.getFirst(); }
        @Override public boolean offerLast(String s) { log.append("offerLast "); return super.offerLast(s); }
        @Override public boolean offerFirst(String s) { log.append("offerFirst "); return super.offerFirst(s); }
        @Override public String removeFirst() { log.append("removeFirst "); return super.removeFirst(); }
        @Override public boolean removeFirstOccurrence(Object o) { log.append("removeFirstOccurrence "); return super.removeFirstOccurrence(o); }
        @Override public int size() { log.append("size "); return super.size(); }
    }

    static class HookedQueue extends PriorityQueue<String> {
        @Override public boolean offer(String s) { log.append("offer(").append(s).append(") "); return super.offer(s); }
        @Override public String poll() { log.append("poll "); return super.poll(); }
        @Override public String peek() { log.append("peek "); return super.peek(); }
        @Override public int size() { log.append("size "); return super.size(); }
        @Override public Iterator<String> iterator() { log.append("iterator "); return super.iterator(); }
    }

    public static void main(String[] args) {
        HookedArrayList a = new HookedArrayList();
        show("add", a.add("a"));
        show("addAll", a.addAll(List.of("b", "c", "d", "e")));
        show("addFirst", "");
        a.addFirst("0");
        show("addLast", "");
        a.addLast("f");
        show("getFirst/getLast", a.getFirst() + a.getLast());
        show("removeFirst/removeLast", a.removeFirst() + a.removeLast());
        show("contains", a.contains("c"));
        show("iterator loop", String.join("", a));
        Iterator<String> it = a.iterator();
        it.next();
        it.remove();
        show("iterator remove", a);
        ListIterator<String> li = a.listIterator(1);
        li.next();
        li.set("C");
        li.add("X");
        show("listIterator set/add", a);
        List<String> sub = a.subList(1, 3);
        sub.add("S");
        sub.remove(0);
        sub.set(0, "T");
        sub.addAll(List.of("U"));
        show("subList", sub + " " + a);
        sub.clear();
        show("subList clear", a);
        show("removeIf", a.removeIf(s -> s.equals("d")));
        show("toArray", Arrays.toString(a.toArray()));
        show("equals", a.equals(List.of("b", "e")));
        show("hashCode", a.hashCode());
        show("toString", a.toString());
        show("reversed", a.reversed().get(0) + a.reversed());
        show("copy", new ArrayList<>(a));
        a.clear();
        show("clear", a);

        HookedLinkedList l = new HookedLinkedList();
        show("ll add", l.add("a"));
        show("ll addAll", l.addAll(List.of("b", "c")));
        show("ll push/offer", "");
        l.push("p");
        l.offer("o");
        l.offerLast("q");
        show("ll pushed", l);
        show("ll peek/poll/pop/element", l.peek() + l.poll() + l.pop() + l.element() + l.remove());
        show("ll get", l.get(1));
        show("ll set", l.set(1, "x"));
        show("ll iterator", String.join("", l));
        show("ll contains", l.contains("x"));
        show("ll removeFirstOccurrence", l.removeFirstOccurrence("x"));
        show("ll reversed ops", "");
        LinkedList<String> r = l.reversed();
        r.addFirst("rf");
        r.addLast("rl");
        r.add("ra");
        show("ll reversed added", l);
        show("ll reversed peeks", r.peek() + r.peekLast() + r.getFirst() + r.getLast());
        show("ll reversed get", r.get(0));
        show("ll reversed toString", r.toString());
        show("ll reversed remove", r.removeFirst() + r.pollLast());
        show("ll descending", String.join("", (Iterable<String>) () -> l.descendingIterator()));
        show("ll clone", l.clone());

        HookedVector v = new HookedVector();
        show("v add", v.add("a"));
        v.add(0, "b");
        v.addElement("c");
        show("v adds", v);
        show("v contains", v.contains("c"));
        show("v indexOf", v.indexOf("c"));
        show("v lastIndexOf", v.lastIndexOf("a"));
        show("v remove(Object)", v.remove("b"));
        show("v firstElement", v.firstElement() + v.lastElement());
        show("v iterator", String.join("", v));
        Iterator<String> vi = v.iterator();
        vi.next();
        vi.remove();
        show("v iterator remove", v);
        ListIterator<String> vl = v.listIterator();
        vl.next();
        vl.set("S");
        vl.add("A");
        show("v listIterator", v);
        List<String> vs = v.subList(0, 2);
        vs.add("z");
        show("v subList", vs + " " + v);
        vs.clear();
        show("v subList clear", v);
        v.clear();
        show("v clear", v);

        HookedStack s = new HookedStack();
        show("push", s.push("a") + s.push("b"));
        show("peek", s.peek());
        show("search", s.search("a"));
        show("pop", s.pop());
        show("empty", s.empty());

        HookedDeque d = new HookedDeque();
        show("d add", d.add("a"));
        show("d offer", d.offer("b"));
        show("d push", "");
        d.push("c");
        show("d pop", d.pop());
        show("d peek/element/poll/remove", d.peek() + d.element() + d.poll() + d.remove());
        d.addAll(List.of("x", "y"));
        show("d addAll", d);
        show("d remove(Object)", d.remove("x"));
        show("d reversed", d.reversed());
        show("d copy", new ArrayDeque<>(d));

        HookedQueue q = new HookedQueue();
        show("q add", q.add("m"));
        show("q addAll", q.addAll(List.of("c", "x")));
        show("q element/remove", q.element() + q.remove());
        show("q contains", q.contains("x"));
        show("q toString", q.toString());
        q.clear();
        show("q clear", q.size());
    }
}
