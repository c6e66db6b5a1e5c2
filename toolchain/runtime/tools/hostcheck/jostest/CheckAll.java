package jostest;

import java.util.*;
import java.util.function.*;

public class CheckAll {
    static int failures;
    static Map<String, java.lang.Integer> perKind = new HashMap<>();
    static void fail(String s) {
        failures++;
        String kind = s.split(" ")[0];
        if (perKind.merge(kind, 1, java.lang.Integer::sum) <= 4) java.lang.System.out.println("FAIL " + s);
    }

    interface Thrower { Object run() throws Throwable; }
    static String outcome(Thrower t) {
        try { Object o = t.run(); return "= " + (o instanceof char[] c ? new java.lang.String(c) : java.lang.String.valueOf(o)); }
        catch (Throwable e) { return "! " + e.getClass().getSimpleName() + ": " + e.getMessage(); }
    }
    static void same(String what, Thrower mine, Thrower jdk) {
        String a = outcome(mine), b = outcome(jdk);
        if (!a.equals(b)) fail(what + ": mine " + a + " jdk " + b);
    }

    public static void main(String[] args) throws Throwable {
        checkCharacter();
        checkNumbers();
        checkCoding();
        checkBuilder();
        checkArraycopy();
        checkMath();
        checkPrintStream();
        java.lang.System.out.println(failures == 0 ? "ALL OK" : failures + " failures");
    }

