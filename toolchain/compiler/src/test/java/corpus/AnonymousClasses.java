package corpus;

import java.util.*;

public class AnonymousClasses {
    interface Greeting { String say(String who); }

    static abstract class Template {
        final String prefix;

        Template(String prefix) { this.prefix = prefix; }

        abstract String body();

        String render() { return prefix + ":" + body(); }
    }

    int base = 3;

    Greeting make(String salutation) {
        return new Greeting() {
            int calls = 0;

            public String say(String who) {
                calls++;
                return salutation + " " + who + " #" + calls + " base=" + base;
            }
        };
    }

    public static void main(String[] args) {
        AnonymousClasses outer = new AnonymousClasses();
        Greeting g = outer.make("Hi");
        System.out.println(g.say("ann"));
        System.out.println(g.say("ben"));
        outer.base = 4;
        System.out.println(g.say("cy"));
        Template t = new Template("hdr") {
            String body() { return "anonymous body with " + prefix.length(); }
        };
        System.out.println(t.render());
        Comparator<String> byLen = new Comparator<String>() {
            public int compare(String a, String b) { return Integer.compare(a.length(), b.length()); }
        };
        List<String> l = new ArrayList<>(List.of("ccc", "a", "bb", "dddd", "e"));
        l.sort(byLen);
        System.out.println(l);
        Object o = new Object() {
            @Override public String toString() { return "anon toString"; }
        };
        System.out.println(o);
        System.out.println(o.getClass().getName() + " [" + o.getClass().getSimpleName() + "] " + o.getClass().isAnonymousClass());
        System.out.println(g.getClass().getName() + " " + t.getClass().getName());
        Iterator<Integer> countdown = new Iterator<>() {
            int n = 3;
            public boolean hasNext() { return n > 0; }
            public Integer next() { return n--; }
        };
        while (countdown.hasNext()) System.out.print(countdown.next() + " ");
        System.out.println();
        List<Integer> dbl = new ArrayList<>() {
            { add(1); add(2); }
            @Override public boolean add(Integer x) { return super.add(x * 2); }
        };
        dbl.add(10);
        System.out.println(dbl);
        Runnable r = new Runnable() {
            int x = 5;
            { x *= 3; }
            public void run() { System.out.println("run x=" + x); }
        };
        r.run();
    }
}
