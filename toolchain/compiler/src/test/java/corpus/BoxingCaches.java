package corpus;

import java.util.*;

public class BoxingCaches {
    static Integer box(int i) { return i; }

    @SuppressWarnings("removal")
    public static void main(String[] args) {
        int[] probes = {-129, -128, -1, 0, 1, 100, 127, 128, 1000, Integer.MAX_VALUE};
        for (int p : probes) {
            Integer a = p;
            Integer b = p;
            Integer c = Integer.valueOf(p);
            Integer d = box(p);
            System.out.println(p + ": a==b " + (a == b) + " a==valueOf " + (a == c) + " a==box " + (a == d) + " equals " + a.equals(b));
        }
        Integer x = 127, y = 127;
        x++;
        y++;
        System.out.println((x == y) + " " + x.equals(y) + " " + (x.intValue() == y));
        Integer big1 = 1000;
        int prim = 1000;
        System.out.println((big1 == prim) + " " + (big1 == 1000));
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println((l1 == l2) + " " + (l3 == l4) + " " + l3.equals(l4) + " " + l1.equals(127) + " " + l1.equals(127L));
        Integer n = null;
        try {
            int v = n;
            System.out.println(v);
        } catch (NullPointerException e) {
            System.out.println("unboxing null NPE");
        }
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 1000, 1000));
        list.remove(Integer.valueOf(1));
        list.remove(0);
        System.out.println(list + " " + (list.get(1) == list.get(2)) + " " + list.get(1).equals(list.get(2)));
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < 10; i++) counts.put(i % 3, counts.getOrDefault(i % 3, 0) + 1);
        System.out.println(counts);
        Object o = 42;
        System.out.println(o.getClass().getName() + " " + (o instanceof Integer) + " " + (o instanceof Number));
        Object ob = 'c';
        Object od = 1.0;
        Object of = 1.0f;
        Object oz = true;
        Object os = (short) 1;
        Object obt = (byte) 1;
        Object ol = 1L;
        System.out.println(ob.getClass().getSimpleName() + od.getClass().getSimpleName() + of.getClass().getSimpleName()
                + oz.getClass().getSimpleName() + os.getClass().getSimpleName() + obt.getClass().getSimpleName() + ol.getClass().getSimpleName());
        Double d1 = 0.5, d2 = 0.5;
        System.out.println((d1 == d2) + " " + d1.equals(d2) + " " + (Double.valueOf(0.5) == Double.valueOf(0.5)));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println((t1 == t2) + " " + (t1 == Boolean.TRUE) + " " + Boolean.parseBoolean("yes"));
        long sum = 0;
        Long acc = 0L;
        for (int i = 0; i < 1000; i++) {
            acc += i;
            sum += i;
        }
        System.out.println(acc + " " + (acc == sum));
        Integer cond = true ? 1 : Integer.valueOf(2);
        Object mixed = true ? 1 : "s";
        Object widened = true ? 1 : 2.0;
        System.out.println(cond + " " + mixed + " " + widened);
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        System.out.println((c1 == c2) + " " + (c3 == c4) + " " + c3.equals(c4));
        System.out.println(Integer.valueOf(5).compareTo(7) + " " + Integer.valueOf(77).hashCode() + " " + Integer.sum(3, 4) + " " + Integer.max(3, 4));
    }
}
