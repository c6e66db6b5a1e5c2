package corpus;

import java.util.Arrays;

public class StringMethods {
    public static void main(String[] args) {
        String s = "  Hello, World  ";
        System.out.println("[" + s.trim() + "] [" + s.strip() + "] [" + s.stripLeading() + "] [" + s.stripTrailing() + "]");
        String t = s.trim();
        System.out.println(t.length() + " " + t.charAt(4) + " " + t.indexOf('o') + " " + t.lastIndexOf('o') + " " + t.indexOf("World") + " " + t.indexOf('o', 5) + " " + t.indexOf("zz"));
        System.out.println(t.substring(7) + "|" + t.substring(0, 5) + "|" + t.substring(5, 5) + "|");
        System.out.println(t.toUpperCase() + " " + t.toLowerCase() + " " + t.replace('l', 'L') + " " + t.replace("World", "There"));
        System.out.println(t.startsWith("Hell") + " " + t.endsWith("ld") + " " + t.contains(", ") + " " + t.startsWith("World", 7));
        System.out.println(Arrays.toString("a,b,,c,,".split(",")) + " " + "a,b,,c,,".split(",").length);
        System.out.println(Arrays.toString("a,b,,c,,".split(",", -1)) + " " + Arrays.toString("a,b,c".split(",", 2)));
        System.out.println(Arrays.toString("one two  three".split(" ")) + " " + Arrays.toString("x".split(",")) + " " + Arrays.toString("".split(",")));
        System.out.println(Arrays.toString("a:b:c".split(":")) + " " + Arrays.toString("a|b".split("\\|")) + " " + Arrays.toString("1.2.3".split("\\.")));
        System.out.println("ab".repeat(3) + "|" + "x".repeat(0) + "|" + String.join("-", "a", "b", "c") + "|" + String.join(", ", java.util.List.of("x", "y")));
        System.out.println("apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("abcd") + " " + "ABC".compareTo("abc") + " " + "same".compareTo("same"));
        System.out.println("Hello".equalsIgnoreCase("hELLO") + " " + "Hello".compareToIgnoreCase("help") + " " + "a".equals(null));
        System.out.println("".isEmpty() + " " + "  ".isBlank() + " " + " x ".isBlank() + " " + "\t\n".isBlank());
        int sum = 0;
        for (int c : "abc".chars().toArray()) sum += c;
        System.out.println(sum + " " + "hello".chars().filter(c -> c == 'l').count());
        System.out.println(new String(new char[]{'c', 'h', 'a', 'r'}) + " " + String.valueOf(new char[]{'a', 'b', 'c'}, 1, 2) + " " + String.copyValueOf(new char[]{'z'}));
        System.out.println(String.valueOf(3) + String.valueOf(true) + String.valueOf('c') + String.valueOf(2.5) + String.valueOf(7L) + String.valueOf(1.5f));
        System.out.println("hashCodes " + "".hashCode() + " " + "a".hashCode() + " " + "hello world".hashCode() + " " + "polygenelubricants".hashCode());
        System.out.println("Mississippi".replace("ss", "SS") + " " + "aaa".replace("aa", "b") + " " + "abc".replace("", "-"));
        System.out.println("a-b-c".lastIndexOf("-") + " " + "a-b-c".lastIndexOf('-', 2) + " " + "abcabc".indexOf("c", 3));
        System.out.println(Arrays.toString("hello".toCharArray()) + " " + Arrays.toString("AZ".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        System.out.println("concat".concat("enated") + " " + "x".concat(""));
        System.out.println("  indent".indent(2).replace("\n", "$") + " " + "line1\nline2\n".lines().count());
        System.out.println("%s=%d".formatted("k", 5) + " " + "Title".charAt(0) + Character.toLowerCase("Title".charAt(1)));
        System.out.println("abc".contentEquals(new StringBuilder("abc")) + " " + "radar".equals(new StringBuilder("radar").reverse().toString()));
        System.out.println("a1b2c3".replace("1", "#").replace('2', '#') + " " + "x.y.z".replace(".", ""));
        System.out.println("tEsT".toUpperCase() + "TeSt".toLowerCase() + " " + "\u00e9\u00e8".toUpperCase() + " " + "\u00c9COLE".toLowerCase());
        String built = new StringBuilder().append("he").append("llo").toString();
        System.out.println(built.equals("hello") + " " + built.hashCode() + " " + "hello".hashCode() + " " + built.intern().equals("hello"));
        System.out.println("matches".regionMatches(1, "xatc", 1, 3) + " " + "MATCHES".regionMatches(true, 0, "match", 0, 5));
        System.out.println("stripIndent".strip().codePointAt(0) + " " + "tab\there".indexOf('\t') + " " + "end".endsWith(""));
        String csv = "name,age,city";
        String[] parts = csv.split(",");
        StringBuilder rev = new StringBuilder();
        for (int i = parts.length - 1; i >= 0; i--) rev.append(parts[i]).append(i > 0 ? ";" : "");
        System.out.println(rev);
        System.out.println(String.valueOf((Object) null) + " " + "A".toLowerCase().charAt(0) + " " + "abc".indexOf(98));
    }
}
