package java.lang;

/**
 * The char box and the Unicode queries. Categories of U+0000..U+00FF come from a string here; everything
 * else from CharacterData's tables. Most predicates are a test of the general category against a bit set.
 */
@jos.rt.InitAtStart
public final class Character implements java.io.Serializable, Comparable<Character> {
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) jos.rt.Types.primitiveClass('C');

    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';

    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte OTHER_SYMBOL = 28;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    public static final byte DIRECTIONALITY_UNDEFINED = -1;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT = 0;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT = 1;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC = 2;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER = 3;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR = 4;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR = 5;
    public static final byte DIRECTIONALITY_ARABIC_NUMBER = 6;
    public static final byte DIRECTIONALITY_COMMON_NUMBER_SEPARATOR = 7;
    public static final byte DIRECTIONALITY_NONSPACING_MARK = 8;
    public static final byte DIRECTIONALITY_BOUNDARY_NEUTRAL = 9;
    public static final byte DIRECTIONALITY_PARAGRAPH_SEPARATOR = 10;
    public static final byte DIRECTIONALITY_SEGMENT_SEPARATOR = 11;
    public static final byte DIRECTIONALITY_WHITESPACE = 12;
    public static final byte DIRECTIONALITY_OTHER_NEUTRALS = 13;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING = 14;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE = 15;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING = 16;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE = 17;
    public static final byte DIRECTIONALITY_POP_DIRECTIONAL_FORMAT = 18;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE = 19;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE = 20;
    public static final byte DIRECTIONALITY_FIRST_STRONG_ISOLATE = 21;
    public static final byte DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE = 22;

    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private final char value;

    /** Boxes of U+0000..U+007F, made on first use (valueOf must hand out the same object for these). */
    private static Character[] ascii;

    @Deprecated(since = "9", forRemoval = true)
    public Character(char value) {
        this.value = value;
    }

    public static Character valueOf(char c) {
        if (c >= 0x80) return new Character(c);
        Character[] boxes = ascii;
        if (boxes == null) ascii = boxes = new Character[0x80];
        Character b = boxes[c];
        if (b == null) boxes[c] = b = new Character(c);
        return b;
    }

    public char charValue() {
        return value;
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Character other && other.value == value;
    }

    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        if (codePoint >= 0 && codePoint < MIN_SUPPLEMENTARY_CODE_POINT) return String.valueOf((char) codePoint);
        return new String(toChars(codePoint));
    }

    public int compareTo(Character anotherCharacter) {
        return compare(value, anotherCharacter.value);
    }

    /** The difference, as HotSpot returns it (callers may print it). */
    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) ((ch >>> 8) | (ch << 8));
    }

    // ---- code points and UTF-16 ----

    /** Distance from a surrogate pair's combined 20 payload bits to the code point. */
    private static final int PAIR_BIAS = MIN_SUPPLEMENTARY_CODE_POINT - (MIN_HIGH_SURROGATE << 10) - MIN_LOW_SURROGATE;

    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= MIN_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return (codePoint & 0xFFFF0000) == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isHighSurrogate(char ch) {
        return (ch & 0xFC00) == MIN_HIGH_SURROGATE;
    }

    public static boolean isLowSurrogate(char ch) {
        return (ch & 0xFC00) == MIN_LOW_SURROGATE;
    }

    public static boolean isSurrogate(char ch) {
        return (ch & 0xF800) == MIN_SURROGATE;
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    /** 2 for every code point from U+10000 up, valid or not, as documented. */
    public static int charCount(int codePoint) {
        return codePoint < MIN_SUPPLEMENTARY_CODE_POINT ? 1 : 2;
    }

    public static int toCodePoint(char high, char low) {
        return (high << 10) + low + PAIR_BIAS;
    }

    public static char highSurrogate(int codePoint) {
        return (char) (MIN_HIGH_SURROGATE + ((codePoint - MIN_SUPPLEMENTARY_CODE_POINT) >>> 10));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) (MIN_LOW_SURROGATE | (codePoint & 0x3FF));
    }

    /** The pair at hi/lo as one code point, or hi alone when they are not a pair. */
    private static int combine(char hi, char lo) {
        return isSurrogatePair(hi, lo) ? toCodePoint(hi, lo) : hi;
    }

    public static int codePointAt(CharSequence seq, int index) {
        char first = seq.charAt(index);
        if (!isHighSurrogate(first) || index + 1 >= seq.length()) return first;
        return combine(first, seq.charAt(index + 1));
    }

    /** Unlike the three-argument form, a bad index fails on the array access itself (as on HotSpot). */
    public static int codePointAt(char[] a, int index) {
        int limit = a.length;
        char first = a[index];
        if (!isHighSurrogate(first) || index + 1 >= limit) return first;
        return combine(first, a[index + 1]);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index < 0 || index >= limit || limit > a.length) throw new IndexOutOfBoundsException();
        char first = a[index];
        if (!isHighSurrogate(first) || index + 1 >= limit) return first;
        return combine(first, a[index + 1]);
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char last = seq.charAt(index - 1);
        if (!isLowSurrogate(last) || index - 2 < 0) return last;
        char hi = seq.charAt(index - 2);
        return isHighSurrogate(hi) ? toCodePoint(hi, last) : last;
    }

    public static int codePointBefore(char[] a, int index) {
        char last = a[index - 1];
        if (!isLowSurrogate(last) || index - 2 < 0) return last;
        char hi = a[index - 2];
        return isHighSurrogate(hi) ? toCodePoint(hi, last) : last;
    }

    public static int codePointBefore(char[] a, int index, int start) {
        if (start < 0 || index <= start || index > a.length) throw new IndexOutOfBoundsException();
        char last = a[index - 1];
        if (!isLowSurrogate(last) || index - 2 < start) return last;
        char hi = a[index - 2];
        return isHighSurrogate(hi) ? toCodePoint(hi, last) : last;
    }

    /** Low surrogate first: a too short dst then keeps its contents, as on HotSpot. */
    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (!isValidCodePoint(codePoint)) throw notACodePoint(codePoint);
        dst[dstIndex + 1] = lowSurrogate(codePoint);
        dst[dstIndex] = highSurrogate(codePoint);
        return 2;
    }

    public static char[] toChars(int codePoint) {
        if (!isValidCodePoint(codePoint)) throw notACodePoint(codePoint);
        char[] units = new char[charCount(codePoint)];
        toChars(codePoint, units, 0);
        return units;
    }

    private static IllegalArgumentException notACodePoint(int codePoint) {
        return new IllegalArgumentException(
                "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        int length = seq.length();
        if (beginIndex < 0 || endIndex < beginIndex || endIndex > length)
            throw new IndexOutOfBoundsException(
                    "Range [" + beginIndex + ", " + endIndex + ") out of bounds for length " + length);
        int pairs = 0;
        for (int i = beginIndex + 1; i < endIndex; i++) {
            if (isSurrogatePair(seq.charAt(i - 1), seq.charAt(i))) {
                pairs++;
                i++;
            }
        }
        return endIndex - beginIndex - pairs;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        int length = a.length;
        if (offset < 0 || count < 0 || count > length - offset)
            throw new IndexOutOfBoundsException(
                    "Range [" + offset + ", " + offset + " + " + count + ") out of bounds for length " + length);
        int end = offset + count;
        int pairs = 0;
        for (int i = offset + 1; i < end; i++) {
            if (isSurrogatePair(a[i - 1], a[i])) {
                pairs++;
                i++;
            }
        }
        return count - pairs;
    }

    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) throw new IndexOutOfBoundsException();
        int at = index;
        if (codePointOffset >= 0) {
            for (int left = codePointOffset; left > 0; left--) {
                if (at >= length) throw new IndexOutOfBoundsException();
                at += at + 1 < length && isSurrogatePair(seq.charAt(at), seq.charAt(at + 1)) ? 2 : 1;
            }
        } else {
            for (int left = codePointOffset; left < 0; left++) {
                if (at <= 0) throw new IndexOutOfBoundsException();
                at -= at >= 2 && isSurrogatePair(seq.charAt(at - 2), seq.charAt(at - 1)) ? 2 : 1;
            }
        }
        return at;
    }

    public static int offsetByCodePoints(char[] a, int start, int count, int index, int codePointOffset) {
        if (count > a.length - start || start < 0 || count < 0 || index < start || index > start + count)
            throw new IndexOutOfBoundsException();
        int end = start + count;
        int at = index;
        if (codePointOffset >= 0) {
            for (int left = codePointOffset; left > 0; left--) {
                if (at >= end) throw new IndexOutOfBoundsException();
                at += at + 1 < end && isSurrogatePair(a[at], a[at + 1]) ? 2 : 1;
            }
        } else {
            for (int left = codePointOffset; left < 0; left++) {
                if (at <= start) throw new IndexOutOfBoundsException();
                at -= at - 2 >= start && isSurrogatePair(a[at - 2], a[at - 1]) ? 2 : 1;
            }
        }
        return at;
    }

    // ---- general category and what follows from it ----

    /** General categories of U+0000..U+00FF (generated with CharacterData), so Latin-1 needs no table search. */
    private static final String LATIN1_CATEGORIES = 
            "\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\14\30\30\30\32\30\30\30\25\26\30\31\30\24\30\30\11\11\11\11\11\11\11\11\11\11\30\30\31\31\31\30\30\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\25\30\26\33\27\33\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\25\31\26\31\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\17\14\30\32\32\32\32\34\30\33\34\5\35\31\20\34\33\34\31\13\13\33\2\30\30\33\13\5\36\13\13\13\30\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\1\31\1\1\1\1\1\1\1\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\31\2\2\2\2\2\2\2\2";

    public static int getType(char ch) {
        return getType((int) ch);
    }

    public static int getType(int codePoint) {
        if ((codePoint & ~0xFF) == 0) return LATIN1_CATEGORIES.charAt(codePoint);
        return CharacterData.getType(codePoint);
    }

    private static int bit(int category) {
        return 1 << category;
    }

    private static final int LETTERS = bit(UPPERCASE_LETTER) | bit(LOWERCASE_LETTER) | bit(TITLECASE_LETTER)
            | bit(MODIFIER_LETTER) | bit(OTHER_LETTER);
    private static final int SEPARATORS = bit(SPACE_SEPARATOR) | bit(LINE_SEPARATOR) | bit(PARAGRAPH_SEPARATOR);
    /** Java identifier rules as the JLS and the API documentation list them. */
    private static final int JAVA_START = LETTERS | bit(LETTER_NUMBER) | bit(CURRENCY_SYMBOL) | bit(CONNECTOR_PUNCTUATION);
    private static final int JAVA_PART = JAVA_START | bit(DECIMAL_DIGIT_NUMBER) | bit(NON_SPACING_MARK)
            | bit(COMBINING_SPACING_MARK);

    /** Whether the code point's general category is in the set. */
    private static boolean is(int codePoint, int categories) {
        return (categories & bit(getType(codePoint))) != 0;
    }

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    public static boolean isLowerCase(int codePoint) {
        return is(codePoint, bit(LOWERCASE_LETTER)) || CharacterData.isOtherLowercase(codePoint);
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int codePoint) {
        return is(codePoint, bit(UPPERCASE_LETTER)) || CharacterData.isOtherUppercase(codePoint);
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int codePoint) {
        return is(codePoint, bit(TITLECASE_LETTER));
    }

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int codePoint) {
        return is(codePoint, bit(DECIMAL_DIGIT_NUMBER));
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    public static boolean isDefined(int codePoint) {
        return getType(codePoint) != UNASSIGNED;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int codePoint) {
        return is(codePoint, LETTERS);
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        return is(codePoint, LETTERS | bit(DECIMAL_DIGIT_NUMBER));
    }

    @Deprecated(since = "1.1")
    public static boolean isJavaLetter(char ch) {
        return isJavaIdentifierStart(ch);
    }

    @Deprecated(since = "1.1")
    public static boolean isJavaLetterOrDigit(char ch) {
        return isJavaIdentifierPart(ch);
    }

    public static boolean isAlphabetic(int codePoint) {
        return is(codePoint, LETTERS | bit(LETTER_NUMBER)) || CharacterData.isOtherAlphabetic(codePoint);
    }

    public static boolean isIdeographic(int codePoint) {
        return CharacterData.isIdeographic(codePoint);
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    public static boolean isJavaIdentifierStart(int codePoint) {
        return is(codePoint, JAVA_START);
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int codePoint) {
        return is(codePoint, JAVA_PART) || isIdentifierIgnorable(codePoint);
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    /** The ISO controls that are not whitespace (0-8, 0x0E-0x1B, 0x7F-0x9F), and category FORMAT. */
    public static boolean isIdentifierIgnorable(int codePoint) {
        if (codePoint < 0xA0) {
            return isISOControl(codePoint) && !(codePoint >= 0x09 && codePoint <= 0x0D)
                    && !(codePoint >= 0x1C && codePoint <= 0x1F);
        }
        return getType(codePoint) == FORMAT;
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    public static boolean isSpaceChar(int codePoint) {
        return is(codePoint, SEPARATORS);
    }

    /** ' ', tab, newline, form feed and carriage return only. */
    @Deprecated(since = "1.1")
    public static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r';
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    /** Separators other than the no-break spaces, plus tab..carriage return and the four information separators. */
    public static boolean isWhitespace(int codePoint) {
        if (codePoint <= ' ') {
            return codePoint == ' ' || (codePoint >= '\t' && codePoint <= '\r') || (codePoint >= 0x1C && codePoint <= 0x1F);
        }
        switch (codePoint) {
            case 0x00A0, 0x2007, 0x202F:
                return false;
            default:
                return isSpaceChar(codePoint);
        }
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int codePoint) {
        return (codePoint >= 0 && codePoint < 0x20) || (codePoint >= 0x7F && codePoint < 0xA0);
    }

    public static byte getDirectionality(char ch) {
        return getDirectionality((int) ch);
    }

    public static byte getDirectionality(int codePoint) {
        return (byte) CharacterData.getDirectionality(codePoint);
    }

    public static boolean isMirrored(char ch) {
        return isMirrored((int) ch);
    }

    public static boolean isMirrored(int codePoint) {
        return CharacterData.isMirrored(codePoint);
    }

    public static boolean isUnicodeIdentifierStart(char ch) {
        return isUnicodeIdentifierStart((int) ch);
    }

    public static boolean isUnicodeIdentifierStart(int codePoint) {
        return CharacterData.isUnicodeIdentifierStart(codePoint);
    }

    public static boolean isUnicodeIdentifierPart(char ch) {
        return isUnicodeIdentifierPart((int) ch);
    }

    public static boolean isUnicodeIdentifierPart(int codePoint) {
        return CharacterData.isUnicodeIdentifierPart(codePoint);
    }

    public static boolean isEmoji(int codePoint) {
        return CharacterData.isEmoji(codePoint);
    }

    public static boolean isEmojiPresentation(int codePoint) {
        return CharacterData.isEmojiPresentation(codePoint);
    }

    public static boolean isEmojiModifier(int codePoint) {
        return CharacterData.isEmojiModifier(codePoint);
    }

    public static boolean isEmojiModifierBase(int codePoint) {
        return CharacterData.isEmojiModifierBase(codePoint);
    }

    public static boolean isEmojiComponent(int codePoint) {
        return CharacterData.isEmojiComponent(codePoint);
    }

    public static boolean isExtendedPictographic(int codePoint) {
        return CharacterData.isExtendedPictographic(codePoint);
    }

    // ---- case mapping: ASCII and Latin-1 by rule, the rest from the tables ----

    /** Latin-1 capitals with a small letter 32 above: A-Z and U+00C0..U+00DE except the multiplication sign. */
    private static boolean isLatin1Capital(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
    }

    /** The small letters of isLatin1Capital's pairs. */
    private static boolean isLatin1Small(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7);
    }

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    public static int toLowerCase(int codePoint) {
        if ((codePoint & ~0xFF) != 0) return CharacterData.toLowerCase(codePoint);
        return isLatin1Capital(codePoint) ? codePoint + 32 : codePoint;
    }

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    public static int toUpperCase(int codePoint) {
        if ((codePoint & ~0xFF) != 0) return CharacterData.toUpperCase(codePoint);
        if (isLatin1Small(codePoint)) return codePoint - 32;
        // the two Latin-1 small letters whose capitals lie outside Latin-1
        if (codePoint == 0xB5) return 0x039C;
        if (codePoint == 0xFF) return 0x0178;
        return codePoint;
    }

    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    public static int toTitleCase(int codePoint) {
        return (codePoint & ~0xFF) == 0 ? toUpperCase(codePoint) : CharacterData.toTitleCase(codePoint);
    }

    // ---- digits ----

    /** Value of an ASCII or fullwidth Latin letter as a digit (10..35), else -1. */
    private static int letterDigit(int codePoint) {
        int base;
        if (codePoint < 0x80) base = codePoint >= 'a' ? 'a' : 'A';
        else base = codePoint >= 0xFF41 ? 0xFF41 : 0xFF21;     // fullwidth smalls, capitals
        int v = codePoint - base;
        return v >= 0 && v < 26 ? v + 10 : -1;
    }

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) return -1;
        int v;
        if (codePoint >= '0' && codePoint <= '9') v = codePoint - '0';
        else if (codePoint < 0x80 || (codePoint >= 0xFF21 && codePoint <= 0xFF5A)) v = letterDigit(codePoint);
        else v = CharacterData.decimalValue(codePoint);
        return v < radix ? v : -1;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    public static int getNumericValue(int codePoint) {
        if (codePoint >= '0' && codePoint <= '9') return codePoint - '0';
        if (codePoint < 0x80) return letterDigit(codePoint);
        return CharacterData.numericValue(codePoint);
    }

    public static char forDigit(int digit, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX || digit < 0 || digit >= radix) return '\0';
        return (char) (digit < 10 ? '0' + digit : 'a' + (digit - 10));
    }
}
