package java.util;

import java.util.stream.IntStream;

/**
 * A growable vector of bits, kept in 64-bit words: bit {@code i} is bit {@code i & 63} of
 * {@code words[i >> 6]}.
 *
 * <p>{@link #size()} reports the capacity, so the word array is sized and grown exactly as the JDK sizes
 * it: {@code BitSet()} starts with one word, {@code BitSet(n)} with enough words for n bits, growth takes
 * max(twice the current length, the length needed), and {@link #clone()} first trims the array to the
 * words in use unless the capacity is still the one the caller asked for. {@code valueOf} with buffers is
 * left out (there is no java.nio buffer in this runtime).
 *
 * <p>The field {@code wordsInUse} and the parameter names keep the JDK's spelling because HotSpot's
 * helpful NullPointerException messages quote them (e.g. {@code or(null)}).
 */
public class BitSet implements Cloneable, java.io.Serializable {
    private long[] words;
    /** How many leading words may be non-zero: words[wordsInUse - 1] != 0, and every later word is 0. */
    private transient int wordsInUse;
    /** The capacity is the one BitSet(int) chose and has not grown since: clone keeps it. */
    private transient boolean capacityChosen;

    public BitSet() {
        words = new long[1];
    }

    public BitSet(int nbits) {
        if (nbits < 0) throw new NegativeArraySizeException("nbits < 0: " + nbits);
        words = new long[((nbits - 1) >> 6) + 1];
        capacityChosen = true;
    }

    /** Takes {@code words} (whose last word, if any, is non-zero) as the whole state; clone may trim it. */
    private BitSet(long[] words) {
        this.words = words;
        this.wordsInUse = words.length;
    }

    public static BitSet valueOf(long[] longs) {
        int n = longs.length;
        while (n > 0 && longs[n - 1] == 0) n--;
        return new BitSet(Arrays.copyOf(longs, n));
    }

    public static BitSet valueOf(byte[] bytes) {
        return fromLittleEndian(bytes);
    }

    /** The parameter is named as in ByteBuffer.wrap, which the JDK's valueOf(byte[]) goes through. */
    private static BitSet fromLittleEndian(byte[] array) {
        int n = array.length;
        while (n > 0 && array[n - 1] == 0) n--;
        long[] packed = new long[(n + 7) >> 3];
        for (int i = 0; i < n; i++) packed[i >> 3] |= (array[i] & 0xFFL) << ((i & 7) << 3);
        return new BitSet(packed);
    }

    public byte[] toByteArray() {
        if (wordsInUse == 0) return new byte[0];
        int topBits = 64 - Long.numberOfLeadingZeros(words[wordsInUse - 1]);
        byte[] out = new byte[8 * (wordsInUse - 1) + (topBits + 7) / 8];
        for (int i = 0; i < out.length; i++) out[i] = (byte) (words[i >> 3] >>> ((i & 7) << 3));
        return out;
    }

    public long[] toLongArray() {
        return Arrays.copyOf(words, wordsInUse);
    }

    // ---------------------------------------------------------------- internal bookkeeping

    private static IndexOutOfBoundsException badIndex(String what, int value) {
        return new IndexOutOfBoundsException(what + value);
    }

    private static void checkBitIndex(int bitIndex) {
        if (bitIndex < 0) throw badIndex("bitIndex < 0: ", bitIndex);
    }

    private static void checkRange(int fromIndex, int toIndex) {
        if (fromIndex < 0) throw badIndex("fromIndex < 0: ", fromIndex);
        if (toIndex < 0) throw badIndex("toIndex < 0: ", toIndex);
        if (fromIndex > toIndex)
            throw new IndexOutOfBoundsException("fromIndex: " + fromIndex + " > toIndex: " + toIndex);
    }

    /** Makes room for {@code needed} words, growing as the JDK does. */
    private void reserve(int needed) {
        if (words.length >= needed) return;
        words = Arrays.copyOf(words, Math.max(2 * words.length, needed));
        capacityChosen = false;
    }

    /** Brings words[0..wordIndex] into use. */
    private void useThrough(int wordIndex) {
        if (wordIndex < wordsInUse) return;
        reserve(wordIndex + 1);
        wordsInUse = wordIndex + 1;
    }

    /** Drops trailing zero words from the count in use. */
    private void shrinkInUse() {
        int n = wordsInUse;
        while (n > 0 && words[n - 1] == 0) n--;
        wordsInUse = n;
    }

