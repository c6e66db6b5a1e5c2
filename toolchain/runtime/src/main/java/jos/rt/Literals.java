package jos.rt;

/**
 * The program's string literals, which the compiler emits once each and lists sorted by hash code:
 * String.intern's first answer.
 */
public final class Literals {
    private Literals() {}

    private static native int count();
    private static native int hashAt(int index);
    private static native String at(int index);

    /** The literal equal to s, or null. */
    public static String find(String s) {
        int h = s.hashCode();
        int lo = 0, hi = count();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hashAt(mid) < h) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo, n = count(); i < n && hashAt(i) == h; i++) {
            String literal = at(i);
            if (literal.equals(s)) return literal;
        }
        return null;
    }
}
