package jos.kernel.console;

import jos.hw.Cpu;
import jos.hw.Memory;

/**
 * A 16550 UART, polled, at an I/O port base (COM1 = 0x3F8, the default) or memory-mapped with a register
 * stride and access width (what the ACPI SPCR table names on Chromebooks): 115200 baud, 8 data bits, no parity, one
 * stop bit, FIFOs on, interrupts off. Writes wait a bounded time for the transmitter, so a missing UART
 * slows output down but never hangs the kernel. With a working 16-byte transmit FIFO (a 16550; the
 * interrupt identification register says so) the line status is read once per 16 bytes, not per byte:
 * an empty transmitter means the whole FIFO is free. Lines end with CR LF; a log level's colour is an
 * ANSI SGR sequence before the line and a reset after it.
 */
public final class Serial {
    public static final int COM1 = 0x3f8;

    /** Register offsets from the base (16550 data sheet); public for a driver of the receive side. */
    public static final int DATA = 0, INTERRUPT_ENABLE = 1, FIFO_CONTROL = 2, LINE_CONTROL = 3, MODEM_CONTROL = 4, LINE_STATUS = 5;
    /** Interrupt enable: received data available; line status: data ready; modem control: OUT2 (gates the PC's IRQ line). */
    public static final int INTERRUPT_ENABLE_RECEIVED = 0x01, LINE_STATUS_DATA_READY = 0x01, MODEM_CONTROL_OUT2 = 0x08;
    private static final int LINE_STATUS_TRANSMIT_EMPTY = 0x20;
    private static final int DIVISOR_LATCH = 0x80, EIGHT_N_ONE = 0x03;
    private static final int SPIN_LIMIT = 100_000;
    private static final int INTERRUPT_IDENTIFICATION = 2, FIFOS_ENABLED = 0xc0, FIFO_BYTES = 16;

    private static int base = COM1;
    /** MMIO UART (SPCR on Chromebooks): virtual base, register stride and access width in bytes; 0 = port I/O. */
    private static long mmioBase;
    private static int stride = 1, accessBytes = 1;
    /** Bytes the transmitter takes without another status read: 16 with a FIFO, else 1. */
    private static int depth = 1;
    /** Bytes that may still be written before the next status read. */
    private static int room;

    private Serial() {
    }

    public static void init(int port) {
        base = port;
        mmioBase = 0;
        program(1);
    }

    /** Moves to the 16550 at I/O port port, at baud (0: 115200). */
    public static void initPort(int port, int baud) {
        base = port;
        mmioBase = 0;
        program(divisor(baud));
    }

    /** Moves to a memory-mapped 16550 (mapped uncacheable at virtualBase), registers stride bytes apart. */
    public static void initMmio(long virtualBase, int registerStride, int access, int baud) {
        mmioBase = virtualBase;
        stride = registerStride;
        accessBytes = access;
        program(divisor(baud));
    }

    /** The console UART's first I/O port, or 0 when it is memory-mapped. */
    public static int port() {
        return mmioBase == 0 ? base : 0;
    }

    /** The memory-mapped console UART's (virtual) base, or 0 when it is reached by I/O ports. */
    public static long mmio() {
        return mmioBase;
    }

    /** The console UART's register stride and access width in bytes (1 and 1 for I/O ports). */
    public static int registerStride() {
        return mmioBase == 0 ? 1 : stride;
    }

    public static int accessBytes() {
        return mmioBase == 0 ? 1 : accessBytes;
    }

    private static int divisor(int baud) {
        return baud <= 0 || baud > 115200 ? 1 : 115200 / baud;
    }

    private static void program(int divisor) {
        writeRegister(INTERRUPT_ENABLE, 0);
        writeRegister(LINE_CONTROL, DIVISOR_LATCH);
        writeRegister(DATA, divisor & 0xff);
        writeRegister(INTERRUPT_ENABLE, (divisor >> 8) & 0xff);
        writeRegister(LINE_CONTROL, EIGHT_N_ONE);
        writeRegister(FIFO_CONTROL, 0xc7);      // enable and clear FIFOs, 14-byte threshold
        writeRegister(MODEM_CONTROL, 0x03);     // DTR, RTS
        depth = (readRegister(INTERRUPT_IDENTIFICATION) & FIFOS_ENABLED) == FIFOS_ENABLED ? FIFO_BYTES : 1;
        room = 0;
    }

    private static int readRegister(int register) {
        if (mmioBase == 0) return Cpu.in8(base + register) & 0xff;
        long at = mmioBase + (long) register * stride;
        return (accessBytes == 4 ? Memory.readVolatile32(at) : accessBytes == 2 ? Memory.readVolatile16(at) : Memory.readVolatile8(at)) & 0xff;
    }

    private static void writeRegister(int register, int value) {
        if (mmioBase == 0) {
            Cpu.out8(base + register, (byte) value);
            return;
        }
        long at = mmioBase + (long) register * stride;
        if (accessBytes == 4) Memory.writeVolatile32(at, value & 0xff);
        else if (accessBytes == 2) Memory.writeVolatile16(at, (short) (value & 0xff));
        else Memory.writeVolatile8(at, (byte) value);
    }

    public static void write(byte b) {
        if (room <= 0) {
            for (int spins = 0; spins < SPIN_LIMIT && (readRegister(LINE_STATUS) & LINE_STATUS_TRANSMIT_EMPTY) == 0; spins++) {
                Cpu.pause();
            }
            room = depth;
        }
        writeRegister(DATA, b & 0xff);
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
