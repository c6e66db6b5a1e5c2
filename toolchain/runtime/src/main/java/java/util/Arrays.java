package java.util;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Static helpers for arrays. Object arrays come first; the primitive element types follow, operation by
 * operation. Where user code can watch (comparators, equals, hashCode, compareTo, toString) the calls are made
 * in HotSpot's order, and exception messages are HotSpot's.
 */
public final class Arrays {
    private Arrays() {}

    /** A new array whose elements are of class componentType; the runtime's C half allocates it. */
    private static native Object newArrayOfType(Class<?> componentType, int length);

    /** A new array of the given array class (not element class). Used by toArray implementations. */
    static Object newArray(Class<?> arrayType, int length) {
        if (length < 0) throw new NegativeArraySizeException(Integer.toString(length));
        if (arrayType == Object[].class) return new Object[length];
        return newArrayOfType(arrayType.getComponentType(), length);
    }

    /** The range check of every "fromIndex, toIndex" method, with HotSpot's messages. */
    private static void checkRange(int length, int fromIndex, int toIndex) {
        if (fromIndex > toIndex)
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        if (fromIndex < 0) throw new ArrayIndexOutOfBoundsException(fromIndex);
        if (toIndex > length) throw new ArrayIndexOutOfBoundsException(toIndex);
    }

    /** The streams' range check: same order, different words. */
    private static void checkStreamRange(int length, int origin, int fence) {
        if (origin > fence)
            throw new ArrayIndexOutOfBoundsException("origin(" + origin + ") > fence(" + fence + ")");
        if (origin < 0) throw new ArrayIndexOutOfBoundsException(origin);
        if (fence > length) throw new ArrayIndexOutOfBoundsException(fence);
    }

    /** Length of copyOfRange's result. */
    private static int rangeLength(int from, int to) {
        if (to < from) throw new IllegalArgumentException(from + " > " + to);
        return to - from;
    }

    // ---------------------------------------------------------------- sorting objects (stable: TimSort)
    // parallelSort runs sequentially; HotSpot does the same when its common pool has one worker.

    public static void sort(Object[] a) {
        TimSort.sort(a, 0, a.length, null);
    }

    public static void sort(Object[] a, int fromIndex, int toIndex) {
        checkRange(a.length, fromIndex, toIndex);
        TimSort.sort(a, fromIndex, toIndex, null);
    }

