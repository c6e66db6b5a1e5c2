package corpus;

public class FieldShadowing {
    static class Parent {
        String name = "parent";
        static String kind = "Parent.kind";
        int value = 1;

        String getName() { return name; }

        static String staticHello() { return "Parent.staticHello"; }

        String callStatic() { return staticHello(); }
    }

    static class Child extends Parent {
        String name = "child";
        static String kind = "Child.kind";
        long value = 2;

        @Override String getName() { return name; }

        String superName() { return super.name; }

        String both() { return name + "/" + super.name + "/" + ((Parent) this).name + "/" + this.value + "/" + super.value; }

        static String staticHello() { return "Child.staticHello"; }
    }

    static int x = 10;
    int y = 20;

    void shadowParams(int x, int y) {
        System.out.println(x + " " + y + " " + FieldShadowing.x + " " + this.y);
        {
            int z = x + y;
            System.out.println("z=" + z);
        }
        for (int i = 0; i < 1; i++) {
            int q = i + x;
            System.out.println("q=" + q);
        }
    }

    interface HasConst { int CONST = 1; }
    static class ImplConst implements HasConst { static final int CONST = 2; int get() { return CONST; } }

    @SuppressWarnings("static")
    public static void main(String[] args) {
        Child c = new Child();
        Parent p = c;
        System.out.println(c.name + " " + p.name + " " + c.getName() + " " + p.getName() + " " + c.superName());
        System.out.println(c.both());
        System.out.println(c.kind + " " + p.kind + " " + Child.kind + " " + Parent.kind);
        System.out.println(c.staticHello() + " " + p.staticHello() + " " + c.callStatic());
        System.out.println(c.value + " " + p.value + " " + ((Parent) c).value);
        p.name = "changed";
        System.out.println(c.name + " " + c.superName());
        new FieldShadowing().shadowParams(1, 2);
        System.out.println(new ImplConst().get() + " " + HasConst.CONST + " " + ImplConst.CONST);
        Parent nullParent = null;
        System.out.println(nullParent.kind);
        int x = 99;
        System.out.println(x + " " + FieldShadowing.x);
    }
}
