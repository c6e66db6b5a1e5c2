package java.lang;

import java.util.Objects;
import java.util.stream.IntStream;

public interface CharSequence {
    int length();
    char charAt(int index);
    CharSequence subSequence(int start, int end);
    String toString();

    default boolean isEmpty() {
        return length() == 0;
    }

    /** The chars, zero-extended; each is read when the stream reaches it. */
    default IntStream chars() {
        return IntStream.range(0, length()).map(this::charAt);
    }

    /** The code points; a surrogate that is not part of a pair stands for itself. */
    default IntStream codePoints() {
        return IntStream.iterate(0, i -> i < length(), i -> i + Character.charCount(Character.codePointAt(this, i)))
                .map(i -> Character.codePointAt(this, i));
    }

    default void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        Objects.checkFromToIndex(srcBegin, srcEnd, length());
        // Checked (and reported) as an index into the positions where the copy can start.
        int room = dst.length - (srcEnd - srcBegin);
        Objects.checkIndex(dstBegin, room + 1);
        for (int i = srcBegin; i < srcEnd; i++) dst[dstBegin++] = charAt(i);
    }

    /** The difference of the first differing chars, else of the lengths. */
    static int compare(CharSequence cs1, CharSequence cs2) {
        Objects.requireNonNull(cs1);
        Objects.requireNonNull(cs2);
        if (cs1 == cs2) return 0;
        int n1 = cs1.length(), n2 = cs2.length();
        int common = Math.min(n1, n2);
        for (int i = 0; i < common; i++) {
            int d = cs1.charAt(i) - cs2.charAt(i);
            if (d != 0) return d;
        }
        return n1 - n2;
    }
}
