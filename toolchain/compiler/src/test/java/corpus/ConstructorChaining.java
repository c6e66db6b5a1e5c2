package corpus;

public class ConstructorChaining {
    static class Rect {
        final int w, h;
        final String label;

        Rect() {
            this(1);
            System.out.println("Rect()");
        }

        Rect(int side) {
            this(side, side);
            System.out.println("Rect(int)");
        }

        Rect(int w, int h) {
            this(w, h, "rect" + w + "x" + h);
            System.out.println("Rect(int,int)");
        }

        Rect(int w, int h, String label) {
            this.w = w;
            this.h = h;
            this.label = label;
            System.out.println("Rect(int,int,String) " + label);
        }

        int area() { return w * h; }
    }

    static class ColoredRect extends Rect {
        final String color;

        ColoredRect(String color) {
            super(2, 3);
            this.color = color;
            System.out.println("ColoredRect(String) " + color);
        }

        ColoredRect() {
            this("red");
            System.out.println("ColoredRect()");
        }
    }

    static class Validated {
        final int value;

        Validated(int value) {
            if (value < 0) throw new IllegalArgumentException("negative " + value);
            this.value = value;
        }

        Validated(String s) {
            this(Integer.parseInt(s.trim()));
        }
    }

    static int sideEffect(String tag, int v) {
        System.out.println("arg " + tag);
        return v;
    }

    static class ArgOrder {
        ArgOrder(int a, int b) { System.out.println("ArgOrder " + a + " " + b); }

        ArgOrder() { this(sideEffect("first", 1), sideEffect("second", 2)); }
    }

    static class PrologueDemo extends Rect {
        PrologueDemo(int n) {
            int doubled = n * 2;
            System.out.println("before super: " + doubled);
            super(doubled, n);
        }
    }

    public static void main(String[] args) {
        Rect r = new Rect();
        System.out.println(r.label + " " + r.area());
        System.out.println("--");
        ColoredRect c = new ColoredRect();
        System.out.println(c.label + " " + c.color + " " + c.area());
        System.out.println("--");
        System.out.println(new Validated(" 42 ").value);
        try {
            new Validated("-5");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new Validated("x");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        new ArgOrder();
        System.out.println(new PrologueDemo(4).area());
    }
}
