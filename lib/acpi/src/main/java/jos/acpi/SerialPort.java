package jos.acpi;

/**
 * The serial console {@link Spcr#parse} found: a 16550-compatible UART, where its registers are and
 * how to reach them, the line speed and its interrupt. Register n is at {@code address + n * registerStride}
 * in {@link #addressSpace}, each read or written {@link #accessBytes} wide.
 */
public final class SerialPort {
    private SerialPort() {
    }

    /** {@link Spcr#FULL_16550}, {@link Spcr#SUBSET_16450} or {@link Spcr#GAS_16550}. */
    public static int interfaceType;
    /** {@link GenericAddress#SYSTEM_MEMORY} (MMIO) or {@link GenericAddress#SYSTEM_IO} (ports). */
    public static int addressSpace;
    /** Physical address, or I/O port, of register 0. */
    public static long address;
    /** Bytes between consecutive registers: 1, or 2/4 for MMIO UARTs with wider registers. */
    public static int registerStride;
    /** Width of each access in bytes: 1, 2 or 4. */
    public static int accessBytes;
    /** Bits per second; 0 means keep what the firmware configured. */
    public static int baudRate;
    /** Raw SPCR fields: parity, stop bits, flow control, terminal type. */
    public static int parity, stopBits, flowControl, terminalType;
    /** Interrupt type bits ({@link Spcr#INTERRUPT_PC_AT} ...), the PC-AT IRQ and the GSI. */
    public static int interruptType, irq;
    public static long gsi;
    /** The UART's input clock in Hz from revision 3 (0 if unknown). */
    public static long uartClock;

    static void clear() {
        interfaceType = 0;
        addressSpace = 0;
        address = 0;
        registerStride = 0;
        accessBytes = 0;
        baudRate = 0;
        parity = 0;
        stopBits = 0;
        flowControl = 0;
        terminalType = 0;
        interruptType = 0;
        irq = 0;
        gsi = 0;
        uartClock = 0;
    }
}
