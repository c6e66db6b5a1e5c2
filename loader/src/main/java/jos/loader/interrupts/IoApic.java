package jos.loader.interrupts;

import jos.hw.Memory;

/**
 * An I/O APIC (MMIO, indirect registers through IOREGSEL/IOWIN). The protocol promises that every
 * redirection entry with fixed or lowest-priority delivery is masked at entry.
 */
public final class IoApic {
    private IoApic() {
    }

    public static final int IOREGSEL = 0x00, IOWIN = 0x10;
    public static final int VERSION = 0x01, REDIRECTION_TABLE = 0x10;
    public static final int MASKED = 1 << 16;
    private static final int DELIVERY_MODE_SHIFT = 8, DELIVERY_MODE_MASK = 7, FIXED = 0, LOWEST_PRIORITY = 1;

    public static int read(long base, int register) {
        Memory.writeVolatile32(base + IOREGSEL, register);
        return Memory.readVolatile32(base + IOWIN);
    }

    public static void write(long base, int register, int value) {
        Memory.writeVolatile32(base + IOREGSEL, register);
        Memory.writeVolatile32(base + IOWIN, value);
    }

    /** How many redirection entries there are (maximum redirection entry + 1). */
    public static int entries(long base) {
        return ((read(base, VERSION) >>> 16) & 0xFF) + 1;
    }

    /** Masks the fixed and lowest-priority entries; returns how many it masked. */
    public static int maskAll(long base) {
        int masked = 0;
        int n = entries(base);
        for (int i = 0; i < n; i++) {
            int low = read(base, REDIRECTION_TABLE + 2 * i);
            int mode = (low >>> DELIVERY_MODE_SHIFT) & DELIVERY_MODE_MASK;
            if ((mode == FIXED || mode == LOWEST_PRIORITY) && (low & MASKED) == 0) {
                write(base, REDIRECTION_TABLE + 2 * i, low | MASKED);
                masked++;
            }
        }
        return masked;
    }
}
