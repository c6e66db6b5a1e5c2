package corpus;

public class StringConcatPrimitives {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    public static void main(String[] args) {
        byte b = -128;
        short s = 32767;
        char c = 'Z';
        int i = Integer.MIN_VALUE;
        long l = Long.MAX_VALUE;
        float f = 1.1f;
        double d = 1e-10;
        boolean t = true;
        String nul = null;
        Object o = null;
        Point p = new Point(3, -4);
        System.out.println("b=" + b + " s=" + s + " c=" + c + " i=" + i);
        System.out.println("l=" + l + " f=" + f + " d=" + d + " t=" + t);
        System.out.println("null=" + nul + " o=" + o + " p=" + p);
        System.out.println(c + c + "|" + c + c);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println("" + 'a' + 'b' + ('a' + 'b'));
        System.out.println(f + d + "|" + f + d);
        System.out.println(b + s + i + "x");
        char[] chars = {'h', 'i'};
        System.out.println("chars=" + String.valueOf(chars));
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k;
        acc += 'c';
        acc += 2.5;
        acc += false;
        acc += null;
        acc += 7L;
        System.out.println(acc);
        String x = "x";
        x += x += x;
        System.out.println(x);
        System.out.println("" + Float.NaN + Double.NEGATIVE_INFINITY + (-0.0f));
        System.out.println(p + "" + null + p);
        Integer boxed = 42;
        Character bc = '!';
        Long bl = null;
        System.out.println(boxed + bc + "" + bl);
        System.out.println("" + (char) 65 + (int) 'A' + (byte) 300 + (short) 70000);
        System.out.println("\u00e9t\u00e9 " + '\u00df' + " " + "\u20ac" + 1);
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder:" + sb + sb.length());
        int[] arr = null;
        System.out.println("arr=" + arr);
        System.out.println("nested " + ("(" + i + ")") + l % 1000 + (f > 1 ? "big" : "small"));
        String many = "a" + 1 + "b" + 2L + "c" + 3.0f + "d" + 4.0 + "e" + true + "f" + 'g' + "h" + null + "i" + p + "j" + b + s;
        System.out.println(many);
        System.out.println(many.length());
        Object obj = "str";
        System.out.println(obj + "!" + (Object) 5);
    }
}
