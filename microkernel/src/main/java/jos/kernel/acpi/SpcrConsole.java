package jos.kernel.acpi;

import jos.acpi.SerialPort;
import jos.acpi.Spcr;
import jos.kernel.console.Log;
import jos.kernel.console.Serial;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.KernelAddressSpace;

/**
 * Moves the kernel's serial console (early, log and panic output) to the UART the firmware's SPCR table
 * names, when it is 16550-compatible: an I/O port, or MMIO mapped uncacheable with the table's register
 * stride and access width (a Chromebook's only serial line). The last line on the old port says where
 * the console went; the first on the new one says where it came from.
 */
final class SpcrConsole {
    static final int SPACE_MEMORY = 0, SPACE_IO = 1;
    /** A 16550 has eight registers. */
    static final int UART_REGISTERS = 8;

    private SpcrConsole() {
    }

    static void use(long spcr, long length, long[] problem) {
        if (!Spcr.parse(spcr, length, problem)) {
            AcpiReport.refused("SPCR", spcr, problem);
            return;
        }
        long address = SerialPort.address;
        if (SerialPort.addressSpace == SPACE_IO) {
            announce("I/O port ", address);
            Serial.initPort((int) address, SerialPort.baudRate);
        } else {
            if (!KernelAddressSpace.mapUncacheable(address, UART_REGISTERS * (long) SerialPort.registerStride)) {
                Log.warn("acpi: SPCR: cannot map the UART; the console stays where it is");
                return;
            }
            announce("MMIO ", address);
            Serial.initMmio(Hhdm.virt(address), SerialPort.registerStride, SerialPort.accessBytes, SerialPort.baudRate);
        }
        Log.begin(Log.INFO);
        Log.print("acpi: SPCR: console now on this UART (");
        Log.print(SerialPort.addressSpace == SPACE_IO ? "I/O port " : "MMIO ");
        Log.hex(address);
        Log.print(", register stride ");
        Log.dec(SerialPort.registerStride);
        Log.println(")");
    }

    private static void announce(String kind, long address) {
        Log.begin(Log.INFO);
        Log.print("acpi: SPCR: the console moves to the 16550 at ");
        Log.print(kind);
        Log.hex(address);
        Log.newline();
    }
}
