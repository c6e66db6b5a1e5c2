package corpus;

public class StaticInitOrder {
    static StringBuilder log = new StringBuilder();

    static void log(String s) {
        log.append(s).append(';');
        System.out.println("init: " + s);
    }

    static class A {
        static int a1 = value("A.a1", 1);
        static { log("A static block"); }
        static int a2 = value("A.a2", a1 + 1);

        static int value(String name, int v) {
            log(name + "=" + v);
            return v;
        }

        static void touch() { log("A.touch"); }
    }

    static class B extends A {
        static int b = value("B.b", 10);
        static { log("B static block"); }
        static final int CONST = 42;
        static final String SCONST = "constant";
        static final Integer BOXED = value("B.BOXED", 7);
    }

    static class C {
        static { log("C static block"); }
        int inst = 5;
        C() { log("C ctor"); }
    }

    interface I {
        int X = A.value("I.X", 99);
        default void m() {}
    }

    static class D implements I {
        static { log("D static block"); }
    }

    static class Holder {
        static { log("Holder init"); }
        static final Object INSTANCE = new Object();
    }

    public static void main(String[] args) {
        log("main start");
        System.out.println(B.CONST);
        System.out.println(B.SCONST);
        log("after constants");
        System.out.println(B.b);
        System.out.println(A.a2);
        System.out.println(B.BOXED);
        C[] arr = new C[3];
        log("array created " + arr.length);
        new C();
        new C();
        new D();
        log("D created");
        System.out.println(I.X);
        A.touch();
        Object h1 = Holder.INSTANCE;
        Object h2 = Holder.INSTANCE;
        System.out.println(h1 == h2);
        Class<?> k = C.class;
        log("class literal " + k.getSimpleName());
        System.out.println(log);
    }
}
