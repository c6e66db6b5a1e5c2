package jos.rt.fmt;

import java.io.IOException;
import java.util.IllegalFormatCodePointException;
import java.util.IllegalFormatConversionException;
import java.util.Locale;
import java.util.MissingFormatArgumentException;
import java.util.UnknownFormatConversionException;

/**
 * The work of java.util.Formatter.format: parse the whole format string (so syntax errors surface before
 * any output), then print each piece to the Appendable in turn, with Formatter's output and exceptions.
 * Locale-specific symbols are always those of Locale.US ('.', ',', '0').
 * Subclasses supply the one exception whose constructor is private to java.util.
 */
public abstract class FormatEngine {
    protected FormatEngine() {}

    /** A java.util.IllegalFormatArgumentIndexException for index (Integer.MIN_VALUE: out of int range). */
    protected abstract RuntimeException illegalArgumentIndex(int index);

    /** Formats args into a; returns the last IOException that a threw (printing goes on after one), or null. */
    public final IOException format(Appendable a, String format, Object[] args) {
        FormatSpec[] specs = parse(format);
        IOException last = null;
        int lastIndex = -1;    // argument used by the previous specifier
        int lastOrdinary = -1;
        for (FormatSpec fs : specs) {
            try {
                switch (fs.index) {
                    case FormatSpec.FIXED:
                        if (fs.conv == 0) {
                            a.append(format, fs.start, fs.end);
                        } else {
                            print(a, fs, null);
                        }
                        break;
                    case FormatSpec.RELATIVE:
                        if (lastIndex < 0 || (args != null && lastIndex > args.length - 1)) {
                            throw new MissingFormatArgumentException(fs.toString());
                        }
                        print(a, fs, args == null ? null : args[lastIndex]);
                        break;
                    case FormatSpec.ORDINARY:
                        lastOrdinary++;
                        lastIndex = lastOrdinary;
                        if (args != null && lastOrdinary > args.length - 1) {
                            throw new MissingFormatArgumentException(fs.toString());
                        }
                        print(a, fs, args == null ? null : args[lastOrdinary]);
                        break;
                    default:
                        lastIndex = fs.index - 1;
                        if (args != null && lastIndex > args.length - 1) {
                            throw new MissingFormatArgumentException(fs.toString());
                        }
                        print(a, fs, args == null ? null : args[lastIndex]);
                        break;
                }
            } catch (IOException e) {
                last = e;
            }
        }
        return last;
    }

