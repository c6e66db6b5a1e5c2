package jos.kernel.scenario;

import jos.hw.Cpu;
import jos.kernel.console.Log;
import jos.kernel.console.Serial;
import jos.kernel.irq.IoApics;
import jos.kernel.irq.Lines;
import jos.kernel.time.Clock;
import jos.kernel.x86.cpu.Idle;

/**
 * {@code test=irq-uart}: COM1's receive interrupt, ISA IRQ 4 routed through the MADT, as a driver would
 * use it. The scenario claims the line, turns on the UART's received-data interrupt and waits halted. At
 * interrupt time the delivery reads every byte the UART holds and logs each with the interrupt's number
 * ({@code test irq-uart: interrupt 3: byte 0x71 'q'}); no further delivery comes until the scenario, back
 * on its own path, acknowledges it ({@code test irq-uart: acknowledged interrupt 3}); an edge meanwhile is
 * delivered at the acknowledge (the line is edge-triggered: Lines.PENDING), and may find no byte. It ends at a newline
 * byte or after {@link #WAIT_NANOS}, with {@code test irq-uart: done: 9 bytes in 9 interrupts, 9
 * acknowledged, line count 9}. The UART is read only after an interrupt: nothing polls it.
 */
final class IrqUart implements Lines.Delivery {
    static final int ISA_IRQ = 4;
    static final long WAIT_NANOS = 60 * Clock.NANOS_PER_SECOND;
    /** [0] interrupts delivered, [1] bytes read, [2] the last byte, [3] acknowledged: written at interrupt time on cpu 0. */
    static final long[] STATE = new long[4];

    @Override
    public void deliver(long line, long holder) {
        long interrupt = ++STATE[0];
        int bytes = 0;
        while ((Cpu.in8(Serial.COM1 + Serial.LINE_STATUS) & Serial.LINE_STATUS_DATA_READY) != 0 && bytes < 64) {
            int b = Cpu.in8(Serial.COM1 + Serial.DATA) & 0xFF;
            bytes++;
            STATE[1]++;
            STATE[2] = b;
            Log.begin(Log.INFO);
            Log.print("test irq-uart: interrupt ");
            Log.dec(interrupt);
            Log.print(": byte ");
            Log.hex(b, 2);
            if (b >= 0x20 && b < 0x7f) {
                Log.print(" '");
                Log.print((char) b);
                Log.print("'");
            }
            Log.newline();
        }
        Log.begin(Log.INFO);
        Log.print("test irq-uart: interrupt ");
        Log.dec(interrupt);
        Log.print(": ");
        Log.dec(bytes);
        Log.println(bytes == 1 ? " byte" : " bytes");
    }

    static void run() {
        long line = IoApics.isaLine(ISA_IRQ);
        if (line < 0) {
            Log.println("test irq-uart: ISA IRQ 4 has no route");
            return;
        }
        Cpu.cli();   // the line table is used with interrupts masked, as a system call would
        Lines.install(new IrqUart());
        long claimed = Lines.claim(line, ISA_IRQ);
        if (claimed != 0) {
            Log.print("test irq-uart: claim failed: ");
            Log.dec(claimed);
            Log.newline();
            Cpu.sti();
            return;
        }
        while ((Cpu.in8(Serial.COM1 + Serial.LINE_STATUS) & Serial.LINE_STATUS_DATA_READY) != 0) Cpu.in8(Serial.COM1 + Serial.DATA);
        Cpu.out8(Serial.COM1 + Serial.FIFO_CONTROL, (byte) 0x03);   // FIFO on, receive FIFO cleared, interrupt at 1 byte
        Cpu.out8(Serial.COM1 + Serial.MODEM_CONTROL, (byte) (Cpu.in8(Serial.COM1 + Serial.MODEM_CONTROL) | Serial.MODEM_CONTROL_OUT2));
        Cpu.out8(Serial.COM1 + Serial.INTERRUPT_ENABLE, (byte) Serial.INTERRUPT_ENABLE_RECEIVED);
        Lines.acknowledge(line);
        Log.print("test irq-uart: listening on gsi ");
        Log.dec(line);
        Log.print(", vector ");
        Log.hex(Lines.vector(line), 2);
        Log.newline();
        long deadline = Clock.nanosSinceBoot() + WAIT_NANOS;
        long acknowledged = 0;
        while (Clock.nanosSinceBoot() < deadline) {
            long delivered = STATE[0];
            if (delivered > acknowledged) {
                acknowledged = delivered;
                Lines.acknowledge(line);   // unmasked before the line below tells the test to send the next byte
                Log.print("test irq-uart: acknowledged interrupt ");
                Log.dec(acknowledged);
                Log.newline();
            }
            if (STATE[2] == '\n') break;
            Idle.haltUntilInterrupt();   // sti; hlt; cli: an interrupt or the next tick
        }
        Cpu.out8(Serial.COM1 + Serial.INTERRUPT_ENABLE, (byte) 0);
        Log.print("test irq-uart: done: ");
        Log.dec(STATE[1]);
        Log.print(" bytes in ");
        Log.dec(STATE[0]);
        Log.print(" interrupts, ");
        Log.dec(acknowledged);
        Log.print(" acknowledged, line count ");
        Log.dec(Lines.count(line));
        Log.newline();
        Lines.release(line);
        Cpu.sti();
    }
}
