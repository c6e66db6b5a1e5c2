package jos.kernel.console;

import jos.hw.Memory;

/**
 * How a record reads, composed into a CPU's line without allocating. A record is a header, then the
 * message built from pieces:
 * <pre>
 * [   1.234567] I cpu 03: message
 * </pre>
 * the time since boot in seconds and microseconds (seconds right-aligned in four places, wider when
 * needed), the level's letter, and the CPU id in hexadecimal, zero-padded to the digits of the highest
 * id among the running CPUs. Numbers are formatted with plain arithmetic: java.lang.Long's helpers
 * would initialize Long, which allocates.
 */
final class LogRecord {
    static final int SECONDS_WIDTH = 4, MICROS_DIGITS = 6;
    private static final long NANOS_PER_MICRO = 1000, MICROS_PER_SECOND = 1_000_000;
    private static final int MAX_C_STRING = 4096;

    private LogRecord() {
    }

    static void header(int slot, long nanosSinceBoot, int level, int cpuId, int cpuCount) {
        long micros = (nanosSinceBoot >>> 1) / (NANOS_PER_MICRO / 2);     // unsigned
        LineBuffers.append(slot, (byte) '[');
        decimal(slot, micros / MICROS_PER_SECOND, SECONDS_WIDTH, ' ');
        LineBuffers.append(slot, (byte) '.');
        decimal(slot, micros % MICROS_PER_SECOND, MICROS_DIGITS, '0');
        string(slot, "] ");
        LineBuffers.append(slot, LogLevel.letter(level));
        string(slot, " cpu ");
        hexDigits(slot, cpuId & 0xffffffffL, cpuIdDigits(cpuCount));
        string(slot, ": ");
    }

    /** Hexadecimal digits of the highest CPU id when count CPUs run (at least 1). */
    static int cpuIdDigits(int count) {
        int digits = 1;
        for (long highest = (count - 1L) >>> 4; highest > 0 && count > 0; highest >>>= 4) digits++;
        return digits;
    }

    /** The characters of s; a newline is the caller's business. */
    static void string(int slot, String s) {
        for (int i = 0; i < s.length(); i++) LineBuffers.append(slot, (byte) s.charAt(i));
    }

    /** Unsigned decimal, at least width characters, padded on the left with pad. */
    static void decimal(int slot, long value, int width, char pad) {
        int digits = 1;
        for (long rest = unsignedTenth(value); rest != 0; rest /= 10) digits++;
        for (int i = digits; i < width; i++) LineBuffers.append(slot, (byte) pad);
        digitsOf(slot, value);
    }

    private static void digitsOf(int slot, long value) {
        long quotient = unsignedTenth(value);
        if (quotient != 0) digitsOf(slot, quotient);
        LineBuffers.append(slot, (byte) ('0' + (int) (value - quotient * 10)));
    }

    private static long unsignedTenth(long value) {
        return (value >>> 1) / 5;
    }

    /** Hexadecimal, lower case, at least minDigits digits (more if the value needs them), no prefix. */
    static void hexDigits(int slot, long value, int minDigits) {
        int digits = 16;
        while (digits > minDigits && (value >>> (4 * (digits - 1))) == 0) digits--;
        for (int d = digits - 1; d >= 0; d--) {
            int nibble = (int) (value >>> (4 * d)) & 0xf;
            LineBuffers.append(slot, (byte) (nibble < 10 ? '0' + nibble : 'a' + nibble - 10));
        }
    }

    /** The NUL-terminated string at address (at most 4096 bytes; "(null)" for address 0). */
    static void cString(int slot, long address) {
        if (address == 0) {
            string(slot, "(null)");
            return;
        }
        for (int i = 0; i < MAX_C_STRING; i++) {
            byte b = Memory.read8(address + i);
            if (b == 0) return;
            LineBuffers.append(slot, b);
        }
    }
}
