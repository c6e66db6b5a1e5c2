package corpus;

import java.util.*;

/** EnumSet and EnumMap: ordinal order, set algebra, views, exceptions, small and large enums. */
public class EnumCollOps {
    enum Color { RED, GREEN, BLUE, CYAN, MAGENTA, YELLOW, BLACK }

    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        MINUS { int apply(int a, int b) { return a - b; } };

        abstract int apply(int a, int b);
    }

    enum Big {
        B00, B01, B02, B03, B04, B05, B06, B07, B08, B09, B10, B11, B12, B13, B14, B15, B16, B17, B18, B19,
        B20, B21, B22, B23, B24, B25, B26, B27, B28, B29, B30, B31, B32, B33, B34, B35, B36, B37, B38, B39,
        B40, B41, B42, B43, B44, B45, B46, B47, B48, B49, B50, B51, B52, B53, B54, B55, B56, B57, B58, B59,
        B60, B61, B62, B63, B64, B65, B66, B67, B68, B69
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        EnumSet<Color> warm = EnumSet.of(Color.YELLOW, Color.RED, Color.MAGENTA);
        EnumSet<Color> cool = EnumSet.range(Color.GREEN, Color.CYAN);
        System.out.println(warm + " " + cool + " " + EnumSet.complementOf(warm) + " " + EnumSet.allOf(Color.class)
                + " " + EnumSet.noneOf(Color.class));
        EnumSet<Color> mix = EnumSet.copyOf(warm);
        System.out.println(mix.addAll(cool) + " " + mix + " " + mix.removeAll(EnumSet.of(Color.RED)) + " " + mix
                + " " + mix.retainAll(List.of(Color.BLUE, Color.YELLOW)) + " " + mix + " " + mix.containsAll(cool)
                + " " + mix.contains(Color.BLUE) + " " + mix.contains("BLUE") + " " + mix.size());
        System.out.println(EnumSet.copyOf(List.of(Color.BLACK, Color.RED)) + " " + warm.equals(Set.of(Color.RED, Color.MAGENTA, Color.YELLOW))
                + " " + (warm.hashCode() == Set.copyOf(warm).hashCode()) + " " + EnumSet.of(Color.RED, Color.GREEN, Color.BLUE, Color.CYAN, Color.BLACK, Color.YELLOW));
        Iterator<Color> it = warm.iterator();
        it.next();
        it.remove();
        System.out.println(warm + " " + warm.getClass().getName());
        attempt("remove twice", it::remove);
        EnumSet<Op> ops = EnumSet.allOf(Op.class);
        System.out.println(ops + " " + ops.contains(Op.PLUS) + " " + EnumSet.of(Op.MINUS).iterator().next().apply(5, 3));
        EnumSet<Big> big = EnumSet.range(Big.B60, Big.B68);
        big.add(Big.B03);
        big.addAll(EnumSet.of(Big.B63, Big.B64, Big.B01));
        System.out.println(big + " " + big.size() + " " + EnumSet.complementOf(big).size() + " " + big.getClass().getName()
                + " " + big.contains(Big.B64) + " " + big.remove(Big.B64) + " " + big.remove(Big.B64));
        Iterator<Big> bi = big.iterator();
        while (bi.hasNext()) if (bi.next().ordinal() % 2 == 0) bi.remove();
        System.out.println(big + " " + EnumSet.allOf(Big.class).containsAll(big) + " " + big.equals(EnumSet.copyOf(big)));
        attempt("of null", () -> EnumSet.of((Color) null));
        attempt("of second null", () -> EnumSet.of(Color.RED, (Color) null));
        attempt("add null", () -> EnumSet.noneOf(Color.class).add(null));
        attempt("noneOf null", () -> EnumSet.noneOf(null));
        attempt("copyOf empty", () -> EnumSet.copyOf(new ArrayList<Color>()));
        attempt("range backwards", () -> EnumSet.range(Color.CYAN, Color.RED));
        attempt("wrong type", () -> ((EnumSet) EnumSet.noneOf(Color.class)).add(Op.PLUS));
        attempt("wrong addAll", () -> ((EnumSet) EnumSet.noneOf(Color.class)).addAll(EnumSet.of(Op.PLUS)));
        attempt("iterator end", () -> EnumSet.noneOf(Color.class).iterator().next());

        EnumMap<Color, String> m = new EnumMap<>(Color.class);
        m.put(Color.BLACK, "k");
        m.put(Color.RED, "r");
        m.put(Color.CYAN, null);
        m.put(Color.GREEN, "g");
        System.out.println(m + " " + m.size() + " " + m.containsKey(Color.CYAN) + " " + m.containsValue(null)
                + " " + m.get(Color.CYAN) + " " + m.get("RED") + " " + m.containsKey(Op.PLUS));
        System.out.println(m.keySet() + " " + m.values() + " " + m.entrySet() + " " + (m.hashCode() == new HashMap<>(m).hashCode())
                + " " + m.equals(new HashMap<>(m)) + " " + new HashMap<>(m).equals(m));
        System.out.println(m.remove(Color.RED) + " " + m.remove(Color.RED) + " " + m.remove("x") + " " + m
                + " " + m.putIfAbsent(Color.CYAN, "c") + " " + m.merge(Color.GREEN, "!", String::concat) + " " + m);
        EnumMap<Color, String> copy = m.clone();
        copy.put(Color.BLUE, "b");
        EnumMap<Color, String> fromMap = new EnumMap<>(Map.of(Color.YELLOW, "y", Color.RED, "r"));
        System.out.println(copy + " " + m + " " + fromMap + " " + new EnumMap<>(copy) + " " + copy.equals(m));
        Iterator<Map.Entry<Color, String>> ei = copy.entrySet().iterator();
        Map.Entry<Color, String> first = ei.next();
        System.out.println(first + " " + first.setValue("G") + " " + copy + " " + (first.hashCode() == Map.entry(Color.GREEN, "G").hashCode()));
        ei.remove();
        attempt("removed entry", () -> System.out.println(first.getValue()));
        copy.keySet().removeIf(c -> c.ordinal() > 5);
        copy.values().remove("b");
        System.out.println(copy + " " + copy.entrySet().contains(Map.entry(Color.CYAN, "c")));
        copy.putAll(m);
        copy.replaceAll((k, v) -> k.name().toLowerCase() + v);
        System.out.println(copy);
        attempt("put null key", () -> m.put(null, "x"));
        attempt("put wrong key", () -> ((Map) m).put(Op.PLUS, "x"));
        attempt("from empty map", () -> new EnumMap<Color, String>(new HashMap<>()));
        attempt("not an enum map", () -> new EnumMap((Class) Object.class));
        attempt("not an enum set", () -> EnumSet.noneOf((Class) Object.class));
        attempt("null class", () -> new EnumMap<Color, String>((Class<Color>) null));
        attempt("iterator end", () -> {
            Iterator<Color> ki = new EnumMap<Color, String>(Color.class).keySet().iterator();
            ki.next();
        });
        EnumMap<Big, Integer> bm = new EnumMap<>(Big.class);
        for (Big b : Big.values()) if (b.ordinal() % 9 == 0) bm.put(b, b.ordinal());
        System.out.println(bm + " " + bm.keySet());
        m.clear();
        System.out.println(m + " " + m.isEmpty() + " " + m.equals(new EnumMap<>(Op.class)));
    }
}
