package corpus;

public class StringBuilderReverse {
    static void show(String label, String s) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) hex.append(' ');
            hex.append(Integer.toHexString(s.charAt(i)));
        }
        System.out.println(label + ": len=" + s.length() + " [" + hex + "]");
    }

    public static void main(String[] args) {
        String[] inputs = {
            "", "a", "ab", "hello", "\ud83d\ude00", "a\ud83d\ude00b", "\ud83d\ude00\ud83d\ude01",
            "x\u00e9y", "\u4e2d\u6587", "\ud800", "\udc00\ud800", "a\udc00b\ud800c", "\ud83d\ude00\ud83d"
        };
        for (String in : inputs) {
            StringBuilder sb = new StringBuilder(in);
            sb.reverse();
            String r = sb.toString();
            show("in ", in);
            show("out", r);
            System.out.println("palindrome=" + in.equals(r) + " double=" + new StringBuilder(r).reverse().toString().equals(in));
        }
        StringBuilder mixed = new StringBuilder();
        mixed.append("ab").appendCodePoint(0x1F600).append('\u00e9').appendCodePoint(0x10000);
        show("mixed", mixed.toString());
        show("mixrev", mixed.reverse().toString());
        StringBuffer buf = new StringBuffer("\ud83d\ude00z");
        show("buf", buf.reverse().toString());
        System.out.println(new StringBuilder("ab\ud83d\ude00").reverse().codePointAt(0));
    }
}
