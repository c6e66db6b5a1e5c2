import jos.abi.Calls;
import jos.abi.Handle;
import jos.hw.Cpu;
import jos.sys.Syscall;

/**
 * QemuBootIT, test=devices: slot 0 is an IO_PORTS capability for COM1's ports. It opens them, reads
 * COM1's line status (allowed), then reads port 0x64, which it does not hold: #GP ends it (-1013).
 */
public final class PortFault {
    static void main() {
        long result = Syscall.call1(Calls.IO_PORTS, Handle.of(0, Handle.FIRST_GENERATION));
        System.out.println("ports: io_ports returned " + result);
        int status = Cpu.in8(0x3fd) & 0xff;
        System.out.println("ports: read COM1's line status, transmitter empty " + ((status & 0x40) != 0));
        System.out.println("ports: reading port 0x64, which this process does not hold");
        System.out.flush();
        int b = Cpu.in8(0x64);
        System.out.println("ports: port 0x64 gave " + b);
        System.exit(0);
    }
}
