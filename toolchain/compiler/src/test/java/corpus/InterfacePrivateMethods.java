package corpus;

public class InterfacePrivateMethods {
    interface Calculator {
        int base();

        default int addTwice(int x) { return add(add(x)); }

        default String describe() { return label("calc") + " base=" + base(); }

        private int add(int x) { return x + base(); }

        private String label(String s) { return "<" + s + ":" + helper(s.length()) + ">"; }

        private static int helper(int n) { return n * 100; }

        static int square(int x) { return helperSquare(x); }

        private static int helperSquare(int x) { return x * x; }
    }

    interface Logger {
        default String info(String msg) { return format("INFO", msg); }

        default String warn(String msg) { return format("WARN", msg); }

        private String format(String level, String msg) { return "[" + level + "] " + prefix() + msg; }

        String prefix();
    }

    static class Impl implements Calculator, Logger {
        public int base() { return 7; }

        public String prefix() { return "impl: "; }
    }

    public static void main(String[] args) {
        Impl impl = new Impl();
        System.out.println(impl.addTwice(1));
        System.out.println(impl.describe());
        System.out.println(Calculator.square(12));
        System.out.println(impl.info("hello"));
        System.out.println(impl.warn("careful"));
        Calculator lambda = () -> -3;
        System.out.println(lambda.addTwice(10) + " " + lambda.describe());
        Logger anon = new Logger() {
            public String prefix() { return ""; }
        };
        System.out.println(anon.info("anon"));
        Logger lam = () -> ">> ";
        System.out.println(lam.warn("lambda logger"));
    }
}
