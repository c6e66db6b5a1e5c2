package corpus;

public class StringInterning {
    static final String CONST_A = "hel";
    static final String CONST_B = "lo";
    static String nonConst = "lo";
    static final String COMPUTED = "hel" + 'l' + "o";

    static String lit() { return "hello"; }

    public static void main(String[] args) {
        String a = "hello";
        String b = "hello";
        String c = "hel" + "lo";
        String d = CONST_A + CONST_B;
        String e = CONST_A + nonConst;
        String f = new String("hello");
        String g = f.intern();
        final String localConst = "hel";
        String h = localConst + "lo";
        String notConstLocal = "hel";
        String i = notConstLocal + "lo";
        System.out.println(a == b);
        System.out.println(a == c);
        System.out.println(a == d);
        System.out.println(a == e);
        System.out.println(a == f);
        System.out.println(a == g);
        System.out.println(a == h);
        System.out.println(a == i);
        System.out.println(a == i.intern());
        System.out.println(a == lit());
        System.out.println(a == COMPUTED);
        System.out.println(a.equals(e) + " " + a.equals(f) + " " + a.equals(i));
        String n1 = "" + 1 + 2;
        String n2 = "12";
        System.out.println(n1 == n2);
        String empty1 = "";
        String empty2 = new String();
        System.out.println((empty1 == empty2) + " " + empty1.equals(empty2) + " " + (empty1 == empty2.intern()));
        String s1 = String.valueOf(42);
        System.out.println((s1 == "42") + " " + (s1.intern() == "42"));
        String u = "\u00e9t\u00e9";
        System.out.println((u == "\u00e9" + "t\u00e9") + " " + (u == new StringBuilder(u).toString().intern()));
        Object o = "hello";
        System.out.println(o == a);
        String sw = "hel" + (CONST_B.length() > 1 ? "lo" : "");
        System.out.println(sw == a);
        System.out.println(Inner.X == a);
        System.out.println(("hello" + "").equals(a) + " " + (a.toString() == a) + " " + (a.substring(0) == a) + " " + (a.trim() == a));
        String t = "  x ";
        System.out.println(t.trim() == t);
        System.out.println(a.concat("") == a);
    }

    static class Inner {
        static final String X = "hell" + "o";
    }
}
