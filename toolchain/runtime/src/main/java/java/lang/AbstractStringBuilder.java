package java.lang;

/**
 * The shared body of StringBuilder and StringBuffer: compact storage as String's (Latin-1 until a char
 * above U+00FF arrives, then UTF-16 little-endian). Capacity is counted in chars and grows as the JDK's
 * (twice plus two), since capacity() is observable.
 */
abstract class AbstractStringBuilder implements Appendable, CharSequence {
    static final byte LATIN1 = 0;
    static final byte UTF16 = 1;

    byte[] value;
    byte coder;
    int count;

    // String's internals, reached only through these.
    private static byte coderOf(String s) {
        return s.coder;
    }

    private static byte[] bytesOf(String s) {
        return s.value;
    }

    private static char charOf(String s, int index) {
        return s.at(index);
    }

    private static String newLatin1(byte[] v) {
        return new String(v, LATIN1);
    }

    AbstractStringBuilder(int capacity) {
        value = new byte[capacity];
    }

    AbstractStringBuilder(String str) {
        int len = str.length();
        int cap = len + 16;
        if (cap < 0) cap = Integer.MAX_VALUE;
        if (coderOf(str) == LATIN1) {
            value = new byte[cap];
        } else {
            value = new byte[cap << 1];
            coder = UTF16;
        }
        append(str);
    }

    AbstractStringBuilder(CharSequence seq) {
        int len = seq.length();
        int cap = len + 16;
        if (cap < 0) cap = Integer.MAX_VALUE;
        byte c = LATIN1;
        if (seq instanceof AbstractStringBuilder asb) c = asb.coder;
        else if (seq instanceof String str) c = coderOf(str);
        coder = c;
        value = new byte[cap << c];
        append(seq);
    }

    // ---- index checks with the JDK's messages ----

