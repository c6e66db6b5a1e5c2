package java.lang;

/** Charset conversions for String (UTF-8, ISO-8859-1, US-ASCII), the literal-regex check, and interning. */
final class StringCoding {
    private StringCoding() {}

    private static final char REPL = '\uFFFD';

    private static String newLatin1(byte[] v) {
        return new String(v, String.LATIN1);
    }

    static String decodeLatin1(byte[] b, int off, int len) {
        byte[] v = new byte[len];
        System.arraycopy(b, off, v, 0, len);
        return newLatin1(v);
    }

    static String decodeAscii(byte[] b, int off, int len) {
        boolean ascii = true;
        for (int i = 0; i < len; i++) if (b[off + i] < 0) { ascii = false; break; }
        if (ascii) return decodeLatin1(b, off, len);
        char[] cs = new char[len];
        for (int i = 0; i < len; i++) {
            byte x = b[off + i];
            cs[i] = x < 0 ? REPL : (char) x;
        }
        return new String(cs, 0, len);
    }

    private static boolean notCont(int b) {
        return (b & 0xC0) != 0x80;
    }

    /** Decodes UTF-8; malformed input becomes U+FFFD per maximal ill-formed subpart, as the JDK does. */
    static String decodeUtf8(byte[] src, int off, int len) {
        int sp = off, sl = off + len;
        boolean ascii = true;
        for (int i = off; i < sl; i++) if (src[i] < 0) { ascii = false; break; }
        if (ascii) return decodeLatin1(src, off, len);
        char[] dst = new char[len];
        int dp = 0;
        while (sp < sl) {
            int b1 = src[sp++];
            if (b1 >= 0) {
                dst[dp++] = (char) b1;
            } else if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {
                // two bytes: C2..DF
                if (sp < sl) {
                    int b2 = src[sp];
                    if (notCont(b2)) {
                        dst[dp++] = REPL;
                    } else {
                        sp++;
                        dst[dp++] = (char) (((b1 & 0x1F) << 6) | (b2 & 0x3F));
                    }
                    continue;
                }
                dst[dp++] = REPL;
                break;
            } else if ((b1 >> 4) == -2) {
                // three bytes: E0..EF
                if (sp + 1 < sl) {
                    int b2 = src[sp], b3 = src[sp + 1];
                    if ((b1 == (byte) 0xE0 && (b2 & 0xE0) == 0x80) || notCont(b2) || notCont(b3)) {
                        dst[dp++] = REPL;
                        // skip b2 too when it is a plausible continuation
                        if (!((b1 == (byte) 0xE0 && (b2 & 0xE0) == 0x80) || notCont(b2))) sp++;
                    } else {
                        sp += 2;
                        char c = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
                        dst[dp++] = Character.isSurrogate(c) ? REPL : c;
                    }
                    continue;
                }
                if (sp < sl) {
                    int b2 = src[sp];
                    if ((b1 == (byte) 0xE0 && (b2 & 0xE0) == 0x80) || notCont(b2)) {
                        dst[dp++] = REPL;
                        continue;
                    }
                }
                dst[dp++] = REPL;
                break;
            } else if ((b1 >> 3) == -2) {
                // four bytes: F0..F7
                int u1 = b1 & 0xFF;
                if (sp + 2 < sl) {
                    int b2 = src[sp], b3 = src[sp + 1], b4 = src[sp + 2];
                    int uc = ((u1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
                    if (notCont(b2) || notCont(b3) || notCont(b4) || uc < 0x10000 || uc > 0x10FFFF) {
                        dst[dp++] = REPL;
                        int u2 = b2 & 0xFF;
                        if (u1 > 0xF4 || (u1 == 0xF0 && (u2 < 0x90 || u2 > 0xBF))
                                || (u1 == 0xF4 && (u2 & 0xF0) != 0x80) || notCont(b2)) {
                            // skip only the lead byte
                        } else if (notCont(b3)) {
                            sp += 1;
                        } else {
                            sp += 2;
                        }
                    } else {
                        sp += 3;
                        dst[dp++] = Character.highSurrogate(uc);
                        dst[dp++] = Character.lowSurrogate(uc);
                    }
                    continue;
                }
                if (u1 > 0xF4 || (sp < sl && malformed4Second(u1, src[sp] & 0xFF))) {
                    dst[dp++] = REPL;
                    continue;
                }
                sp++;
                dst[dp++] = REPL;
                if (sp < sl && notCont(src[sp])) continue;
                break;
            } else {
                dst[dp++] = REPL;
            }
        }
        return new String(dst, 0, dp);
    }

    private static boolean malformed4Second(int b1, int b2) {
        return (b1 == 0xF0 && (b2 < 0x90 || b2 > 0xBF)) || (b1 == 0xF4 && (b2 & 0xF0) != 0x80) || notCont(b2);
    }

    /** UTF-8 bytes of s; an unpaired surrogate becomes '?', as the JDK's String.getBytes does. */
    static byte[] encodeUtf8(String s) {
        byte[] v = s.value;
        if (s.coder == String.LATIN1) {
            int n = v.length, extra = 0;
            for (byte b : v) if (b < 0) extra++;
            if (extra == 0) {
                byte[] r = new byte[n];
                System.arraycopy(v, 0, r, 0, n);
                return r;
            }
            byte[] r = new byte[n + extra];
            int j = 0;
            for (byte b : v) {
                if (b >= 0) {
                    r[j++] = b;
                } else {
                    int c = b & 0xFF;
                    r[j++] = (byte) (0xC0 | (c >> 6));
                    r[j++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            return r;
        }
        int n = v.length >> 1;
        byte[] r = new byte[n * 3];
        int j = 0;
        for (int i = 0; i < n; i++) {
            char c = StringUTF16.getChar(v, i);
            if (c < 0x80) {
                r[j++] = (byte) c;
            } else if (c < 0x800) {
                r[j++] = (byte) (0xC0 | (c >> 6));
                r[j++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                char d;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(d = StringUTF16.getChar(v, i + 1))) {
                    int cp = Character.toCodePoint(c, d);
                    i++;
                    r[j++] = (byte) (0xF0 | (cp >> 18));
                    r[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    r[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    r[j++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    r[j++] = (byte) '?';
                }
            } else {
                r[j++] = (byte) (0xE0 | (c >> 12));
                r[j++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                r[j++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        if (j == r.length) return r;
        byte[] t = new byte[j];
        System.arraycopy(r, 0, t, 0, j);
        return t;
    }

    private static final String META = ".$|()[{^?*+\\";

    /**
     * The text a regular expression matches, when it is a literal: plain chars, backslash-escaped
     * non-alphanumeric chars, the escapes \t \n \r \f \a \e, and \Q...\E quoting. Anything else is refused.
     */
    static String literalOfRegex(String regex) {
        int n = regex.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) throw unsupported(regex);
                char d = regex.charAt(++i);
                if (d == 'Q') {
                    int end = regex.indexOf("\\E", i + 1);
                    if (end < 0) {
                        sb.append(regex, i + 1, n);
                        i = n;
                    } else {
                        sb.append(regex, i + 1, end);
                        i = end + 1;
                    }
                    continue;
                }
                switch (d) {
                    case 't' -> sb.append('\t');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 'f' -> sb.append('\f');
                    case 'a' -> sb.append('\u0007');
                    case 'e' -> sb.append('\u001B');
                    default -> {
                        if ((d >= '0' && d <= '9') || (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z'))
                            throw unsupported(regex);
                        sb.append(d);
                    }
                }
            } else if (META.indexOf(c) >= 0) {
                throw unsupported(regex);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static UnsupportedOperationException unsupported(String regex) {
        return new UnsupportedOperationException("regular expressions are not supported: " + regex);
    }

    private static String[] table = new String[64];
    private static int interned;

    static String intern(String s) {
        // Literals and constants are interned by the compiler; they are the canonical copies.
        String literal = jos.rt.Literals.find(s);
        if (literal != null) return literal;
        int mask = table.length - 1;
        int i = mix(s.hashCode()) & mask;
        for (String t; (t = table[i]) != null; i = (i + 1) & mask) {
            if (t.equals(s)) return t;
        }
        table[i] = s;
        if (++interned * 2 > table.length) rehash();
        return s;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static void rehash() {
        String[] old = table;
        String[] t = new String[old.length * 2];
        int mask = t.length - 1;
        for (String s : old) {
            if (s == null) continue;
            int i = mix(s.hashCode()) & mask;
            while (t[i] != null) i = (i + 1) & mask;
            t[i] = s;
        }
        table = t;
    }
}
