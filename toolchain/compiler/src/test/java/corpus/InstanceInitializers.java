package corpus;

import java.util.*;

public class InstanceInitializers {
    static StringBuilder log = new StringBuilder();

    static int note(String s, int v) {
        log.append(s).append(' ');
        return v;
    }

    static class Base {
        int a = note("Base.a", 1);

        {
            note("Base.init1", 0);
        }

        int b = note("Base.b", a + 1);

        Base() {
            note("Base.ctor", 0);
            show();
        }

        void show() { note("Base.show", 0); }

        {
            note("Base.init2", 0);
        }
    }

    static class Derived extends Base {
        int c = note("Derived.c", 3);
        String s = "set";
        final int fin;

        {
            note("Derived.init c=" + c, 0);
            fin = c * 10;
        }

        Derived() {
            super();
            note("Derived.ctor fin=" + fin, 0);
        }

        Derived(int x) {
            this();
            note("Derived(int) x=" + x, 0);
        }

        @Override void show() { note("Derived.show c=" + c + " s=" + s, 0); }
    }

    static class WithCollections {
        final List<String> items = new ArrayList<>();
        final Map<String, Integer> index = new TreeMap<>();

        {
            items.add("first");
            items.add("second");
            for (int i = 0; i < items.size(); i++) index.put(items.get(i), i);
        }
    }

    static class Counter {
        static int instances;
        final int id;

        {
            id = ++instances;
        }
    }

    public static void main(String[] args) {
        new Base();
        System.out.println(log);
        log.setLength(0);
        new Derived();
        System.out.println(log);
        log.setLength(0);
        Derived d = new Derived(5);
        System.out.println(log);
        System.out.println(d.a + " " + d.b + " " + d.c + " " + d.fin + " " + d.s);
        WithCollections w = new WithCollections();
        System.out.println(w.items + " " + w.index);
        Counter c1 = new Counter(), c2 = new Counter(), c3 = new Counter();
        System.out.println(c1.id + " " + c2.id + " " + c3.id + " " + Counter.instances);
        Map<String, Integer> dbl = new HashMap<>() {{
            put("x", 1);
            put("y", 2);
        }};
        System.out.println(dbl);
    }
}
