package jos.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpcrTest extends SimTest {
    static final long AT = 0x7fe8000, LIMIT = 1 << 20;

    /** The QEMU test layout: revision 2, 80 bytes, full 16550 at I/O port 0x2F8 (COM2), 115200, IRQ 3. */
    static byte[] qemuCom2() {
        return AcpiImages.spcr(2, 80, 0, AcpiImages.gas(1, 8, 0, 1, 0x2f8), 3, 3, 3, 7, 0, 0);
    }

    @Test
    void ioPortCom2() {
        map(AT, qemuCom2());
        assertTrue(Spcr.parse(AT, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(Spcr.FULL_16550, SerialPort.interfaceType);
        assertEquals(GenericAddress.SYSTEM_IO, SerialPort.addressSpace);
        assertEquals(0x2f8, SerialPort.address);
        assertEquals(1, SerialPort.registerStride);
        assertEquals(1, SerialPort.accessBytes);
        assertEquals(115200, SerialPort.baudRate);
        assertEquals(Spcr.INTERRUPT_PC_AT | Spcr.INTERRUPT_IO_APIC, SerialPort.interruptType);
        assertEquals(3, SerialPort.irq);
        assertEquals(3, SerialPort.gsi);
        assertEquals(1, SerialPort.stopBits);
        assertEquals(3, SerialPort.terminalType);
        assertEquals(0, SerialPort.uartClock, "revision 2 has no UART clock");
    }

    @Test
    void mmioByteRegisters() {
        map(AT, AcpiImages.spcr(2, 80, 0x12, AcpiImages.gas(0, 8, 0, 1, 0xfe03_4000L), 2, 0, 36, 0, 0, 0));
        assertTrue(Spcr.parse(AT, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(GenericAddress.SYSTEM_MEMORY, SerialPort.addressSpace);
        assertEquals(0xfe03_4000L, SerialPort.address);
        assertEquals(1, SerialPort.registerStride);
        assertEquals(1, SerialPort.accessBytes);
        assertEquals(0, SerialPort.baudRate, "0 keeps the firmware's speed");
        assertEquals(36, SerialPort.gsi);
    }

    @Test
    void chromebookMmio32BitRegistersFourBytesApart() {
        // coreboot on Intel Chromebooks: 16550 with GAS, MMIO, bit width 32, dword access, 115200, GSI 20, UART clock 1.8432 MHz
        map(AT, AcpiImages.spcr(3, 80, 0x12, AcpiImages.gas(0, 32, 0, 3, 0xfe03_2000L), 2, 0, 20, 7, 1843200, 0));
        assertTrue(Spcr.parse(AT, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(Spcr.GAS_16550, SerialPort.interfaceType);
        assertEquals(GenericAddress.SYSTEM_MEMORY, SerialPort.addressSpace);
        assertEquals(4, SerialPort.registerStride);
        assertEquals(4, SerialPort.accessBytes);
        assertEquals(115200, SerialPort.baudRate);
        assertEquals(20, SerialPort.gsi);
        assertEquals(1843200, SerialPort.uartClock);
    }

    @Test
    void byteAccessToRegistersFourBytesApartAndUndefinedAccessSize() {
        map(AT, AcpiImages.spcr(2, 80, 0x12, AcpiImages.gas(0, 32, 0, 1, 0xfe03_2000L), 0, 0, 0, 6, 0, 0));
        assertTrue(Spcr.parse(AT, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(4, SerialPort.registerStride);
        assertEquals(1, SerialPort.accessBytes);
        assertEquals(57600, SerialPort.baudRate);
        map(AT + 0x1000, AcpiImages.spcr(2, 80, 1, AcpiImages.gas(0, 16, 0, 0, 0xfe03_2000L), 0, 0, 0, 3, 0, 0));
        assertTrue(Spcr.parse(AT + 0x1000, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(2, SerialPort.registerStride);
        assertEquals(2, SerialPort.accessBytes, "an undefined access size means the register width");
        assertEquals(9600, SerialPort.baudRate);
    }

    @Test
    void revision4PreciseBaudRateOverridesTheByte() {
        map(AT, AcpiImages.spcr(4, 88, 0, AcpiImages.gas(1, 8, 0, 1, 0x3f8), 1, 4, 0, 7, 1843200, 1500000));
        assertTrue(Spcr.parse(AT, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(1500000, SerialPort.baudRate);
        map(AT + 0x1000, AcpiImages.spcr(4, 88, 0, AcpiImages.gas(1, 8, 0, 1, 0x3f8), 1, 4, 0, 4, 0, 0));
        assertTrue(Spcr.parse(AT + 0x1000, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(19200, SerialPort.baudRate, "0 in the precise field means: use the byte");
        map(AT + 0x2000, AcpiImages.spcr(4, 80, 0, AcpiImages.gas(1, 8, 0, 1, 0x3f8), 1, 4, 0, 7, 0, 0));
        assertTrue(Spcr.parse(AT + 0x2000, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(115200, SerialPort.baudRate, "a revision 4 table too short for the field uses the byte");
    }

    @Test
    void corruptOrUnsupportedTablesAreRefused() {
        byte[] badChecksum = qemuCom2();
        badChecksum[Spcr.IRQ]++;
        expectRefusal(badChecksum, "ACPI table: checksum is wrong", 0);
        expectRefusal(AcpiImages.fix(AcpiImages.withLength(qemuCom2(), 20)), "ACPI table: length is shorter than the header", 20);
        expectRefusal(AcpiImages.table("SPCR", 2, new byte[30]), "ACPI table: length is shorter than the table's fixed part", 66);
        expectRefusal(AcpiImages.spcr(0, 80, 0, AcpiImages.gas(1, 8, 0, 1, 0x2f8), 3, 3, 3, 7, 0, 0), "SPCR: revision 0 is not defined", 0);
        expectRefusal(AcpiImages.spcr(2, 80, 3, AcpiImages.gas(0, 32, 0, 3, 0x9000000), 8, 0, 33, 7, 0, 0),
                "SPCR: unsupported interface type (not 16550-compatible)", 3);
        expectRefusal(AcpiImages.spcr(2, 80, 0, AcpiImages.gas(2, 8, 0, 1, 0x2f8), 3, 3, 3, 7, 0, 0),
                "SPCR: base address space is neither system memory nor I/O", 2);
        expectRefusal(AcpiImages.spcr(2, 80, 0, AcpiImages.gas(1, 8, 0, 1, 0), 3, 3, 3, 7, 0, 0), "SPCR: base address is 0 (console disabled)", 0);
        expectRefusal(AcpiImages.spcr(2, 80, 0, AcpiImages.gas(0, 12, 0, 1, 0xfe000000L), 0, 0, 0, 7, 0, 0),
                "SPCR: register bit width is not 8, 16 or 32", 12);
        expectRefusal(AcpiImages.spcr(2, 80, 0, AcpiImages.gas(0, 32, 0, 4, 0xfe000000L), 0, 0, 0, 7, 0, 0),
                "SPCR: access size is not 0 to 3 (undefined, byte, word, dword)", 4);
        expectRefusal(AcpiImages.spcr(2, 80, 0, AcpiImages.gas(0, 8, 0, 3, 0xfe000000L), 0, 0, 0, 7, 0, 0),
                "SPCR: access is wider than the register", 3);
        expectRefusal(AcpiImages.spcr(2, 80, 0, AcpiImages.gas(1, 32, 0, 3, 0x2f8), 0, 0, 0, 7, 0, 0),
                "SPCR: I/O-port UART registers are not 8-bit", 32);
        expectRefusal(AcpiImages.spcr(2, 80, 0, AcpiImages.gas(1, 8, 0, 1, 0x1_0000), 0, 0, 0, 7, 0, 0), "SPCR: I/O port is beyond 0xFFF8",
                0x1_0000);
        expectRefusal(AcpiImages.spcr(2, 80, 0, AcpiImages.gas(1, 8, 0, 1, 0x2f8), 0, 0, 0, 5, 0, 0),
                "SPCR: configured baud rate value is not defined", 5);
        expectRefusal(AcpiImages.spcr(4, 88, 0, AcpiImages.gas(1, 8, 0, 1, 0x2f8), 0, 0, 0, 7, 0, 0x80000000), "SPCR: precise baud rate is beyond 2^31",
                0x80000000L);
        expectRefusal(AcpiImages.table("SPCX", 2, new byte[44]), "ACPI table: wrong signature", Signatures.of("SPCX"));
    }

    private long next = AT;

    private void expectRefusal(byte[] image, String message, long value) {
        next += 0x1000;
        map(next, image);
        Problem.clear(problem);
        refused(Spcr.parse(next, LIMIT, problem), message);
        assertEquals(Signatures.SPCR, Problem.signature(problem), message);
        if (!message.equals("ACPI table: checksum is wrong")) assertEquals(value, Problem.value(problem), message);
        assertEquals(0, SerialPort.address, "nothing is left from an earlier parse");
    }
}
