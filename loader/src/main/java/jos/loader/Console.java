package jos.loader;

import jos.hw.Cpu;
import jos.hw.Memory;

/**
 * The boot log on COM1 (I/O port 0x3F8, 115200 baud, 8N1), written by polling. Works without an
 * attached UART: a missing port reads all ones, which looks like an empty transmitter.
 */
public final class Console {
    private Console() {
    }

    public static final int COM1 = 0x3F8;
    private static final int DATA = 0, INTERRUPT_ENABLE = 1, FIFO_CONTROL = 2, LINE_CONTROL = 3, MODEM_CONTROL = 4,
            LINE_STATUS = 5;
    private static final int LINE_STATUS_TRANSMIT_EMPTY = 0x20;
    private static final int SPIN_LIMIT = 100000;

    public static void init() {
        Cpu.out8(COM1 + INTERRUPT_ENABLE, (byte) 0);
        Cpu.out8(COM1 + LINE_CONTROL, (byte) 0x80); // divisor latch access
        Cpu.out8(COM1 + DATA, (byte) 1); // divisor 1: 115200 baud
        Cpu.out8(COM1 + INTERRUPT_ENABLE, (byte) 0);
        Cpu.out8(COM1 + LINE_CONTROL, (byte) 0x03); // 8 data bits, no parity, 1 stop bit
        Cpu.out8(COM1 + FIFO_CONTROL, (byte) 0xC7);
        Cpu.out8(COM1 + MODEM_CONTROL, (byte) 0x03);
    }

    public static void putChar(int c) {
        for (int spins = 0; spins < SPIN_LIMIT && (Cpu.in8(COM1 + LINE_STATUS) & LINE_STATUS_TRANSMIT_EMPTY) == 0; spins++) {
            Cpu.pause();
        }
        Cpu.out8(COM1 + DATA, (byte) c);
    }

    public static void print(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') putChar('\r');
            putChar(c);
        }
    }

    public static void println(String s) {
        print(s);
        print("\n");
    }

    public static void println() {
        print("\n");
    }

    /** Prints 0x and the hexadecimal digits of value, without leading zeros. */
    public static void printHex(long value) {
        print("0x");
        int shift = 60;
        while (shift > 0 && ((value >>> shift) & 0xF) == 0) shift -= 4;
        for (; shift >= 0; shift -= 4) {
            int digit = (int) ((value >>> shift) & 0xF);
            putChar(digit < 10 ? '0' + digit : 'a' + digit - 10);
        }
    }

    public static void printDec(long value) {
        if (value < 0) {
            putChar('-');
            // -(MIN_VALUE) does not fit: print its digits from the negative side.
            long high = -(value / 10);
            if (high != 0) printUnsignedDec(high);
            putChar('0' + (int) -(value % 10));
            return;
        }
        printUnsignedDec(value);
    }

    private static void printUnsignedDec(long value) {
        long power = 1;
        while (value / power >= 10) power *= 10;
        for (; power > 0; power /= 10) {
            putChar('0' + (int) (value / power % 10));
        }
    }

    /** Prints the NUL-terminated string at address, at most limit bytes. */
    public static void printCString(long address, int limit) {
        for (int i = 0; i < limit; i++) {
            int c = Memory.read8(address + i) & 0xFF;
            if (c == 0) return;
            putChar(c);
        }
    }

    /** Prints length bytes at address. */
    public static void printBytes(long address, long length) {
        for (long i = 0; i < length; i++) putChar(Memory.read8(address + i) & 0xFF);
    }
}
