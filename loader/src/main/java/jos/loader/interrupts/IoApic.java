package jos.loader.interrupts;

import static jos.x86.IoApicRegisters.*;


/**
 * An I/O APIC (MMIO, indirect registers through IOREGSEL/IOWIN; the register map is jos.x86's). The
 * protocol promises that every redirection entry with fixed or lowest-priority delivery is masked at entry.
 */
public final class IoApic {
    private IoApic() {
    }

    public static int read(long base, int register) {
        return jos.x86.IoApicRegisters.read(base, register);
    }

    public static void write(long base, int register, int value) {
        jos.x86.IoApicRegisters.write(base, register, value);
    }

    /** How many redirection entries there are (maximum redirection entry + 1). */
    public static int entries(long base) {
        return lines(read(base, VERSION));
    }

    /** Masks the fixed and lowest-priority entries; returns how many it masked. */
    public static int maskAll(long base) {
        int masked = 0;
        int n = entries(base);
        for (int i = 0; i < n; i++) {
            int low = read(base, redirectionLow(i));
            int mode = low & DELIVERY_MODE_MASK;
            if ((mode == DELIVERY_FIXED || mode == DELIVERY_LOWEST_PRIORITY) && (low & MASKED) == 0) {
                write(base, redirectionLow(i), low | MASKED);
                masked++;
            }
        }
        return masked;
    }
}
