package corpus;

public class StaticInitCycle {
    static class A {
        static int x = B.y + 1;
        static int a = 5;
        static { System.out.println("A init: x=" + x + " a=" + a + " B.y=" + B.y); }
    }

    static class B {
        static int y = A.a * 10;
        static int z = A.x;
        static { System.out.println("B init: y=" + y + " z=" + z); }
    }

    static class Self {
        static final Self INSTANCE = new Self();
        static int counter = 10;
        static final int CONST = 3;
        static Integer boxed = 4;
        int seenCounter;
        int seenConst;
        Integer seenBoxed;

        Self() {
            seenCounter = counter;
            seenConst = CONST;
            seenBoxed = boxed;
            counter++;
        }
    }

    static class Parent {
        static { System.out.println("Parent init, Child.v=" + Child.v); }
        static int p = 1;
    }

    static class Child extends Parent {
        static int v = 7;
        static { System.out.println("Child init, p=" + p); }
    }

    public static void main(String[] args) {
        System.out.println("main");
        System.out.println(A.x);
        System.out.println(B.y + " " + B.z);
        System.out.println(Self.INSTANCE.seenCounter + " " + Self.INSTANCE.seenConst + " " + Self.INSTANCE.seenBoxed);
        System.out.println(Self.counter);
        System.out.println(Child.v);
        System.out.println(Parent.p);
    }
}
