package jos.kernel.x86.apic;

import static jos.x86.IoApicRegisters.*;


/**
 * An I/O APIC's registers through the window its caller mapped uncacheable (as with the local APIC's
 * xAPIC page, the mapping is the memory layer's, above this one): the index goes to IOREGSEL, the data
 * through IOWIN. An index and its data are two accesses, so the caller serializes every access to one
 * I/O APIC (jos.kernel.irq's table lock). The register map is jos.x86's.
 */
public final class IoApic {
    private IoApic() {
    }

    public static int read(long registers, int index) {
        return jos.x86.IoApicRegisters.read(registers, index);
    }

    public static void write(long registers, int index, int value) {
        jos.x86.IoApicRegisters.write(registers, index, value);
    }

    /** Its input pins (redirection entries). */
    public static int lines(long registers) {
        return jos.x86.IoApicRegisters.lines(read(registers, VERSION));
    }

    /** The implementation version (the version register's low byte). */
    public static int version(long registers) {
        return jos.x86.IoApicRegisters.version(read(registers, VERSION));
    }

    public static int id(long registers) {
        return jos.x86.IoApicRegisters.id(read(registers, ID));
    }

    /** Pin's redirection entry, low word (vector, mode, polarity, trigger, mask). */
    public static int low(long registers, int pin) {
        return read(registers, redirectionLow(pin));
    }

    /** Pin's redirection entry, high word (destination). */
    public static int high(long registers, int pin) {
        return read(registers, redirectionHigh(pin));
    }

    /** Programs pin's whole entry: masked while the destination changes, then the low word as given. */
    public static void program(long registers, int pin, int low, int high) {
        write(registers, redirectionLow(pin), low | MASKED);
        write(registers, redirectionHigh(pin), high);
        write(registers, redirectionLow(pin), low);
    }

    /** Sets or clears pin's mask bit, keeping the rest of its low word. */
    public static void setMasked(long registers, int pin, boolean masked) {
        int low = low(registers, pin);
        write(registers, redirectionLow(pin), masked ? low | MASKED : low & ~MASKED);
    }

    /** Masks every pin; returns how many there are. */
    public static int maskAll(long registers) {
        int lines = lines(registers);
        for (int pin = 0; pin < lines; pin++) setMasked(registers, pin, true);
        return lines;
    }
}
