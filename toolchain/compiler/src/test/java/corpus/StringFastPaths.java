package corpus;

/**
 * The fast paths of String.charAt and StringBuilder.append(char)/append(String) and the slow paths beside
 * them: both coders, every bound of charAt (and its message), appends that fill the capacity exactly, grow
 * it, or widen a Latin-1 builder to UTF-16 (capacity() shows each step), and exceptions built out of line
 * caught through inlined callers.
 */
public class StringFastPaths {
    static String describe(StringBuilder sb) {
        return sb.length() + "/" + sb.capacity() + " [" + sb + "]";
    }

    static int sumChars(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) sum = sum * 31 + s.charAt(i);
        return sum;
    }

    static void charAt(String s, int i) {
        try {
            System.out.println("charAt(" + i + ") = " + (int) s.charAt(i));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt(" + i + "): " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String latin = "caf\u00e9 au lait";
        String utf = "\u0100\u20ac z\u00ff";
        for (String s : new String[] {latin, utf, ""}) {
            System.out.println("sum " + sumChars(s) + " length " + s.length());
            for (int i : new int[] {-1, 0, 3, s.length() - 1, s.length(), s.length() + 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                charAt(s, i);
            }
        }

        // Latin-1 appends up to the capacity and one past it, then a wide char, then more of both.
        StringBuilder sb = new StringBuilder(4);
        for (char c = 'a'; c < 'g'; c++) {
            sb.append(c);
            System.out.println(describe(sb));
        }
        sb.append('\u00ff');
        System.out.println(describe(sb));
        sb.append('\u0101');
        System.out.println(describe(sb) + " " + (int) sb.charAt(sb.length() - 1));
        for (int i = 0; i < 20; i++) sb.append((char) ('A' + i));
        System.out.println(describe(sb));
        sb.append("plain").append(latin).append(utf);
        System.out.println(describe(sb));

        // append(String): exactly filling, overflowing, Latin-1 into UTF-16 and back, null.
        StringBuilder exact = new StringBuilder(5);
        exact.append("abcde");
        System.out.println(describe(exact));
        exact.append("f");
        System.out.println(describe(exact));
        exact.append((String) null);
        System.out.println(describe(exact));
        exact.append(utf);
        System.out.println(describe(exact));
        exact.append("tail");
        System.out.println(describe(exact));
        StringBuilder empty = new StringBuilder(0);
        empty.append("");
        empty.append('x');
        System.out.println(describe(empty));

        // Builder charAt and String range checks keep their messages.
        for (int i : new int[] {-1, sb.length(), 2}) {
            try {
                System.out.println("sb.charAt(" + i + ") = " + (int) sb.charAt(i));
            } catch (StringIndexOutOfBoundsException e) {
                System.out.println("sb.charAt(" + i + "): " + e.getMessage());
            }
        }
        try {
            System.out.println(latin.substring(3, 2));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("substring: " + e.getMessage());
        }
        try {
            System.out.println(new String(new char[] {'a', 'b'}, 1, 5));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("String(char[], 1, 5): " + e.getMessage());
        }
        try {
            sb.setLength(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("setLength: " + e.getMessage());
        }
        // contentEquals: builders in either coder (one widened, then narrowed back to Latin-1 content),
        // strings, and a CharSequence of our own.
        StringBuilder wide = new StringBuilder("caf\u00e9 au lait\u0100");
        wide.setLength(wide.length() - 1);
        CharSequence custom = new CharSequence() {
            public int length() { return latin.length(); }
            public char charAt(int i) { return latin.charAt(i); }
            public CharSequence subSequence(int s, int e) { return latin.subSequence(s, e); }
            public String toString() { return latin; }
        };
        CharSequence[] others = {new StringBuilder(latin), new StringBuilder("caf\u00e9 au lai"), new StringBuilder("caf\u00e9 au laiT"),
                wide, new StringBuffer(latin), latin, new String(latin), utf, new StringBuilder(utf), custom, new StringBuilder()};
        StringBuilder eq = new StringBuilder("contentEquals");
        for (CharSequence o : others) eq.append(' ').append(latin.contentEquals(o)).append('/').append(utf.contentEquals(o))
                .append('/').append("".contentEquals(o));
        System.out.println(eq);

        // An exception from an inlined charAt unwinds through the loop that called it.
        try {
            int k = 0;
            while (true) k += latin.charAt(k);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("loop: " + e.getMessage());
        }
    }
}
