package corpus;

import java.util.*;
import java.util.function.Supplier;

/** Exception types and messages, toArray edge cases, Vector's capacity policy and legacy methods, Stack. */
public class ListsEdgeMessages {
    static void t(String label, Supplier<Object> s) {
        try {
            Object r = s.get();
            System.out.println(label + " -> " + (r instanceof Object[] a ? Arrays.toString(a) : r));
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static <L extends List<Integer>> void messages(String kind, Supplier<L> make) {
        System.out.println("== " + kind);
        L l = make.get();
        l.addAll(List.of(1, 2, 3));
        t("get 3", () -> l.get(3));
        t("get -1", () -> l.get(-1));
        t("set 5", () -> l.set(5, 0));
        t("set -2", () -> l.set(-2, 0));
        t("remove 3", () -> l.remove(3));
        t("remove -1", () -> l.remove(-1));
        t("add 5", () -> {
            l.add(5, 0);
            return l;
        });
        t("add -1", () -> {
            l.add(-1, 0);
            return l;
        });
        t("add 3", () -> {
            l.add(3, 4);
            return l;
        });
        t("addAll 9", () -> l.addAll(9, List.of(1)));
        t("addAll -1", () -> l.addAll(-1, List.of(1)));
        t("addAll 9 empty", () -> l.addAll(9, List.of()));
        t("listIterator 9", () -> l.listIterator(9));
        t("listIterator -1", () -> l.listIterator(-1));
        t("subList -1", () -> l.subList(-1, 2));
        t("subList 9", () -> l.subList(0, 9));
        t("subList 3,1", () -> l.subList(3, 1));
        t("subList 4,4", () -> l.subList(4, 4));
        t("toArray", () -> l.toArray());
        t("toArray bigger", () -> l.toArray(new Integer[]{9, 9, 9, 9, 9, 9}));
        t("toArray exact", () -> l.toArray(new Integer[4]));
        t("toArray smaller", () -> l.toArray(new Integer[2]));
        t("toArray Number[]", () -> l.toArray(new Number[0]).getClass().getSimpleName());
        t("toArray String[]", () -> l.toArray(new String[0]));
        t("toArray(IntFunction)", () -> l.toArray(Integer[]::new));
        t("iterator remove first", () -> {
            l.iterator().remove();
            return l;
        });
        t("getFirst/getLast", () -> l.getFirst() + " " + l.getLast());
        t("removeFirst/removeLast", () -> l.removeFirst() + " " + l.removeLast() + " " + l);
        t("addFirst/addLast", () -> {
            l.addFirst(-1);
            l.addLast(-2);
            return l;
        });
        t("reversed", () -> l.reversed() + " " + l.reversed().get(0) + " " + l.reversed().indexOf(-2) + " " + l.reversed().subList(1, 3));
        t("equals/hashCode", () -> l.equals(List.of(-1, 2, 3, -2)) + " " + l.hashCode() + " " + l.equals(new LinkedList<>(l)) + " " + l.equals(null) + " " + l.equals(Set.of()));
        t("sort", () -> {
            l.sort(null);
            return l;
        });
        t("sort reverse", () -> {
            l.sort(Comparator.reverseOrder());
            return l;
        });
        t("removeIf", () -> l.removeIf(v -> v < 0) + " " + l);
        t("replaceAll", () -> {
            l.replaceAll(v -> v * v);
            return l;
        });
        t("removeIf null", () -> l.removeIf(null));
        t("removeAll null", () -> l.removeAll(null));
        t("retainAll null", () -> l.retainAll(null));
        t("addAll null", () -> l.addAll(null));
        t("nulls", () -> {
            l.add(null);
            l.add(0, null);
            return l + " " + l.indexOf(null) + " " + l.lastIndexOf(null) + " " + l.contains(null) + " " + l.remove(null) + " " + l + " " + l.hashCode();
        });
        t("clear", () -> {
            l.clear();
            return l + " " + l.isEmpty() + " " + l.size() + " " + l.hashCode();
        });
        t("getFirst empty", l::getFirst);
        t("getLast empty", l::getLast);
        t("removeFirst empty", l::removeFirst);
        t("removeLast empty", l::removeLast);
        t("iterator empty", () -> l.iterator().next());
        t("listIterator previous empty", () -> l.listIterator().previous());
        for (int i = 0; i < 40; i++) l.add(i % 7);
        t("bulk", () -> l.removeAll(List.of(3, 5)) + " " + l.retainAll(List.of(0, 1, 2, 6)) + " " + l.size() + " " + l.indexOf(6) + " " + l.lastIndexOf(0) + " " + l);
        t("clone-ish copy", () -> new ArrayList<>(l).equals(l));
    }

    public static void main(String[] args) {
        messages("ArrayList", ArrayList::new);
        messages("LinkedList", LinkedList::new);
        messages("Vector", Vector::new);
        messages("ArrayList.subList", () -> new ArrayList<>(List.of(7, 8)).subList(1, 1));
        messages("LinkedList.subList", () -> new LinkedList<>(List.of(7, 8)).subList(1, 1));
        messages("ArrayList.reversed", () -> new ArrayList<Integer>().reversed());
        t("ArrayList capacity", () -> new ArrayList<>(-1));
        t("Vector capacity", () -> new Vector<>(-1));
        t("Vector capacity 2", () -> new Vector<>(-1, 5));
        t("ArrayList removeRange", () -> {
            class Open extends ArrayList<Integer> {
                void cut(int a, int b) { removeRange(a, b); }
            }
            Open o = new Open();
            o.addAll(List.of(1, 2, 3, 4, 5));
            o.cut(1, 3);
            String s = o.toString();
            try {
                o.cut(2, 1);
            } catch (IndexOutOfBoundsException e) {
                s += " " + e.getMessage();
            }
            o.cut(1, 1);
            return s + " " + o;
        });
        ArrayList<Integer> al = new ArrayList<>(List.of(5, 6));
        @SuppressWarnings("unchecked")
        ArrayList<Integer> alc = (ArrayList<Integer>) al.clone();
        alc.add(7);
        t("ArrayList clone", () -> al + " " + alc + " " + al.equals(alc));
        al.ensureCapacity(100);
        al.trimToSize();
        t("after ensureCapacity/trimToSize", () -> al);
        LinkedList<Integer> ll = new LinkedList<>(List.of(1, 2, 3));
        @SuppressWarnings("unchecked")
        LinkedList<Integer> llc = (LinkedList<Integer>) ll.clone();
        llc.removeFirst();
        t("LinkedList clone", () -> ll + " " + llc);
        t("LinkedList deque", () -> {
            ll.push(0);
            ll.offer(4);
            ll.offerFirst(-1);
            ll.offerLast(5);
            return ll + " " + ll.peek() + " " + ll.peekLast() + " " + ll.element() + " " + ll.pop() + " " + ll.poll() + " " + ll.pollLast() + " " + ll.remove() + " " + ll;
        });
        t("LinkedList empty deque", () -> {
            LinkedList<Integer> e = new LinkedList<>();
            return e.peek() + " " + e.peekFirst() + " " + e.peekLast() + " " + e.poll() + " " + e.pollFirst() + " " + e.pollLast();
        });
        t("LinkedList element empty", () -> new LinkedList<>().element());
        t("LinkedList pop empty", () -> new LinkedList<>().pop());
        t("LinkedList remove empty", () -> new LinkedList<>().remove());
        t("LinkedList reversed deque", () -> {
            LinkedList<Integer> r = ll.reversed();
            r.addFirst(10);
            r.addLast(20);
            r.push(30);
            return r + " " + ll + " " + r.peekFirst() + " " + r.pollLast() + " " + r.removeFirstOccurrence(10) + " " + r.indexOf(2) + " " + r.get(0) + " " + ll + " " + r.size() + " " + r.contains(3);
        });
        vector();
        stack();
    }

    static void vector() {
        System.out.println("== Vector specifics");
        Vector<Integer> v = new Vector<>();
        StringBuilder caps = new StringBuilder();
        for (int i = 0; i < 45; i++) {
            v.addElement(i);
            caps.append(v.capacity()).append(' ');
        }
        System.out.println("capacities " + caps);
        Vector<Integer> inc = new Vector<>(2, 3);
        caps.setLength(0);
        for (int i = 0; i < 12; i++) {
            inc.add(i);
            caps.append(inc.capacity()).append(' ');
        }
        inc.ensureCapacity(20);
        caps.append(inc.capacity()).append(' ');
        inc.ensureCapacity(22);
        caps.append(inc.capacity()).append(' ');
        inc.setSize(40);
        caps.append(inc.capacity()).append(' ').append(inc.size()).append(' ');
        inc.setSize(5);
        caps.append(inc.capacity()).append(' ').append(inc).append(' ');
        inc.trimToSize();
        caps.append(inc.capacity());
        System.out.println("with increment " + caps);
        Vector<Integer> zero = new Vector<>(0);
        caps.setLength(0);
        for (int i = 0; i < 6; i++) {
            zero.add(i);
            caps.append(zero.capacity()).append(' ');
        }
        System.out.println("from zero " + caps + " clone " + ((Vector<?>) zero.clone()).capacity() + " copy " + new Vector<>(zero).capacity());
        t("elementAt 45", () -> v.elementAt(45));
        t("elementAt -1", () -> v.elementAt(-1));
        t("get -1", () -> v.get(-1));
        t("firstElement/lastElement", () -> v.firstElement() + " " + v.lastElement());
        t("setElementAt", () -> {
            v.setElementAt(-5, 5);
            return v.get(5);
        });
        t("setElementAt 50", () -> {
            v.setElementAt(-5, 50);
            return v;
        });
        t("insertElementAt 46", () -> {
            v.insertElementAt(1, 46);
            return v;
        });
        t("insertElementAt -1", () -> {
            v.insertElementAt(1, -1);
            return v;
        });
        t("removeElementAt 45", () -> {
            v.removeElementAt(45);
            return v;
        });
        t("removeElementAt -1", () -> {
            v.removeElementAt(-1);
            return v;
        });
        t("indexOf from", () -> v.indexOf(3, 2) + " " + v.indexOf(3, 4) + " " + v.indexOf(null, 0));
        t("indexOf from -1", () -> v.indexOf(3, -1));
        t("lastIndexOf from", () -> v.lastIndexOf(3, 10) + " " + v.lastIndexOf(3, 2));
        t("lastIndexOf from 45", () -> v.lastIndexOf(3, 45));
        t("removeElement", () -> v.removeElement(3) + " " + v.removeElement(99) + " " + v.size());
        t("copyInto", () -> {
            Integer[] a = new Integer[50];
            v.copyInto(a);
            return a;
        });
        t("copyInto small", () -> {
            v.copyInto(new Integer[3]);
            return "?";
        });
        t("elements", () -> {
            StringBuilder sb = new StringBuilder();
            for (Enumeration<Integer> e = v.elements(); e.hasMoreElements(); ) sb.append(e.nextElement()).append(',');
            return sb;
        });
        t("elements past end", () -> {
            Enumeration<Integer> e = new Vector<Integer>().elements();
            return e.nextElement();
        });
        t("setSize -1", () -> {
            v.setSize(-1);
            return v;
        });
        t("removeAllElements", () -> {
            v.removeAllElements();
            return v + " " + v.capacity();
        });
        t("firstElement empty", v::firstElement);
        t("lastElement empty", v::lastElement);
        Vector<String> w = new Vector<>(List.of("a", "b", "c", "d"));
        List<String> ws = w.subList(1, 3);
        ws.add("x");
        t("subList", () -> ws + " " + w + " " + (ws instanceof RandomAccess));
        w.add("e");
        t("subList stale", () -> ws.size());
        Iterator<String> wi = w.iterator();
        try {
            w.remove(10);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("remove(10): " + e.getMessage());
        }
        t("iterator after failed remove", wi::next);
        Iterator<String> wj = w.iterator();
        w.setElementAt("A", 0);
        w.set(1, "B");
        t("iterator after set", wj::next);
        w.ensureCapacity(0);
        t("iterator after ensureCapacity(0)", wj::next);
        w.ensureCapacity(1);
        t("iterator after ensureCapacity(1)", wj::next);
        Iterator<String> wk = w.iterator();
        w.trimToSize();
        t("iterator after trimToSize", wk::next);
        System.out.println(w + " " + w.capacity() + " " + w.equals(List.of("A", "B", "x", "c", "d", "e")) + " " + w.hashCode() + " " + w.contains("x") + " " + w.containsAll(List.of("x", "A")));
    }

    static void stack() {
        System.out.println("== Stack");
        Stack<String> s = new Stack<>();
        t("peek empty", s::peek);
        t("pop empty", s::pop);
        System.out.println(s.empty() + " " + s.push("a") + " " + s.push("b") + " " + s.push("a") + " " + s + " " + s.search("a") + " " + s.search("b") + " " + s.search("z") + " " + s.peek() + " " + s.capacity());
        System.out.println(s.pop() + " " + s.pop() + " " + s + " " + s.empty() + " " + s.size());
        for (int i = 0; i < 15; i++) s.push("e" + i);
        System.out.println(s.capacity() + " " + s.search("e0") + " " + s.search("a") + " " + s.firstElement() + " " + s.lastElement());
        StringBuilder sb = new StringBuilder();
        while (!s.isEmpty()) sb.append(s.pop()).append(' ');
        System.out.println(sb);
    }
}
