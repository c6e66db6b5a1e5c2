package corpus;

public class InnerClasses {
    private int outerField = 1;
    private static int staticCounter = 0;

    class Inner {
        int innerField = outerField * 10;

        int sum() { return outerField + innerField; }

        class Deeper {
            int all() { return outerField + innerField + 100; }
        }
    }

    static class StaticNested {
        int read(InnerClasses o) { return o.outerField + staticCounter; }
    }

    private int secret() { return 42; }

    class Accessor {
        int peek() { return secret() + outerField; }

        void poke() { outerField = 7; }
    }

    class Shadow {
        int outerField = 99;

        String show() { return outerField + " " + this.outerField + " " + InnerClasses.this.outerField; }
    }

    Runnable localClass(int param) {
        int local = param * 2;
        class Local implements Runnable {
            public void run() {
                System.out.println("local class sees " + local + " " + param + " " + outerField);
            }
        }
        return new Local();
    }

    static class Sub extends InnerClasses {
        Sub() { staticCounter += 5; }
    }

    public static void main(String[] args) {
        InnerClasses o = new InnerClasses();
        InnerClasses.Inner in = o.new Inner();
        System.out.println(in.sum());
        o.outerField = 2;
        System.out.println(in.sum() + " " + in.innerField);
        InnerClasses.Inner.Deeper dd = in.new Deeper();
        System.out.println(dd.all());
        System.out.println(new StaticNested().read(o));
        Accessor acc = o.new Accessor();
        System.out.println(acc.peek());
        acc.poke();
        System.out.println(o.outerField + " " + acc.peek());
        System.out.println(o.new Shadow().show());
        o.localClass(21).run();
        Sub s = new Sub();
        System.out.println(s.new Inner().sum() + " " + staticCounter);
        System.out.println(new StaticNested().read(s));
        System.out.println(Inner.class.getName() + " " + Inner.Deeper.class.getName() + " " + StaticNested.class.getSimpleName());
        System.out.println(in.getClass().getEnclosingClass() == InnerClasses.class);
    }
}
