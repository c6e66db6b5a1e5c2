package corpus;

public class DiamondDefaults {
    interface A {
        default String who() { return "A"; }
    }

    interface B extends A {
        @Override default String who() { return "B"; }
    }

    interface C extends A {}

    static class D implements B, C {}

    interface E extends A {
        @Override default String who() { return "E"; }
    }

    static class F implements B, E {
        @Override public String who() { return "F(" + B.super.who() + "," + E.super.who() + ")"; }
    }

    static class Base {
        public String who() { return "Base"; }
    }

    static class G extends Base implements B {}

    interface H {
        String who();
    }

    static class I extends Base implements H {}

    interface J extends B {
        @Override String who();
    }

    static class K implements J {
        public String who() { return "K"; }
    }

    interface Walker { default String move() { return "walk"; } default int speed() { return 1; } }
    interface Swimmer { default String move() { return "swim"; } default int depth() { return 5; } }

    static class Duck implements Walker, Swimmer {
        public String move() { return Walker.super.move() + "+" + Swimmer.super.move(); }
    }

    interface Top { default String name() { return "Top"; } }
    interface Left extends Top {}
    interface Right extends Top { default String name() { return "Right"; } }
    static class Bottom implements Left, Right {}

    static abstract class AbstractBase implements B {
        public abstract String who();
    }

    static class Concrete extends AbstractBase {
        public String who() { return "Concrete"; }
    }

    public static void main(String[] args) {
        System.out.println(new D().who());
        System.out.println(new F().who());
        System.out.println(new G().who());
        System.out.println(new I().who());
        System.out.println(new K().who());
        Duck duck = new Duck();
        System.out.println(duck.move() + " " + duck.speed() + " " + duck.depth());
        System.out.println(new Bottom().name());
        A a = new Concrete();
        System.out.println(a.who());
        A[] all = {new D(), new F(), new G(), new K(), new Concrete(), new A() {}, new C() {}};
        StringBuilder sb = new StringBuilder();
        for (A x : all) sb.append(x.who()).append(' ');
        System.out.println(sb.toString().trim());
        H h = new I();
        System.out.println(h.who());
        Walker w = duck;
        Swimmer s = duck;
        System.out.println(w.move().equals(s.move()));
    }
}