    private FormatSpec[] parse(String s) {
        if (s == null) throw new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
        FormatSpec[] out = new FormatSpec[8];
        int n = 0;
        int i = 0;
        int max = s.length();
        while (i < max) {
            int pct = s.indexOf('%', i);
            if (pct < 0) {
                out = add(out, n++, FormatSpec.fixed(i, max));
                break;
            }
            if (pct != i) out = add(out, n++, FormatSpec.fixed(i, pct));
            i = pct + 1;
            if (i >= max) throw new UnknownFormatConversionException("%");
            char c = s.charAt(i);
            if (FormatSpec.isConversion(c)) {
                out = add(out, n++, FormatSpec.simple(c));
                i++;
            } else {
                FormatSpec fs = FormatSpec.parse(s, i, this);
                if (fs == null) throw new UnknownFormatConversionException(String.valueOf(c));
                out = add(out, n++, fs);
                i = fs.end;
            }
        }
        FormatSpec[] exact = new FormatSpec[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    private static FormatSpec[] add(FormatSpec[] a, int n, FormatSpec fs) {
        if (n == a.length) {
            FormatSpec[] b = new FormatSpec[n * 2];
            System.arraycopy(a, 0, b, 0, n);
            a = b;
        }
        a[n] = fs;
        return a;
    }

    private static void print(Appendable a, FormatSpec fs, Object arg) throws IOException {
        switch (fs.conv) {
            case 'd': case 'o': case 'x':
                printInteger(a, fs, arg);
                break;
            case 'e': case 'f': case 'g': case 'a':
                printFloat(a, fs, arg);
                break;
            case 'c':
                printCharacter(a, fs, arg);
                break;
            case 'b':
                printText(a, fs, arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true");
                break;
            case 's':
                if (fs.has(FormatSpec.ALT)) throw fs.mismatch(FormatSpec.ALT);
                printText(a, fs, arg == null ? "null" : arg.toString());
                break;
            case 'h':
                printText(a, fs, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                break;
            case 'n':
                a.append(System.lineSeparator());
                break;
            case '%':
                printText(a, fs, "%");
                break;
            default:
                throw new UnknownFormatConversionException(String.valueOf(fs.conv));
        }
    }

    private static void printText(Appendable a, FormatSpec fs, String s) throws IOException {
        if (fs.precision != -1 && fs.precision < s.length()) s = s.substring(0, fs.precision);
        if (fs.has(FormatSpec.UPPER)) s = s.toUpperCase(Locale.ROOT);
        appendJustified(a, fs, s);
    }

    private static void appendJustified(Appendable a, FormatSpec fs, CharSequence cs) throws IOException {
        if (fs.width == -1) {
            a.append(cs);
            return;
        }
        boolean padRight = fs.has(FormatSpec.LEFT);
        int sp = fs.width - cs.length();
        if (padRight) a.append(cs);
        for (int i = 0; i < sp; i++) a.append(' ');
        if (!padRight) a.append(cs);
    }

    private static IllegalFormatConversionException conversionMismatch(FormatSpec fs, Object arg) {
        return new IllegalFormatConversionException(fs.conv, arg.getClass());
    }

    private static void printCharacter(Appendable a, FormatSpec fs, Object arg) throws IOException {
        if (arg == null) {
            printText(a, fs, "null");
            return;
        }
        String s;
        if (arg instanceof Character ch) {
            s = String.valueOf(ch.charValue());
        } else {
            int cp;
            if (arg instanceof Byte b) cp = b;
            else if (arg instanceof Short sh) cp = sh;
            else if (arg instanceof Integer in) cp = in;
            else throw conversionMismatch(fs, arg);
            if (!Character.isValidCodePoint(cp)) throw new IllegalFormatCodePointException(cp);
            s = new String(Character.toChars(cp));
        }
        printText(a, fs, s);
    }

    private static void printInteger(Appendable a, FormatSpec fs, Object arg) throws IOException {
        if (arg == null) {
            printText(a, fs, "null");
            return;
        }
        long v;
        long range;   // two's complement width for %o and %x of negative values
        if (arg instanceof Byte b) {
            v = b;
            range = 1L << 8;
        } else if (arg instanceof Short s) {
            v = s;
            range = 1L << 16;
        } else if (arg instanceof Integer i) {
            v = i;
            range = 1L << 32;
        } else if (arg instanceof Long l) {
            v = l;
            range = 0;
        } else {
            throw conversionMismatch(fs, arg);
        }
        if (v < 0 && fs.conv != 'd' && range != 0) v += range;
        StringBuilder sb = new StringBuilder();
        if (fs.conv == 'd') {
            boolean neg = v < 0;
            String digits = Long.toString(v);
            leadingSign(sb, fs, neg);
            localizedMagnitude(sb, digits, neg ? 1 : 0, fs.flags, adjustWidth(fs.width, fs, neg));
            trailingSign(sb, fs, neg);
        } else {
            fs.checkBadFlags(FormatSpec.PAREN | FormatSpec.SPACE | FormatSpec.PLUS);
            boolean hex = fs.conv == 'x';
            String s = hex ? Long.toHexString(v) : Long.toOctalString(v);
            int prefix = fs.has(FormatSpec.ALT) ? (hex ? 2 : 1) : 0;
            if (prefix == 2) sb.append(fs.has(FormatSpec.UPPER) ? "0X" : "0x");
            else if (prefix == 1) sb.append('0');
            if (fs.has(FormatSpec.ZERO)) zeros(sb, fs.width - s.length() - prefix);
            if (hex && fs.has(FormatSpec.UPPER)) s = s.toUpperCase(Locale.ROOT);
            sb.append(s);
        }
        appendJustified(a, fs, sb);
    }

    private static void printFloat(Appendable a, FormatSpec fs, Object arg) throws IOException {
        if (arg == null) {
            printText(a, fs, "null");
            return;
        }
        double value;
        if (arg instanceof Float f) value = f;
        else if (arg instanceof Double d) value = d;
        else throw conversionMismatch(fs, arg);

        StringBuilder sb = new StringBuilder();
        boolean neg = Double.compare(value, 0.0) == -1;
        if (value == value) {
            double v = Math.abs(value);
            leadingSign(sb, fs, neg);
            if (v != Double.POSITIVE_INFINITY) {
                if (fs.conv == 'a') {
                    hexFloat(sb, fs, v, neg);
                } else {
                    decimalFloat(sb, fs, v, neg);
                }
            } else {
                sb.append(fs.has(FormatSpec.UPPER) ? "INFINITY" : "Infinity");
            }
            trailingSign(sb, fs, neg);
        } else {
            sb.append(fs.has(FormatSpec.UPPER) ? "NAN" : "NaN");
        }
        appendJustified(a, fs, sb);
    }

    private static void decimalFloat(StringBuilder sb, FormatSpec fs, double v, boolean neg) {
        int prec;
        String mant;
        String exp = null;     // "+dd" style exponent, for the scientific forms
        switch (fs.conv) {
            case 'e': {
                prec = fs.precision == -1 ? 6 : fs.precision;
                DecimalDigits dd = DecimalDigits.of(v);
                if (v == 0) {
                    exp = "+00";
                } else {
                    dd.round(prec + 1);
                    exp = exponent(dd.point - 1);
                }
                mant = dd.scientific(prec);
                break;
            }
            case 'f': {
                prec = fs.precision == -1 ? 6 : fs.precision;
                DecimalDigits dd = DecimalDigits.of(v);
                dd.round(dd.point + prec);
                mant = dd.plain(prec);
                break;
            }
            default: { // 'g'
                int p = fs.precision == -1 ? 6 : fs.precision == 0 ? 1 : fs.precision;
                if (v == 0) {
                    prec = p - 1;
                    mant = DecimalDigits.of(0).plain(prec);
                } else {
                    DecimalDigits dd = DecimalDigits.of(v);
                    dd.round(p);
                    int sciExp = dd.point - 1;
                    if (sciExp < -4 || sciExp >= p) {
                        prec = p - 1;
                        mant = dd.scientific(prec);
                        exp = exponent(sciExp);
                    } else {
                        prec = p - dd.point;
                        mant = dd.plain(prec);
                    }
                }
                break;
            }
        }
        if (fs.has(FormatSpec.ALT) && prec == 0) mant = mant + ".";
        int newW = fs.width;
        if (fs.width != -1) newW = adjustWidth(exp != null ? fs.width - exp.length() - 1 : fs.width, fs, neg);
        localizedMagnitude(sb, mant, 0, fs.flags, newW);
        if (exp != null) {
            sb.append(fs.has(FormatSpec.UPPER) ? 'E' : 'e');
            sb.append(exp);
        }
    }

    private static String exponent(int e) {
        StringBuilder sb = new StringBuilder(5);
        sb.append(e < 0 ? '-' : '+');
        int m = Math.abs(e);
        if (m < 10) sb.append('0');
        sb.append(m);
        return sb.toString();
    }

    private static void hexFloat(StringBuilder sb, FormatSpec fs, double v, boolean neg) {
        int prec = fs.precision == -1 ? 0 : fs.precision == 0 ? 1 : fs.precision;
        String s = HexDigits.of(v, prec);  // "h.hhhp±d" without "0x"
        boolean upper = fs.has(FormatSpec.UPPER);
        sb.append(upper ? "0X" : "0x");
        if (fs.has(FormatSpec.ZERO)) {
            int leading = fs.has(FormatSpec.SPACE) || fs.has(FormatSpec.PLUS) || neg ? 3 : 2;
            zeros(sb, fs.width - s.length() - leading);
        }
        int p = s.indexOf('p');
        StringBuilder va = new StringBuilder();
        String m = s.substring(0, p);
        va.append(upper ? m.toUpperCase(Locale.ROOT) : m);
        if (prec != 0) DecimalDigits.padFraction(va, prec);
        sb.append(va);
        sb.append(upper ? 'P' : 'p');
        sb.append(s, p + 1, s.length());
    }

    private static void leadingSign(StringBuilder sb, FormatSpec fs, boolean neg) {
        if (!neg) {
            if (fs.has(FormatSpec.PLUS)) sb.append('+');
            else if (fs.has(FormatSpec.SPACE)) sb.append(' ');
        } else {
            sb.append(fs.has(FormatSpec.PAREN) ? '(' : '-');
        }
    }

    private static void trailingSign(StringBuilder sb, FormatSpec fs, boolean neg) {
        if (neg && fs.has(FormatSpec.PAREN)) sb.append(')');
    }

    private static int adjustWidth(int width, FormatSpec fs, boolean neg) {
        return width != -1 && neg && fs.has(FormatSpec.PAREN) ? width - 1 : width;
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) sb.append('0');
    }

    /**
     * Appends value[offset..] (digits and at most one '.') with ',' every three integer digits when GROUP is
     * set, then zero-pads so that all of sb (sign included) reaches width when ZERO is set.
     */
    private static void localizedMagnitude(StringBuilder sb, CharSequence value, int offset, int flags, int width) {
        int begin = sb.length();
        int len = value.length();
        int dot = len;
        for (int j = offset; j < len; j++) {
            if (value.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        boolean group = (flags & FormatSpec.GROUP) != 0;
        for (int j = offset; j < len; j++) {
            if (j == dot) {
                sb.append('.');
                group = false;
                continue;
            }
            sb.append(value.charAt(j));
            if (group && j != dot - 1 && (dot - j) % 3 == 1) sb.append(',');
        }
        if (width != -1 && (flags & FormatSpec.ZERO) != 0) {
            int pad = width - sb.length();
            if (pad > 0) {
                char[] z = new char[pad];
                for (int i = 0; i < pad; i++) z[i] = '0';
                sb.insert(begin, z);
            }
        }
    }
}
