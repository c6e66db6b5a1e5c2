package jos.kernel.console;

import jos.hw.Cpu;

/**
 * A 16550 UART at an I/O port base (COM1 = 0x3F8), polled: 115200 baud, 8 data bits, no parity, one
 * stop bit, FIFOs on, interrupts off. Writes wait a bounded time for the transmitter, so a missing UART
 * slows output down but never hangs the kernel. With a working 16-byte transmit FIFO (a 16550; the
 * interrupt identification register says so) the line status is read once per 16 bytes, not per byte:
 * an empty transmitter means the whole FIFO is free. Lines end with CR LF; a log level's colour is an
 * ANSI SGR sequence before the line and a reset after it.
 */
public final class Serial {
    public static final int COM1 = 0x3f8;

    private static final int DATA = 0, INTERRUPT_ENABLE = 1, FIFO_CONTROL = 2, LINE_CONTROL = 3, MODEM_CONTROL = 4, LINE_STATUS = 5;
    private static final int LINE_STATUS_TRANSMIT_EMPTY = 0x20;
    private static final int DIVISOR_LATCH = 0x80, EIGHT_N_ONE = 0x03;
    private static final int SPIN_LIMIT = 100_000;
    private static final int INTERRUPT_IDENTIFICATION = 2, FIFOS_ENABLED = 0xc0, FIFO_BYTES = 16;

    private static int base = COM1;
    /** Bytes the transmitter takes without another status read: 16 with a FIFO, else 1. */
    private static int depth = 1;
    /** Bytes that may still be written before the next status read. */
    private static int room;

    private Serial() {
    }

    public static void init(int port) {
        base = port;
        Cpu.out8(base + INTERRUPT_ENABLE, (byte) 0);
        Cpu.out8(base + LINE_CONTROL, (byte) DIVISOR_LATCH);
        Cpu.out8(base + DATA, (byte) 1);                 // divisor 1: 115200 baud
        Cpu.out8(base + INTERRUPT_ENABLE, (byte) 0);
        Cpu.out8(base + LINE_CONTROL, (byte) EIGHT_N_ONE);
        Cpu.out8(base + FIFO_CONTROL, (byte) 0xc7);      // enable and clear FIFOs, 14-byte threshold
        Cpu.out8(base + MODEM_CONTROL, (byte) 0x03);     // DTR, RTS
        depth = (Cpu.in8(base + INTERRUPT_IDENTIFICATION) & FIFOS_ENABLED) == FIFOS_ENABLED ? FIFO_BYTES : 1;
        room = 0;
    }

    public static void write(byte b) {
        if (room <= 0) {
            for (int spins = 0; spins < SPIN_LIMIT && (Cpu.in8(base + LINE_STATUS) & LINE_STATUS_TRANSMIT_EMPTY) == 0; spins++) {
                Cpu.pause();
            }
            room = depth;
        }
        Cpu.out8(base + DATA, b);
        room--;
    }

    /** The text of s as it is (no newline translation). */
    public static void print(String s) {
        for (int i = 0; i < s.length(); i++) write((byte) s.charAt(i));
    }

    public static void newline() {
        write((byte) '\r');
        write((byte) '\n');
    }

    /** Switches the terminal to the colour of a log level (see {@link LogLevel}). */
    static void startColour(int level) {
        print(LogLevel.ansi(level));
    }

    /** Back to the terminal's default colour. */
    static void endColour() {
        print(LogLevel.ANSI_RESET);
    }
}