    static void checkCharacter() {
        for (int cp = -2; cp <= 0x110002; cp++) {
            final int c = cp;
            if (Character.getType(c) != java.lang.Character.getType(c)) fail("getType " + c);
            if (Character.isLetter(c) != java.lang.Character.isLetter(c)) fail("isLetter " + c);
            if (Character.isDigit(c) != java.lang.Character.isDigit(c)) fail("isDigit " + c);
            if (Character.isLetterOrDigit(c) != java.lang.Character.isLetterOrDigit(c)) fail("isLetterOrDigit " + c);
            if (Character.isAlphabetic(c) != java.lang.Character.isAlphabetic(c)) fail("isAlphabetic " + c);
            if (Character.isUpperCase(c) != java.lang.Character.isUpperCase(c)) fail("isUpperCase " + c);
            if (Character.isLowerCase(c) != java.lang.Character.isLowerCase(c)) fail("isLowerCase " + c);
            if (Character.isTitleCase(c) != java.lang.Character.isTitleCase(c)) fail("isTitleCase " + c);
            if (Character.isWhitespace(c) != java.lang.Character.isWhitespace(c)) fail("isWhitespace " + c);
            if (Character.isSpaceChar(c) != java.lang.Character.isSpaceChar(c)) fail("isSpaceChar " + c);
            if (Character.isDefined(c) != java.lang.Character.isDefined(c)) fail("isDefined " + c);
            if (Character.isIdeographic(c) != java.lang.Character.isIdeographic(c)) fail("isIdeographic " + c);
            if (Character.isJavaIdentifierStart(c) != java.lang.Character.isJavaIdentifierStart(c)) fail("isJavaIdentifierStart " + c);
            if (Character.isJavaIdentifierPart(c) != java.lang.Character.isJavaIdentifierPart(c)) fail("isJavaIdentifierPart " + c);
            if (Character.isIdentifierIgnorable(c) != java.lang.Character.isIdentifierIgnorable(c)) fail("isIdentifierIgnorable " + c);
            if (Character.isISOControl(c) != java.lang.Character.isISOControl(c)) fail("isISOControl " + c);
            if (Character.toUpperCase(c) != java.lang.Character.toUpperCase(c)) fail("toUpperCase " + c);
            if (Character.toLowerCase(c) != java.lang.Character.toLowerCase(c)) fail("toLowerCase " + c);
            if (Character.toTitleCase(c) != java.lang.Character.toTitleCase(c)) fail("toTitleCase " + c);
            if (Character.getNumericValue(c) != java.lang.Character.getNumericValue(c)) fail("getNumericValue " + c);
            for (int radix = 1; radix <= 37; radix += (c < 0x1000 ? 1 : 9)) {
                if (Character.digit(c, radix) != java.lang.Character.digit(c, radix)) fail("digit " + c + " " + radix);
            }
            if (Character.isValidCodePoint(c) != java.lang.Character.isValidCodePoint(c)) fail("isValid " + c);
            if (Character.getDirectionality(c) != java.lang.Character.getDirectionality(c)) fail("getDirectionality " + c);
            if (Character.isMirrored(c) != java.lang.Character.isMirrored(c)) fail("isMirrored " + c);
            if (Character.isUnicodeIdentifierStart(c) != java.lang.Character.isUnicodeIdentifierStart(c)) fail("isUIS " + c);
            if (Character.isUnicodeIdentifierPart(c) != java.lang.Character.isUnicodeIdentifierPart(c)) fail("isUIP " + c);
            if (Character.isEmoji(c) != java.lang.Character.isEmoji(c)) fail("isEmoji " + c);
            if (Character.isEmojiPresentation(c) != java.lang.Character.isEmojiPresentation(c)) fail("isEmojiP " + c);
            if (Character.isEmojiModifier(c) != java.lang.Character.isEmojiModifier(c)) fail("isEmojiM " + c);
            if (Character.isEmojiModifierBase(c) != java.lang.Character.isEmojiModifierBase(c)) fail("isEmojiMB " + c);
            if (Character.isEmojiComponent(c) != java.lang.Character.isEmojiComponent(c)) fail("isEmojiC " + c);
            if (Character.isExtendedPictographic(c) != java.lang.Character.isExtendedPictographic(c)) fail("isExtPict " + c);
            if (Character.isSupplementaryCodePoint(c) != java.lang.Character.isSupplementaryCodePoint(c)) fail("isSupp " + c);
            if (Character.charCount(c) != java.lang.Character.charCount(c)) fail("charCount " + c);
            if (c % 97 == 0 || c < 0 || c > 0x10FFFF) same("toChars " + c, () -> Character.toChars(c), () -> java.lang.Character.toChars(c));
            if (c % 97 == 0 || c < 0 || c > 0x10FFFF) same("toString " + c, () -> Character.toString(c), () -> java.lang.Character.toString(c));
        }
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            if (Character.toUpperCase(ch) != java.lang.Character.toUpperCase(ch)) fail("toUpperCase(char) " + c);
            if (Character.toLowerCase(ch) != java.lang.Character.toLowerCase(ch)) fail("toLowerCase(char) " + c);
            if (Character.isSpace(ch) != java.lang.Character.isSpace(ch)) fail("isSpace " + c);
            if (Character.getDirectionality(ch) != java.lang.Character.getDirectionality(ch)) fail("getDirectionality(char) " + c);
            if (Character.isJavaLetter(ch) != java.lang.Character.isJavaLetter(ch)) fail("isJavaLetter " + c);
            if (Character.isJavaLetterOrDigit(ch) != java.lang.Character.isJavaLetterOrDigit(ch)) fail("isJavaLetterOrDigit " + c);
            if (Character.isLetter(ch) != java.lang.Character.isLetter(ch)) fail("isLetter(char) " + c);
            if (Character.getType(ch) != java.lang.Character.getType(ch)) fail("getType(char) " + c);
            if (Character.isHighSurrogate(ch) != java.lang.Character.isHighSurrogate(ch)) fail("hs " + c);
            if (Character.isLowSurrogate(ch) != java.lang.Character.isLowSurrogate(ch)) fail("ls " + c);
            if (Character.reverseBytes(ch) != java.lang.Character.reverseBytes(ch)) fail("rb " + c);
        }
        for (int d = -1; d < 40; d++) for (int r = 0; r < 40; r++)
            if (Character.forDigit(d, r) != java.lang.Character.forDigit(d, r)) fail("forDigit " + d + " " + r);
        for (int cp = 0x10000; cp <= 0x10FFFF; cp += 333) {
            char h = Character.highSurrogate(cp), l = Character.lowSurrogate(cp);
            if (h != java.lang.Character.highSurrogate(cp) || l != java.lang.Character.lowSurrogate(cp)) fail("surr " + cp);
            if (Character.toCodePoint(h, l) != cp) fail("toCodePoint " + cp);
        }
        String s = "a\uD83D\uDE00b\uDE00\uD83Dc";
        for (int i = -1; i <= s.length() + 1; i++) {
            final int k = i;
            same("cpAt " + k, () -> Character.codePointAt(s, k), () -> java.lang.Character.codePointAt(s, k));
            same("cpBefore " + k, () -> Character.codePointBefore(s, k), () -> java.lang.Character.codePointBefore(s, k));
            same("cpAtArr " + k, () -> Character.codePointAt(s.toCharArray(), k, 5), () -> java.lang.Character.codePointAt(s.toCharArray(), k, 5));
            same("cpBeforeArr " + k, () -> Character.codePointBefore(s.toCharArray(), k, 1), () -> java.lang.Character.codePointBefore(s.toCharArray(), k, 1));
            for (int j = -1; j <= s.length() + 1; j++) {
                final int m = j;
                same("cpCount " + k + " " + m, () -> Character.codePointCount(s, k, m), () -> java.lang.Character.codePointCount(s, k, m));
                same("cpCountArr " + k + " " + m, () -> Character.codePointCount(s.toCharArray(), k, m), () -> java.lang.Character.codePointCount(s.toCharArray(), k, m));
                for (int o = -4; o <= 4; o++) {
                    final int off = o;
                    same("offsetBCP " + k + " " + off, () -> Character.offsetByCodePoints(s, k, off), () -> java.lang.Character.offsetByCodePoints(s, k, off));
                    same("offsetBCPArr " + k + " " + m + " " + off, () -> Character.offsetByCodePoints(s.toCharArray(), 1, 6, k, off), () -> java.lang.Character.offsetByCodePoints(s.toCharArray(), 1, 6, k, off));
                }
            }
        }
        for (int c = 0; c < 300; c++) {
            char ch = (char) c;
            if ((Character.valueOf(ch) == Character.valueOf(ch)) != (java.lang.Character.valueOf(ch) == java.lang.Character.valueOf(ch))) fail("cache " + c);
        }
    }

    static final String[] NUMS = {"abc", "", "-", "+", "99999999999", "2147483648", "-2147483648", "-2147483649", " 1", "1 ", "+5", "-0",
        "\u0661\u0662", "12a", "0x1F", "-0x80000000", "0X7fffffff", "#ff", "-#FF", "010", "-010", "0", "00", "08", "0x", "#", "0x-1", "-+1",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
        "18446744073709551616", "4294967295", "4294967296", "ffffffff", "FFFFFFFF1", "1234567890123456789x", "x234567890123456789",
        "zzzzzzzzzzzzz", "7fffffffffffffff", "8000000000000000", "-8000000000000000", "ffffffffffffffff", "10000000000000000",
        "\uFF11\uFF12", "\uFF21", "127", "128", "-128", "-129", "32767", "32768", "-32768", "-32769", "255", "0x7f", "0x80", "-0x80", "-0x81", "1_000", "١"};

    static void checkNumbers() {
        SplittableRandom r = new SplittableRandom(42);
        List<String> inputs = new ArrayList<>(Arrays.asList(NUMS));
        String alphabet = "0123456789abcdefxyzABCDEFXZ+-#";
        for (int i = 0; i < 20000; i++) {
            int len = r.nextInt(0, 22);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < len; j++) sb.append(alphabet.charAt(r.nextInt(r.nextBoolean() ? 10 : alphabet.length())));
            inputs.add(sb.toString());
        }
        int[] radixes = {1, 2, 8, 10, 16, 36, 37};
        for (String s : inputs) {
            for (int radix : radixes) {
                same("parseInt " + s + " " + radix, () -> Integer.parseInt(s, radix), () -> java.lang.Integer.parseInt(s, radix));
                same("parseLong " + s + " " + radix, () -> Long.parseLong(s, radix), () -> java.lang.Long.parseLong(s, radix));
                same("parseUInt " + s + " " + radix, () -> Integer.parseUnsignedInt(s, radix), () -> java.lang.Integer.parseUnsignedInt(s, radix));
                same("parseULong " + s + " " + radix, () -> Long.parseUnsignedLong(s, radix), () -> java.lang.Long.parseUnsignedLong(s, radix));
                same("parseShort " + s + " " + radix, () -> Short.parseShort(s, radix), () -> java.lang.Short.parseShort(s, radix));
                same("parseByte " + s + " " + radix, () -> Byte.parseByte(s, radix), () -> java.lang.Byte.parseByte(s, radix));
            }
            same("decode " + s, () -> Integer.decode(s), () -> java.lang.Integer.decode(s));
            same("decodeL " + s, () -> Long.decode(s), () -> java.lang.Long.decode(s));
            same("decodeS " + s, () -> Short.decode(s), () -> java.lang.Short.decode(s));
            same("decodeB " + s, () -> Byte.decode(s), () -> java.lang.Byte.decode(s));
            String w = "<" + s + ">";
            int b = 1, e = w.length() - 1;
            for (int radix : radixes) {
                same("parseIntCS " + s + " " + radix, () -> Integer.parseInt(w, b, e, radix), () -> java.lang.Integer.parseInt(w, b, e, radix));
                same("parseLongCS " + s + " " + radix, () -> Long.parseLong(w, b, e, radix), () -> java.lang.Long.parseLong(w, b, e, radix));
                same("parseUIntCS " + s + " " + radix, () -> Integer.parseUnsignedInt(w, b, e, radix), () -> java.lang.Integer.parseUnsignedInt(w, b, e, radix));
                same("parseULongCS " + s + " " + radix, () -> Long.parseUnsignedLong(w, b, e, radix), () -> java.lang.Long.parseUnsignedLong(w, b, e, radix));
            }
        }
        same("null", () -> Integer.parseInt(null), () -> java.lang.Integer.parseInt(null));
        same("nullL", () -> Long.parseLong(null), () -> java.lang.Long.parseLong(null));
        same("nullCS", () -> Integer.parseInt(null, 0, 1, 10), () -> java.lang.Integer.parseInt(null, 0, 1, 10));
        same("rangeCS", () -> Integer.parseInt("abc", 2, 5, 10), () -> java.lang.Integer.parseInt("abc", 2, 5, 10));
        same("rangeCSL", () -> Long.parseLong("abc", -1, 2, 10), () -> java.lang.Long.parseLong("abc", -1, 2, 10));
        same("rangeUCSL", () -> Long.parseUnsignedLong("abc", 2, 1, 10), () -> java.lang.Long.parseUnsignedLong("abc", 2, 1, 10));
        long[] specials = {0, 1, -1, 7, -7, 10, 99, 100, 127, 128, -128, -129, 255, 256, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE + 1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, 999999999999L, -999999999999999999L, 1000000000000000000L};
        List<java.lang.Long> vals = new ArrayList<>();
        for (long v : specials) vals.add(v);
        for (int i = 0; i < 20000; i++) vals.add(i % 2 == 0 ? r.nextLong() : r.nextLong() >> r.nextInt(64));
        for (long v : vals) {
            int iv = (int) v;
            if (!Integer.toString(iv).equals(java.lang.Integer.toString(iv))) fail("toString " + iv);
            if (!Long.toString(v).equals(java.lang.Long.toString(v))) fail("toStringL " + v);
            for (int radix : new int[] {1, 2, 3, 8, 10, 16, 31, 36, 37}) {
                if (!Integer.toString(iv, radix).equals(java.lang.Integer.toString(iv, radix))) fail("toString " + iv + " r" + radix);
                if (!Long.toString(v, radix).equals(java.lang.Long.toString(v, radix))) fail("toStringL " + v + " r" + radix);
                if (!Integer.toUnsignedString(iv, radix).equals(java.lang.Integer.toUnsignedString(iv, radix))) fail("toUString " + iv + " r" + radix);
                if (!Long.toUnsignedString(v, radix).equals(java.lang.Long.toUnsignedString(v, radix))) fail("toUStringL " + v + " r" + radix);
            }
            if (!Integer.toUnsignedString(iv).equals(java.lang.Integer.toUnsignedString(iv))) fail("toUString " + iv);
            if (!Long.toUnsignedString(v).equals(java.lang.Long.toUnsignedString(v))) fail("toUStringL " + v);
            if (!Integer.toHexString(iv).equals(java.lang.Integer.toHexString(iv))) fail("hex " + iv);
            if (!Integer.toOctalString(iv).equals(java.lang.Integer.toOctalString(iv))) fail("oct " + iv);
            if (!Integer.toBinaryString(iv).equals(java.lang.Integer.toBinaryString(iv))) fail("bin " + iv);
            if (!Long.toHexString(v).equals(java.lang.Long.toHexString(v))) fail("hexL " + v);
            if (!Long.toOctalString(v).equals(java.lang.Long.toOctalString(v))) fail("octL " + v);
            if (!Long.toBinaryString(v).equals(java.lang.Long.toBinaryString(v))) fail("binL " + v);
            if (Integer.reverse(iv) != java.lang.Integer.reverse(iv)) fail("reverse " + iv);
            if (Integer.reverseBytes(iv) != java.lang.Integer.reverseBytes(iv)) fail("reverseBytes " + iv);
            if (Long.reverse(v) != java.lang.Long.reverse(v)) fail("reverseL " + v);
            if (Long.reverseBytes(v) != java.lang.Long.reverseBytes(v)) fail("reverseBytesL " + v);
            if (Integer.highestOneBit(iv) != java.lang.Integer.highestOneBit(iv)) fail("hob " + iv);
            if (Long.highestOneBit(v) != java.lang.Long.highestOneBit(v)) fail("hobL " + v);
            if (Integer.signum(iv) != java.lang.Integer.signum(iv)) fail("signum " + iv);
            if (Long.signum(v) != java.lang.Long.signum(v)) fail("signumL " + v);
            if (Short.reverseBytes((short) v) != java.lang.Short.reverseBytes((short) v)) fail("rbS " + v);
            if (Long.hashCode(v) != java.lang.Long.hashCode(v)) fail("hashL " + v);
            long w = vals.get((int) (Math.abs(v % vals.size())));
            int iw = (int) w;
            if (Integer.compress(iv, iw) != java.lang.Integer.compress(iv, iw)) fail("compress " + iv + " " + iw);
            if (Integer.expand(iv, iw) != java.lang.Integer.expand(iv, iw)) fail("expand " + iv + " " + iw);
            if (Long.compress(v, w) != java.lang.Long.compress(v, w)) fail("compressL " + v + " " + w);
            if (Long.expand(v, w) != java.lang.Long.expand(v, w)) fail("expandL " + v + " " + w);
            if (Integer.compareUnsigned(iv, iw) != java.lang.Integer.compareUnsigned(iv, iw)) fail("cmpU");
            if (Long.compareUnsigned(v, w) != java.lang.Long.compareUnsigned(v, w)) fail("cmpUL");
            same("divU " + iv + " " + iw, () -> Integer.divideUnsigned(iv, iw), () -> java.lang.Integer.divideUnsigned(iv, iw));
            same("remU " + iv + " " + iw, () -> Integer.remainderUnsigned(iv, iw), () -> java.lang.Integer.remainderUnsigned(iv, iw));
            same("divUL " + v + " " + w, () -> Long.divideUnsigned(v, w), () -> java.lang.Long.divideUnsigned(v, w));
            same("remUL " + v + " " + w, () -> Long.remainderUnsigned(v, w), () -> java.lang.Long.remainderUnsigned(v, w));
            for (int d : new int[] {0, 1, 5, 31, 32, 33, -1, 63, 64, -65}) {
                if (Integer.rotateLeft(iv, d) != java.lang.Integer.rotateLeft(iv, d)) fail("rotl");
                if (Long.rotateRight(v, d) != java.lang.Long.rotateRight(v, d)) fail("rotrL");
            }
        }
        for (int i = -200; i < 200; i++) {
            if ((Integer.valueOf(i) == Integer.valueOf(i)) != (java.lang.Integer.valueOf(i) == java.lang.Integer.valueOf(i))) fail("cacheI " + i);
            if ((Long.valueOf(i) == Long.valueOf(i)) != (java.lang.Long.valueOf(i) == java.lang.Long.valueOf(i))) fail("cacheL " + i);
            if ((Short.valueOf((short) i) == Short.valueOf((short) i)) != (java.lang.Short.valueOf((short) i) == java.lang.Short.valueOf((short) i))) fail("cacheS " + i);
        }
    }

    static void checkCoding() throws Throwable {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200000; i++) {
            int len = r.nextInt(0, 12);
            byte[] b = new byte[len];
            for (int j = 0; j < len; j++) {
                int k = r.nextInt(10);
                b[j] = (byte) (k < 3 ? r.nextInt(0x80) : k < 6 ? 0x80 + r.nextInt(0x40) : k < 9 ? 0xC0 + r.nextInt(0x40) : r.nextInt(256));
            }
            String mine = StringCoding.decodeUtf8(b, 0, len), jdk = new String(b, java.nio.charset.StandardCharsets.UTF_8);
            if (!mine.equals(jdk)) fail("decodeUtf8 " + Arrays.toString(b) + " mine " + mine.chars().boxed().toList() + " jdk " + jdk.chars().boxed().toList());
            String a = StringCoding.decodeAscii(b, 0, len), ja = new String(b, java.nio.charset.StandardCharsets.US_ASCII);
            if (!a.equals(ja)) fail("decodeAscii " + Arrays.toString(b));
            String l = StringCoding.decodeLatin1(b, 0, len), jl = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!l.equals(jl)) fail("decodeLatin1 " + Arrays.toString(b));
        }
        for (int i = 0; i < 100000; i++) {
            int len = r.nextInt(0, 8);
            char[] c = new char[len];
            for (int j = 0; j < len; j++) {
                int k = r.nextInt(6);
                c[j] = (char) (k == 0 ? r.nextInt(0x80) : k == 1 ? r.nextInt(0x100) : k == 2 ? 0xD800 + r.nextInt(0x800) : r.nextInt(0x10000));
            }
            String s = new String(c);
            if (!Arrays.equals(StringCoding.encodeUtf8(s), s.getBytes(java.nio.charset.StandardCharsets.UTF_8))) fail("encodeUtf8 " + s.chars().boxed().toList());
        }
        String[][] regex = {{"|", null}, {"\\|", "|"}, {"\\.", "."}, {",", ","}, {"ab", "ab"}, {"\\s", null}, {"a+", null}, {"\\t", "\t"},
            {"\\Qa.b\\E", "a.b"}, {"\\Qa.b", "a.b"}, {"::", "::"}, {"\\\\", "\\"}, {"\\d", null}, {"]", "]"}, {"}", "}"}, {"\\", null}};
        for (String[] p : regex) {
            String o = outcome(() -> StringCoding.literalOfRegex(p[0]));
            String want = p[1] == null ? "! UnsupportedOperationException: regular expressions are not supported: " + p[0] : "= " + p[1];
            if (!o.equals(want)) fail("regex " + p[0] + " " + o);
        }
        String x = new String("hello"), y = new String("hello");
        if (StringCoding.intern(x) != StringCoding.intern(y)) fail("intern");
        for (int i = 0; i < 5000; i++) StringCoding.intern("s" + i);
        for (int i = 0; i < 5000; i++) if (StringCoding.intern(new String("s" + i)) != StringCoding.intern("s" + i)) fail("intern " + i);
    }

    /** Random operations on both builders; state and outcome must agree after each. */
    static void checkBuilder() {
        SplittableRandom r = new SplittableRandom(java.lang.Long.getLong("seed", 99));
        String[] pieces = {"", "a", "xyz", "\u00e9t\u00e9", "\u4e2d\u6587", "\uD83D\uDE00", "\uD83D", "\uDE00", null, "0123456789"};
        for (int round = 0; round < java.lang.Integer.getInteger("rounds", 3000); round++) {
            StringBuilder mine;
            java.lang.StringBuilder jdk;
            int init = r.nextInt(4);
            String p0 = pieces[r.nextInt(pieces.length - 2)];
            switch (init) {
                case 0 -> { mine = new StringBuilder(); jdk = new java.lang.StringBuilder(); }
                case 1 -> { int cap = r.nextInt(0, 40); mine = new StringBuilder(cap); jdk = new java.lang.StringBuilder(cap); }
                case 2 -> { mine = new StringBuilder(p0); jdk = new java.lang.StringBuilder(p0); }
                default -> { mine = new StringBuilder((CharSequence) new java.lang.StringBuilder(p0)); jdk = new java.lang.StringBuilder((CharSequence) new java.lang.StringBuilder(p0)); }
            }
            for (int step = 0; step < 30; step++) {
                int op = r.nextInt(40);
                String p = pieces[r.nextInt(pieces.length)];
                int a = r.nextInt(-2, mine.length() + 3), b = r.nextInt(-2, mine.length() + 3);
                int n = r.nextInt(-1, 5);
                final StringBuilder m = mine;
                final java.lang.StringBuilder j = jdk;
                String what = "op" + op + " p=" + p + " a=" + a + " b=" + b + " on '" + j + "' caps " + m.capacity() + "/" + j.capacity() + " coder " + m.coder;
                switch (op) {
                    case 0 -> same(what, () -> m.append(p), () -> j.append(p));
                    case 1 -> same(what, () -> m.append((Object) p), () -> j.append((Object) p));
                    case 2 -> same(what, () -> m.append((CharSequence) p), () -> j.append((CharSequence) p));
                    case 3 -> same(what, () -> m.append(p, a, b), () -> j.append(p, a, b));
                    case 4 -> { char[] cs = p == null ? null : p.toCharArray(); same(what, () -> m.append(cs), () -> j.append(cs)); }
                    case 5 -> { char[] cs = p == null ? new char[0] : p.toCharArray(); same(what, () -> m.append(cs, a, n), () -> j.append(cs, a, n)); }
                    case 6 -> { char c = (char) r.nextInt(0x10000); same(what, () -> m.append(c), () -> j.append(c)); }
                    case 7 -> { int v = r.nextInt(); same(what, () -> m.append(v), () -> j.append(v)); }
                    case 8 -> { long v = r.nextLong() >> r.nextInt(64); same(what, () -> m.append(v), () -> j.append(v)); }
                    case 9 -> { boolean v = r.nextBoolean(); same(what, () -> m.append(v), () -> j.append(v)); }
                    case 10 -> { int cp = r.nextInt(-2, 0x110002); same(what, () -> m.appendCodePoint(cp), () -> j.appendCodePoint(cp)); }
                    case 11 -> same(what, () -> m.insert(a, p), () -> j.insert(a, p));
                    case 12 -> same(what, () -> m.insert(a, (CharSequence) p), () -> j.insert(a, (CharSequence) p));
                    case 13 -> same(what, () -> m.insert(a, p, n, b), () -> j.insert(a, p, n, b));
                    case 14 -> { char c = (char) r.nextInt(0x300); same(what, () -> m.insert(a, c), () -> j.insert(a, c)); }
                    case 15 -> { int v = r.nextInt(); same(what, () -> m.insert(a, v), () -> j.insert(a, v)); }
                    case 16 -> { char[] cs = p == null ? new char[3] : p.toCharArray(); same(what, () -> m.insert(a, cs, n, b), () -> j.insert(a, cs, n, b)); }
                    case 17 -> same(what, () -> m.delete(a, b), () -> j.delete(a, b));
                    case 18 -> same(what, () -> m.deleteCharAt(a), () -> j.deleteCharAt(a));
                    case 19 -> same(what, () -> m.replace(a, b, p == null ? "q" : p), () -> j.replace(a, b, p == null ? "q" : p));
                    case 20 -> same(what, () -> m.reverse(), () -> j.reverse());
                    case 21 -> same(what, () -> { m.setLength(a); return m.capacity(); }, () -> { j.setLength(a); return j.capacity(); });
                    case 22 -> { char c = (char) r.nextInt(0x300); same(what, () -> { m.setCharAt(a, c); return m; }, () -> { j.setCharAt(a, c); return j; }); }
                    case 23 -> same(what, () -> (int) m.charAt(a), () -> (int) j.charAt(a));
                    case 24 -> same(what, () -> m.indexOf(p == null ? "" : p, a), () -> j.indexOf(p == null ? "" : p, a));
                    case 25 -> same(what, () -> m.lastIndexOf(p == null ? "" : p, a), () -> j.lastIndexOf(p == null ? "" : p, a));
                    case 26 -> same(what, () -> m.substring(a, b), () -> j.substring(a, b));
                    case 27 -> same(what, () -> m.substring(a), () -> j.substring(a));
                    case 28 -> same(what, () -> { m.ensureCapacity(a * 10); return m.capacity(); }, () -> { j.ensureCapacity(a * 10); return j.capacity(); });
                    case 29 -> same(what, () -> { m.trimToSize(); return m.capacity(); }, () -> { j.trimToSize(); return j.capacity(); });
                    case 30 -> same(what, () -> m.codePointAt(a), () -> j.codePointAt(a));
                    case 31 -> same(what, () -> m.codePointBefore(a), () -> j.codePointBefore(a));
                    case 32 -> same(what, () -> m.codePointCount(a, b), () -> j.codePointCount(a, b));
                    case 33 -> same(what, () -> m.offsetByCodePoints(a, n), () -> j.offsetByCodePoints(a, n));
                    case 34 -> { char[] d1 = new char[6], d2 = new char[6]; same(what, () -> { m.getChars(a, b, d1, n); return d1; }, () -> { j.getChars(a, b, d2, n); return d2; }); }
                    case 35 -> { int cp = r.nextInt(-2, 0x300); same(what, () -> m.repeat(cp, n), () -> j.repeat(cp, n)); }
                    case 36 -> same(what, () -> m.repeat(p, n), () -> j.repeat(p, n));
                    case 37 -> same(what, () -> m.compareTo(new StringBuilder(p == null ? "" : p)), () -> j.compareTo(new java.lang.StringBuilder(p == null ? "" : p)));
                    case 38 -> { double d = r.nextDouble() * 1000; same(what, () -> m.append(d).insert(a, (float) d), () -> j.append(d).insert(a, (float) d)); }
                    default -> same(what, () -> m.append(new StringBuilder(p == null ? "nn" : p)), () -> j.append(new java.lang.StringBuilder(p == null ? "nn" : p)));
                }
                if (!mine.toString().equals(jdk.toString()) || mine.capacity() != jdk.capacity() || mine.length() != jdk.length()) {
                    fail("state after " + what + ": mine '" + mine + "' cap " + mine.capacity() + " jdk '" + jdk + "' cap " + jdk.capacity());
                    break;
                }
            }
        }
        StringBuffer sb = new StringBuffer("abc");
        sb.append(1).insert(0, 'x').reverse();
        if (!sb.toString().equals("1cbax")) fail("StringBuffer " + sb);
    }

    static void checkArraycopy() {
        Object[][] cases = {
            {new int[5], 3, new int[5], 0, 4}, {new int[5], 0, new int[5], 3, 4}, {new int[5], -1, new int[5], 0, 1},
            {new int[5], 0, new int[5], -2, 1}, {new int[5], 0, new int[5], 0, -3}, {"abc", 0, new int[5], 0, 1},
            {new int[5], 0, "abc", 0, 1}, {new int[5], 0, new long[5], 0, 1}, {new Object[] {"a", 1}, 0, new String[2], 0, 2},
            {new String[2], 0, new Integer[2], 0, 2}, {new String[] {"x"}, 0, new Integer[2], 0, 1}, {null, 0, new int[1], 0, 1},
            {new int[1], 0, null, 0, 1}, {new Object[3], 0, new int[5], 0, 1}, {new int[5], 0, new Object[3], 0, 1},
            {new String[1][], 0, new int[1][], 0, 1}, {new int[1][], 0, new Object[1], 0, 1}, {new Object[] {new int[1], "s"}, 0, new int[2][], 0, 2},
            {new String[2][], 0, new Object[2][], 0, 2}, {new int[5], 0, new int[2], 0, 3}, {new int[5], 6, new int[5], 0, 0},
            {new Object[] {"a", 1}, 0, new String[2], 0, 0}, {new Object(), 0, new int[1][][], 0, 1}, {new byte[3], 0, new char[3], 0, 1},
            {new Object[] {1, "a"}, 0, new Integer[3], 1, 2}, {new int[5], 0, new int[5], 4, 2}, {new int[5], Integer.MAX_VALUE, new int[5], 4, 2},
            {new String[1], 2, new int[5], 0, 2}, {new String[3], 2, new String[3], 0, 4}, {new String[3], -1, new String[3], -1, -1},
            {new String[][] {{}}, 0, new Integer[2][], 0, 1}, {new int[][] {{}}, 0, new long[2][], 0, 1}, {new boolean[2], 0, new double[2], 0, 1},
            {new String[] {"x"}, 0, new Integer[2], 5, 1}, {new int[2], 0, new long[2], 5, 1}, {new char[] {'a', 'b', 'c'}, 0, new char[3], 1, 2},
            {new double[] {1, 2, 3}, 1, new double[3], 0, 2}, {new Object[] {1, "a", 2.0}, 0, new Object[3], 0, 3},
        };
        for (Object[] c : cases) {
            Object src1 = c[0], dst1 = c[2];
            Object src2 = copy(c[0]), dst2 = copy(c[2]);
            String what = "arraycopy " + (src1 == null ? null : src1.getClass().getSimpleName()) + " " + c[1] + " " + (dst1 == null ? null : dst1.getClass().getSimpleName()) + " " + c[3] + " " + c[4];
            same(what, () -> { System.arraycopy(src1, (int) c[1], dst1, (int) c[3], (int) c[4]); return dump(dst1); },
                    () -> { java.lang.System.arraycopy(src2, (int) c[1], dst2, (int) c[3], (int) c[4]); return dump(dst2); });
            if (!dump(dst1).equals(dump(dst2))) fail(what + " partial copy " + dump(dst1) + " vs " + dump(dst2));
        }
        int[] overlap = {1, 2, 3, 4, 5};
        System.arraycopy(overlap, 0, overlap, 1, 4);
        if (!Arrays.toString(overlap).equals("[1, 1, 2, 3, 4]")) fail("overlap " + Arrays.toString(overlap));
    }

    static Object copy(Object a) {
        if (a instanceof int[] x) return x.clone();
        if (a instanceof Object[] x) return x.clone();
        if (a instanceof char[] x) return x.clone();
        if (a instanceof long[] x) return x.clone();
        if (a instanceof double[] x) return x.clone();
        return a;
    }

    static String dump(Object a) {
        if (a instanceof int[] x) return Arrays.toString(x);
        if (a instanceof Object[] x) return Arrays.deepToString(x);
        if (a instanceof char[] x) return Arrays.toString(x);
        if (a instanceof long[] x) return Arrays.toString(x);
        if (a instanceof double[] x) return Arrays.toString(x);
        return java.lang.String.valueOf(a);
    }

    static boolean sameD(double a, double b) { return java.lang.Double.doubleToLongBits(a) == java.lang.Double.doubleToLongBits(b); }
    static boolean sameF(float a, float b) { return java.lang.Float.floatToIntBits(a) == java.lang.Float.floatToIntBits(b); }

    static void checkMath() {
        SplittableRandom r = new SplittableRandom(5);
        double[] sp = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 1e300, -1e300,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 4503599627370496.0, 4503599627370495.5, -4503599627370495.5, 9.007199254740991E15, 1e19, -1e19,
            2147483647.5, -2147483648.5, 0x1p-1022, 0x1p-1023, 1.0, -1.0};
        List<java.lang.Double> ds = new ArrayList<>();
        for (double d : sp) ds.add(d);
        for (int i = 0; i < 300000; i++) {
            switch (i % 3) {
                case 0 -> ds.add(java.lang.Double.longBitsToDouble(r.nextLong()));
                case 1 -> ds.add((r.nextDouble() - 0.5) * java.lang.Math.scalb(1.0, r.nextInt(-10, 70)));
                default -> ds.add((double) Math.round((r.nextDouble() - 0.5) * 100) / 2);
            }
        }
        for (int i = 0; i < ds.size(); i++) {
            double d = ds.get(i), e = ds.get((i * 7 + 3) % ds.size());
            float f = (float) d, g = (float) e;
            if (!sameD(Math.floor(d), java.lang.Math.floor(d))) fail("floor " + d);
            if (!sameD(Math.ceil(d), java.lang.Math.ceil(d))) fail("ceil " + d);
            if (!sameD(Math.rint(d), java.lang.Math.rint(d))) fail("rint " + d);
            if (Math.round(d) != java.lang.Math.round(d)) fail("round " + d);
            if (Math.round(f) != java.lang.Math.round(f)) fail("roundf " + f);
            if (!sameD(Math.ulp(d), java.lang.Math.ulp(d))) fail("ulp " + d);
            if (!sameF(Math.ulp(f), java.lang.Math.ulp(f))) fail("ulpf " + f);
            if (!sameD(Math.nextUp(d), java.lang.Math.nextUp(d))) fail("nextUp " + d);
            if (!sameD(Math.nextDown(d), java.lang.Math.nextDown(d))) fail("nextDown " + d);
            if (!sameF(Math.nextUp(f), java.lang.Math.nextUp(f))) fail("nextUpf " + f);
            if (!sameF(Math.nextDown(f), java.lang.Math.nextDown(f))) fail("nextDownf " + f);
            if (!sameD(Math.nextAfter(d, e), java.lang.Math.nextAfter(d, e))) fail("nextAfter " + d + " " + e);
            if (!sameF(Math.nextAfter(f, e), java.lang.Math.nextAfter(f, e))) fail("nextAfterf " + f + " " + e);
            if (Math.getExponent(d) != java.lang.Math.getExponent(d)) fail("getExponent " + d);
            if (Math.getExponent(f) != java.lang.Math.getExponent(f)) fail("getExponentf " + f);
            int sc = r.nextInt(-2200, 2200);
            if (!sameD(Math.scalb(d, sc), java.lang.Math.scalb(d, sc))) fail("scalb " + d + " " + sc);
            if (!sameF(Math.scalb(f, sc / 8), java.lang.Math.scalb(f, sc / 8))) fail("scalbf " + f + " " + sc / 8);
            if (!sameD(Math.abs(d), java.lang.Math.abs(d))) fail("abs " + d);
            if (!sameD(Math.max(d, e), java.lang.Math.max(d, e))) fail("max " + d + " " + e);
            if (!sameD(Math.min(d, e), java.lang.Math.min(d, e))) fail("min " + d + " " + e);
            if (!sameF(Math.max(f, g), java.lang.Math.max(f, g))) fail("maxf");
            if (!sameF(Math.min(f, g), java.lang.Math.min(f, g))) fail("minf");
            if (!sameD(Math.signum(d), java.lang.Math.signum(d))) fail("signum " + d);
            if (!sameD(Math.copySign(d, e), java.lang.Math.copySign(d, e))) fail("copySign");
            if (!sameD(StrictMath.copySign(d, e), java.lang.StrictMath.copySign(d, e))) fail("copySignS " + d + " " + e);
            if (!sameD(Math.toRadians(d), java.lang.Math.toRadians(d))) fail("toRadians");
            if (!sameD(Math.toDegrees(d), java.lang.Math.toDegrees(d))) fail("toDegrees");
            float h = (float) ds.get((i * 13 + 5) % ds.size()).doubleValue();
            if (!sameF(Math.fma(f, g, h), java.lang.Math.fma(f, g, h))) fail("fmaf " + f + " " + g + " " + h);
            float f1 = (float) (r.nextDouble() * 4 - 2), f2 = (float) (r.nextDouble() * 4 - 2), f3 = (float) (r.nextDouble() * 4 - 2);
            if (!sameF(Math.fma(f1, f2, f3), java.lang.Math.fma(f1, f2, f3))) fail("fmaf2 " + f1 + " " + f2 + " " + f3);
            same("clampD " + d + " " + e, () -> Math.clamp(1.0, d, e), () -> java.lang.Math.clamp(1.0, d, e));
            same("clampF", () -> Math.clamp(1.0f, f, g), () -> java.lang.Math.clamp(1.0f, f, g));
            if (!sameD(StrictMath.sqrt(d), java.lang.StrictMath.sqrt(d))) fail("sqrt");
        }
        long[] ls = {0, 1, -1, 2, -2, 3, 7, -7, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, 46341, 3037000500L, -3037000500L, 65536, 10, 100};
        List<java.lang.Long> vals = new ArrayList<>();
        for (long v : ls) vals.add(v);
        for (int i = 0; i < 3000; i++) vals.add(r.nextLong() >> r.nextInt(64));
        for (long x : vals) {
            for (long y : ls) {
                int xi = (int) x, yi = (int) y;
                same("addExact", () -> Math.addExact(xi, yi), () -> java.lang.Math.addExact(xi, yi));
                same("addExactL", () -> Math.addExact(x, y), () -> java.lang.Math.addExact(x, y));
                same("subExact", () -> Math.subtractExact(xi, yi), () -> java.lang.Math.subtractExact(xi, yi));
                same("subExactL", () -> Math.subtractExact(x, y), () -> java.lang.Math.subtractExact(x, y));
                same("mulExact", () -> Math.multiplyExact(xi, yi), () -> java.lang.Math.multiplyExact(xi, yi));
                same("mulExactL " + x + " " + y, () -> Math.multiplyExact(x, y), () -> java.lang.Math.multiplyExact(x, y));
                same("mulExactLI", () -> Math.multiplyExact(x, yi), () -> java.lang.Math.multiplyExact(x, yi));
                same("umulExact", () -> Math.unsignedMultiplyExact(xi, yi), () -> java.lang.Math.unsignedMultiplyExact(xi, yi));
                same("umulExactL", () -> Math.unsignedMultiplyExact(x, y), () -> java.lang.Math.unsignedMultiplyExact(x, y));
                same("umulExactLI", () -> Math.unsignedMultiplyExact(x, yi), () -> java.lang.Math.unsignedMultiplyExact(x, yi));
                same("divExact", () -> Math.divideExact(xi, yi), () -> java.lang.Math.divideExact(xi, yi));
                same("divExactL", () -> Math.divideExact(x, y), () -> java.lang.Math.divideExact(x, y));
                same("floorDiv", () -> Math.floorDiv(xi, yi), () -> java.lang.Math.floorDiv(xi, yi));
                same("floorDivL", () -> Math.floorDiv(x, y), () -> java.lang.Math.floorDiv(x, y));
                same("floorDivLI", () -> Math.floorDiv(x, yi), () -> java.lang.Math.floorDiv(x, yi));
                same("floorMod", () -> Math.floorMod(xi, yi), () -> java.lang.Math.floorMod(xi, yi));
                same("floorModL", () -> Math.floorMod(x, y), () -> java.lang.Math.floorMod(x, y));
                same("floorModLI", () -> Math.floorMod(x, yi), () -> java.lang.Math.floorMod(x, yi));
                same("ceilDiv", () -> Math.ceilDiv(xi, yi), () -> java.lang.Math.ceilDiv(xi, yi));
                same("ceilDivL", () -> Math.ceilDiv(x, y), () -> java.lang.Math.ceilDiv(x, y));
                same("ceilDivLI", () -> Math.ceilDiv(x, yi), () -> java.lang.Math.ceilDiv(x, yi));
                same("ceilMod", () -> Math.ceilMod(xi, yi), () -> java.lang.Math.ceilMod(xi, yi));
                same("ceilModL", () -> Math.ceilMod(x, y), () -> java.lang.Math.ceilMod(x, y));
                same("ceilModLI", () -> Math.ceilMod(x, yi), () -> java.lang.Math.ceilMod(x, yi));
                same("floorDivExact", () -> Math.floorDivExact(xi, yi), () -> java.lang.Math.floorDivExact(xi, yi));
                same("ceilDivExactL", () -> Math.ceilDivExact(x, y), () -> java.lang.Math.ceilDivExact(x, y));
                same("clampLI", () -> Math.clamp(x, xi, yi), () -> java.lang.Math.clamp(x, xi, yi));
                same("clampL", () -> Math.clamp(x, x, y), () -> java.lang.Math.clamp(x, x, y));
                int e = (int) (y & 70) - 2;
                same("powExact " + xi + " " + e, () -> Math.powExact(xi, e), () -> java.lang.Math.powExact(xi, e));
                same("powExactL " + x + " " + e, () -> Math.powExact(x, e), () -> java.lang.Math.powExact(x, e));
                same("upowExact " + xi + " " + e, () -> Math.unsignedPowExact(xi, e), () -> java.lang.Math.unsignedPowExact(xi, e));
                same("upowExactL " + x + " " + e, () -> Math.unsignedPowExact(x, e), () -> java.lang.Math.unsignedPowExact(x, e));
            }
            int xi = (int) x;
            same("negExact", () -> Math.negateExact(xi), () -> java.lang.Math.negateExact(xi));
            same("negExactL", () -> Math.negateExact(x), () -> java.lang.Math.negateExact(x));
            same("absExact", () -> Math.absExact(xi), () -> java.lang.Math.absExact(xi));
            same("absExactL", () -> Math.absExact(x), () -> java.lang.Math.absExact(x));
            same("incExact", () -> Math.incrementExact(xi), () -> java.lang.Math.incrementExact(xi));
            same("decExactL", () -> Math.decrementExact(x), () -> java.lang.Math.decrementExact(x));
            same("toIntExact", () -> Math.toIntExact(x), () -> java.lang.Math.toIntExact(x));
        }
    }

    static void checkPrintStream() throws Throwable {
        SplittableRandom r = new SplittableRandom(3);
        String[] pieces = {"a", "\u00e9", "\u4e2d", "\uD83D", "\uDE00", "\uD83D\uDE00", "\n", "x\uD83D", "\uDE00y", ""};
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {java.nio.charset.StandardCharsets.UTF_8, java.nio.charset.StandardCharsets.ISO_8859_1, java.nio.charset.StandardCharsets.US_ASCII}) {
            for (int round = 0; round < java.lang.Integer.getInteger("rounds", 3000); round++) {
                java.io.ByteArrayOutputStream b1 = new java.io.ByteArrayOutputStream(), b2 = new java.io.ByteArrayOutputStream();
                jostest.io.PrintStream mine = new jostest.io.PrintStream(new jostest.io.FilterOutputStream(null) {
                    @Override public void write(int b) { b1.write(b); }
                    @Override public void write(byte[] b, int o, int l) { b1.write(b, o, l); }
                    @Override public void flush() {}
                    @Override public void close() {}
                }, r.nextBoolean(), cs);
                java.io.PrintStream jdk = new java.io.PrintStream(b2, false, cs);
                StringBuilder log = new StringBuilder();
                for (int k = 0; k < 8; k++) {
                    String p = pieces[r.nextInt(pieces.length)];
                    int op = r.nextInt(9);
                    log.append(op).append(':').append(p.chars().boxed().toList()).append(' ');
                    switch (op) {
                        case 0 -> { mine.print(p); jdk.print(p); }
                        case 1 -> { mine.println(p); jdk.println(p); }
                        case 2 -> { if (!p.isEmpty()) { mine.print(p.charAt(0)); jdk.print(p.charAt(0)); } }
                        case 3 -> { mine.write('z'); jdk.write('z'); }
                        case 4 -> { mine.println(); jdk.println(); }
                        case 5 -> { mine.print(p.toCharArray()); jdk.print(p.toCharArray()); }
                        case 6 -> { mine.append(p, 0, p.length()); jdk.append(p, 0, p.length()); }
                        case 7 -> { mine.println((Object) p); jdk.println((Object) p); }
                        default -> { mine.print(12.5); jdk.print(12.5); mine.print(-7L); jdk.print(-7L); mine.print(true); jdk.print(true); }
                    }
                    if (!Arrays.equals(b1.toByteArray(), b2.toByteArray())) {
                        fail("PrintStream " + cs + " " + log + " mine " + Arrays.toString(b1.toByteArray()) + " jdk " + Arrays.toString(b2.toByteArray()));
                        break;
                    }
                }
                mine.close();
                jdk.close();
                if (!Arrays.equals(b1.toByteArray(), b2.toByteArray())) fail("PrintStream close " + cs + " " + log + " mine " + Arrays.toString(b1.toByteArray()) + " jdk " + Arrays.toString(b2.toByteArray()));
                mine.print("after"); jdk.print("after");
                if (mine.checkError() != jdk.checkError()) fail("checkError");
            }
        }
        same("ps null", () -> new jostest.io.PrintStream(null), () -> new java.io.PrintStream((java.io.OutputStream) null));
        same("write range", () -> { new jostest.io.PrintStream(new java.io.ByteArrayOutputStream() == null ? null : new jostest.io.FilterOutputStream(null) { @Override public void write(int b) {} }).write(new byte[3], 2, 5); return 0; },
                () -> { new java.io.PrintStream(new java.io.ByteArrayOutputStream()).write(new byte[3], 2, 5); return 0; });
    }
}
