package corpus;


public class ThrowableApi {
    static class Quiet extends RuntimeException {
        Quiet(String m, Throwable cause, boolean suppression, boolean writable) {
            super(m, cause, suppression, writable);
        }
    }

    static class Localized extends Exception {
        Localized(String m) {
            super(m);
        }

        @Override
        public String getLocalizedMessage() {
            return "[" + getMessage() + "]";
        }
    }

    static StackTraceElement[] frames(String... names) {
        StackTraceElement[] out = new StackTraceElement[names.length];
        for (int i = 0; i < names.length; i++) out[i] = new StackTraceElement("demo." + names[i], "run", names[i] + ".java", 10 + i);
        return out;
    }

    static Exception deep(int n) {
        if (n == 0) return new IllegalStateException("deep");
        return deep(n - 1);
    }

    /**
     * Prints t's stack trace with every trace cut after main: what calls main differs between HotSpot
     * and native (a launcher frame), and so would the "... n more" counts.
     */
    static void show(Throwable t) {
        trim(t);
        t.printStackTrace(System.out);
    }

    static void trim(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        int keep = mainIndex(st) + 1;
        t.setStackTrace(java.util.Arrays.copyOf(st, keep == 0 ? st.length : keep));
        for (Throwable s : t.getSuppressed()) trim(s);
        if (t.getCause() != null) trim(t.getCause());
    }

    static int mainIndex(StackTraceElement[] st) {
        for (int i = 0; i < st.length; i++) {
            if (st[i].getMethodName().equals("main") && st[i].getClassName().equals("corpus.ThrowableApi")) return i;
        }
        return -1;
    }

    public static void main(String[] args) {
        Exception top = new Exception("top");
        top.setStackTrace(frames("A", "B", "Main"));
        RuntimeException cause = new RuntimeException("cause");
        cause.setStackTrace(frames("C", "B", "Main"));
        Error inner = new Error("inner");
        inner.setStackTrace(frames("D", "C", "B", "Main"));
        cause.initCause(inner);
        top.initCause(cause);
        IllegalArgumentException s1 = new IllegalArgumentException("first suppressed");
        s1.setStackTrace(frames("E", "Main"));
        IllegalStateException s2 = new IllegalStateException();
        s2.setStackTrace(frames("F", "G", "B", "Main"));
        s2.addSuppressed(new ArithmeticException("nested"));
        s2.getSuppressed()[0].setStackTrace(frames("H", "B", "Main"));
        top.addSuppressed(s1);
        top.addSuppressed(s2);
        top.printStackTrace(System.out);
        System.out.println(top.getSuppressed().length + " " + top.getCause() + " " + top.getStackTrace()[1]);

        Exception x = new Exception("x"), y = new Exception("y");
        x.initCause(y);
        y.initCause(x);
        x.setStackTrace(frames("X", "Main"));
        y.setStackTrace(frames("Y", "Main"));
        x.addSuppressed(y);
        x.printStackTrace(System.out);
        Exception z = new Exception("z", s1);
        z.setStackTrace(new StackTraceElement[0]);
        z.addSuppressed(s1);
        z.printStackTrace(System.out);

        Throwable t = new Throwable("t");
        try {
            t.initCause(t);
        } catch (IllegalArgumentException e) {
            System.out.println(e + " / " + e.getCause());
        }
        t.initCause(null);
        try {
            t.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println(e + " / " + e.getCause());
        }
        try {
            t.initCause(null);
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        try {
            new Throwable("m", null).initCause(t);
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        try {
            t.addSuppressed(t);
        } catch (IllegalArgumentException e) {
            System.out.println(e + " / " + e.getCause());
        }
        try {
            t.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println(e);
        }
        try {
            t.setStackTrace(new StackTraceElement[]{new StackTraceElement("A", "b", "A.java", 1), null});
        } catch (NullPointerException e) {
            System.out.println(e);
        }
        Quiet q = new Quiet("quiet", null, false, false);
        q.addSuppressed(new Error());
        System.out.println(q.getSuppressed().length + " " + q.getStackTrace().length + " " + (q.fillInStackTrace() == q));
        q.setStackTrace(frames("Q"));
        System.out.println(q.getStackTrace().length + " " + q.getCause());
        try {
            q.initCause(null);
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        try {
            q.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println(e);
        }
        System.out.println(new Throwable((Throwable) null).getMessage() + " | " + new Throwable(new Error("e")).getMessage()
                + " | " + new Throwable().getMessage() + " | " + new RuntimeException("r", null).getCause());
        Localized l = new Localized("loc");
        System.out.println(l + " | " + l.getMessage() + " | " + l.getLocalizedMessage());
        l.setStackTrace(frames("L"));
        l.printStackTrace(System.out);

        // Real frames: only user frames are compared.
        Exception real = new RuntimeException("outer", deep(3));
        show(real);
        Exception wrapped = new Exception(deep(1));
        wrapped.addSuppressed(deep(2));
        show(wrapped);
        StackTraceElement[] st = deep(2).getStackTrace();
        System.out.println(st[0] + " " + st[0].getModuleName() + " " + mainIndex(st));
        st[0] = null;
        System.out.println(deep(0).getStackTrace()[0]);

        StackTraceElement a = new StackTraceElement("a.B", "m", "B.java", 5);
        System.out.println(a + " " + new StackTraceElement("a.B", "m", null, -1) + " " + new StackTraceElement("a.B", "m", "B.java", -2)
                + " " + new StackTraceElement("a.B", "m", "B.java", -5) + " " + new StackTraceElement("java.lang.X", "m", "X.java", 3)
                + " " + new StackTraceElement("a.B", "m", "B.java", 0));
        System.out.println(new StackTraceElement("ldr", "mod", "1.0", "a.B", "m", "B.java", 5) + " "
                + new StackTraceElement(null, "mod", null, "a.B", "m", "B.java", 5) + " "
                + new StackTraceElement("app", null, null, "a.B", "m", "B.java", 5) + " "
                + new StackTraceElement(null, "java.base", "25", "a.B", "m", null, -2) + " "
                + new StackTraceElement("", "", "", "a.B", "m", "F", 3) + " " + new StackTraceElement("x", "", "v", "a.B", "m", "F", 3));
        System.out.println(a.hashCode() + " " + new StackTraceElement("a.B", "m", null, 5).hashCode() + " "
                + new StackTraceElement("ldr", "mod", "1", "a.B", "m", "B.java", 5).hashCode() + " "
                + a.equals(new StackTraceElement("a.B", "m", "B.java", 5)) + " "
                + a.equals(new StackTraceElement(null, "mod", null, "a.B", "m", "B.java", 5)) + " " + a.isNativeMethod()
                + " " + a.getClassLoaderName() + " " + a.getModuleVersion());
        try {
            new StackTraceElement(null, "m", null, 1);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            new StackTraceElement("c", null, null, 1);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }
}
