package corpus;

import java.util.*;

/** Hashtable: bucket order (11 buckets, 2n + 1 growth, heads first), enumerations, nulls and views. */
public class HashtableOrders {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    static String list(Enumeration<?> e) {
        StringBuilder sb = new StringBuilder();
        while (e.hasMoreElements()) sb.append(e.nextElement()).append(' ');
        return sb.toString();
    }

    public static void main(String[] args) {
        Hashtable<Integer, String> t = new Hashtable<>();
        for (int i = 0; i < 40; i++) {
            t.put(i * 7 - 60, "v" + i);
            if (i % 3 == 0) System.out.println(t);
        }
        System.out.println(list(t.keys()));
        System.out.println(list(t.elements()));
        for (int cap : new int[] {0, 1, 5, 100}) {
            for (float lf : new float[] {0.5f, 1f, 3f}) {
                Hashtable<String, Integer> h = new Hashtable<>(cap, lf);
                for (String s : "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu".split(" ")) {
                    h.put(s, s.length());
                }
                System.out.println(cap + " " + lf + " " + h);
            }
        }
        Hashtable<String, Integer> h = new Hashtable<>(Map.of("k1", 1, "k2", 2, "k3", 3, "k4", 4));
        System.out.println(h + " " + h.hashCode() + " " + h.equals(new HashMap<>(h)) + " " + h.contains(3)
                + " " + h.containsValue(9) + " " + h.containsKey("k2"));
        h.computeIfAbsent("k5", k -> 5);
        h.compute("k1", (k, v) -> v + 10);
        h.computeIfPresent("k2", (k, v) -> null);
        h.merge("k3", 30, Integer::sum);
        h.merge("k6", 6, Integer::sum);
        h.merge("k7", null, Integer::sum);
        System.out.println(h + " " + h.putIfAbsent("k4", 0) + " " + h.replace("k4", 44) + " " + h.replace("k4", 44, 4)
                + " " + h.remove("k4", 5) + " " + h.getOrDefault("zz", -1));
        @SuppressWarnings("unchecked")
        Hashtable<String, Integer> c = (Hashtable<String, Integer>) h.clone();
        c.put("k8", 8);
        System.out.println(h + " " + c + " " + c.keySet() + " " + c.values() + " " + c.entrySet());
        StringBuilder order = new StringBuilder();
        c.forEach((k, v) -> order.append(k));
        System.out.println("forEach " + order);
        c.replaceAll((k, v) -> v * 2);
        System.out.println(c);
        Iterator<String> it = c.keySet().iterator();
        while (it.hasNext()) if (it.next().compareTo("k4") < 0) it.remove();
        System.out.println(c);
        Map.Entry<String, Integer> e = c.entrySet().iterator().next();
        attempt("setValue null", () -> e.setValue(null));
        c.remove(e.getKey());
        attempt("removed entry", () -> System.out.println(e));
        attempt("put null key", () -> h.put(null, 1));
        attempt("put null value", () -> h.put("a", null));
        attempt("get null", () -> h.get(null));
        attempt("contains null", () -> h.contains(null));
        attempt("putAll null", () -> h.putAll(null));
        attempt("bad capacity", () -> new Hashtable<>(-1));
        attempt("bad load", () -> new Hashtable<>(1, 0f));
        attempt("empty enumeration", () -> new Hashtable<>().keys().nextElement());
        attempt("enumeration end", () -> {
            Enumeration<String> en = h.keys();
            while (en.hasMoreElements()) en.nextElement();
            en.nextElement();
        });
        attempt("iterator remove first", () -> h.keySet().iterator().remove());
        attempt("cme", () -> {
            for (String k : h.keySet()) h.put(k + "x", 1);
        });
        attempt("forEach cme", () -> h.forEach((k, v) -> h.remove("k1")));
        attempt("cia cme", () -> h.computeIfAbsent("q", k -> h.put("r", 1)));
        Hashtable<Object, Object> self = new Hashtable<>();
        self.put("me", self);
        self.put(self, "me");
        System.out.println(self.toString().length() + " " + self.hashCode() + " " + self.size());
        System.out.println(new Hashtable<>() + " " + new Hashtable<>().hashCode() + " " + h.keys().hasMoreElements());
    }
}
