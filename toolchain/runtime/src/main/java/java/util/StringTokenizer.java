package java.util;

/**
 * Splits a string at delimiter characters. When the delimiter string holds surrogates, the text is
 * read by code points (a supplementary delimiter matches a whole pair); otherwise by chars.
 */
public class StringTokenizer implements Enumeration<Object> {
    private final String text;
    private final int end;
    private final boolean delimitersAreTokens;
    private String delimiters;
    private int[] codePointDelimiters; // set when delimiters hold surrogates
    private int position;
    // hasMoreTokens already found where the next token starts; nextToken reuses that.
    private int knownFrom = -1;
    private int knownStart;

    public StringTokenizer(String str, String delim, boolean returnDelims) {
        text = str;
        end = str.length();
        delimitersAreTokens = returnDelims;
        useDelimiters(delim);
    }

    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    private void useDelimiters(String delim) {
        delimiters = delim;
        codePointDelimiters = null;
        knownFrom = -1;
        if (delim == null) return;
        int surrogates = 0;
        for (int i = 0; i < delim.length(); i++) {
            if (Character.isSurrogate(delim.charAt(i))) surrogates++;
        }
        if (surrogates == 0) return;
        int[] cps = new int[delim.length()];
        int n = 0;
        for (int i = 0; i < delim.length(); i += Character.charCount(cps[n++])) cps[n] = delim.codePointAt(i);
        codePointDelimiters = Arrays.copyOf(cps, n);
    }

    /** The char, or the code point when reading by code points, at i. */
    private int unitAt(int i) {
        return codePointDelimiters == null ? text.charAt(i) : text.codePointAt(i);
    }

    private boolean isDelimiter(int unit) {
        if (codePointDelimiters == null) return delimiters.indexOf(unit) >= 0;
        for (int d : codePointDelimiters) {
            if (d == unit) return true;
        }
        return false;
    }

    /** Where the token at or after i starts (end if none): past any delimiters, unless they are tokens. */
    private int tokenStart(int i) {
        if (delimiters == null) throw new NullPointerException();
        if (delimitersAreTokens) return i;
        while (i < end) {
            int unit = unitAt(i);
            if (!isDelimiter(unit)) break;
            i += Character.charCount(unit);
        }
        return i;
    }

    /** Where the token starting at i (i < end) ends; a delimiter there is a token of its own. */
    private int tokenEnd(int i) {
        int unit = unitAt(i);
        if (isDelimiter(unit)) return i + Character.charCount(unit);
        do {
            i += Character.charCount(unit);
        } while (i < end && !isDelimiter(unit = unitAt(i)));
        return i;
    }

    private int nextStart() {
        if (knownFrom != position) {
            knownStart = tokenStart(position);
            knownFrom = position;
        }
        return knownStart;
    }

    public boolean hasMoreTokens() {
        return nextStart() < end;
    }

    public String nextToken() {
        // The delimiters are passed over even when no token follows them (seen after a delimiter change).
        int from = position = nextStart();
        if (from >= end) throw new NoSuchElementException();
        position = tokenEnd(from);
        return text.substring(from, position);
    }

    public String nextToken(String delim) {
        useDelimiters(delim);
        return nextToken();
    }

    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    public Object nextElement() {
        return nextToken();
    }

    /** How many more times nextToken can be called with the current delimiters; nothing moves. */
    public int countTokens() {
        int count = 0;
        for (int i = position; i < end && (i = tokenStart(i)) < end; i = tokenEnd(i)) count++;
        return count;
    }
}
