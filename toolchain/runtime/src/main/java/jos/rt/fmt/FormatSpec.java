package jos.rt.fmt;

import java.util.DuplicateFormatFlagsException;
import java.util.FormatFlagsConversionMismatchException;
import java.util.IllegalFormatFlagsException;
import java.util.IllegalFormatPrecisionException;
import java.util.IllegalFormatWidthException;
import java.util.MissingFormatWidthException;
import java.util.UnknownFormatConversionException;

/**
 * One piece of a parsed format string: fixed text, or a conversion with its index, flags, width and
 * precision, validated exactly as java.util.Formatter does when it parses.
 */
final class FormatSpec {
    // Flag bits; FLAG_ORDER lists their characters in the order Formatter prints them.
    static final int LEFT = 1, UPPER = 2, ALT = 4, PLUS = 8, SPACE = 16, ZERO = 32, GROUP = 64, PAREN = 128, PREV = 256;
    private static final String FLAG_ORDER = "-^#+ 0,(<";

    static final int FIXED = -2;   // index of fixed text, %n and %%
    static final int RELATIVE = -1;
    static final int ORDINARY = 0;

    int index;
    int flags;
    int width = -1;
    int precision = -1;
    char conv;             // lower case
    boolean dateTime;
    int start, end;        // fixed text: the range in the format string

    static FormatSpec fixed(int start, int end) {
        FormatSpec s = new FormatSpec();
        s.index = FIXED;
        s.start = start;
        s.end = end;
        return s;
    }

    /** A conversion written right after the '%', with nothing in between. */
    static FormatSpec simple(char c) {
        FormatSpec s = new FormatSpec();
        s.conv = c;
        if (c >= 'A' && c <= 'Z') {
            s.flags = UPPER;
            s.conv = (char) (c + ('a' - 'A'));
        }
        if (c == '%' || c == 'n') s.index = FIXED;
        return s;
    }

    static boolean isConversion(char c) {
        switch (c) {
            case 'b': case 'B': case 'h': case 'H': case 's': case 'S': case 'c': case 'C':
            case 'd': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'g': case 'G':
            case 'a': case 'A': case '%': case 'n':
                return true;
            default:
                return false;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isFlag(char c) {
        return c != '^' && FLAG_ORDER.indexOf(c) >= 0;
    }

    private static boolean isLetterOrPercent(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }

    /**
     * Parses "[index$][flags][width][.precision][t]conversion" starting at off (just after the '%').
     * Returns null when the text does not have that shape; otherwise the validated specifier, whose
     * {@code end} is the position after it.
     */
    static FormatSpec parse(String s, int off, FormatEngine engine) {
        int max = s.length();
        int i = off;
        int idxStart = -1, idxEnd = -1;
        while (i < max && isDigit(s.charAt(i))) i++;
        if (i > off && i < max && s.charAt(i) == '$') {
            idxStart = off;
            idxEnd = i;
            off = i + 1;
        }
        i = off;
        while (i < max && isFlag(s.charAt(i))) i++;
        int flagStart = off, flagEnd = i;
        off = i;
        while (i < max && isDigit(s.charAt(i))) i++;
        int widthStart = off, widthEnd = i;
        off = i;
        int precStart = -1, precEnd = -1;
        if (off < max && s.charAt(off) == '.') {
            i = off + 1;
            while (i < max && isDigit(s.charAt(i))) i++;
            if (i == off + 1) return null;
            precStart = off + 1;
            precEnd = i;
            off = i;
        }
        if (off >= max) return null;
        char c = s.charAt(off);
        boolean dt = false;
        if ((c == 't' || c == 'T') && off + 1 < max && isLetterOrPercent(s.charAt(off + 1))) {
            dt = true;
            off++;
        } else if (!isLetterOrPercent(c)) {
            return null;
        }

        // The shape is right: now validate each part, in Formatter's order.
        FormatSpec fs = new FormatSpec();
        fs.end = off + 1;
        if (idxStart >= 0) {
            int v = parseNonNegative(s, idxStart, idxEnd);
            if (v <= 0) throw engine.illegalArgumentIndex(v < 0 ? Integer.MIN_VALUE : v);
            fs.index = v;
        }
        for (int k = flagStart; k < flagEnd; k++) {
            int bit = bit(s.charAt(k));
            if ((fs.flags & bit) != 0) throw new DuplicateFormatFlagsException(flagString(bit));
            fs.flags |= bit;
        }
        if ((fs.flags & PREV) != 0) fs.index = RELATIVE;
        if (widthEnd > widthStart) {
            int v = parseNonNegative(s, widthStart, widthEnd);
            fs.width = v < 0 ? Integer.MIN_VALUE : v;
            if (fs.width < 0) throw new IllegalFormatWidthException(fs.width);
        }
        if (precStart >= 0) {
            int v = parseNonNegative(s, precStart, precEnd);
            fs.precision = v < 0 ? Integer.MIN_VALUE : v;
            if (fs.precision < 0) throw new IllegalFormatPrecisionException(fs.precision);
        }
        if (dt) {
            if (c == 'T') fs.flags |= UPPER;
            fs.dateTime = true;
            fs.conv = s.charAt(off);
            // Date/time conversions are not provided by this runtime: every one is reported as unknown.
            if (fs.precision != -1) throw new IllegalFormatPrecisionException(fs.precision);
            throw new UnknownFormatConversionException("t" + fs.conv);
        }
        if (!isConversion(c)) throw new UnknownFormatConversionException(String.valueOf(c));
        if (c >= 'A' && c <= 'Z') {
            fs.flags |= UPPER;
            c = (char) (c + ('a' - 'A'));
        }
        fs.conv = c;
        if (c == '%' || c == 'n') fs.index = FIXED;
        fs.check();
        return fs;
    }

    /** The decimal value of s[from, to), or -1 when it does not fit in an int. */
    private static int parseNonNegative(String s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) return -1;
        }
        return (int) v;
    }

