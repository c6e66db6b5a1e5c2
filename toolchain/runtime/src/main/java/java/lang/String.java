package java.lang;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Compact strings, as the JDK keeps them: Latin-1 text takes one byte a char (coder 0), anything else
 * two bytes a char, little-endian (coder 1). The compiler emits literals in this form, so the fields
 * {@code value} and {@code coder} are part of its contract.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    static final byte LATIN1 = 0;
    static final byte UTF16 = 1;

    final byte[] value;
    final byte coder;
    private int hash;
    private boolean hashIsZero;

    public static final java.util.Comparator<String> CASE_INSENSITIVE_ORDER = String::compareToIgnoreCase;

    public String() {
        value = new byte[0];
        coder = LATIN1;
    }

    /** Takes ownership of value; for the runtime's builders. */
    String(byte[] value, byte coder) {
        this.value = value;
        this.coder = coder;
    }

    public String(String original) {
        value = original.value;
        coder = original.coder;
        hash = original.hash;
        hashIsZero = original.hashIsZero;
    }

    public String(char[] chars) {
        this(chars, 0, chars.length);
    }

    public String(char[] chars, int offset, int count) {
        checkBoundsOffCount(offset, count, chars.length);
        byte c = LATIN1;
        for (int i = 0; i < count; i++) {
            if (chars[offset + i] > 0xFF) { c = UTF16; break; }
        }
        coder = c;
        if (c == LATIN1) {
            value = new byte[count];
            for (int i = 0; i < count; i++) value[i] = (byte) chars[offset + i];
        } else {
            value = new byte[count * 2];
            for (int i = 0; i < count; i++) StringUTF16.putChar(value, i, chars[offset + i]);
        }
    }

    public String(int[] codePoints, int offset, int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) sb.appendCodePoint(codePoints[offset + i]);
        String s = sb.toString();
        value = s.value;
        coder = s.coder;
    }

    public String(byte[] bytes, Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length, StandardCharsets.UTF_8);
    }

    public String(byte[] bytes, int offset, int length) {
        this(bytes, offset, length, StandardCharsets.UTF_8);
    }

    public String(byte[] bytes, int offset, int length, Charset charset) {
        checkBoundsOffCount(offset, length, bytes.length);
        String s;
        if (charset == StandardCharsets.UTF_8) s = StringCoding.decodeUtf8(bytes, offset, length);
        else if (charset == StandardCharsets.ISO_8859_1) s = StringCoding.decodeLatin1(bytes, offset, length);
        else if (charset == StandardCharsets.US_ASCII) s = StringCoding.decodeAscii(bytes, offset, length);
        else throw new UnsupportedOperationException("charset " + charset);
        value = s.value;
        coder = s.coder;
    }

    public String(StringBuilder sb) {
        String s = sb.toString();
        value = s.value;
        coder = s.coder;
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) throw offCountOutOfBounds(offset, count, length);
    }

    private static StringIndexOutOfBoundsException offCountOutOfBounds(int offset, int count, int length) {
        return new StringIndexOutOfBoundsException(
                "Range [" + offset + ", " + offset + " + " + count + ") out of bounds for length " + length);
    }

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) throw outOfBounds(index, length);
    }

    /**
     * The exception of a failed index check, built out of line: the checks stay a few instructions, so
     * gcc inlines them and charAt into their callers.
     */
    static StringIndexOutOfBoundsException outOfBounds(int index, int length) {
        return new StringIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) throw rangeOutOfBounds(begin, end, length);
    }

    static StringIndexOutOfBoundsException rangeOutOfBounds(int begin, int end, int length) {
        return new StringIndexOutOfBoundsException("Range [" + begin + ", " + end + ") out of bounds for length " + length);
    }

    boolean isLatin1() { return coder == LATIN1; }

    public int length() {
        return value.length >> coder;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        byte[] v = value;
        if (coder == LATIN1) {
            // gcc makes this one unsigned compare, and folds the array access's own check into it.
            if (index < 0 || index >= v.length) throw outOfBounds(index, v.length);
            return (char) (v[index] & 0xFF);
        }
        return charAtUtf16(v, index);
    }

    @jos.rt.OutOfLine
    private static char charAtUtf16(byte[] v, int index) {
        checkIndex(index, v.length >> 1);
        return StringUTF16.getChar(v, index);
    }

    /** charAt without the bounds check, for the runtime's loops. */
    char at(int index) {
        byte[] v = value;
        return coder == LATIN1 ? (char) (v[index] & 0xFF) : StringUTF16.getChar(v, index);
    }

    public int codePointAt(int index) {
        char c = charAt(index);
        if (Character.isHighSurrogate(c) && index + 1 < length()) {
            char d = at(index + 1);
            if (Character.isLowSurrogate(d)) return Character.toCodePoint(c, d);
        }
        return c;
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        checkIndex(i, length());
        char c = at(i);
        if (Character.isLowSurrogate(c) && i > 0) {
            char h = at(i - 1);
            if (Character.isHighSurrogate(h)) return Character.toCodePoint(h, c);
        }
        return c;
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        int n = length();
        if (index < 0 || index > n) throw new IndexOutOfBoundsException();
        int x = index;
        if (codePointOffset >= 0) {
            for (int i = 0; i < codePointOffset; i++) {
                if (x >= n) throw new IndexOutOfBoundsException();
                if (Character.isHighSurrogate(at(x++)) && x < n && Character.isLowSurrogate(at(x))) x++;
            }
        } else {
            for (int i = codePointOffset; i < 0; i++) {
                if (x <= 0) throw new IndexOutOfBoundsException();
                if (Character.isLowSurrogate(at(--x)) && x > 0 && Character.isHighSurrogate(at(x - 1))) x--;
            }
        }
        return x;
    }

    public int codePointCount(int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, length());
        int n = 0;
        for (int i = beginIndex; i < endIndex; i++) {
            n++;
            if (Character.isHighSurrogate(at(i)) && i + 1 < endIndex && Character.isLowSurrogate(at(i + 1))) i++;
        }
        return n;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, length());
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) dst[dstBegin++] = at(i);
    }

    public char[] toCharArray() {
        int n = length();
        char[] r = new char[n];
        for (int i = 0; i < n; i++) r[i] = at(i);
        return r;
    }

    public byte[] getBytes() {
        return getBytes(StandardCharsets.UTF_8);
    }

    public byte[] getBytes(Charset charset) {
        if (charset == StandardCharsets.UTF_8) return StringCoding.encodeUtf8(this);
        if (charset == StandardCharsets.ISO_8859_1) return StringCoding.encodeSingleByte(this, 0xFF);
        if (charset == StandardCharsets.US_ASCII) return StringCoding.encodeSingleByte(this, 0x7F);
        throw new UnsupportedOperationException("charset " + charset);
    }

    public boolean equals(Object anObject) {
        if (this == anObject) return true;
        if (!(anObject instanceof String s)) return false;
        if (coder != s.coder || value.length != s.value.length) return false;
        return jos.rt.Mem.bytesEqual(value, s.value, value.length);
    }

    public boolean contentEquals(CharSequence cs) {
        int n = length();
        // A builder in the same coder holds its chars as this string does: compare the bytes at once.
        if (cs instanceof AbstractStringBuilder asb && asb.coder == coder) {
            return asb.count == n && jos.rt.Mem.bytesEqual(value, asb.value, n << coder);
        }
        if (cs instanceof String s) return equals(s);
        if (cs.length() != n) return false;
        for (int i = 0; i < n; i++) if (at(i) != cs.charAt(i)) return false;
        return true;
    }

    public boolean equalsIgnoreCase(String other) {
        return other != null && other.length() == length() && regionMatches(true, 0, other, 0, length());
    }

    public int compareTo(String other) {
        int n1 = length(), n2 = other.length();
        int lim = Math.min(n1, n2);
        if (coder == LATIN1 && other.coder == LATIN1) {
            // Bytes are the chars: no coder test per char (sorting by string keys spends its time here).
            byte[] a = value, b = other.value;
            for (int k = 0; k < lim; k++) {
                int c1 = a[k] & 0xFF, c2 = b[k] & 0xFF;
                if (c1 != c2) return c1 - c2;
            }
            return n1 - n2;
        }
        for (int k = 0; k < lim; k++) {
            char c1 = at(k), c2 = other.at(k);
            if (c1 != c2) return c1 - c2;
        }
        return n1 - n2;
    }

    public int compareToIgnoreCase(String str) {
        int n1 = length(), n2 = str.length();
        int lim = Math.min(n1, n2);
        for (int k = 0; k < lim; k++) {
            char c1 = at(k), c2 = str.at(k);
            if (c1 != c2) {
                c1 = Character.toLowerCase(Character.toUpperCase(c1));
                c2 = Character.toLowerCase(Character.toUpperCase(c2));
                if (c1 != c2) return c1 - c2;
            }
        }
        return n1 - n2;
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) length() - len || ooffset > (long) other.length() - len)
            return false;
        for (int i = 0; i < len; i++) {
            char c1 = at(toffset + i), c2 = other.at(ooffset + i);
            if (c1 == c2) continue;
            if (ignoreCase) {
                char u1 = Character.toUpperCase(c1), u2 = Character.toUpperCase(c2);
                if (u1 == u2 || Character.toLowerCase(u1) == Character.toLowerCase(u2)) continue;
            }
            return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > length() - prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (at(toffset + i) != prefix.at(i)) return false;
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, length() - suffix.length());
    }

    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            int n = length();
            for (int i = 0; i < n; i++) h = 31 * h + at(i);
            if (h == 0) hashIsZero = true;
            else hash = h;
        }
        return h;
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        int n = length();
        if (fromIndex < 0) fromIndex = 0;
        if (ch >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return indexOf(new String(Character.toChars(ch)), fromIndex);
        }
        for (int i = fromIndex; i < n; i++) if (at(i) == ch) return i;
        return -1;
    }

    public int indexOf(int ch, int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, length());
        for (int i = beginIndex; i < endIndex; i++) if (at(i) == ch) return i;
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, length() - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        for (int i = Math.min(fromIndex, length() - 1); i >= 0; i--) if (at(i) == ch) return i;
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        int n = length(), m = str.length();
        if (fromIndex < 0) fromIndex = 0;
        if (fromIndex > n) return m == 0 ? n : -1;
        outer:
        for (int i = fromIndex; i <= n - m; i++) {
            for (int j = 0; j < m; j++) if (at(i + j) != str.at(j)) continue outer;
            return i;
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, length());
    }

    public int lastIndexOf(String str, int fromIndex) {
        int n = length(), m = str.length();
        int start = Math.min(fromIndex, n - m);
        outer:
        for (int i = start; i >= 0; i--) {
            for (int j = 0; j < m; j++) if (at(i + j) != str.at(j)) continue outer;
            return i;
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, length());
    }

    public String substring(int beginIndex, int endIndex) {
        int length = length();
        checkBoundsBeginEnd(beginIndex, endIndex, length);
        if (beginIndex == 0 && endIndex == length) return this;
        return sliceOf(beginIndex, endIndex);
    }

    /** The chars [begin, end) as a new string, compacted to Latin-1 where possible. */
    private String sliceOf(int begin, int end) {
        if (coder == LATIN1) {
            byte[] r = new byte[end - begin];
            System.arraycopy(value, begin, r, 0, r.length);
            return new String(r, LATIN1);
        }
        return StringUTF16.compress(value, begin, end - begin);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty()) return this;
        if (isEmpty()) return str;
        return new StringBuilder(length() + str.length()).append(this).append(str).toString();
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar || indexOf(oldChar) < 0) return this;
        int n = length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = at(i);
            sb.append(c == oldChar ? newChar : c);
        }
        return sb.toString();
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String t = target.toString(), r = replacement.toString();
        int j = indexOf(t);
        if (j < 0) return this;
        int n = length(), tl = t.length();
        StringBuilder sb = new StringBuilder(n);
        int i = 0;
        if (tl == 0) {
            for (; i < n; i++) sb.append(r).append(at(i));
            return sb.append(r).toString();
        }
        do {
            sb.append(this, i, j).append(r);
            i = j + tl;
        } while ((j = indexOf(t, i)) >= 0);
        return sb.append(this, i, n).toString();
    }

    public String toLowerCase() {
        int n = length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            int cp = codePointAt(i);
            int len = Character.charCount(cp);
            if (cp == '\u03A3' && isFinalSigma(i)) sb.append('\u03C2');
            else if (cp == '\u0130') sb.append("i\u0307");
            else sb.appendCodePoint(Character.toLowerCase(cp));
            i += len;
        }
        return sb.toString();
    }

    /** Unicode's Final_Sigma condition: a cased letter before, none after (ignoring case-ignorable marks). */
    private boolean isFinalSigma(int index) {
        int i = index - 1;
        while (i >= 0 && isCaseIgnorable(at(i))) i--;
        if (i < 0 || !Character.isLetter(at(i))) return false;
        int j = index + 1, n = length();
        while (j < n && isCaseIgnorable(at(j))) j++;
        return j >= n || !Character.isLetter(at(j));
    }

    private static boolean isCaseIgnorable(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL || c == '\'' || c == '.' || c == ':'
                || c == '\u00B7' || c == '\u2019';
    }

    public String toUpperCase() {
        int n = length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            int cp = codePointAt(i);
            if (cp == '\u00DF') sb.append("SS");
            else sb.appendCodePoint(Character.toUpperCase(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    public String toLowerCase(java.util.Locale locale) { return toLowerCase(); }

    public String toUpperCase(java.util.Locale locale) { return toUpperCase(); }

    public String trim() {
        int len = length(), st = 0;
        while (st < len && at(st) <= ' ') st++;
        while (st < len && at(len - 1) <= ' ') len--;
        return (st > 0 || len < length()) ? substring(st, len) : this;
    }

    public String strip() {
        return stripTrailing0(stripLeading());
    }

    public String stripLeading() {
        int n = length(), st = 0;
        while (st < n && Character.isWhitespace(at(st))) st++;
        return substring(st);
    }

    public String stripTrailing() {
        return stripTrailing0(this);
    }

    private static String stripTrailing0(String s) {
        int len = s.length();
        while (len > 0 && Character.isWhitespace(s.at(len - 1))) len--;
        return s.substring(0, len);
    }

    /** The lines of this string, split at \n, \r and \r\n; a final terminator adds no empty line. */
    public java.util.stream.Stream<String> lines() {
        return splitLines().stream();
    }

    private java.util.List<String> splitLines() {
        java.util.List<String> out = new java.util.ArrayList<>();
        int n = length(), start = 0;
        for (int i = 0; i < n; i++) {
            char c = at(i);
            if (c == '\n' || c == '\r') {
                out.add(substring(start, i));
                if (c == '\r' && i + 1 < n && at(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(substring(start, n));
        return out;
    }

    public String stripIndent() {
        int n = length();
        if (n == 0) return "";
        char last = at(n - 1);
        boolean optOut = last == '\n' || last == '\r';
        java.util.List<String> lines = splitLines();
        int outdent = 0;
        if (!optOut) {
            outdent = Integer.MAX_VALUE;
            for (String line : lines) {
                int lead = line.indexOfNonWhitespace();
                if (lead != line.length()) outdent = Math.min(outdent, lead);
            }
            String lastLine = lines.get(lines.size() - 1);
            if (lastLine.isBlank()) outdent = Math.min(outdent, lastLine.length());
        }
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (k > 0) sb.append('\n');
            int first = line.indexOfNonWhitespace();
            int end = line.length();
            while (end > 0 && Character.isWhitespace(line.at(end - 1))) end--;
            if (first < end) sb.append(line, Math.min(outdent, first), end);
        }
        if (optOut) sb.append('\n');
        return sb.toString();
    }

    /** Interprets escape sequences as the Java language does (\b \t \n \f \r \s \" \' \\, octal, line continuation). */
    public String translateEscapes() {
        int n = length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = at(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= n) throw new IllegalArgumentException("Invalid escape sequence: \\");
            char e = at(i);
            switch (e) {
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 's' -> sb.append(' ');
                case 't' -> sb.append('\t');
                case '\'', '\"', '\\' -> sb.append(e);
                case '\n' -> { }
                case '\r' -> {
                    if (i + 1 < n && at(i + 1) == '\n') i++;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int limit = e <= '3' ? 2 : 1;
                        int code = e - '0';
                        while (limit-- > 0 && i + 1 < n && at(i + 1) >= '0' && at(i + 1) <= '7') code = code * 8 + (at(++i) - '0');
                        sb.append((char) code);
                    } else {
                        throw new IllegalArgumentException(String.format("Invalid escape sequence: \\%c \\\\u%04X", e, (int) e));
                    }
                }
            }
        }
        return sb.toString();
    }

    private int indexOfNonWhitespace() {
        int i = 0, n = length();
        while (i < n && Character.isWhitespace(at(i))) i++;
        return i;
    }

    public String indent(int n) {
        if (isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (String line : splitLines()) {
            if (n > 0) {
                sb.append(" ".repeat(n)).append(line);
            } else if (n < 0) {
                int k = 0;
                while (k < -n && k < line.length() && Character.isWhitespace(line.at(k))) k++;
                sb.append(line, k, line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public boolean isBlank() {
        int n = length();
        for (int i = 0; i < n; i++) if (!Character.isWhitespace(at(i))) return false;
        return true;
    }

    public String repeat(int count) {
        if (count < 0) throw new IllegalArgumentException("count is negative: " + count);
        if (count == 1) return this;
        if (isEmpty() || count == 0) return "";
        if ((long) value.length * count > Integer.MAX_VALUE)
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        byte[] r = new byte[value.length * count];
        for (int i = 0; i < count; i++) System.arraycopy(value, 0, r, i * value.length, value.length);
        return new String(r, coder);
    }

    /** Splits around a literal separator (regular expressions other than literals are not supported). */
    public String[] split(String regex) {
        return split(regex, 0);
    }

    public String[] split(String regex, int limit) {
        String sep = StringCoding.literalOfRegex(regex);
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        int n = length(), off = 0, next;
        boolean limited = limit > 0;
        if (sep.isEmpty()) {
            for (int i = 0; i < n && (!limited || list.size() < limit - 1); i++) list.add(substring(i, i + 1));
            off = list.size();
            if (off < n || limited) list.add(substring(Math.min(off, n)));
        } else {
            while ((next = indexOf(sep, off)) != -1) {
                if (!limited || list.size() < limit - 1) {
                    list.add(substring(off, next));
                    off = next + sep.length();
                } else {
                    break;
                }
            }
            if (off == 0) return new String[] {this};
            list.add(substring(off, n));
        }
        int resultSize = list.size();
        if (limit == 0) {
            while (resultSize > 0 && list.get(resultSize - 1).isEmpty()) resultSize--;
        }
        String[] result = new String[resultSize];
        for (int i = 0; i < resultSize; i++) result[i] = list.get(i);
        return result;
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) sb.append(delimiter);
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence cs : elements) {
            if (!first) sb.append(delimiter);
            sb.append(cs);
            first = false;
        }
        return sb.toString();
    }

    public java.util.stream.IntStream chars() {
        int n = length();
        int[] cs = new int[n];
        for (int i = 0; i < n; i++) cs[i] = at(i);
        return java.util.Arrays.stream(cs);
    }

    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    public String formatted(Object... args) {
        return format(this, args);
    }

    public String intern() {
        return StringCoding.intern(this);
    }

    public String toString() {
        return this;
    }

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        if (c <= 0xFF) return new String(new byte[] {(byte) c}, LATIN1);
        byte[] v = new byte[2];
        StringUTF16.putChar(v, 0, c);
        return new String(v, UTF16);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }
}
