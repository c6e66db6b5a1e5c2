package corpus;

public class ExceptionMessages {
    static class Custom extends RuntimeException {
        Custom() { super(); }
        Custom(String m) { super(m); }
        Custom(String m, Throwable c) { super(m, c); }
        Custom(Throwable c) { super(c); }
    }

    static class Localized extends Exception {
        Localized(String m) { super(m); }
        @Override public String getLocalizedMessage() { return "localized(" + getMessage() + ")"; }
    }

    static class Pretty extends Exception {
        @Override public String toString() { return "Pretty!"; }
    }

    public static void main(String[] args) {
        Throwable[] ts = {
            new RuntimeException(), new RuntimeException("msg"), new RuntimeException((String) null), new Custom(),
            new Custom("custom msg"), new Custom(new IllegalStateException("inner")), new Custom("outer", new Error("e")),
            new Custom((Throwable) null), new Localized("loc"), new Pretty(), new Error(""), new Exception(" spaced "),
            new IllegalArgumentException(new ArithmeticException()), new UnsupportedOperationException("uoe", null),
            new ArithmeticException("arith"), new NullPointerException("npe msg"), new ClassCastException(),
            new IndexOutOfBoundsException(5), new StringIndexOutOfBoundsException(-1), new ArrayIndexOutOfBoundsException(7),
            new NumberFormatException("nfe"), new AssertionError("assert"), new AssertionError(42), new AssertionError(null),
            new StackOverflowError(), new OutOfMemoryError("oom"), new java.util.NoSuchElementException("nse"),
            new java.util.ConcurrentModificationException(), new IllegalStateException("ise", new RuntimeException("root")),
            new CloneNotSupportedException("cns"), new InterruptedException("int"), new Throwable("base")
        };
        for (Throwable t : ts) {
            System.out.println(t + " | msg=" + t.getMessage() + " | lmsg=" + t.getLocalizedMessage() + " | cause=" + t.getCause());
        }
        Throwable t = new Exception("a");
        t.initCause(new RuntimeException("b"));
        System.out.println(t.getCause().getMessage());
        try {
            t.initCause(new RuntimeException("c"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
        Throwable self = new Exception("self");
        try {
            self.initCause(self);
        } catch (IllegalArgumentException e) {
            System.out.println("self-causation: " + e.getMessage());
        }
        AssertionError ae = new AssertionError(new RuntimeException("wrapped"));
        System.out.println(ae.getMessage() + " / " + ae.getCause());
        Exception chained = new Exception(new Exception(new Exception("deepest")));
        System.out.println(chained.getMessage());
        Throwable root = chained;
        while (root.getCause() != null) root = root.getCause();
        System.out.println(root.getMessage());
        System.out.println(new Exception().getStackTrace().length > 0);
        RuntimeException noTrace = new RuntimeException("nostack", null, false, false) {};
        System.out.println(noTrace.getStackTrace().length + " " + noTrace.getMessage());
        noTrace.addSuppressed(new Exception("ignored"));
        System.out.println(noTrace.getSuppressed().length);
    }
}
