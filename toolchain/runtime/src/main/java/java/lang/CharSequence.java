package java.lang;

public interface CharSequence {
    int length();
    char charAt(int index);
    CharSequence subSequence(int start, int end);
    String toString();

    default boolean isEmpty() { return length() == 0; }

    default java.util.stream.IntStream chars() {
        int n = length();
        int[] cs = new int[n];
        for (int i = 0; i < n; i++) cs[i] = charAt(i);
        return java.util.Arrays.stream(cs);
    }

    default java.util.stream.IntStream codePoints() {
        int n = length();
        int[] cps = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(charAt(i + 1))) {
                cps[count++] = Character.toCodePoint(c, charAt(++i));
            } else {
                cps[count++] = c;
            }
        }
        return java.util.Arrays.stream(cps, 0, count);
    }

    static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) return 0;
        for (int i = 0, len = Math.min(cs1.length(), cs2.length()); i < len; i++) {
            char a = cs1.charAt(i), b = cs2.charAt(i);
            if (a != b) return a - b;
        }
        return cs1.length() - cs2.length();
    }
}
