package jos.kernel.panic;

import jos.hw.Memory;
import jos.kernel.console.Log;

/**
 * Prints a java.lang.String object of the compiled code from its memory: its byte[] value (length at
 * {@link #ARRAY_LENGTH}, bytes at {@link #ARRAY_DATA}, jrt.h) holds Latin-1 (coder 0) or UTF-16LE
 * (coder 1); the field offsets come from {@link RuntimeSymbols}. Characters outside printable ASCII
 * print as '?'. The text is copied into a static buffer and printed as a C string, so nothing is
 * allocated; only the panicking CPU prints, so one buffer suffices.
 */
final class JavaString {
    private JavaString() {
    }

    static final int ARRAY_LENGTH = 16, ARRAY_DATA = 24;
    /** The longest text printed; the rest is cut. */
    static final int MAX_CHARS = 255;

    private static final byte[] BUFFER = new byte[MAX_CHARS + 1];

    /** Prints the String at object, or fallback if object is 0. */
    static void print(long object, String fallback) {
        if (object == 0) {
            Log.print(fallback);
            return;
        }
        long value = Memory.read64(object + RuntimeSymbols.stringValueOffset());
        int coder = Memory.read8(object + RuntimeSymbols.stringCoderOffset());
        int bytes = Memory.read32(value + ARRAY_LENGTH);
        int step = coder == 0 ? 1 : 2;
        long buffer = Memory.addressOf(BUFFER);
        int n = 0;
        for (int i = 0; i + step <= bytes && n < MAX_CHARS; i += step) {
            int c = Memory.read8(value + ARRAY_DATA + i) & 0xFF;
            if (step == 2) c |= (Memory.read8(value + ARRAY_DATA + i + 1) & 0xFF) << 8;
            Memory.write8(buffer + n++, (byte) (c >= 0x20 && c < 0x7F ? c : '?'));
        }
        Memory.write8(buffer + n, (byte) 0);
        Log.cString(buffer);
    }

    /** Whether the String at object (Latin-1 or UTF-16) starts with prefix; false for 0. */
    static boolean startsWith(long object, String prefix) {
        if (object == 0) return false;
        long value = Memory.read64(object + RuntimeSymbols.stringValueOffset());
        int step = Memory.read8(object + RuntimeSymbols.stringCoderOffset()) == 0 ? 1 : 2;
        int bytes = Memory.read32(value + ARRAY_LENGTH);
        if (bytes < prefix.length() * step) return false;
        for (int i = 0; i < prefix.length(); i++) {
            int c = Memory.read8(value + ARRAY_DATA + (long) i * step) & 0xFF;
            if (step == 2) c |= (Memory.read8(value + ARRAY_DATA + (long) i * step + 1) & 0xFF) << 8;
            if (c != prefix.charAt(i)) return false;
        }
        return true;
    }
}
