package java.lang;

/** Charset conversions for String (UTF-8, ISO-8859-1, US-ASCII), the literal-regex check, and interning. */
final class StringCoding {
    private StringCoding() {}

    private static final char REPLACEMENT = '\uFFFD';

    private static byte[] slice(byte[] b, int off, int len) {
        byte[] copy = new byte[len];
        System.arraycopy(b, off, copy, 0, len);
        return copy;
    }

    static String decodeLatin1(byte[] b, int off, int len) {
        return new String(slice(b, off, len), String.LATIN1);
    }

    /** Bytes above 0x7F are not ASCII and become U+FFFD. */
    static String decodeAscii(byte[] b, int off, int len) {
        int firstHigh = off;
        while (firstHigh < off + len && b[firstHigh] >= 0) firstHigh++;
        if (firstHigh == off + len) return decodeLatin1(b, off, len);
        byte[] utf16 = new byte[2 * len];
        for (int i = 0; i < len; i++) {
            byte x = b[off + i];
            StringUTF16.putChar(utf16, i, x >= 0 ? x : REPLACEMENT);
        }
        return new String(utf16, String.UTF16);
    }

    // ---- UTF-8 ----

    /**
     * How many continuation bytes follow a lead byte: 0 for ASCII, -1 for bytes that cannot lead (continuations,
     * C0 and C1 which could only start overlong forms, F5 and up which would pass U+10FFFF).
     */
    private static int continuations(int lead) {
        if (lead < 0x80) return 0;
        if (lead < 0xC2) return -1;
        if (lead < 0xE0) return 1;
        if (lead < 0xF0) return 2;
        return lead <= 0xF4 ? 3 : -1;
    }

    /** One decoding step: the next position in the high half, the code point (or U+FFFD) in the low half. */
    private static long step(int next, int codePoint) {
        return (long) next << 32 | codePoint;
    }

    /**
     * Decodes the sequence whose lead byte (not ASCII) is at p. Malformed input gives one U+FFFD for the longest
     * prefix that could still have begun a well-formed sequence, so the next byte is looked at again; the second
     * byte's range excludes overlong forms (after E0, F0) and values past U+10FFFF (after F4). Like HotSpot, a
     * complete three-byte form of a surrogate is one U+FFFD.
     */
    private static long decodeSequence(byte[] src, int p, int end) {
        int lead = src[p] & 0xFF;
        int more = continuations(lead);
        if (more < 0) return step(p + 1, REPLACEMENT);
        int min = lead == 0xE0 ? 0xA0 : (lead == 0xF0 ? 0x90 : 0x80);
        int max = lead == 0xF4 ? 0x8F : 0xBF;
        int cp = lead & (0x3F >> more);
        int q = p + 1;
        for (; more > 0; more--, q++) {
            if (q == end) return step(q, REPLACEMENT);
            int b = src[q] & 0xFF;
            if (b < min || b > max) return step(q, REPLACEMENT);
            cp = (cp << 6) | (b & 0x3F);
            min = 0x80;
            max = 0xBF;
        }
        return step(q, (cp & 0xFFFFF800) == 0xD800 ? REPLACEMENT : cp);
    }

