package corpus;

import java.util.ArrayList;
import java.util.List;

public class Inheritance {
    static abstract class Animal {
        private static int created = 0;
        protected final String name;

        Animal(String name) {
            this.name = name;
            created++;
            System.out.println("Animal ctor " + name + " sound=" + sound());
        }

        abstract String sound();

        String describe() { return getClass().getSimpleName() + " " + name + " says " + sound(); }

        int legs() { return 4; }

        static int created() { return created; }
    }

    static class Dog extends Animal {
        private String trick = "sit";

        Dog(String name) { super(name); }

        String sound() { return "woof (" + trick + ")"; }
    }

    static class Puppy extends Dog {
        Puppy(String name) { super(name + " jr"); }

        @Override String sound() { return "yip"; }

        @Override String describe() { return "small " + super.describe(); }
    }

    static class Bird extends Animal {
        Bird(String name) { super(name); }

        String sound() { return "tweet"; }

        @Override int legs() { return 2; }
    }

    static final class Penguin extends Bird {
        Penguin() { super("pingu"); }

        @Override String sound() { return "honk"; }
    }

    static class Counter {
        protected int count;

        void inc() { count++; }

        final int get() { return count; }
    }

    static class DoubleCounter extends Counter {
        @Override void inc() {
            super.inc();
            super.inc();
        }
    }

    public static void main(String[] args) {
        List<Animal> zoo = new ArrayList<>();
        zoo.add(new Dog("rex"));
        zoo.add(new Puppy("rex"));
        zoo.add(new Bird("tweety"));
        zoo.add(new Penguin());
        int legs = 0;
        for (Animal a : zoo) {
            System.out.println(a.describe() + ", legs=" + a.legs());
            legs += a.legs();
        }
        System.out.println("legs " + legs + " created " + Animal.created());
        Counter c = new DoubleCounter();
        for (int i = 0; i < 5; i++) c.inc();
        System.out.println(c.get());
        Animal a = zoo.get(1);
        System.out.println((a instanceof Dog) + " " + (a instanceof Puppy) + " " + (a instanceof Bird));
        Dog d = (Dog) a;
        System.out.println(d.name);
        Object o = zoo.get(3);
        System.out.println(o instanceof Bird b ? "bird " + b.name : "not bird");
        System.out.println(zoo.get(3).getClass().getSuperclass().getSimpleName());
        System.out.println(Penguin.class.getSuperclass().getSuperclass().getName());
        System.out.println(Object.class.getSuperclass());
    }
}
