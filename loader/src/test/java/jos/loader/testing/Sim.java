package jos.loader.testing;

import jos.hw.sim.Machine;
import jos.hw.sim.SimPorts;

import java.io.ByteArrayOutputStream;

/** Shared simulated-machine helpers. */
public final class Sim {
    private Sim() {
    }

    /** Reads a little-endian long from simulated memory. */
    public static long read64(long address) {
        return Machine.current().memory().read64(address);
    }

    /** Copies bytes into (already mapped) simulated memory. */
    public static void put(long address, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) Machine.current().memory().write8(address + i, bytes[i]);
    }

    public static int read32(long address) {
        return Machine.current().memory().read32(address);
    }

    /** The C string at an HHDM address. */
    public static String hhdmString(long virtual) {
        return Machine.current().memory().cString(virtual - jos.loader.limine.Hhdm.OFFSET);
    }

    /** The physical address behind an HHDM pointer. */
    public static long phys(long virtual) {
        return virtual - jos.loader.limine.Hhdm.OFFSET;
    }

    /** Captures what is written to COM1's data register (outside the divisor latch). */
    public static final class Serial implements SimPorts.Device {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int lineControl;

        public static Serial attach(Machine m) {
            Serial s = new Serial();
            m.ports().attach(0x3F8, 8, s);
            return s;
        }

        @Override
        public int read(int port, int width) {
            return port == 0x3FD ? 0x60 : 0;
        }

        @Override
        public void write(int port, int width, int value) {
            if (port == 0x3FB) lineControl = value;
            if (port == 0x3F8 && (lineControl & 0x80) == 0) out.write(value);
        }

        public String text() {
            return out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
