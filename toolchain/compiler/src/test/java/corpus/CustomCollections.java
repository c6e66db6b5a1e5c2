package corpus;

import java.util.*;

public class CustomCollections {
    static class Squares extends AbstractList<Integer> {
        final int n;
        Squares(int n) { this.n = n; }
        @Override public Integer get(int i) {
            if (i < 0 || i >= n) throw new IndexOutOfBoundsException("square " + i);
            return i * i;
        }
        @Override public int size() { return n; }
    }

    static class Growable extends AbstractList<String> {
        private final List<String> backing = new ArrayList<>();
        @Override public String get(int i) { return backing.get(i); }
        @Override public int size() { return backing.size(); }
        @Override public void add(int i, String s) { backing.add(i, s.toUpperCase()); }
        @Override public String remove(int i) { return backing.remove(i); }
        @Override public String set(int i, String s) { return backing.set(i, s); }
    }

    static class CharRange implements CharSequence {
        final char from;
        final int len;
        CharRange(char from, int len) { this.from = from; this.len = len; }
        public int length() { return len; }
        public char charAt(int i) { return (char) (from + i); }
        public CharSequence subSequence(int s, int e) { return new CharRange((char) (from + s), e - s); }
        @Override public String toString() { return new StringBuilder(this).toString(); }
    }

    static class Registry extends AbstractMap<String, Integer> {
        @Override public Set<Entry<String, Integer>> entrySet() {
            Set<Entry<String, Integer>> s = new LinkedHashSet<>();
            s.add(new SimpleEntry<>("alpha", 1));
            s.add(new SimpleImmutableEntry<>("beta", 2));
            return s;
        }
    }

    public static void main(String[] args) {
        Squares sq = new Squares(6);
        System.out.println(sq + " " + sq.size() + " " + sq.contains(16) + " " + sq.indexOf(25) + " " + sq.subList(2, 4) + " " + sq.hashCode());
        System.out.println(sq.equals(List.of(0, 1, 4, 9, 16, 25)) + " " + new ArrayList<>(sq).equals(sq));
        int sum = 0;
        for (int v : sq) sum += v;
        System.out.println(sum + " " + sq.stream().mapToInt(Integer::intValue).max().getAsInt());
        try {
            sq.add(36);
        } catch (UnsupportedOperationException e) {
            System.out.println("read-only add: " + e.getMessage());
        }
        try {
            sq.get(6);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        Growable g = new Growable();
        g.add("a");
        g.add("b");
        g.addAll(List.of("c", "d"));
        g.add(0, "z");
        System.out.println(g + " " + g.size());
        g.removeIf(s -> s.equals("B"));
        Collections.sort(g);
        System.out.println(g);
        ListIterator<String> it = g.listIterator();
        while (it.hasNext()) if (it.next().equals("C")) it.remove();
        System.out.println(g + " " + g.lastIndexOf("Z"));
        CharRange cr = new CharRange('a', 5);
        System.out.println(cr + " " + cr.length() + " " + cr.subSequence(1, 3) + " " + String.join("+", cr, "x", new CharRange('0', 3)));
        StringBuilder sb = new StringBuilder();
        sb.append(cr).append(cr, 3, 5).insert(0, (CharSequence) new CharRange('A', 2));
        System.out.println(sb + " " + "abcde".contentEquals(cr) + " " + cr.chars().sum() + " " + CharSequence.compare(cr, "abd"));
        Registry r = new Registry();
        System.out.println(r + " " + r.get("beta") + " " + r.containsKey("alpha") + " " + r.size() + " " + r.keySet() + " " + r.values());
    }
}
