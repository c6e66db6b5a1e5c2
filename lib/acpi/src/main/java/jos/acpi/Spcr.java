package jos.acpi;

import jos.x86.Unsigned;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The Serial Port Console Redirection table ("SPCR", Microsoft specification, revisions 1 to 4): the
 * firmware's serial console. {@link #parse} accepts 16550-compatible UARTs only (interface types 0,
 * 1 and 0x12) in system memory or I/O space and fills {@link SerialPort}. The register stride comes
 * from the GAS register bit width (8, 16, 32 bits: registers 1, 2, 4 bytes apart, as coreboot
 * describes Chromebook UARTs), the access width from the GAS access size (the stride when undefined);
 * I/O-port UARTs must be 8-bit. The precise baud rate of revision 4 overrides the baud byte when set.
 */
@Struct(size = 88, packed = true)
public final class Spcr {
    private Spcr() {
    }

    @Field(value = Type.U8, count = 36) public static final int HEADER = 0;
    @Field(Type.U8) public static final int INTERFACE_TYPE = 36;
    @Field(value = Type.U8, count = 3) public static final int RESERVED = 37;
    @Field(value = Type.U8, count = 12) public static final int BASE_ADDRESS = 40;
    @Field(Type.U8) public static final int INTERRUPT_TYPE = 52;
    @Field(Type.U8) public static final int IRQ = 53;
    @Field(Type.U32) public static final int GSI = 54;
    @Field(Type.U8) public static final int CONFIGURED_BAUD_RATE = 58;
    @Field(Type.U8) public static final int PARITY = 59;
    @Field(Type.U8) public static final int STOP_BITS = 60;
    @Field(Type.U8) public static final int FLOW_CONTROL = 61;
    @Field(Type.U8) public static final int TERMINAL_TYPE = 62;
    @Field(Type.U8) public static final int LANGUAGE = 63;
    @Field(Type.U16) public static final int PCI_DEVICE_ID = 64;
    @Field(Type.U16) public static final int PCI_VENDOR_ID = 66;
    @Field(Type.U8) public static final int PCI_BUS = 68;
    @Field(Type.U8) public static final int PCI_DEVICE = 69;
    @Field(Type.U8) public static final int PCI_FUNCTION = 70;
    @Field(Type.U32) public static final int PCI_FLAGS = 71;
    @Field(Type.U8) public static final int PCI_SEGMENT = 75;
    @Field(Type.U32) public static final int UART_CLOCK_FREQUENCY = 76;
    @Field(Type.U32) public static final int PRECISE_BAUD_RATE = 80;
    @Field(Type.U16) public static final int NAMESPACE_STRING_LENGTH = 84;
    @Field(Type.U16) public static final int NAMESPACE_STRING_OFFSET = 86;

    /** The length of revisions 1 to 3; revision 4 adds the fields from {@link #PRECISE_BAUD_RATE}. */
    public static final int MIN_LENGTH = 80;
    /** Interface types read here: full 16550, 16450 subset, 16550 described by the GAS. */
    public static final int FULL_16550 = 0, SUBSET_16450 = 1, GAS_16550 = 0x12;
    /** Interrupt type bits. */
    public static final int INTERRUPT_PC_AT = 1, INTERRUPT_IO_APIC = 2, INTERRUPT_IO_SAPIC = 4, INTERRUPT_GIC = 8,
            INTERRUPT_PLIC = 16;
    /** Revisions that add the UART clock (3) and the precise baud rate (4). */
    public static final int UART_CLOCK_REVISION = 3, PRECISE_BAUD_REVISION = 4;