    /**
     * Decodes UTF-8 into a Latin-1 string while every code point fits in a byte, and switches to UTF-16 at the
     * first that does not (a string never has more chars than its UTF-8 has bytes).
     */
    static String decodeUtf8(byte[] src, int off, int len) {
        int end = off + len;
        int p = off;
        while (p < end && src[p] >= 0) p++;
        if (p == end) return decodeLatin1(src, off, len);
        byte[] latin1 = new byte[len];
        System.arraycopy(src, off, latin1, 0, p - off);
        int n = p - off;
        byte[] utf16 = null;
        while (p < end) {
            int cp = src[p];
            if (cp >= 0) {
                p++;
            } else {
                long s = decodeSequence(src, p, end);
                p = (int) (s >>> 32);
                cp = (int) s;
            }
            if (utf16 == null && cp <= 0xFF) {
                latin1[n++] = (byte) cp;
                continue;
            }
            if (utf16 == null) {
                utf16 = new byte[2 * len];
                for (int i = 0; i < n; i++) StringUTF16.putChar(utf16, i, latin1[i] & 0xFF);
            }
            if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                StringUTF16.putChar(utf16, n++, Character.highSurrogate(cp));
                StringUTF16.putChar(utf16, n++, Character.lowSurrogate(cp));
            } else {
                StringUTF16.putChar(utf16, n++, cp);
            }
        }
        if (utf16 == null) return new String(n == len ? latin1 : slice(latin1, 0, n), String.LATIN1);
        return new String(2 * n == utf16.length ? utf16 : slice(utf16, 0, 2 * n), String.UTF16);
    }

    /**
     * s in a one-byte charset whose chars are U+0000..max. Anything else is one '?', a surrogate pair included
     * (it is one character).
     */
    static byte[] encodeSingleByte(String s, int max) {
        byte[] v = s.value;
        if (s.coder == String.LATIN1) {
            byte[] out = v.clone();
            if (max < 0xFF) for (int i = 0; i < out.length; i++) if (out[i] < 0) out[i] = '?';
            return out;
        }
        int chars = v.length >> 1;
        byte[] out = new byte[chars];
        int j = 0;
        for (int i = 0; i < chars; i++) {
            char c = StringUTF16.getChar(v, i);
            if (c <= max) {
                out[j++] = (byte) c;
            } else {
                if (Character.isSurrogatePair(c, charOrZero(v, i + 1, chars))) i++;
                out[j++] = '?';
            }
        }
        return j == chars ? out : slice(out, 0, j);
    }

    /** The char at i of a UTF-16 value, or 0 past its end (0 pairs with nothing). */
    private static char charOrZero(byte[] utf16, int i, int chars) {
        return i < chars ? StringUTF16.getChar(utf16, i) : 0;
    }

    /** UTF-8 bytes of s. As on HotSpot, a surrogate that is not part of a pair becomes '?'. */
    static byte[] encodeUtf8(String s) {
        byte[] v = s.value;
        if (s.coder == String.LATIN1) {
            int high = 0;
            for (byte b : v) high += b >>> 31;          // 1 for each byte >= 0x80
            byte[] out = new byte[v.length + high];
            int j = 0;
            for (byte b : v) {
                if (b >= 0) {
                    out[j++] = b;
                } else {
                    out[j++] = (byte) (0xC0 | (b & 0xFF) >> 6);
                    out[j++] = (byte) (0x80 | (b & 0x3F));
                }
            }
            return out;
        }
        int chars = v.length >> 1;
        // first pass sizes the result exactly, second fills it
        int size = 0;
        for (int i = 0; i < chars; i++) {
            char c = StringUTF16.getChar(v, i);
            if (c < 0x80) size += 1;
            else if (c < 0x800) size += 2;
            else if (!Character.isSurrogate(c)) size += 3;
            else if (Character.isSurrogatePair(c, charOrZero(v, i + 1, chars))) {
                size += 4;
                i++;
            } else size += 1;
        }
        byte[] out = new byte[size];
        int j = 0;
        for (int i = 0; i < chars; i++) {
            char c = StringUTF16.getChar(v, i);
            if (c < 0x80) {
                out[j++] = (byte) c;
            } else if (c < 0x800) {
                out[j++] = (byte) (0xC0 | c >> 6);
                out[j++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                out[j++] = (byte) (0xE0 | c >> 12);
                out[j++] = (byte) (0x80 | (c >> 6 & 0x3F));
                out[j++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogatePair(c, charOrZero(v, i + 1, chars))) {
                int cp = Character.toCodePoint(c, StringUTF16.getChar(v, ++i));
                out[j++] = (byte) (0xF0 | cp >> 18);
                out[j++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                out[j++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                out[j++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                out[j++] = '?';
            }
        }
        return out;
    }

    private static final String META = ".$|()[{^?*+\\";

    /**
     * The text a regular expression matches, when it is a literal: plain chars, backslash-escaped
     * non-alphanumeric chars, the escapes \t \n \r \f \a \e, and \Q...\E quoting. Anything else is refused.
     */
    static String literalOfRegex(String regex) {
        int n = regex.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) throw unsupported(regex);
                char d = regex.charAt(++i);
                if (d == 'Q') {
                    int end = regex.indexOf("\\E", i + 1);
                    if (end < 0) {
                        sb.append(regex, i + 1, n);
                        i = n;
                    } else {
                        sb.append(regex, i + 1, end);
                        i = end + 1;
                    }
                    continue;
                }
                switch (d) {
                    case 't' -> sb.append('\t');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 'f' -> sb.append('\f');
                    case 'a' -> sb.append('\u0007');
                    case 'e' -> sb.append('\u001B');
                    default -> {
                        if ((d >= '0' && d <= '9') || (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z'))
                            throw unsupported(regex);
                        sb.append(d);
                    }
                }
            } else if (META.indexOf(c) >= 0) {
                throw unsupported(regex);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static UnsupportedOperationException unsupported(String regex) {
        return new UnsupportedOperationException("regular expressions are not supported: " + regex);
    }

    private static String[] table = new String[64];
    private static int interned;

    static String intern(String s) {
        // Literals and constants are interned by the compiler; they are the canonical copies.
        String literal = jos.rt.Literals.find(s);
        if (literal != null) return literal;
        int mask = table.length - 1;
        int i = mix(s.hashCode()) & mask;
        for (String t; (t = table[i]) != null; i = (i + 1) & mask) {
            if (t.equals(s)) return t;
        }
        table[i] = s;
        if (++interned * 2 > table.length) rehash();
        return s;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static void rehash() {
        String[] old = table;
        String[] t = new String[old.length * 2];
        int mask = t.length - 1;
        for (String s : old) {
            if (s == null) continue;
            int i = mix(s.hashCode()) & mask;
            while (t[i] != null) i = (i + 1) & mask;
            t[i] = s;
        }
        table = t;
    }
}