    // The exceptions are built out of line (String.outOfBounds), so the checks inline.
    private static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) throw String.outOfBounds(index, length);
    }

    private static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length)
            throw new StringIndexOutOfBoundsException(
                    "Range [" + offset + ", " + length + ") out of bounds for length " + length);
    }

    private static void checkRangeSIOOBE(int start, int end, int length) {
        if (start < 0 || start > end || end > length) throw String.rangeOutOfBounds(start, end, length);
    }

    private static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length)
            throw new IndexOutOfBoundsException(
                    "Range [" + start + ", " + end + ") out of bounds for length " + length);
    }

    // ---- storage ----

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length >> coder;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0) ensureCapacityInternal(minimumCapacity);
    }

    private void ensureCapacityInternal(int minimumCapacity) {
        if (minimumCapacity - (value.length >> coder) > 0) grow(minimumCapacity);
    }

    /** The growth step of ensureCapacityInternal, out of line so the test before it inlines. */
    @jos.rt.OutOfLine
    private void grow(int minimumCapacity) {
        int oldCapacity = value.length >> coder;
        int newCapacity = oldCapacity * 2 + 2;
        if (newCapacity - minimumCapacity < 0) newCapacity = minimumCapacity;
        if (newCapacity < 0 || newCapacity > (Integer.MAX_VALUE - 8) >> coder) {
            if (minimumCapacity < 0 || minimumCapacity > Integer.MAX_VALUE >> coder)
                throw new OutOfMemoryError("Required length exceeds implementation limit");
            newCapacity = minimumCapacity;
        }
        byte[] v = new byte[newCapacity << coder];
        System.arraycopy(value, 0, v, 0, count << coder);
        value = v;
    }

    /**
     * Room for minimumCapacity chars when text of coder incoming arrives. A Latin-1 builder that must both
     * widen and grow does so in one step that adds only two chars beyond the old capacity, as the JDK does
     * for String and builder arguments (capacity() shows the difference).
     */
    private void ensureCapacityFor(int minimumCapacity, byte incoming) {
        if (coder == LATIN1 && incoming != LATIN1) {
            int cap = value.length;
            if (minimumCapacity - cap > 0) {
                int newCapacity = cap + 2;
                if (newCapacity - minimumCapacity < 0) newCapacity = minimumCapacity;
                if (newCapacity < 0 || newCapacity > (Integer.MAX_VALUE - 8) >> 1) {
                    if (minimumCapacity < 0 || minimumCapacity > Integer.MAX_VALUE >> 1)
                        throw new OutOfMemoryError("Required length exceeds implementation limit");
                    newCapacity = minimumCapacity;
                }
                byte[] v = new byte[newCapacity << 1];
                for (int i = 0; i < count; i++) StringUTF16.putChar(v, i, value[i] & 0xFF);
                value = v;
                coder = UTF16;
            } else {
                inflate();
            }
        } else {
            ensureCapacityInternal(minimumCapacity);
        }
    }

    /** Switches to UTF-16, keeping the capacity in chars. */
    private void inflate() {
        if (coder != LATIN1) return;
        byte[] old = value;
        byte[] v = new byte[old.length << 1];
        for (int i = 0; i < count; i++) StringUTF16.putChar(v, i, old[i] & 0xFF);
        value = v;
        coder = UTF16;
    }

    public void trimToSize() {
        if (count < (value.length >> coder)) {
            byte[] v = new byte[count << coder];
            System.arraycopy(value, 0, v, 0, count << coder);
            value = v;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) throw new StringIndexOutOfBoundsException("String index out of range: " + newLength);
        ensureCapacityInternal(newLength);
        if (count < newLength) {
            for (int i = count << coder, e = newLength << coder; i < e; i++) value[i] = 0;
        }
        count = newLength;
    }

    /** The char at index, no check. */
    final char at(int index) {
        return coder == LATIN1 ? (char) (value[index] & 0xFF) : StringUTF16.getChar(value, index);
    }

    /** Stores c at index; capacity must be there. Inflates as needed. */
    private void put(int index, char c) {
        if (coder == LATIN1) {
            if (c <= 0xFF) {
                value[index] = (byte) c;
                return;
            }
            inflate();
        }
        StringUTF16.putChar(value, index, c);
    }

    /** Moves chars [from, count) to start at from + by; capacity must be there. */
    private void shift(int from, int by) {
        System.arraycopy(value, from << coder, value, (from + by) << coder, (count - from) << coder);
    }

    private static boolean allLatin1(CharSequence s, int start, int end) {
        if (s instanceof String str) {
            if (coderOf(str) == LATIN1) return true;
        }
        for (int i = start; i < end; i++) if (s.charAt(i) > 0xFF) return false;
        return true;
    }

    private static boolean allLatin1(char[] s, int start, int end) {
        for (int i = start; i < end; i++) if (s[i] > 0xFF) return false;
        return true;
    }

    /** Writes s[start, end) at index; capacity and coder must already suit. */
    private void putChars(int index, CharSequence s, int start, int end) {
        if (s instanceof String str) {
            putString(index, str, start, end);
            return;
        }
        if (s instanceof AbstractStringBuilder asb) {
            putBuilder(index, asb, start, end);
            return;
        }
        if (coder == LATIN1) {
            for (int i = start; i < end; i++) value[index++] = (byte) s.charAt(i);
        } else {
            for (int i = start; i < end; i++) StringUTF16.putChar(value, index++, s.charAt(i));
        }
    }

    private void putString(int index, String s, int start, int end) {
        byte[] v = bytesOf(s);
        if (coderOf(s) == coder) {
            System.arraycopy(v, start << coder, value, index << coder, (end - start) << coder);
        } else if (coder == UTF16) {
            for (int i = start; i < end; i++) StringUTF16.putChar(value, index++, v[i] & 0xFF);
        } else {
            for (int i = start; i < end; i++) value[index++] = (byte) StringUTF16.getChar(v, i);
        }
    }

    private void putBuilder(int index, AbstractStringBuilder s, int start, int end) {
        byte[] v = s.value;
        if (s.coder == coder) {
            System.arraycopy(v, start << coder, value, index << coder, (end - start) << coder);
        } else if (coder == UTF16) {
            for (int i = start; i < end; i++) StringUTF16.putChar(value, index++, v[i] & 0xFF);
        } else {
            for (int i = start; i < end; i++) value[index++] = (byte) StringUTF16.getChar(v, i);
        }
    }

    private void putChars(int index, char[] s, int start, int end) {
        if (coder == LATIN1) {
            for (int i = start; i < end; i++) value[index++] = (byte) s[i];
        } else {
            for (int i = start; i < end; i++) StringUTF16.putChar(value, index++, s[i]);
        }
    }

    // ---- reading ----

    public char charAt(int index) {
        checkIndex(index, count);
        return at(index);
    }

    public int codePointAt(int index) {
        checkIndex(index, count);
        char c = at(index);
        if (Character.isHighSurrogate(c) && index + 1 < count) {
            char d = at(index + 1);
            if (Character.isLowSurrogate(d)) return Character.toCodePoint(c, d);
        }
        return c;
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        checkIndex(i, count);
        char d = at(i);
        if (Character.isLowSurrogate(d) && i > 0) {
            char c = at(i - 1);
            if (Character.isHighSurrogate(c)) return Character.toCodePoint(c, d);
        }
        return d;
    }

    public int codePointCount(int beginIndex, int endIndex) {
        checkRange(beginIndex, endIndex, count);
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (Character.isHighSurrogate(at(i)) && Character.isLowSurrogate(at(i + 1))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count) throw new IndexOutOfBoundsException();
        int x = index;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < count && i < codePointOffset; i++) {
                if (Character.isHighSurrogate(at(x++)) && x < count && Character.isLowSurrogate(at(x))) x++;
            }
            if (i < codePointOffset) throw new IndexOutOfBoundsException();
        } else {
            int i;
            for (i = codePointOffset; x > 0 && i < 0; i++) {
                if (Character.isLowSurrogate(at(--x)) && x > 0 && Character.isHighSurrogate(at(x - 1))) x--;
            }
            if (i < 0) throw new IndexOutOfBoundsException();
        }
        return x;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRangeSIOOBE(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        checkRange(dstBegin, dstBegin + n, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) dst[dstBegin++] = at(i);
    }

    public void setCharAt(int index, char ch) {
        checkIndex(index, count);
        put(index, ch);
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public String substring(int start, int end) {
        checkRangeSIOOBE(start, end, count);
        if (coder == LATIN1) {
            byte[] r = new byte[end - start];
            System.arraycopy(value, start, r, 0, end - start);
            return newLatin1(r);
        }
        return StringUTF16.compress(value, start, end - start);
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        int m = str.length();
        if (fromIndex < 0) fromIndex = 0;
        if (fromIndex > count) return m == 0 ? count : -1;
        outer:
        for (int i = fromIndex; i <= count - m; i++) {
            for (int j = 0; j < m; j++) if (at(i + j) != charOf(str, j)) continue outer;
            return i;
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        int m = str.length();
        int start = Math.min(fromIndex, count - m);
        outer:
        for (int i = start; i >= 0; i--) {
            for (int j = 0; j < m; j++) if (at(i + j) != charOf(str, j)) continue outer;
            return i;
        }
        return -1;
    }

    int compareTo(AbstractStringBuilder another) {
        if (this == another) return 0;
        int n1 = count, n2 = another.count;
        int lim = Math.min(n1, n2);
        for (int k = 0; k < lim; k++) {
            char c1 = at(k), c2 = another.at(k);
            if (c1 != c2) return c1 - c2;
        }
        return n1 - n2;
    }

    // ---- appending ----

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public AbstractStringBuilder append(String str) {
        if (str == null) return appendNull();
        int len = str.length();
        byte[] v = value;
        int n = count;
        // Latin-1 into Latin-1 with room: one copy, no capacity or coder steps.
        if (coder == LATIN1 && coderOf(str) == LATIN1 && len <= v.length - n) {
            System.arraycopy(bytesOf(str), 0, v, n, len);
            count = n + len;
            return this;
        }
        ensureCapacityFor(count + len, coderOf(str));
        putString(count, str, 0, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        return append((CharSequence) sb);
    }

    AbstractStringBuilder append(AbstractStringBuilder asb) {
        if (asb == null) return appendNull();
        int len = asb.count;
        ensureCapacityFor(count + len, asb.coder);
        putBuilder(count, asb, 0, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) return appendNull();
        if (s instanceof String str) return append(str);
        if (s instanceof AbstractStringBuilder asb) return append(asb);
        return append(s, 0, s.length());
    }

    private AbstractStringBuilder appendNull() {
        ensureCapacityInternal(count + 4);
        put(count, 'n');
        put(count + 1, 'u');
        put(count + 2, 'l');
        put(count + 3, 'l');
        count += 4;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null) s = "null";
        checkRange(start, end, s.length());
        int len = end - start;
        ensureCapacityInternal(count + len);
        if (coder == LATIN1 && !allLatin1(s, start, end)) inflate();
        putChars(count, s, start, end);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        return append(str, 0, str.length);
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        checkRange(offset, end, str.length);
        ensureCapacityInternal(count + len);
        if (coder == LATIN1 && !allLatin1(str, offset, end)) inflate();
        putChars(count, str, offset, end);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public AbstractStringBuilder append(char c) {
        byte[] v = value;
        int n = count;
        // A Latin-1 char into a Latin-1 builder with room: one store (text building spends its time here).
        if (coder == LATIN1 && c <= 0xFF && n < v.length) {
            v[n] = (byte) c;
            count = n + 1;
            return this;
        }
        return appendSlow(c);
    }

    /** append(char) for the other cases: a UTF-16 builder with room stores two bytes, else it grows or widens. */
    @jos.rt.OutOfLine
    private AbstractStringBuilder appendSlow(char c) {
        byte[] v = value;
        int n = count;
        if (coder == UTF16 && n < v.length >> 1) {
            StringUTF16.putChar(v, n, c);
            count = n + 1;
            return this;
        }
        return appendGrowing(c);
    }

    private AbstractStringBuilder appendGrowing(char c) {
        ensureCapacityFor(count + 1, c <= 0xFF ? LATIN1 : UTF16);
        put(count, c);
        count++;
        return this;
    }

    public AbstractStringBuilder append(int i) {
        if (coder != LATIN1) return append(Integer.toString(i));
        int len = Integer.stringSize(i);
        ensureCapacityInternal(count + len);
        Integer.getChars(i, count + len, value);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(long l) {
        if (coder != LATIN1) return append(Long.toString(l));
        int len = Long.stringSize(l);
        ensureCapacityInternal(count + len);
        Long.getChars(l, count + len, value);
        count += len;
        return this;
    }

    // As the JDK, room for the longest float (15 chars) or double (24 chars) is made first: capacity() shows it.
    public AbstractStringBuilder append(float f) {
        ensureCapacityInternal(count + 15);
        return append(Float.toString(f));
    }

    public AbstractStringBuilder append(double d) {
        ensureCapacityInternal(count + 24);
        return append(Double.toString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) return append((char) codePoint);
        if (!Character.isValidCodePoint(codePoint)) throw invalidCodePoint(codePoint);
        ensureCapacityInternal(count + 2);
        put(count, Character.highSurrogate(codePoint));
        put(count + 1, Character.lowSurrogate(codePoint));
        count += 2;
        return this;
    }

    private static IllegalArgumentException invalidCodePoint(int codePoint) {
        return new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
    }

    public AbstractStringBuilder repeat(int codePoint, int count) {
        if (count < 0) throw new IllegalArgumentException("count is negative: " + count);
        if (count == 0) return this;
        if (Character.isBmpCodePoint(codePoint)) {
            ensureCapacityFor(this.count + count, codePoint <= 0xFF ? LATIN1 : UTF16);
            char c = (char) codePoint;
            for (int i = 0; i < count; i++) put(this.count++, c);
            return this;
        }
        if (!Character.isValidCodePoint(codePoint)) throw invalidCodePoint(codePoint);
        ensureCapacityInternal(this.count + 2 * count);
        for (int i = 0; i < count; i++) {
            put(this.count++, Character.highSurrogate(codePoint));
            put(this.count++, Character.lowSurrogate(codePoint));
        }
        return this;
    }

    public AbstractStringBuilder repeat(CharSequence cs, int count) {
        if (count < 0) throw new IllegalArgumentException("count is negative: " + count);
        if (count == 0) return this;
        if (cs == null) cs = "null";
        if (count == 1) return append(cs);
        String s = cs.toString();
        long total = (long) s.length() * count;
        if (this.count + total > Integer.MAX_VALUE)
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        // Strings and builders widen and grow in one step; other sequences as char ranges do
        if (cs instanceof String || cs instanceof AbstractStringBuilder) ensureCapacityFor(this.count + (int) total, coderOf(s));
        else ensureCapacityInternal(this.count + (int) total);
        for (int i = 0; i < count; i++) append(s);
        return this;
    }

    // ---- editing ----

    public AbstractStringBuilder delete(int start, int end) {
        if (end > count) end = count;
        checkRangeSIOOBE(start, end, count);
        int len = end - start;
        if (len > 0) {
            shift(end, -len);
            count -= len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        checkIndex(index, count);
        shift(index + 1, -1);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        if (end > count) end = count;
        checkRangeSIOOBE(start, end, count);
        int len = str.length();
        int newCount = count + len - (end - start);
        ensureCapacityFor(newCount, coderOf(str));
        shift(end, newCount - count);
        putString(start, str, 0, len);
        count = newCount;
        return this;
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        checkOffset(index, count);
        checkRangeSIOOBE(offset, offset + len, str.length);
        ensureCapacityInternal(count + len);
        if (coder == LATIN1 && !allLatin1(str, offset, offset + len)) inflate();
        shift(index, len);
        putChars(index, str, offset, offset + len);
        count += len;
        return this;
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, String str) {
        checkOffset(offset, count);
        if (str == null) str = "null";
        int len = str.length();
        ensureCapacityFor(count + len, coderOf(str));
        shift(offset, len);
        putString(offset, str, 0, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        return insert(offset, str, 0, str.length);
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null) s = "null";
        return insert(dstOffset, s, 0, s.length());
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) s = "null";
        checkOffset(dstOffset, count);
        checkRange(start, end, s.length());
        int len = end - start;
        ensureCapacityInternal(count + len);
        if (coder == LATIN1 && !allLatin1(s, start, end)) inflate();
        if (s == this) {
            // copy first: shifting would move the source
            String copy = substring(start, end);
            shift(dstOffset, len);
            putString(dstOffset, copy, 0, len);
        } else {
            shift(dstOffset, len);
            putChars(dstOffset, s, start, end);
        }
        count += len;
        return this;
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, b ? "true" : "false");
    }

    public AbstractStringBuilder insert(int offset, char c) {
        checkOffset(offset, count);
        ensureCapacityFor(count + 1, c <= 0xFF ? LATIN1 : UTF16);
        shift(offset, 1);
        put(offset, c);
        count++;
        return this;
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, Integer.toString(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, Long.toString(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, Float.toString(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, Double.toString(d));
    }

    public AbstractStringBuilder reverse() {
        int n = count;
        boolean surrogates = false;
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            char a = at(i), b = at(j);
            surrogates |= Character.isSurrogate(a) || Character.isSurrogate(b);
            put(i, b);
            put(j, a);
        }
        if ((n & 1) == 1 && Character.isSurrogate(at(n >> 1))) surrogates = true;
        if (surrogates) {
            // pairs came out low-high: turn them back
            for (int i = 0; i < n - 1; i++) {
                char lo = at(i);
                if (Character.isLowSurrogate(lo)) {
                    char hi = at(i + 1);
                    if (Character.isHighSurrogate(hi)) {
                        put(i, hi);
                        put(i + 1, lo);
                        i++;
                    }
                }
            }
        }
        return this;
    }

    public abstract String toString();

    /** The contents as a new String, compacted to Latin-1 where possible. */
    final String newString() {
        if (count == 0) return "";
        if (coder == LATIN1) {
            byte[] r = new byte[count];
            System.arraycopy(value, 0, r, 0, count);
            return newLatin1(r);
        }
        return StringUTF16.compress(value, 0, count);
    }
}
