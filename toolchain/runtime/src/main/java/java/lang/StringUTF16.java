package java.lang;

/** Helpers for two-byte (little-endian) string storage. */
final class StringUTF16 {
    private StringUTF16() {}

    static char getChar(byte[] v, int index) {
        int i = index << 1;
        return (char) ((v[i] & 0xFF) | ((v[i + 1] & 0xFF) << 8));
    }

    static void putChar(byte[] v, int index, int c) {
        int i = index << 1;
        v[i] = (byte) c;
        v[i + 1] = (byte) (c >> 8);
    }

    /** The chars [charOff, charOff+charLen) of a UTF-16 array as a new String, Latin-1 when they all fit. */
    static String compress(byte[] utf16, int charOff, int charLen) {
        boolean latin1 = true;
        for (int i = 0; i < charLen; i++) {
            if (utf16[((charOff + i) << 1) + 1] != 0) { latin1 = false; break; }
        }
        if (latin1) {
            byte[] r = new byte[charLen];
            for (int i = 0; i < charLen; i++) r[i] = utf16[(charOff + i) << 1];
            return new String(r, String.LATIN1);
        }
        byte[] r = new byte[charLen << 1];
        System.arraycopy(utf16, charOff << 1, r, 0, charLen << 1);
        return new String(r, String.UTF16);
    }
}
