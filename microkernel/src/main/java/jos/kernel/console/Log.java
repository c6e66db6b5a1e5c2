package jos.kernel.console;

import jos.hw.Memory;

/**
 * Line-oriented kernel output to the serial console, built piece by piece without allocating: text,
 * decimal and hexadecimal numbers, and NUL-terminated strings in memory. Lines end with CR LF.
 */
public final class Log {
    private static final int MAX_C_STRING = 4096;

    private Log() {
    }

    public static void print(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') Serial.write((byte) '\r');
            Serial.write((byte) c);
        }
    }

    public static void println(String s) {
        print(s);
        newline();
    }

    public static void newline() {
        Serial.write((byte) '\r');
        Serial.write((byte) '\n');
    }

    /** Unsigned decimal. (Plain arithmetic: java.lang.Long's helpers would initialize Long, which allocates.) */
    public static void dec(long value) {
        long quotient = (value >>> 1) / 5;          // value / 10, unsigned
        int digit = (int) (value - quotient * 10);
        if (quotient != 0) dec(quotient);
        Serial.write((byte) ('0' + digit));
    }

    /** 0x followed by at least one hexadecimal digit. */
    public static void hex(long value) {
        print("0x");
        hexDigits(value, 1);
    }

    /** 0x followed by exactly digits hexadecimal digits (more if the value needs them). */
    public static void hex(long value, int digits) {
        print("0x");
        hexDigits(value, digits);
    }

    private static void hexDigits(long value, int minDigits) {
        int digits = 16;
        while (digits > minDigits && (value >>> (4 * (digits - 1))) == 0) digits--;
        for (int d = digits - 1; d >= 0; d--) {
            int nibble = (int) (value >>> (4 * d)) & 0xf;
            Serial.write((byte) (nibble < 10 ? '0' + nibble : 'a' + nibble - 10));
        }
    }

    /** The NUL-terminated string at address (at most 4096 bytes; "(null)" for address 0). */
    public static void cString(long address) {
        if (address == 0) {
            print("(null)");
            return;
        }
        for (int i = 0; i < MAX_C_STRING; i++) {
            byte b = Memory.read8(address + i);
            if (b == 0) return;
            Serial.write(b);
        }
    }
}
