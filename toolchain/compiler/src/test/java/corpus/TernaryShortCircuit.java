package corpus;

public class TernaryShortCircuit {
    static int calls;

    static boolean t(String tag) {
        calls++;
        System.out.print(tag + " ");
        return true;
    }

    static boolean f(String tag) {
        calls++;
        System.out.print(tag + " ");
        return false;
    }

    public static void main(String[] args) {
        System.out.println("-> " + (f("a") && t("b")));
        System.out.println("-> " + (t("a") || t("b")));
        System.out.println("-> " + (f("a") || f("b") || t("c") || t("d")));
        System.out.println("-> " + (t("a") && (f("b") || t("c")) && t("d")));
        System.out.println("-> " + (f("a") & t("b")));
        System.out.println("-> " + (t("a") | t("b")));
        System.out.println("-> " + (t("a") ^ t("b")));
        System.out.println("-> " + (t("a") ? f("b") : t("c")));
        System.out.println("-> " + (f("a") ? f("b") : t("c")));
        System.out.println("calls " + calls);
        String s = null;
        System.out.println(s != null && s.length() > 0);
        System.out.println(s == null || s.isEmpty());
        int[] arr = {};
        System.out.println(arr.length > 0 && arr[0] == 1);
        int x = 5;
        String size = x > 10 ? "big" : x > 3 ? "medium" : "small";
        System.out.println(size);
        int y = x > 0 ? x < 10 ? 1 : 2 : 3;
        System.out.println(y);
        long mixed = true ? 1 : 2L;
        System.out.println(mixed);
        Object o1 = true ? 1 : 2.0;
        System.out.println(o1);
        Object o2 = false ? 'a' : 98;
        System.out.println(o2);
        char c = true ? 'x' : 0;
        System.out.println(c);
        Integer nullInt = null;
        try {
            int bad = x > 0 ? nullInt : 0;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("NPE from ternary unboxing");
        }
        Integer ok = x > 0 ? nullInt : Integer.valueOf(0);
        System.out.println(ok);
        int counter = 0;
        boolean r = (counter++ > 0) && (counter++ > 0);
        System.out.println(r + " " + counter);
        r = (counter++ > 0) || (counter++ > 0);
        System.out.println(r + " " + counter);
        boolean flag = false;
        flag |= t("or-assign");
        flag &= f("and-assign");
        flag ^= t("xor-assign");
        System.out.println(flag);
        int z = 0;
        int w = (z = 3) > 2 ? z * 2 : z;
        System.out.println(w);
        System.out.println(!(x > 3) ? "not" : "yes");
        byte b = true ? (byte) 1 : (byte) 2;
        short sh = false ? (short) 1 : 'c';
        System.out.println(b + " " + sh);
    }
}