    private static int bit(char c) {
        return 1 << FLAG_ORDER.indexOf(c);
    }

    static String flagString(int f) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < FLAG_ORDER.length(); k++) {
            if ((f & (1 << k)) != 0) sb.append(FLAG_ORDER.charAt(k));
        }
        return sb.toString();
    }

    private void check() {
        switch (conv) {
            case 'b': case 'h': case 's':
                if ((conv == 'b' || conv == 'h') && (flags & ALT) != 0) throw mismatch(ALT);
                if (width == -1 && (flags & LEFT) != 0) throw new MissingFormatWidthException(toString());
                checkBadFlags(PLUS | SPACE | ZERO | GROUP | PAREN);
                break;
            case 'c':
                if (precision != -1) throw new IllegalFormatPrecisionException(precision);
                checkBadFlags(ALT | PLUS | SPACE | ZERO | GROUP | PAREN);
                if (width == -1 && (flags & LEFT) != 0) throw new MissingFormatWidthException(toString());
                break;
            case 'd': case 'o': case 'x':
                checkNumeric();
                if (precision != -1) throw new IllegalFormatPrecisionException(precision);
                checkBadFlags(conv == 'd' ? ALT : GROUP);
                break;
            case 'e': case 'f': case 'g': case 'a':
                checkNumeric();
                if (conv == 'a') checkBadFlags(PAREN | GROUP);
                else if (conv == 'e') checkBadFlags(GROUP);
                else if (conv == 'g') checkBadFlags(ALT);
                break;
            case '%':
                if (precision != -1) throw new IllegalFormatPrecisionException(precision);
                if (flags != LEFT && flags != 0) throw new IllegalFormatFlagsException(flagString(flags));
                if (width == -1 && (flags & LEFT) != 0) throw new MissingFormatWidthException(toString());
                break;
            case 'n':
                if (precision != -1) throw new IllegalFormatPrecisionException(precision);
                if (width != -1) throw new IllegalFormatWidthException(width);
                if (flags != 0) throw new IllegalFormatFlagsException(flagString(flags));
                break;
            default:
                throw new UnknownFormatConversionException(String.valueOf(conv));
        }
    }

    private void checkNumeric() {
        if ((flags & (LEFT | ZERO)) != 0 && width == -1) throw new MissingFormatWidthException(toString());
        if ((flags & (PLUS | SPACE)) == (PLUS | SPACE) || (flags & (LEFT | ZERO)) == (LEFT | ZERO)) {
            throw new IllegalFormatFlagsException(flagString(flags));
        }
    }

    /** Throws FormatFlagsConversionMismatchException naming every flag of bad that is set. */
    void checkBadFlags(int bad) {
        if ((flags & bad) != 0) throw mismatch(flags & bad);
    }

    FormatFlagsConversionMismatchException mismatch(int bad) {
        return new FormatFlagsConversionMismatchException(flagString(bad), conv);
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("%");
        sb.append(flagString(flags & ~UPPER));
        if (index > 0) sb.append(index).append('$');
        if (width != -1) sb.append(width);
        if (precision != -1) sb.append('.').append(precision);
        if (dateTime) sb.append(has(UPPER) ? 'T' : 't');
        sb.append(has(UPPER) ? Character.toUpperCase(conv) : conv);
        return sb.toString();
    }
}
