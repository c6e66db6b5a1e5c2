package corpus;

public class SuperCalls {
    static class A {
        String name() { return "A"; }

        String chain() { return "A.chain"; }

        String callName() { return "A.callName->" + name(); }

        @Override public String toString() { return "A-object"; }

        @Override public boolean equals(Object o) { return o instanceof A; }

        @Override public int hashCode() { return 17; }
    }

    static class B extends A {
        @Override String name() { return "B"; }

        @Override String chain() { return "B.chain(" + super.chain() + ")"; }

        String superName() { return super.name(); }

        String superCallName() { return super.callName(); }
    }

    static class C extends B {
        @Override String name() { return "C"; }

        @Override String chain() { return "C.chain(" + super.chain() + ")"; }

        @Override public String toString() { return "C-object/" + super.toString(); }

        @Override public int hashCode() { return super.hashCode() * 2; }
    }

    interface Named {
        default String label() { return "Named"; }
    }

    interface Tagged {
        default String label() { return "Tagged"; }
    }

    static class Both implements Named, Tagged {
        @Override public String label() { return Named.super.label() + "+" + Tagged.super.label(); }
    }

    static class Shape {
        protected double scale = 1;

        Shape() { init(); }

        void init() { System.out.println("Shape.init scale=" + scale); }
    }

    static class Circle extends Shape {
        double radius = 5;

        Circle() {
            super();
            System.out.println("Circle ctor radius=" + radius);
        }

        @Override void init() {
            System.out.println("Circle.init radius=" + radius);
            super.init();
        }
    }

    public static void main(String[] args) {
        C c = new C();
        System.out.println(c.name() + " " + c.superName() + " " + c.chain());
        System.out.println(c.callName());
        System.out.println(c.superCallName());
        System.out.println(c);
        System.out.println(c.hashCode() + " " + new B().hashCode());
        System.out.println(c.equals(new B()) + " " + c.equals("x"));
        A a = new B();
        System.out.println(a.name() + " " + a.chain() + " " + a);
        System.out.println(new Both().label());
        new Circle();
        java.util.ArrayList<String> list = new java.util.ArrayList<>() {
            @Override public String toString() { return "custom:" + super.toString(); }
        };
        list.add("abc");
        System.out.println(list);
    }
}
