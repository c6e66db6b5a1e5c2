package corpus;

import java.util.Arrays;

/** String.compareTo over Latin-1 and UTF-16 strings: bytes above 0x7f, prefixes, mixed coders, sorting. */
public class StringCompareOrders {
    static int sign(int x) { return Integer.signum(x); }

    public static void main(String[] args) {
        String[] words = {"", "a", "ab", "abc", "abd", "b", "\u00e9t\u00e9", "et\u00e9", "\u00ff", "\u007f", "\u0080",
                "A", "Z", "z", "\u0100", "\u00ff\u0100", "a\u0100", "a\u00ff", "ab\u20ac", "abc\u20ac", "\u20ac",
                "ma\u00f1ana", "manana", "ABC", "abc"};
        StringBuilder sb = new StringBuilder();
        for (String x : words) {
            for (String y : words) sb.append(x.compareTo(y)).append(' ');
            sb.append('\n');
        }
        System.out.print(sb);
        String[] sorted = words.clone();
        Arrays.sort(sorted);
        for (String s : sorted) System.out.println(s.length() + ":" + s.chars().sum());
        System.out.println(sign("abc".compareTo(new String("abc"))) + " " + sign("x".repeat(100).compareTo("x".repeat(99) + "y")));
        try {
            System.out.println("a".compareTo(null));
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
    }
}