    public static <T> void sort(T[] a, Comparator<? super T> c) {
        TimSort.sort(a, 0, a.length, c);
    }

    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
        checkRange(a.length, fromIndex, toIndex);
        TimSort.sort(a, fromIndex, toIndex, c);
    }

    public static <T extends Comparable<? super T>> void parallelSort(T[] a) {
        sort(a);
    }

    public static <T extends Comparable<? super T>> void parallelSort(T[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static <T> void parallelSort(T[] a, Comparator<? super T> cmp) {
        sort(a, cmp);
    }

    public static <T> void parallelSort(T[] a, int fromIndex, int toIndex, Comparator<? super T> cmp) {
        sort(a, fromIndex, toIndex, cmp);
    }

    // ---------------------------------------------------------------- searching objects
    // The probe is always the first argument: compare(a[mid], key), or a[mid].compareTo(key).

    public static int binarySearch(Object[] a, Object key) {
        return search(a, 0, a.length, key, null);
    }

    public static int binarySearch(Object[] a, int fromIndex, int toIndex, Object key) {
        checkRange(a.length, fromIndex, toIndex);
        return search(a, fromIndex, toIndex, key, null);
    }

    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
        return binarySearch(a, 0, a.length, key, c);
    }

    @SuppressWarnings("unchecked")
    public static <T> int binarySearch(T[] a, int fromIndex, int toIndex, T key, Comparator<? super T> c) {
        checkRange(a.length, fromIndex, toIndex);
        return search(a, fromIndex, toIndex, key, (Comparator<Object>) c);
    }

    /** A null comparator means natural order (no static comparator object: Arrays has no static state). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int search(Object[] a, int from, int to, Object key, Comparator<Object> c) {
        int lo = from, hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int r = c == null ? ((Comparable) a[mid]).compareTo(key) : c.compare(a[mid], key);
            if (r == 0) return mid;
            if (r < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -lo - 1;
    }

    // ---------------------------------------------------------------- equality, mismatch, comparison of objects
    // Elements are equal by Objects.equals (identical references are never asked). With a comparator, equals
    // asks about every pair, while mismatch and compare skip identical references.

    public static boolean equals(Object[] a, Object[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null || a.length != a2.length) return false;
        return firstUnequal(a, 0, a2, 0, a.length) < 0;
    }

    public static boolean equals(Object[] a, int aFromIndex, int aToIndex, Object[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return aToIndex - aFromIndex == bToIndex - bFromIndex
                && firstUnequal(a, aFromIndex, b, bFromIndex, aToIndex - aFromIndex) < 0;
    }

    public static <T> boolean equals(T[] a, T[] a2, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == a2) return true;
        if (a == null || a2 == null || a.length != a2.length) return false;
        return allEqual(a, 0, a2, 0, a.length, cmp);
    }

    public static <T> boolean equals(T[] a, int aFromIndex, int aToIndex, T[] b, int bFromIndex, int bToIndex,
                                     Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return aToIndex - aFromIndex == bToIndex - bFromIndex
                && allEqual(a, aFromIndex, b, bFromIndex, aToIndex - aFromIndex, cmp);
    }

    private static <T> boolean allEqual(T[] a, int i, T[] b, int j, int n, Comparator<? super T> cmp) {
        for (int end = i + n; i < end; i++, j++) {
            if (cmp.compare(a[i], b[j]) != 0) return false;
        }
        return true;
    }

    /** Offset of the first pair among a[i + k], b[j + k] (k in [0, n)) that Objects.equals rejects, or -1. */
    private static int firstUnequal(Object[] a, int i, Object[] b, int j, int n) {
        for (int k = 0; k < n; k++, i++, j++) {
            Object x = a[i], y = b[j];
            if (x != y && (x == null || !x.equals(y))) return k;
        }
        return -1;
    }

    /** Like firstUnequal, but the comparator decides (never asked about identical references). */
    private static <T> int firstUnequal(T[] a, int i, T[] b, int j, int n, Comparator<? super T> cmp) {
        for (int k = 0; k < n; k++, i++, j++) {
            T x = a[i], y = b[j];
            if (x != y && cmp.compare(x, y) != 0) return k;
        }
        return -1;
    }

    public static int mismatch(Object[] a, Object[] b) {
        return mismatch(a, 0, a.length, b, 0, b.length);
    }

    public static int mismatch(Object[] a, int aFromIndex, int aToIndex, Object[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int common = aLength < bLength ? aLength : bLength;
        int k = firstUnequal(a, aFromIndex, b, bFromIndex, common);
        return k < 0 && aLength != bLength ? common : k;
    }

    public static <T> int mismatch(T[] a, T[] b, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        return mismatch(a, 0, a.length, b, 0, b.length, cmp);
    }

    public static <T> int mismatch(T[] a, int aFromIndex, int aToIndex, T[] b, int bFromIndex, int bToIndex,
                                   Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int common = aLength < bLength ? aLength : bLength;
        int k = firstUnequal(a, aFromIndex, b, bFromIndex, common, cmp);
        return k < 0 && aLength != bLength ? common : k;
    }

    public static <T extends Comparable<? super T>> int compare(T[] a, T[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return lexicographic(a, 0, a.length, b, 0, b.length, null);
    }

    public static <T extends Comparable<? super T>> int compare(T[] a, int aFromIndex, int aToIndex,
                                                                T[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return lexicographic(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex, null);
    }

    public static <T> int compare(T[] a, T[] b, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return lexicographic(a, 0, a.length, b, 0, b.length, cmp);
    }

    public static <T> int compare(T[] a, int aFromIndex, int aToIndex, T[] b, int bFromIndex, int bToIndex,
                                  Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return lexicographic(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex, cmp);
    }

    /**
     * First non-zero comparison of non-identical elements, else the difference in length. A null comparator
     * means natural order with null before everything.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> int lexicographic(T[] a, int i, int aEnd, T[] b, int j, int bEnd, Comparator<? super T> cmp) {
        int aLength = aEnd - i, bLength = bEnd - j;
        for (int end = i + (aLength < bLength ? aLength : bLength); i < end; i++, j++) {
            T x = a[i], y = b[j];
            if (x == y) continue;
            int r = cmp != null ? cmp.compare(x, y)
                    : x == null || y == null ? (x == null ? -1 : 1) : ((Comparable) x).compareTo(y);
            if (r != 0) return r;
        }
        return aLength - bLength;
    }

    // ---------------------------------------------------------------- hashing and printing objects

    public static int hashCode(Object[] a) {
        if (a == null) return 0;
        int h = 1;
        for (Object e : a) h = 31 * h + (e == null ? 0 : e.hashCode());
        return h;
    }

    public static int deepHashCode(Object[] a) {
        if (a == null) return 0;
        int h = 1;
        for (Object e : a) h = 31 * h + deepHash(e);
        return h;
    }

    /** An element's share of deepHashCode: arrays by content (nested object arrays recursively). */
    private static int deepHash(Object e) {
        if (e == null) return 0;
        if (e instanceof Object[] x) return deepHashCode(x);
        if (e instanceof int[] x) return hashCode(x);
        if (e instanceof long[] x) return hashCode(x);
        if (e instanceof byte[] x) return hashCode(x);
        if (e instanceof char[] x) return hashCode(x);
        if (e instanceof double[] x) return hashCode(x);
        if (e instanceof float[] x) return hashCode(x);
        if (e instanceof short[] x) return hashCode(x);
        if (e instanceof boolean[] x) return hashCode(x);
        return e.hashCode();
    }

    public static boolean deepEquals(Object[] a1, Object[] a2) {
        if (a1 == a2) return true;
        if (a1 == null || a2 == null || a1.length != a2.length) return false;
        for (int i = 0; i < a1.length; i++) {
            Object x = a1[i], y = a2[i];
            if (x != y && (x == null || !deepEquals0(x, y))) return false;
        }
        return true;
    }

    /** Equality of two non-null elements as deepEquals sees them; also Objects.deepEquals' core. */
    static boolean deepEquals0(Object e1, Object e2) {
        if (e1 instanceof Object[] x && e2 instanceof Object[] y) return deepEquals(x, y);
        if (e1 instanceof int[] x && e2 instanceof int[] y) return equals(x, y);
        if (e1 instanceof long[] x && e2 instanceof long[] y) return equals(x, y);
        if (e1 instanceof byte[] x && e2 instanceof byte[] y) return equals(x, y);
        if (e1 instanceof char[] x && e2 instanceof char[] y) return equals(x, y);
        if (e1 instanceof double[] x && e2 instanceof double[] y) return equals(x, y);
        if (e1 instanceof float[] x && e2 instanceof float[] y) return equals(x, y);
        if (e1 instanceof short[] x && e2 instanceof short[] y) return equals(x, y);
        if (e1 instanceof boolean[] x && e2 instanceof boolean[] y) return equals(x, y);
        return e1.equals(e2);
    }

    public static String toString(Object[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder(2 + 8 * a.length).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(String.valueOf(a[i]));
        }
        return sb.append(']').toString();
    }

    public static String deepToString(Object[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder(2 + 16 * a.length);
        appendDeep(sb, a, new Object[8], 0);
        return sb.toString();
    }

    /**
     * Appends a; open holds the object arrays being printed around it (open[0, depth)), and an element that is
     * one of them prints as "[...]" instead of recursing forever.
     */
    private static void appendDeep(StringBuilder sb, Object[] a, Object[] open, int depth) {
        if (depth == open.length) open = copyOf(open, 2 * depth);
        open[depth] = a;
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            Object e = a[i];
            if (e == null) sb.append("null");
            else if (e instanceof Object[] x) {
                boolean cycle = false;
                for (int k = 0; k <= depth && !cycle; k++) cycle = open[k] == x;
                if (cycle) sb.append("[...]");
                else appendDeep(sb, x, open, depth + 1);
            }
            else if (e instanceof int[] x) sb.append(toString(x));
            else if (e instanceof long[] x) sb.append(toString(x));
            else if (e instanceof byte[] x) sb.append(toString(x));
            else if (e instanceof char[] x) sb.append(toString(x));
            else if (e instanceof double[] x) sb.append(toString(x));
            else if (e instanceof float[] x) sb.append(toString(x));
            else if (e instanceof short[] x) sb.append(toString(x));
            else if (e instanceof boolean[] x) sb.append(toString(x));
            else sb.append(e.toString());
        }
        sb.append(']');
    }

    // ---------------------------------------------------------------- filling and copying objects

    public static void fill(Object[] a, Object val) {
        for (int i = 0; i < a.length; i++) a[i] = val;
    }

    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        checkRange(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        return (T[]) copyOf(original, newLength, original.getClass());
    }

    public static <T, U> T[] copyOf(U[] original, int newLength, Class<? extends T[]> newType) {
        T[] copy = blank(newType, newLength);
        System.arraycopy(original, 0, copy, 0, original.length < newLength ? original.length : newLength);
        return copy;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        return copyOfRange(original, from, to, (Class<? extends T[]>) original.getClass());
    }

    public static <T, U> T[] copyOfRange(U[] original, int from, int to, Class<? extends T[]> newType) {
        int newLength = rangeLength(from, to);
        T[] copy = blank(newType, newLength);
        int available = original.length - from;
        System.arraycopy(original, from, copy, 0, available < newLength ? available : newLength);
        return copy;
    }

    /** A new array of class newType (which must not be null: its component type is read). */
    @SuppressWarnings("unchecked")
    private static <T> T[] blank(Class<?> newType, int length) {
        if (newType == Object[].class) return (T[]) new Object[length];
        Class<?> component = newType.getComponentType();
        if (length < 0) throw new NegativeArraySizeException(Integer.toString(length));
        return (T[]) newArrayOfType(component, length);
    }

    // ---------------------------------------------------------------- generators and streams
    // The parallel variants run sequentially, in index order.

    public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.apply(i);
    }

    public static <T> void parallelSetAll(T[] array, IntFunction<? extends T> generator) {
        setAll(array, generator);
    }

    public static void setAll(int[] array, IntUnaryOperator generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsInt(i);
    }

    public static void parallelSetAll(int[] array, IntUnaryOperator generator) {
        setAll(array, generator);
    }

    public static void setAll(long[] array, IntToLongFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsLong(i);
    }

    public static void parallelSetAll(long[] array, IntToLongFunction generator) {
        setAll(array, generator);
    }

    public static void setAll(double[] array, IntToDoubleFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsDouble(i);
    }

    public static void parallelSetAll(double[] array, IntToDoubleFunction generator) {
        setAll(array, generator);
    }

    public static <T> Stream<T> stream(T[] array) {
        return stream(array, 0, array.length);
    }

    public static <T> Stream<T> stream(T[] array, int startInclusive, int endExclusive) {
        checkStreamRange(array.length, startInclusive, endExclusive);
        return java.util.stream.Pipeline.ofArray(array, startInclusive, endExclusive);
    }

    public static IntStream stream(int[] array) {
        return stream(array, 0, array.length);
    }

    public static IntStream stream(int[] array, int startInclusive, int endExclusive) {
        checkStreamRange(array.length, startInclusive, endExclusive);
        return java.util.stream.Pipeline.ofInts(array, startInclusive, endExclusive);
    }

    public static LongStream stream(long[] array) {
        return stream(array, 0, array.length);
    }

    public static LongStream stream(long[] array, int startInclusive, int endExclusive) {
        checkStreamRange(array.length, startInclusive, endExclusive);
        return java.util.stream.Pipeline.ofLongs(array, startInclusive, endExclusive);
    }

    public static DoubleStream stream(double[] array) {
        return stream(array, 0, array.length);
    }

    public static DoubleStream stream(double[] array, int startInclusive, int endExclusive) {
        checkStreamRange(array.length, startInclusive, endExclusive);
        return java.util.stream.Pipeline.ofDoubles(array, startInclusive, endExclusive);
    }

    // ---------------------------------------------------------------- sorting primitives
    // Equal primitives cannot be told apart, so PrimitiveSort's algorithm is free.

    public static void sort(int[] a) {
        PrimitiveSort.sort(a, 0, a.length);
    }

    public static void sort(int[] a, int fromIndex, int toIndex) {
        checkRange(a.length, fromIndex, toIndex);
        PrimitiveSort.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(int[] a) {
        sort(a);
    }

    public static void parallelSort(int[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void sort(long[] a) {
        PrimitiveSort.sort(a, 0, a.length);
    }

    public static void sort(long[] a, int fromIndex, int toIndex) {
        checkRange(a.length, fromIndex, toIndex);
        PrimitiveSort.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(long[] a) {
        sort(a);
    }

    public static void parallelSort(long[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void sort(short[] a) {
        PrimitiveSort.sort(a, 0, a.length);
    }

    public static void sort(short[] a, int fromIndex, int toIndex) {
        checkRange(a.length, fromIndex, toIndex);
        PrimitiveSort.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(short[] a) {
        sort(a);
    }

    public static void parallelSort(short[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void sort(char[] a) {
        PrimitiveSort.sort(a, 0, a.length);
    }

    public static void sort(char[] a, int fromIndex, int toIndex) {
        checkRange(a.length, fromIndex, toIndex);
        PrimitiveSort.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(char[] a) {
        sort(a);
    }

    public static void parallelSort(char[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void sort(byte[] a) {
        PrimitiveSort.sort(a, 0, a.length);
    }

    public static void sort(byte[] a, int fromIndex, int toIndex) {
        checkRange(a.length, fromIndex, toIndex);
        PrimitiveSort.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(byte[] a) {
        sort(a);
    }

    public static void parallelSort(byte[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void sort(double[] a) {
        PrimitiveSort.sort(a, 0, a.length);
    }

    public static void sort(double[] a, int fromIndex, int toIndex) {
        checkRange(a.length, fromIndex, toIndex);
        PrimitiveSort.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(double[] a) {
        sort(a);
    }

    public static void parallelSort(double[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void sort(float[] a) {
        PrimitiveSort.sort(a, 0, a.length);
    }

    public static void sort(float[] a, int fromIndex, int toIndex) {
        checkRange(a.length, fromIndex, toIndex);
        PrimitiveSort.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(float[] a) {
        sort(a);
    }

    public static void parallelSort(float[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    // ---------------------------------------------------------------- searching primitives
    // Which of several equal elements is found is observable: always the classic halving of [lo, hi] with the
    // midpoint rounded down. Floating point keys compare as Double.compare does (-0.0 < 0.0 < NaN).

    public static int binarySearch(int[] a, int key) {
        return search(a, 0, a.length, key);
    }

    public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
        checkRange(a.length, fromIndex, toIndex);
        return search(a, fromIndex, toIndex, key);
    }

    private static int search(int[] a, int from, int to, int key) {
        int lo = from, hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compare(a[mid], key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -lo - 1;
    }

    public static int binarySearch(long[] a, long key) {
        return search(a, 0, a.length, key);
    }

    public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {
        checkRange(a.length, fromIndex, toIndex);
        return search(a, fromIndex, toIndex, key);
    }

    private static int search(long[] a, int from, int to, long key) {
        int lo = from, hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compare(a[mid], key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -lo - 1;
    }

    public static int binarySearch(short[] a, short key) {
        return search(a, 0, a.length, key);
    }

    public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {
        checkRange(a.length, fromIndex, toIndex);
        return search(a, fromIndex, toIndex, key);
    }

    private static int search(short[] a, int from, int to, short key) {
        int lo = from, hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Short.compare(a[mid], key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -lo - 1;
    }

    public static int binarySearch(char[] a, char key) {
        return search(a, 0, a.length, key);
    }

    public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {
        checkRange(a.length, fromIndex, toIndex);
        return search(a, fromIndex, toIndex, key);
    }

    private static int search(char[] a, int from, int to, char key) {
        int lo = from, hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Character.compare(a[mid], key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -lo - 1;
    }

    public static int binarySearch(byte[] a, byte key) {
        return search(a, 0, a.length, key);
    }

    public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {
        checkRange(a.length, fromIndex, toIndex);
        return search(a, fromIndex, toIndex, key);
    }

    private static int search(byte[] a, int from, int to, byte key) {
        int lo = from, hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Byte.compare(a[mid], key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -lo - 1;
    }

    public static int binarySearch(double[] a, double key) {
        return search(a, 0, a.length, key);
    }

    public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {
        checkRange(a.length, fromIndex, toIndex);
        return search(a, fromIndex, toIndex, key);
    }

    private static int search(double[] a, int from, int to, double key) {
        int lo = from, hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Double.compare(a[mid], key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -lo - 1;
    }

    public static int binarySearch(float[] a, float key) {
        return search(a, 0, a.length, key);
    }

    public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {
        checkRange(a.length, fromIndex, toIndex);
        return search(a, fromIndex, toIndex, key);
    }

    private static int search(float[] a, int from, int to, float key) {
        int lo = from, hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Float.compare(a[mid], key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -lo - 1;
    }

    // ---------------------------------------------------------------- equality, mismatch, comparison of primitives
    // Floating point elements are equal when their bit patterns (NaNs collapsed) are, as Double.equals says.

    public static boolean equals(int[] a, int[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null || a.length != a2.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) return false;
        }
        return true;
    }

    public static boolean equals(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return aToIndex - aFromIndex == bToIndex - bFromIndex
                && firstDifference(a, aFromIndex, b, bFromIndex, aToIndex - aFromIndex) < 0;
    }

    /** Offset of the first unequal pair among a[i + k], b[j + k] for k in [0, n), or -1. */
    private static int firstDifference(int[] a, int i, int[] b, int j, int n) {
        for (int k = 0; k < n; k++, i++, j++) {
            if (!(a[i] == b[j])) return k;
        }
        return -1;
    }

    public static int mismatch(int[] a, int[] b) {
        return mismatch(a, 0, a.length, b, 0, b.length);
    }

    public static int mismatch(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int common = aLength < bLength ? aLength : bLength;
        int k = firstDifference(a, aFromIndex, b, bFromIndex, common);
        return k < 0 && aLength != bLength ? common : k;
    }

    public static int compare(int[] a, int[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compare(a, 0, a.length, b, 0, b.length);
    }

    public static int compare(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Integer.compare(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    public static boolean equals(long[] a, long[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null || a.length != a2.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) return false;
        }
        return true;
    }

    public static boolean equals(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return aToIndex - aFromIndex == bToIndex - bFromIndex
                && firstDifference(a, aFromIndex, b, bFromIndex, aToIndex - aFromIndex) < 0;
    }

    /** Offset of the first unequal pair among a[i + k], b[j + k] for k in [0, n), or -1. */
    private static int firstDifference(long[] a, int i, long[] b, int j, int n) {
        for (int k = 0; k < n; k++, i++, j++) {
            if (!(a[i] == b[j])) return k;
        }
        return -1;
    }

    public static int mismatch(long[] a, long[] b) {
        return mismatch(a, 0, a.length, b, 0, b.length);
    }

    public static int mismatch(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int common = aLength < bLength ? aLength : bLength;
        int k = firstDifference(a, aFromIndex, b, bFromIndex, common);
        return k < 0 && aLength != bLength ? common : k;
    }

    public static int compare(long[] a, long[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compare(a, 0, a.length, b, 0, b.length);
    }

    public static int compare(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Long.compare(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    public static boolean equals(short[] a, short[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null || a.length != a2.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) return false;
        }
        return true;
    }

    public static boolean equals(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return aToIndex - aFromIndex == bToIndex - bFromIndex
                && firstDifference(a, aFromIndex, b, bFromIndex, aToIndex - aFromIndex) < 0;
    }

    /** Offset of the first unequal pair among a[i + k], b[j + k] for k in [0, n), or -1. */
    private static int firstDifference(short[] a, int i, short[] b, int j, int n) {
        for (int k = 0; k < n; k++, i++, j++) {
            if (!(a[i] == b[j])) return k;
        }
        return -1;
    }

    public static int mismatch(short[] a, short[] b) {
        return mismatch(a, 0, a.length, b, 0, b.length);
    }

    public static int mismatch(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int common = aLength < bLength ? aLength : bLength;
        int k = firstDifference(a, aFromIndex, b, bFromIndex, common);
        return k < 0 && aLength != bLength ? common : k;
    }

    public static int compare(short[] a, short[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compare(a, 0, a.length, b, 0, b.length);
    }

    public static int compare(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Short.compare(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    public static boolean equals(char[] a, char[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null || a.length != a2.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) return false;
        }
        return true;
    }

    public static boolean equals(char[] a, int aFromIndex, int aToIndex, char[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return aToIndex - aFromIndex == bToIndex - bFromIndex
                && firstDifference(a, aFromIndex, b, bFromIndex, aToIndex - aFromIndex) < 0;
    }

    /** Offset of the first unequal pair among a[i + k], b[j + k] for k in [0, n), or -1. */
    private static int firstDifference(char[] a, int i, char[] b, int j, int n) {
        for (int k = 0; k < n; k++, i++, j++) {
            if (!(a[i] == b[j])) return k;
        }
        return -1;
    }

    public static int mismatch(char[] a, char[] b) {
        return mismatch(a, 0, a.length, b, 0, b.length);
    }

    public static int mismatch(char[] a, int aFromIndex, int aToIndex, char[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int common = aLength < bLength ? aLength : bLength;
        int k = firstDifference(a, aFromIndex, b, bFromIndex, common);
        return k < 0 && aLength != bLength ? common : k;
    }

    public static int compare(char[] a, char[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compare(a, 0, a.length, b, 0, b.length);
    }

    public static int compare(char[] a, int aFromIndex, int aToIndex, char[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Character.compare(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    public static boolean equals(byte[] a, byte[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null || a.length != a2.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) return false;
        }
        return true;
    }

    public static boolean equals(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return aToIndex - aFromIndex == bToIndex - bFromIndex
                && firstDifference(a, aFromIndex, b, bFromIndex, aToIndex - aFromIndex) < 0;
    }

    /** Offset of the first unequal pair among a[i + k], b[j + k] for k in [0, n), or -1. */
    private static int firstDifference(byte[] a, int i, byte[] b, int j, int n) {
        for (int k = 0; k < n; k++, i++, j++) {
            if (!(a[i] == b[j])) return k;
        }
        return -1;
    }

    public static int mismatch(byte[] a, byte[] b) {
        return mismatch(a, 0, a.length, b, 0, b.length);
    }

    public static int mismatch(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int common = aLength < bLength ? aLength : bLength;
        int k = firstDifference(a, aFromIndex, b, bFromIndex, common);
        return k < 0 && aLength != bLength ? common : k;
    }

    public static int compare(byte[] a, byte[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compare(a, 0, a.length, b, 0, b.length);
    }

    public static int compare(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Byte.compare(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    public static boolean equals(double[] a, double[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null || a.length != a2.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!(Double.doubleToLongBits(a[i]) == Double.doubleToLongBits(a2[i]))) return false;
        }
        return true;
    }

    public static boolean equals(double[] a, int aFromIndex, int aToIndex, double[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return aToIndex - aFromIndex == bToIndex - bFromIndex
                && firstDifference(a, aFromIndex, b, bFromIndex, aToIndex - aFromIndex) < 0;
    }

    /** Offset of the first unequal pair among a[i + k], b[j + k] for k in [0, n), or -1. */
    private static int firstDifference(double[] a, int i, double[] b, int j, int n) {
        for (int k = 0; k < n; k++, i++, j++) {
            if (!(Double.doubleToLongBits(a[i]) == Double.doubleToLongBits(b[j]))) return k;
        }
        return -1;
    }

    public static int mismatch(double[] a, double[] b) {
        return mismatch(a, 0, a.length, b, 0, b.length);
    }

    public static int mismatch(double[] a, int aFromIndex, int aToIndex, double[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int common = aLength < bLength ? aLength : bLength;
        int k = firstDifference(a, aFromIndex, b, bFromIndex, common);
        return k < 0 && aLength != bLength ? common : k;
    }

    public static int compare(double[] a, double[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compare(a, 0, a.length, b, 0, b.length);
    }

    public static int compare(double[] a, int aFromIndex, int aToIndex, double[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Double.compare(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    public static boolean equals(float[] a, float[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null || a.length != a2.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!(Float.floatToIntBits(a[i]) == Float.floatToIntBits(a2[i]))) return false;
        }
        return true;
    }

    public static boolean equals(float[] a, int aFromIndex, int aToIndex, float[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return aToIndex - aFromIndex == bToIndex - bFromIndex
                && firstDifference(a, aFromIndex, b, bFromIndex, aToIndex - aFromIndex) < 0;
    }

    /** Offset of the first unequal pair among a[i + k], b[j + k] for k in [0, n), or -1. */
    private static int firstDifference(float[] a, int i, float[] b, int j, int n) {
        for (int k = 0; k < n; k++, i++, j++) {
            if (!(Float.floatToIntBits(a[i]) == Float.floatToIntBits(b[j]))) return k;
        }
        return -1;
    }

    public static int mismatch(float[] a, float[] b) {
        return mismatch(a, 0, a.length, b, 0, b.length);
    }

    public static int mismatch(float[] a, int aFromIndex, int aToIndex, float[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int common = aLength < bLength ? aLength : bLength;
        int k = firstDifference(a, aFromIndex, b, bFromIndex, common);
        return k < 0 && aLength != bLength ? common : k;
    }

    public static int compare(float[] a, float[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compare(a, 0, a.length, b, 0, b.length);
    }

    public static int compare(float[] a, int aFromIndex, int aToIndex, float[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Float.compare(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    public static boolean equals(boolean[] a, boolean[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null || a.length != a2.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) return false;
        }
        return true;
    }

    public static boolean equals(boolean[] a, int aFromIndex, int aToIndex, boolean[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        return aToIndex - aFromIndex == bToIndex - bFromIndex
                && firstDifference(a, aFromIndex, b, bFromIndex, aToIndex - aFromIndex) < 0;
    }

    /** Offset of the first unequal pair among a[i + k], b[j + k] for k in [0, n), or -1. */
    private static int firstDifference(boolean[] a, int i, boolean[] b, int j, int n) {
        for (int k = 0; k < n; k++, i++, j++) {
            if (!(a[i] == b[j])) return k;
        }
        return -1;
    }

    public static int mismatch(boolean[] a, boolean[] b) {
        return mismatch(a, 0, a.length, b, 0, b.length);
    }

    public static int mismatch(boolean[] a, int aFromIndex, int aToIndex, boolean[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int common = aLength < bLength ? aLength : bLength;
        int k = firstDifference(a, aFromIndex, b, bFromIndex, common);
        return k < 0 && aLength != bLength ? common : k;
    }

    public static int compare(boolean[] a, boolean[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compare(a, 0, a.length, b, 0, b.length);
    }

    public static int compare(boolean[] a, int aFromIndex, int aToIndex, boolean[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Boolean.compare(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    public static int compareUnsigned(int[] a, int[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compareUnsigned(a, 0, a.length, b, 0, b.length);
    }

    public static int compareUnsigned(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Integer.compareUnsigned(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    public static int compareUnsigned(long[] a, long[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compareUnsigned(a, 0, a.length, b, 0, b.length);
    }

    public static int compareUnsigned(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Long.compareUnsigned(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    public static int compareUnsigned(short[] a, short[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compareUnsigned(a, 0, a.length, b, 0, b.length);
    }

    public static int compareUnsigned(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Short.compareUnsigned(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    public static int compareUnsigned(byte[] a, byte[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        return compareUnsigned(a, 0, a.length, b, 0, b.length);
    }

    public static int compareUnsigned(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        checkRange(a.length, aFromIndex, aToIndex);
        checkRange(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex, bLength = bToIndex - bFromIndex;
        int i = firstDifference(a, aFromIndex, b, bFromIndex, aLength < bLength ? aLength : bLength);
        return i >= 0 ? Byte.compareUnsigned(a[aFromIndex + i], b[bFromIndex + i]) : aLength - bLength;
    }

    // ---------------------------------------------------------------- hashing and printing primitives
    // The hash is List.hashCode's over the boxed elements.

    public static int hashCode(int[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int e : a) h = 31 * h + e;
        return h;
    }

    public static String toString(int[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder(2 + 3 * a.length).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static int hashCode(long[] a) {
        if (a == null) return 0;
        int h = 1;
        for (long e : a) h = 31 * h + Long.hashCode(e);
        return h;
    }

    public static String toString(long[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder(2 + 3 * a.length).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static int hashCode(short[] a) {
        if (a == null) return 0;
        int h = 1;
        for (short e : a) h = 31 * h + e;
        return h;
    }

    public static String toString(short[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder(2 + 3 * a.length).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static int hashCode(char[] a) {
        if (a == null) return 0;
        int h = 1;
        for (char e : a) h = 31 * h + e;
        return h;
    }

    public static String toString(char[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder(2 + 3 * a.length).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static int hashCode(byte[] a) {
        if (a == null) return 0;
        int h = 1;
        for (byte e : a) h = 31 * h + e;
        return h;
    }

    public static String toString(byte[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder(2 + 3 * a.length).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static int hashCode(double[] a) {
        if (a == null) return 0;
        int h = 1;
        for (double e : a) h = 31 * h + Double.hashCode(e);
        return h;
    }

    public static String toString(double[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder(2 + 3 * a.length).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static int hashCode(float[] a) {
        if (a == null) return 0;
        int h = 1;
        for (float e : a) h = 31 * h + Float.floatToIntBits(e);
        return h;
    }

    public static String toString(float[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder(2 + 3 * a.length).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static int hashCode(boolean[] a) {
        if (a == null) return 0;
        int h = 1;
        for (boolean e : a) h = 31 * h + (e ? 1231 : 1237);
        return h;
    }

    public static String toString(boolean[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder(2 + 3 * a.length).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    // ---------------------------------------------------------------- filling and copying primitives
    // Copies take their exceptions from System.arraycopy (a "from" beyond the end makes a negative length).

    public static void fill(int[] a, int val) {
        for (int i = 0; i < a.length; i++) a[i] = val;
    }

    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        checkRange(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static int[] copyOf(int[] original, int newLength) {
        int kept = original.length < newLength ? original.length : newLength;
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, kept);
        return copy;
    }

    public static int[] copyOfRange(int[] original, int from, int to) {
        int newLength = rangeLength(from, to);
        int available = original.length - from;
        int[] copy = new int[newLength];
        System.arraycopy(original, from, copy, 0, available < newLength ? available : newLength);
        return copy;
    }

    public static void fill(long[] a, long val) {
        for (int i = 0; i < a.length; i++) a[i] = val;
    }

    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        checkRange(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static long[] copyOf(long[] original, int newLength) {
        int kept = original.length < newLength ? original.length : newLength;
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, kept);
        return copy;
    }

    public static long[] copyOfRange(long[] original, int from, int to) {
        int newLength = rangeLength(from, to);
        int available = original.length - from;
        long[] copy = new long[newLength];
        System.arraycopy(original, from, copy, 0, available < newLength ? available : newLength);
        return copy;
    }

    public static void fill(short[] a, short val) {
        for (int i = 0; i < a.length; i++) a[i] = val;
    }

    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        checkRange(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static short[] copyOf(short[] original, int newLength) {
        int kept = original.length < newLength ? original.length : newLength;
        short[] copy = new short[newLength];
        System.arraycopy(original, 0, copy, 0, kept);
        return copy;
    }

    public static short[] copyOfRange(short[] original, int from, int to) {
        int newLength = rangeLength(from, to);
        int available = original.length - from;
        short[] copy = new short[newLength];
        System.arraycopy(original, from, copy, 0, available < newLength ? available : newLength);
        return copy;
    }

    public static void fill(char[] a, char val) {
        for (int i = 0; i < a.length; i++) a[i] = val;
    }

    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        checkRange(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static char[] copyOf(char[] original, int newLength) {
        int kept = original.length < newLength ? original.length : newLength;
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, kept);
        return copy;
    }

    public static char[] copyOfRange(char[] original, int from, int to) {
        int newLength = rangeLength(from, to);
        int available = original.length - from;
        char[] copy = new char[newLength];
        System.arraycopy(original, from, copy, 0, available < newLength ? available : newLength);
        return copy;
    }

    public static void fill(byte[] a, byte val) {
        for (int i = 0; i < a.length; i++) a[i] = val;
    }

    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        checkRange(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static byte[] copyOf(byte[] original, int newLength) {
        int kept = original.length < newLength ? original.length : newLength;
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, kept);
        return copy;
    }

    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int newLength = rangeLength(from, to);
        int available = original.length - from;
        byte[] copy = new byte[newLength];
        System.arraycopy(original, from, copy, 0, available < newLength ? available : newLength);
        return copy;
    }

    public static void fill(double[] a, double val) {
        for (int i = 0; i < a.length; i++) a[i] = val;
    }

    public static void fill(double[] a, int fromIndex, int toIndex, double val) {
        checkRange(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static double[] copyOf(double[] original, int newLength) {
        int kept = original.length < newLength ? original.length : newLength;
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, kept);
        return copy;
    }

    public static double[] copyOfRange(double[] original, int from, int to) {
        int newLength = rangeLength(from, to);
        int available = original.length - from;
        double[] copy = new double[newLength];
        System.arraycopy(original, from, copy, 0, available < newLength ? available : newLength);
        return copy;
    }

    public static void fill(float[] a, float val) {
        for (int i = 0; i < a.length; i++) a[i] = val;
    }

    public static void fill(float[] a, int fromIndex, int toIndex, float val) {
        checkRange(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static float[] copyOf(float[] original, int newLength) {
        int kept = original.length < newLength ? original.length : newLength;
        float[] copy = new float[newLength];
        System.arraycopy(original, 0, copy, 0, kept);
        return copy;
    }

    public static float[] copyOfRange(float[] original, int from, int to) {
        int newLength = rangeLength(from, to);
        int available = original.length - from;
        float[] copy = new float[newLength];
        System.arraycopy(original, from, copy, 0, available < newLength ? available : newLength);
        return copy;
    }

    public static void fill(boolean[] a, boolean val) {
        for (int i = 0; i < a.length; i++) a[i] = val;
    }

    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        checkRange(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static boolean[] copyOf(boolean[] original, int newLength) {
        int kept = original.length < newLength ? original.length : newLength;
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, kept);
        return copy;
    }

    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        int newLength = rangeLength(from, to);
        int available = original.length - from;
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, from, copy, 0, available < newLength ? available : newLength);
        return copy;
    }

    // ---------------------------------------------------------------- asList

    @SafeVarargs
    public static <T> List<T> asList(T... a) {
        return new ArrayList<>(a);
    }

    /**
     * The fixed-size list view of an array (its class name, java.util.Arrays$ArrayList, is visible to programs):
     * writes go through to the array, size changes are refused by AbstractList.
     */
    private static final class ArrayList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final E[] array;

        ArrayList(E[] array) {
            this.array = Objects.requireNonNull(array);
        }

        public int size() {
            return array.length;
        }

        public E get(int index) {
            return array[index];
        }

        public E set(int index, E element) {
            E old = array[index];
            array[index] = element;
            return old;
        }

        public int indexOf(Object o) {
            E[] es = array;
            for (int i = 0; i < es.length; i++) {
                if (o == null ? es[i] == null : o.equals(es[i])) return i;
            }
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Object[] toArray() {
            return Arrays.copyOf(array, array.length, Object[].class);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int n = array.length;
            if (a.length < n) return Arrays.copyOf(array, n, (Class<? extends T[]>) a.getClass());
            System.arraycopy(array, 0, a, 0, n);
            if (a.length > n) a[n] = null;
            return a;
        }

        public void forEach(java.util.function.Consumer<? super E> action) {
            Objects.requireNonNull(action);
            for (E e : array) action.accept(e);
        }

        public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
            E[] es = array;
            for (int i = 0; i < es.length; i++) es[i] = operator.apply(es[i]);
        }

        public void sort(Comparator<? super E> c) {
            Arrays.sort(array, c);
        }

        public Iterator<E> iterator() {
            return new ArrayItr<>(array);
        }
    }

    /** Arrays$ArrayList's iterator; remove is refused (Iterator's default). */
    private static final class ArrayItr<E> implements Iterator<E> {
        private final E[] array;
        private int next;

        ArrayItr(E[] array) {
            this.array = array;
        }

        public boolean hasNext() {
            return next < array.length;
        }

        public E next() {
            if (next >= array.length) throw new NoSuchElementException();
            return array[next++];
        }
    }
}
