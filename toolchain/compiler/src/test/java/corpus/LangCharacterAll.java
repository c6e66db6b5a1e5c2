package corpus;

/** Every Character query over all code points (and a few outside), hashed per query; samples printed. */
public class LangCharacterAll {
    static final String[] NAMES = {"getType", "isLowerCase", "isUpperCase", "isTitleCase", "isDigit", "isDefined",
        "isLetter", "isLetterOrDigit", "isAlphabetic", "isIdeographic", "isJavaIdentifierStart", "isJavaIdentifierPart",
        "isUnicodeIdentifierStart", "isUnicodeIdentifierPart", "isIdentifierIgnorable", "isSpaceChar", "isWhitespace",
        "isISOControl", "getDirectionality", "isMirrored", "toLowerCase", "toUpperCase", "toTitleCase", "digit2",
        "digit10", "digit16", "digit36", "getNumericValue", "isEmoji", "isEmojiPresentation", "isEmojiModifier",
        "isEmojiModifierBase", "isEmojiComponent", "isExtendedPictographic", "charCount", "isValidCodePoint",
        "isBmpCodePoint", "isSupplementaryCodePoint", "toChars", "toString", "highSurrogate", "lowSurrogate"};

    static int b(boolean x) {
        return x ? 1 : 0;
    }

    static int[] all(int cp) {
        int chars = 0;
        String str = "";
        if (Character.isValidCodePoint(cp)) {
            char[] cs = Character.toChars(cp);
            chars = cs.length * 65536 + cs[0] * 3 + cs[cs.length - 1];
            str = Character.toString(cp);
        }
        return new int[] {Character.getType(cp), b(Character.isLowerCase(cp)), b(Character.isUpperCase(cp)),
            b(Character.isTitleCase(cp)), b(Character.isDigit(cp)), b(Character.isDefined(cp)), b(Character.isLetter(cp)),
            b(Character.isLetterOrDigit(cp)), b(Character.isAlphabetic(cp)), b(Character.isIdeographic(cp)),
            b(Character.isJavaIdentifierStart(cp)), b(Character.isJavaIdentifierPart(cp)),
            b(Character.isUnicodeIdentifierStart(cp)), b(Character.isUnicodeIdentifierPart(cp)),
            b(Character.isIdentifierIgnorable(cp)), b(Character.isSpaceChar(cp)), b(Character.isWhitespace(cp)),
            b(Character.isISOControl(cp)), Character.getDirectionality(cp), b(Character.isMirrored(cp)),
            Character.toLowerCase(cp), Character.toUpperCase(cp), Character.toTitleCase(cp), Character.digit(cp, 2),
            Character.digit(cp, 10), Character.digit(cp, 16), Character.digit(cp, 36), Character.getNumericValue(cp),
            b(Character.isEmoji(cp)), b(Character.isEmojiPresentation(cp)), b(Character.isEmojiModifier(cp)),
            b(Character.isEmojiModifierBase(cp)), b(Character.isEmojiComponent(cp)), b(Character.isExtendedPictographic(cp)),
            Character.charCount(cp), b(Character.isValidCodePoint(cp)), b(Character.isBmpCodePoint(cp)),
            b(Character.isSupplementaryCodePoint(cp)), chars, str.hashCode(), Character.highSurrogate(cp),
            Character.lowSurrogate(cp)};
    }

    static int[] chars(char c) {
        return new int[] {Character.getType(c), b(Character.isLowerCase(c)), b(Character.isUpperCase(c)),
            b(Character.isTitleCase(c)), b(Character.isDigit(c)), b(Character.isDefined(c)), b(Character.isLetter(c)),
            b(Character.isLetterOrDigit(c)), b(Character.isJavaIdentifierStart(c)), b(Character.isJavaIdentifierPart(c)),
            b(Character.isUnicodeIdentifierStart(c)), b(Character.isUnicodeIdentifierPart(c)),
            b(Character.isIdentifierIgnorable(c)), b(Character.isSpaceChar(c)), b(Character.isWhitespace(c)),
            b(Character.isISOControl(c)), Character.getDirectionality(c), b(Character.isMirrored(c)),
            Character.toLowerCase(c), Character.toUpperCase(c), Character.toTitleCase(c), Character.digit(c, 36),
            Character.getNumericValue(c), b(Character.isHighSurrogate(c)), b(Character.isLowSurrogate(c)),
            b(Character.isSurrogate(c)), b(Character.isSpace(c)), b(Character.isJavaLetter(c)),
            b(Character.isJavaLetterOrDigit(c)), Character.reverseBytes(c), Character.toString(c).hashCode(),
            Character.valueOf(c).hashCode(), Character.hashCode(c), Character.compare(c, 'm'),
            Character.valueOf(c).compareTo('\u3000'), b(Character.valueOf(c).equals(c)), b(Character.valueOf(c).equals((int) c))};
    }

    public static void main(String[] args) {
        long[] h = new long[NAMES.length];
        for (int cp = -3; cp <= 0x110002; cp++) {
            int[] r = all(cp);
            for (int k = 0; k < r.length; k++) h[k] = h[k] * 1_000_003 + r[k];
            if (cp % 40_009 == 7 || cp < 2 || (cp >= 0xFF && cp <= 0x101) || cp == 0x10FFFF) {
                StringBuilder sb = new StringBuilder(Integer.toHexString(cp)).append(':');
                for (int x : r) sb.append(' ').append(x);
                System.out.println(sb);
            }
        }
        for (int cp : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0x7FFFFFFF, -0x10000, 0x1000000}) {
            StringBuilder sb = new StringBuilder(Integer.toHexString(cp)).append(':');
            for (int x : all(cp)) sb.append(' ').append(x);
            System.out.println(sb);
        }
        for (int k = 0; k < NAMES.length; k++) System.out.println(NAMES[k] + " " + h[k]);
        long[] hc = new long[40];
        for (int c = 0; c <= 0xFFFF; c++) {
            int[] r = chars((char) c);
            for (int k = 0; k < r.length; k++) hc[k] = hc[k] * 1_000_003 + r[k];
        }
        StringBuilder sb = new StringBuilder("char:");
        for (long x : hc) sb.append(' ').append(x);
        System.out.println(sb);
        // forDigit over a grid of digits and radices
        StringBuilder fd = new StringBuilder();
        for (int radix = -1; radix <= 38; radix++) {
            for (int d = -2; d <= 38; d++) {
                char c = Character.forDigit(d, radix);
                fd.append(c == 0 ? '.' : c);
            }
            fd.append('|');
        }
        System.out.println(fd);
        for (int radix : new int[] {Integer.MIN_VALUE, -1, 0, 1, 37, Integer.MAX_VALUE})
            System.out.println("digit radix " + radix + " " + Character.digit('1', radix) + " " + Character.digit(0x31, radix));
    }
}
