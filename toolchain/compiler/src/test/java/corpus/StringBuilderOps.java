package corpus;

public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('a').append(2L).append(3.5f).append(4.25).append(true).append((Object) null).append((String) null);
        System.out.println(sb + " " + sb.length());
        sb.setLength(5);
        System.out.println(sb);
        sb.insert(0, "start-").insert(3, 99).insert(sb.length(), '!');
        System.out.println(sb);
        sb.delete(0, 3).deleteCharAt(0);
        System.out.println(sb);
        sb.replace(1, 4, "REPLACED");
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.setCharAt(0, '#');
        System.out.println(sb + " " + sb.charAt(1) + " " + sb.indexOf("EC") + " " + sb.lastIndexOf("E"));
        StringBuilder big = new StringBuilder(2);
        for (int i = 0; i < 100; i++) big.append(i % 10);
        System.out.println(big.length() + " " + big.substring(95) + " " + big.substring(10, 15));
        StringBuilder chars = new StringBuilder();
        chars.append(new char[]{'x', 'y', 'z'}).append(new char[]{'a', 'b', 'c', 'd'}, 1, 2).append("hello", 1, 3);
        System.out.println(chars);
        System.out.println(new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder("x").equals(new StringBuilder("x")));
        StringBuilder nums = new StringBuilder();
        nums.append(Integer.MIN_VALUE).append(',').append(Long.MIN_VALUE).append(',').append(Double.MAX_VALUE).append(',').append(Float.MIN_VALUE);
        System.out.println(nums);
        try {
            new StringBuilder("abc").charAt(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            new StringBuilder("abc").insert(4, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            new StringBuilder("abc").delete(2, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        StringBuilder cs = new StringBuilder("char sequence");
        CharSequence seq = cs;
        System.out.println(seq.length() + " " + seq.subSequence(5, 8) + " " + seq.charAt(0));
        StringBuilder unicode = new StringBuilder();
        unicode.append('\u00e9').appendCodePoint(0x1F600).append("\u4e2d");
        System.out.println(unicode.length() + " " + unicode.codePointCount(0, unicode.length()) + " " + unicode);
        sb.setLength(0);
        System.out.println("[" + sb + "] " + sb.isEmpty());
        StringBuffer buf = new StringBuffer("buffer");
        buf.append(1).reverse().insert(0, '<').append('>');
        System.out.println(buf + " " + buf.length());
        StringBuilder pad = new StringBuilder("7");
        while (pad.length() < 5) pad.insert(0, '0');
        System.out.println(pad);
        System.out.println(new StringBuilder("racecar").reverse().toString().equals("racecar"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3; i++) lines.append("line ").append(i).append('\n');
        System.out.print(lines);
        System.out.println(String.join("", new StringBuilder("a"), new StringBuilder("b")));
    }
}
