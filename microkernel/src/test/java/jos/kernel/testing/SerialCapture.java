package jos.kernel.testing;

import jos.hw.sim.Machine;
import jos.hw.sim.SimPorts;

/** A 16550 on the simulated port bus that is always ready to send and records every byte written. */
public final class SerialCapture implements SimPorts.Device {
    private final int base;
    private final StringBuilder text = new StringBuilder();
    private int lineControl;
    private boolean fifo = true;
    private int statusReads;

    private SerialCapture(int base) {
        this.base = base;
    }

    public static SerialCapture attach(Machine m, int base) {
        SerialCapture s = new SerialCapture(base);
        m.ports().attach(base, 8, s);
        return s;
    }

    @Override
    public int read(int port, int width) {
        if (port == base + 5) {
            statusReads++;
            return 0x60;   // transmitter empty
        }
        if (port == base + 2) return fifo ? 0xc1 : 0x01;   // interrupt identification: FIFOs enabled or not
        return 0;
    }

    /** Makes the UART a 16450 (no FIFO) for the next Serial.init. */
    public SerialCapture withoutFifo() {
        fifo = false;
        return this;
    }

    /** How many times the line status register was read. */
    public int statusReads() {
        return statusReads;
    }

    @Override
    public void write(int port, int width, int value) {
        if (port == base + 3) lineControl = value;
        // With the divisor latch bit set, the data port holds the baud divisor, not a character.
        if (port == base && (lineControl & 0x80) == 0) text.append((char) (value & 0xff));
    }

    /** Everything written, with CR LF turned into LF. */
    public String text() {
        return text.toString().replace("\r\n", "\n");
    }
}
