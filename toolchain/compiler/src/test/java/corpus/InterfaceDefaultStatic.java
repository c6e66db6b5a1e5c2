package corpus;

public class InterfaceDefaultStatic {
    interface Greeter {
        String name();

        default String greet() { return "Hello, " + name() + suffix(); }

        default String suffix() { return "!"; }

        static Greeter of(String n) { return () -> n; }

        static String describe(Greeter g) { return "Greeter[" + g.name() + "]"; }
    }

    interface Loud extends Greeter {
        @Override
        default String suffix() { return "!!!"; }
    }

    static class Bob implements Greeter {
        public String name() { return "Bob"; }
    }

    static class Alice implements Loud {
        public String name() { return "Alice"; }

        public String greet() { return Loud.super.greet().toUpperCase(); }
    }

    static class Carol extends Bob implements Loud {
        public String name() { return "Carol"; }
    }

    interface Counter {
        int COUNT_BASE = 100;

        int step();

        default int next(int x) { return x + step() + COUNT_BASE; }
    }

    enum Op implements Counter {
        ONE { public int step() { return 1; } },
        TEN { public int step() { return 10; } }
    }

    public static void main(String[] args) {
        Greeter[] gs = {new Bob(), new Alice(), new Carol(), Greeter.of("Dave"), () -> "Eve"};
        for (Greeter g : gs) {
            System.out.println(g.greet() + " / " + Greeter.describe(g) + " / " + g.suffix());
        }
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.next(5));
        }
        Counter c = () -> -1;
        System.out.println(c.next(0));
        System.out.println(Counter.COUNT_BASE);
        Loud l = new Alice();
        Greeter g = l;
        System.out.println(g.greet());
        System.out.println(g instanceof Loud);
        System.out.println(new Carol() instanceof Bob);
    }
}