    /**
     * Checks the table (header, length 80 up to maxLength, checksum, revision) and decodes the console into
     * {@link SerialPort}. False with a problem for a corrupt table or a UART this library cannot drive.
     */
    public static boolean parse(long spcr, long maxLength, long[] problem) {
        SerialPort.clear();
        if (!SdtHeader.check(spcr, Signatures.SPCR, MIN_LENGTH, maxLength, problem)) return false;
        int revision = SdtHeader.revision(spcr);
        if (revision < 1) return Problem.report(problem, Problem.SPCR_REVISION_0, Signatures.SPCR, revision);
        int type = Memory.read8(spcr + INTERFACE_TYPE) & 0xFF;
        if (type != FULL_16550 && type != SUBSET_16450 && type != GAS_16550) {
            return Problem.report(problem, Problem.SPCR_NOT_16550, Signatures.SPCR, type);
        }
        long gas = spcr + BASE_ADDRESS;
        int space = GenericAddress.spaceId(gas);
        if (space != GenericAddress.SYSTEM_MEMORY && space != GenericAddress.SYSTEM_IO) {
            return Problem.report(problem, Problem.SPCR_BAD_SPACE, Signatures.SPCR, space);
        }
        long address = GenericAddress.address(gas);
        if (address == 0) return Problem.report(problem, Problem.SPCR_BASE_ZERO, Signatures.SPCR, 0);
        int width = GenericAddress.bitWidth(gas);
        if (width != 8 && width != 16 && width != 32) {
            return Problem.report(problem, Problem.SPCR_BAD_BIT_WIDTH, Signatures.SPCR, width);
        }
        int stride = width >>> 3;
        int accessSize = GenericAddress.accessSize(gas);
        if (accessSize > GenericAddress.ACCESS_DWORD) {
            return Problem.report(problem, Problem.SPCR_BAD_ACCESS_SIZE, Signatures.SPCR, accessSize);
        }
        int access = accessSize == GenericAddress.ACCESS_UNDEFINED ? stride : GenericAddress.accessBytes(gas);
        if (access > stride) return Problem.report(problem, Problem.SPCR_ACCESS_WIDER_THAN_REGISTER, Signatures.SPCR, accessSize);
        if (space == GenericAddress.SYSTEM_IO) {
            if (stride != 1) return Problem.report(problem, Problem.SPCR_IO_NOT_8_BIT, Signatures.SPCR, width);
            if (Unsigned.less(0xFFF8L, address)) return Problem.report(problem, Problem.SPCR_IO_PORT_TOO_HIGH, Signatures.SPCR, address);
        }
        int baud = baudRate(Memory.read8(spcr + CONFIGURED_BAUD_RATE) & 0xFF);
        if (baud < 0) {
            return Problem.report(problem, Problem.SPCR_BAD_BAUD_CODE, Signatures.SPCR, Memory.read8(spcr + CONFIGURED_BAUD_RATE) & 0xFF);
        }
        if (revision >= PRECISE_BAUD_REVISION && SdtHeader.length(spcr) >= PRECISE_BAUD_RATE + 4) {
            int precise = Memory.read32(spcr + PRECISE_BAUD_RATE);
            if (precise < 0) return Problem.report(problem, Problem.SPCR_PRECISE_BAUD_TOO_HIGH, Signatures.SPCR, precise & 0xFFFFFFFFL);
            if (precise != 0) baud = precise;
        }
        SerialPort.interfaceType = type;
        SerialPort.addressSpace = space;
        SerialPort.address = address;
        SerialPort.registerStride = stride;
        SerialPort.accessBytes = access;
        SerialPort.baudRate = baud;
        SerialPort.parity = Memory.read8(spcr + PARITY) & 0xFF;
        SerialPort.stopBits = Memory.read8(spcr + STOP_BITS) & 0xFF;
        SerialPort.flowControl = Memory.read8(spcr + FLOW_CONTROL) & 0xFF;
        SerialPort.terminalType = Memory.read8(spcr + TERMINAL_TYPE) & 0xFF;
        SerialPort.interruptType = Memory.read8(spcr + INTERRUPT_TYPE) & 0xFF;
        SerialPort.irq = Memory.read8(spcr + IRQ) & 0xFF;
        SerialPort.gsi = Memory.read32(spcr + GSI) & 0xFFFFFFFFL;
        if (revision >= UART_CLOCK_REVISION) SerialPort.uartClock = Memory.read32(spcr + UART_CLOCK_FREQUENCY) & 0xFFFFFFFFL;
        return true;
    }

    /** The baud rate a configured-baud-rate byte means: 0 for "as is", -1 if the value is not defined. */
    public static int baudRate(int code) {
        switch (code) {
            case 0: return 0;
            case 3: return 9600;
            case 4: return 19200;
            case 6: return 57600;
            case 7: return 115200;
            default: return -1;
        }
    }
}
