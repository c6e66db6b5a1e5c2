package corpus;

import java.nio.charset.StandardCharsets;

/** UTF-8 decoding of well-formed and malformed input (truncated, overlong, surrogates, > U+10FFFF) and encoding. */
public class Utf8Decoding {
    static final int[] BYTES = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFB, 0xFC, 0xFE, 0xFF};

    static String units(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(i == 0 ? "" : " ").append(Integer.toHexString(s.charAt(i)));
        return sb.toString();
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xFF));
        return sb.toString();
    }

    static long hash = 17;

    static String decode(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        hash = hash * 1_000_003 + s.hashCode() * 31L + s.length();
        return s;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 65536; i++) {
            decode(new byte[] {(byte) (i >> 8), (byte) i});
            decode(new byte[] {(byte) (i >> 8), (byte) i, 'z'});
        }
        System.out.println("two-byte hash " + hash);
        for (int a = 0xC0; a < 0x100; a++) {
            for (int b : BYTES) {
                for (int c : BYTES) {
                    decode(new byte[] {(byte) a, (byte) b, (byte) c});
                    decode(new byte[] {'x', (byte) a, (byte) b, (byte) c, 'y'});
                    for (int d : BYTES) decode(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
                }
            }
        }
        System.out.println("multi-byte hash " + hash);
        int[][] samples = {{0xED, 0xA0, 0x80}, {0xED, 0xA0, 0x41}, {0xED, 0xBF, 0xBF}, {0xED, 0x9F, 0xBF},
            {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0x41}, {0xE0, 0xA0}, {0xE0, 0xA0, 0x41}, {0xE1, 0x41}, {0xE1},
            {0xF0, 0x80, 0x80, 0x80}, {0xF0, 0x90}, {0xF0, 0x90, 0x80}, {0xF0, 0x90, 0x80, 0x41}, {0xF4, 0x90, 0x80, 0x80},
            {0xF5, 0x80, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xC2}, {0xC2, 0x41},
            {0x80}, {0xBF, 0x41}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF0, 0x9F, 0x98, 0x80}, {0xEF, 0xBF, 0xBF}, {0xEF, 0xBB, 0xBF, 0x41},
            {0xC3, 0xA9, 0xC3}, {0xC3, 0xA9, 0xE2, 0x82, 0xAC}, {0x41, 0xC3, 0xBF, 0xC4, 0x80}, {0xFF, 0xFE, 0x41, 0x00},
            {0xC2, 0x80, 0xC2, 0xFF}, {0xF1, 0x80, 0x80, 0xF1, 0x80, 0x80, 0x80}};
        for (int[] sample : samples) {
            byte[] b = new byte[sample.length];
            for (int i = 0; i < b.length; i++) b[i] = (byte) sample[i];
            String s = decode(b);
            System.out.println(hex(b) + " -> " + units(s) + " | " + hex(s.getBytes(StandardCharsets.UTF_8)) + " "
                    + s.equals(new String(s.toCharArray())) + " " + s.hashCode());
        }
        byte[] text = "h\u00e9llo w\u00f6rld \u20ac \ud83d\ude00!".getBytes(StandardCharsets.UTF_8);
        System.out.println(hex(text));
        for (int off = 0; off <= text.length; off += 3) {
            for (int len = 0; off + len <= text.length; len += 5) {
                String s = new String(text, off, len, StandardCharsets.UTF_8);
                System.out.println(off + "," + len + ": " + units(s) + " / " + units(new String(text, off, len, StandardCharsets.ISO_8859_1))
                        + " / " + units(new String(text, off, len, StandardCharsets.US_ASCII)));
            }
        }
        try {
            new String(text, 5, 100, StandardCharsets.UTF_8);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        String[] strings = {"", "ascii", "caf\u00e9", "\u00ff\u0100", "\ud800", "\udc00", "a\ud800b", "\ud800\ud800\udc00",
            "\udbff\udfff", "\udc00\ud800", "x\ud83d", "\ud83dx", "\u07ff\u0800\uffff", "\u0000\u0080", "\ud83d\ude00\ud83d"};
        for (String s : strings) {
            byte[] u = s.getBytes(StandardCharsets.UTF_8);
            String back = new String(u, StandardCharsets.UTF_8);
            System.out.println(units(s) + " -> " + hex(u) + " -> " + units(back) + " " + back.equals(s) + " "
                    + hex(s.getBytes(StandardCharsets.ISO_8859_1)) + " " + hex(s.getBytes(StandardCharsets.US_ASCII))
                    + " " + hex(s.getBytes()));
        }
        long enc = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp += 7) {
            String s = new StringBuilder().appendCodePoint(cp).append((char) (cp & 0xFFFF)).toString();
            byte[] u = s.getBytes(StandardCharsets.UTF_8);
            enc = enc * 31 + u.length;
            for (byte x : u) enc = enc * 7 + x;
            String back = new String(u, StandardCharsets.UTF_8);
            enc = enc * 31 + back.hashCode() + (back.equals(s) ? 1 : 0);
        }
        System.out.println("encode hash " + enc);
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        System.out.println(units(new String(all, StandardCharsets.US_ASCII)).hashCode() + " "
                + units(new String(all, StandardCharsets.ISO_8859_1)).hashCode() + " " + units(new String(all, StandardCharsets.UTF_8)).hashCode()
                + " " + new String(all, StandardCharsets.UTF_8).length() + " " + new String(all).equals(new String(all, 0, 256)));
    }
}
