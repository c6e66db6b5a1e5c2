package corpus;

public class OverloadDispatch {
    static class Animal {}
    static class Dog extends Animal {}

    static String f(Object o) { return "f(Object)"; }
    static String f(Animal a) { return "f(Animal)"; }
    static String f(Dog d) { return "f(Dog)"; }

    static String g(int x) { return "g(int)"; }
    static String g(long x) { return "g(long)"; }
    static String g(double x) { return "g(double)"; }
    static String g(Integer x) { return "g(Integer)"; }
    static String g(Object x) { return "g(Object)"; }

    static String h(long x) { return "h(long)"; }
    static String h(Integer x) { return "h(Integer)"; }

    static String k(Object o) { return "k(Object)"; }
    static String k(String s) { return "k(String)"; }

    static String m(double d) { return "m(double)"; }
    static String m(float f) { return "m(float)"; }

    static String c(char ch) { return "c(char)"; }
    static String c(int i) { return "c(int)"; }

    static String box(Object o) { return "box(Object) " + o.getClass().getSimpleName(); }
    static String box(Number n) { return "box(Number) " + n.getClass().getSimpleName(); }

    static class Visitor {
        String visit(Animal a) { return "Visitor.visit(Animal)"; }
        String visit(Dog d) { return "Visitor.visit(Dog)"; }
    }

    static class LoudVisitor extends Visitor {
        @Override String visit(Animal a) { return "LoudVisitor.visit(Animal)"; }
    }

    static class Shape {
        String collide(Shape s) { return "Shape-Shape"; }
        String dispatch(Shape other) { return other.collideWith(this); }
        String collideWith(Shape s) { return "generic"; }
    }

    static class Circle extends Shape {
        @Override String collide(Shape s) { return "Circle-Shape"; }
        String collide(Circle c) { return "Circle-Circle"; }
        @Override String collideWith(Shape s) { return "circle hit by " + s.getClass().getSimpleName(); }
    }

    public static void main(String[] args) {
        Animal a = new Dog();
        Dog d = new Dog();
        Object o = d;
        System.out.println(f(a) + " " + f(d) + " " + f(o) + " " + f((Animal) d) + " " + f(null));
        byte b = 1;
        short s = 2;
        char ch = 'c';
        long l = 3;
        float fl = 4f;
        System.out.println(g(b) + " " + g(s) + " " + g(ch) + " " + g(5) + " " + g(l) + " " + g(fl) + " " + g(Integer.valueOf(5)) + " " + g("str"));
        System.out.println(h(5) + " " + h(Integer.valueOf(5)));
        System.out.println(k(null) + " " + k("s") + " " + k((Object) "s"));
        System.out.println(m(1) + " " + m(1L) + " " + m(1.0) + " " + m(1f));
        System.out.println(c('a') + " " + c(97) + " " + c((char) 97) + " " + c('a' + 1));
        System.out.println(box(1) + " | " + box(1.5) + " | " + box("s") + " | " + box('c'));
        Visitor v = new LoudVisitor();
        System.out.println(v.visit(a) + " " + v.visit(d) + " " + v.visit((Animal) d));
        Shape s1 = new Circle();
        Circle c1 = new Circle();
        System.out.println(s1.collide(c1) + " " + c1.collide(c1) + " " + c1.collide(s1) + " " + ((Shape) c1).collide(c1));
        System.out.println(s1.dispatch(new Shape()) + " | " + new Shape().dispatch(s1));
        StringBuilder sb = new StringBuilder();
        sb.append('x').append((int) 'x').append((char) 121).append(1 + 'a').append((char) ('a' + 1));
        System.out.println(sb);
        System.out.println(String.valueOf((Object) null) + " " + String.valueOf(new char[]{'o', 'k'}));
        Integer boxed = 7;
        System.out.println(Math.max(boxed, 3L) + " " + Math.abs(-boxed) + " " + Long.valueOf(boxed));
    }
}
