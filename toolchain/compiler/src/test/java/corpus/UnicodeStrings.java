package corpus;

public class UnicodeStrings {
    public static void main(String[] args) {
        String s = "a\u00e9\u4e2d\ud83d\ude00z";
        System.out.println(s);
        System.out.println(s.length() + " " + s.codePointCount(0, s.length()));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            System.out.println(i + ": " + (int) c + " high=" + Character.isHighSurrogate(c) + " low=" + Character.isLowSurrogate(c));
        }
        s.codePoints().forEach(cp -> System.out.println("cp " + Integer.toHexString(cp) + " " + Character.charCount(cp) + " " + new String(Character.toChars(cp))));
        System.out.println(s.codePointAt(3) + " " + s.codePointAt(4) + " " + s.codePointBefore(5));
        System.out.println(s.offsetByCodePoints(0, 4) + " " + s.indexOf(0x1F600) + " " + s.indexOf("z"));
        String emoji = new String(Character.toChars(0x1F680)) + new StringBuilder().appendCodePoint(0x10FFFF).toString();
        System.out.println(emoji.length() + " " + emoji.codePointCount(0, emoji.length()));
        System.out.println(Character.isSupplementaryCodePoint(0x1F600) + " " + Character.isBmpCodePoint(0xFFFF) + " " + Character.isValidCodePoint(0x110000));
        System.out.println((int) Character.highSurrogate(0x1F600) + " " + (int) Character.lowSurrogate(0x1F600) + " " + Character.toCodePoint('\ud83d', '\ude00'));
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder hex = new StringBuilder();
        for (byte b : utf8) hex.append(String.format("%02x", b & 0xff));
        System.out.println(utf8.length + " " + hex);
        String back = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        System.out.println(back.equals(s) + " " + back.hashCode() + " " + s.hashCode());
        System.out.println("\u00c5ngstr\u00f6m".toUpperCase() + " " + "\u0130".length() + " " + "\u03a3\u0391\u03a3".toLowerCase());
        System.out.println("stra\u00dfe".toUpperCase() + " " + "STRASSE".equalsIgnoreCase("stra\u00dfe"));
        System.out.println("\u65e5\u672c\u8a9e".compareTo("\u65e5\u672c") + " " + "\ud83d\ude00".compareTo("\uffff"));
        char[] arr = {'\u0041', '\u00ff', '\u0100', '\uffff'};
        String mixed = new String(arr, 0, 3);
        System.out.println(mixed + " " + mixed.length() + " " + (int) mixed.charAt(2));
        String latin = "caf\u00e9";
        System.out.println(latin + latin.length() + " " + (latin + "\u4e2d").length() + " " + latin.concat("\u4e2d").substring(3));
        System.out.println(Character.getNumericValue('\u0665') + " " + Character.isDigit('\u0665') + " " + Character.isLetter('\u4e2d') + " " + Character.isLetter('1'));
        System.out.println(Character.toUpperCase('\u00e9') + " " + Character.toLowerCase('\u0178') + " " + (int) Character.toUpperCase('\u00ff'));
        System.out.println(Character.isUpperCase('\u00c9') + " " + Character.isWhitespace('\u00a0') + " " + Character.isSpaceChar('\u00a0') + " " + Character.isWhitespace('\u2003'));
        StringBuilder sb = new StringBuilder(s);
        sb.reverse();
        System.out.println(sb + " " + sb.length() + " " + (int) sb.charAt(1) + " " + (int) sb.charAt(2));
        System.out.println(new String(new int[]{0x48, 0x1F44B, 0x21}, 0, 3));
        System.out.println("\t|\u0000|".length() + " " + (int) "\0".charAt(0) + " " + "\\".length() + " " + "\"q\"");
    }
}