    private static final int OP_SET = 0, OP_CLEAR = 1, OP_FLIP = 2;

    /** Applies op to the bits [from, to) (from < to); the words involved must exist. */
    private void applyRange(int from, int to, int op) {
        int first = from >> 6;
        int last = (to - 1) >> 6;
        for (int w = first; w <= last; w++) {
            long mask = -1L;
            if (w == first) mask &= -1L << from;
            if (w == last) mask &= -1L >>> -to;
            switch (op) {
                case OP_SET -> words[w] |= mask;
                case OP_CLEAR -> words[w] &= ~mask;
                default -> words[w] ^= mask;
            }
        }
    }

    // ---------------------------------------------------------------- single bits and ranges

    public void flip(int bitIndex) {
        checkBitIndex(bitIndex);
        int w = bitIndex >> 6;
        useThrough(w);
        words[w] ^= 1L << bitIndex;
        shrinkInUse();
    }

    public void flip(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) return;
        useThrough((toIndex - 1) >> 6);
        applyRange(fromIndex, toIndex, OP_FLIP);
        shrinkInUse();
    }

    public void set(int bitIndex) {
        checkBitIndex(bitIndex);
        int w = bitIndex >> 6;
        useThrough(w);
        words[w] |= 1L << bitIndex;
    }

    public void set(int bitIndex, boolean value) {
        if (value) set(bitIndex);
        else clear(bitIndex);
    }

    public void set(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) return;
        useThrough((toIndex - 1) >> 6);
        applyRange(fromIndex, toIndex, OP_SET);
    }

    public void set(int fromIndex, int toIndex, boolean value) {
        if (value) set(fromIndex, toIndex);
        else clear(fromIndex, toIndex);
    }

    public void clear(int bitIndex) {
        checkBitIndex(bitIndex);
        int w = bitIndex >> 6;
        if (w >= wordsInUse) return;
        words[w] &= ~(1L << bitIndex);
        shrinkInUse();
    }

    public void clear(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        // Bits past the words in use are already clear (long: 2^25 words in use hold 2^31 bits).
        long inUseBits = (long) wordsInUse << 6;
        int end = toIndex < inUseBits ? toIndex : (int) inUseBits;
        if (fromIndex >= end) return;
        applyRange(fromIndex, end, OP_CLEAR);
        shrinkInUse();
    }

    public void clear() {
        Arrays.fill(words, 0, wordsInUse, 0L);
        wordsInUse = 0;
    }

    public boolean get(int bitIndex) {
        checkBitIndex(bitIndex);
        int w = bitIndex >> 6;
        return w < wordsInUse && (words[w] & (1L << bitIndex)) != 0;
    }

    /** The 64 bits starting at bit {@code pos}, zero beyond the words in use. */
    private long bitsFrom(int pos) {
        int w = pos >> 6;
        int shift = pos & 63;
        if (w >= wordsInUse) return 0;
        long bits = words[w] >>> shift;
        if (shift != 0 && w + 1 < wordsInUse) bits |= words[w + 1] << (64 - shift);
        return bits;
    }

    public BitSet get(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        int len = length();
        if (fromIndex >= len || fromIndex == toIndex) return new BitSet(0);
        int end = Math.min(toIndex, len);
        int count = end - fromIndex;
        BitSet result = new BitSet(count);
        int n = result.words.length;
        for (int i = 0; i < n; i++) result.words[i] = bitsFrom(fromIndex + (i << 6));
        if ((count & 63) != 0) result.words[n - 1] &= (1L << count) - 1;
        result.wordsInUse = n;
        result.shrinkInUse();
        return result;
    }

    // ---------------------------------------------------------------- searching

    public int nextSetBit(int fromIndex) {
        if (fromIndex < 0) throw badIndex("fromIndex < 0: ", fromIndex);
        int w = fromIndex >> 6;
        if (w >= wordsInUse) return -1;
        long bits = words[w] & (-1L << fromIndex);
        while (bits == 0) {
            if (++w == wordsInUse) return -1;
            bits = words[w];
        }
        return (w << 6) + Long.numberOfTrailingZeros(bits);
    }

    public int nextClearBit(int fromIndex) {
        if (fromIndex < 0) throw badIndex("fromIndex < 0: ", fromIndex);
        int w = fromIndex >> 6;
        if (w >= wordsInUse) return fromIndex;
        long bits = ~words[w] & (-1L << fromIndex);
        while (bits == 0) {
            if (++w == wordsInUse) return w << 6;
            bits = ~words[w];
        }
        return (w << 6) + Long.numberOfTrailingZeros(bits);
    }

    public int previousSetBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) return -1;
            throw badIndex("fromIndex < -1: ", fromIndex);
        }
        int w = fromIndex >> 6;
        if (w >= wordsInUse) return length() - 1;
        long bits = words[w] & (-1L >>> ~fromIndex);
        while (bits == 0) {
            if (w == 0) return -1;
            bits = words[--w];
        }
        return (w << 6) + 63 - Long.numberOfLeadingZeros(bits);
    }

    public int previousClearBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) return -1;
            throw badIndex("fromIndex < -1: ", fromIndex);
        }
        int w = fromIndex >> 6;
        if (w >= wordsInUse) return fromIndex;
        long bits = ~words[w] & (-1L >>> ~fromIndex);
        while (bits == 0) {
            if (w == 0) return -1;
            bits = ~words[--w];
        }
        return (w << 6) + 63 - Long.numberOfLeadingZeros(bits);
    }

    // ---------------------------------------------------------------- whole-set queries

    public int length() {
        if (wordsInUse == 0) return 0;
        return (wordsInUse << 6) - Long.numberOfLeadingZeros(words[wordsInUse - 1]);
    }

    public boolean isEmpty() {
        return wordsInUse == 0;
    }

    public boolean intersects(BitSet set) {
        int common = Math.min(wordsInUse, set.wordsInUse);
        for (int i = 0; i < common; i++) if ((words[i] & set.words[i]) != 0) return true;
        return false;
    }

    public int cardinality() {
        int count = 0;
        for (int i = 0; i < wordsInUse; i++) count += Long.bitCount(words[i]);
        return count;
    }

    // ---------------------------------------------------------------- set algebra

    public void and(BitSet set) {
        if (this == set) return;
        int common = Math.min(wordsInUse, set.wordsInUse);
        for (int i = 0; i < common; i++) words[i] &= set.words[i];
        Arrays.fill(words, common, wordsInUse, 0L);
        wordsInUse = common;
        shrinkInUse();
    }

    public void or(BitSet set) {
        if (this == set) return;
        int theirs = set.wordsInUse;
        reserve(theirs);
        // Our words past wordsInUse are zero, so OR-ing every one of theirs is right.
        for (int i = 0; i < theirs; i++) words[i] |= set.words[i];
        if (theirs > wordsInUse) wordsInUse = theirs;
    }

    public void xor(BitSet set) {
        int theirs = set.wordsInUse;
        reserve(theirs);
        for (int i = 0; i < theirs; i++) words[i] ^= set.words[i];
        if (theirs > wordsInUse) wordsInUse = theirs;
        shrinkInUse();
    }

    public void andNot(BitSet set) {
        int common = Math.min(wordsInUse, set.wordsInUse);
        for (int i = 0; i < common; i++) words[i] &= ~set.words[i];
        shrinkInUse();
    }

    // ---------------------------------------------------------------- Object methods

    public int hashCode() {
        long h = 1234;
        for (int i = wordsInUse - 1; i >= 0; i--) h ^= words[i] * (i + 1);
        return (int) ((h >> 32) ^ h);
    }

    public int size() {
        return words.length * 64;
    }

    public boolean equals(Object obj) {
        if (!(obj instanceof BitSet other)) return false;
        if (other == this) return true;
        if (other.wordsInUse != wordsInUse) return false;
        for (int i = 0; i < wordsInUse; i++) if (words[i] != other.words[i]) return false;
        return true;
    }

    public Object clone() {
        if (!capacityChosen && words.length != wordsInUse) words = Arrays.copyOf(words, wordsInUse);
        BitSet copy;
        try {
            copy = (BitSet) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        copy.words = words.clone();
        return copy;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        int i = nextSetBit(0);
        while (i >= 0) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(i);
            if (i == Integer.MAX_VALUE) break;
            i = nextSetBit(i + 1);
        }
        return sb.append('}').toString();
    }

    /**
     * The indices of the set bits in ascending order. As in the JDK the stream looks at the bits only
     * when its terminal operation runs.
     */
    public IntStream stream() {
        return IntStream.of(0).flatMap(unused -> IntStream.iterate(nextSetBit(0), i -> i >= 0,
                i -> i == Integer.MAX_VALUE ? -1 : nextSetBit(i + 1)));
    }
}
