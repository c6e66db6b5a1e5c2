package corpus;

public class TryWithResources {
    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }

        void use(boolean fail) {
            System.out.println("use " + name);
            if (fail) throw new IllegalStateException("use failed: " + name);
        }

        @Override public void close() {
            System.out.println("close " + name);
            if (failOnClose) throw new IllegalArgumentException("close failed: " + name);
        }
    }

    static void scenario(String label, boolean failUse, boolean failCloseA, boolean failCloseB) {
        System.out.println("== " + label);
        try (Res a = new Res("A", failCloseA); Res b = new Res("B", failCloseB)) {
            a.use(false);
            b.use(failUse);
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) System.out.println("  suppressed " + s.getClass().getSimpleName() + ": " + s.getMessage());
        } finally {
            System.out.println("finally");
        }
    }

    static Res failingOpen() {
        throw new UnsupportedOperationException("cannot open");
    }

    public static void main(String[] args) {
        scenario("clean", false, false, false);
        scenario("use fails", true, false, false);
        scenario("use and both closes fail", true, true, true);
        scenario("only close A fails", false, true, false);
        scenario("both closes fail", false, true, true);
        System.out.println("== open fails");
        try (Res a = new Res("first", false); Res b = failingOpen()) {
            System.out.println("never " + a.name + b.name);
        } catch (UnsupportedOperationException e) {
            System.out.println("caught " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }
        System.out.println("== null resource");
        try (Res n = null) {
            System.out.println("body with null resource " + (n == null));
        }
        System.out.println("== existing variable");
        Res outer = new Res("outer", false);
        try (outer) {
            outer.use(false);
        }
        Exception e = new Exception("primary");
        e.addSuppressed(new RuntimeException("s1"));
        e.addSuppressed(new Error("s2"));
        System.out.println(e.getSuppressed().length + " " + e.getSuppressed()[1]);
        try {
            e.addSuppressed(e);
        } catch (IllegalArgumentException ex) {
            System.out.println(ex.getMessage());
        }
        try {
            e.addSuppressed(null);
        } catch (NullPointerException ex) {
            System.out.println(ex.getMessage());
        }
        System.out.println("== return from try");
        System.out.println(returning());
    }

    static String returning() {
        try (Res r = new Res("R", false)) {
            return "returned from " + r.name;
        }
    }
}
