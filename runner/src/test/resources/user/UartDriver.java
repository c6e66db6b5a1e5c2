import jos.abi.Calls;
import jos.abi.Handle;
import jos.hw.Cpu;
import jos.sys.Syscall;

/**
 * A COM1 driver in user space (QemuBootIT, test=device-uart): slot 0 is an IRQ capability for COM1's
 * line (ISA IRQ 4), slot 1 an IO_PORTS capability for its eight ports. It opens the ports, binds the line
 * to a notification of its own, turns on the UART's receive interrupt with out, acknowledges, and then
 * for each interrupt reads every byte the UART holds with in, prints it and acknowledges; it stops after
 * a newline. Nothing polls the UART before an interrupt came.
 */
public final class UartDriver {
    /** The 16550's registers, from the base port. */
    static final int DATA = 0, INTERRUPT_ENABLE = 1, FIFO_CONTROL = 2, MODEM_CONTROL = 4, LINE_STATUS = 5;
    static final int DATA_READY = 1, RECEIVED_DATA = 1, OUT2 = 8, FIFO_ON_CLEARED = 3, MAX_BYTES = 64;

    static void main() {
        long irq = Handle.of(0, Handle.FIRST_GENERATION), ports = Handle.of(1, Handle.FIRST_GENERATION);
        int base = 0x3f8;
        long notification = Syscall.call0(Calls.NOTIFICATION_CREATE);
        if (notification < 0) fail("notification_create", notification);
        check("io_ports", Syscall.call1(Calls.IO_PORTS, ports));
        check("irq_bind", Syscall.call4(Calls.IRQ_BIND, irq, 0, notification, 1));
        while ((Cpu.in8(base + LINE_STATUS) & DATA_READY) != 0) Cpu.in8(base + DATA);
        Cpu.out8(base + FIFO_CONTROL, (byte) FIFO_ON_CLEARED);
        Cpu.out8(base + MODEM_CONTROL, (byte) (Cpu.in8(base + MODEM_CONTROL) | OUT2));
        Cpu.out8(base + INTERRUPT_ENABLE, (byte) RECEIVED_DATA);
        check("irq_ack", Syscall.call2(Calls.IRQ_ACK, irq, 0));
        say("uart: listening");
        int interrupts = 0, total = 0, last = 0;
        while (last != '\n') {
            check("wait", Syscall.call1(Calls.WAIT, notification));
            interrupts++;
            int bytes = 0;
            while ((Cpu.in8(base + LINE_STATUS) & DATA_READY) != 0 && bytes < MAX_BYTES) {
                last = Cpu.in8(base + DATA) & 0xff;
                bytes++;
                total++;
                String shown = last >= 0x20 && last < 0x7f ? " '" + (char) last + "'" : "";
                say("uart: interrupt " + interrupts + ": byte 0x" + hex2(last) + shown);
            }
            say("uart: interrupt " + interrupts + ": " + bytes + (bytes == 1 ? " byte" : " bytes"));
            check("irq_ack", Syscall.call2(Calls.IRQ_ACK, irq, 0));
            say("uart: acknowledged interrupt " + interrupts);
        }
        Cpu.out8(base + INTERRUPT_ENABLE, (byte) 0);
        check("irq_unbind", Syscall.call2(Calls.IRQ_UNBIND, irq, 0));
        say("uart: done: " + total + " bytes in " + interrupts + " interrupts");
        System.exit(0);
    }

    /** A line, flushed at once: the test answers each line as it comes (System.out buffers otherwise). */
    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    static String hex2(int b) {
        String h = Integer.toHexString(b);
        return h.length() == 1 ? "0" + h : h;
    }

    static void check(String what, long result) {
        if (result != 0) fail(what, result);
    }

    static void fail(String what, long error) {
        say("uart: " + what + " failed with " + error);
        System.exit(1);
    }
}
