package jos.x86;

import jos.hw.Memory;

/**
 * The I/O APIC's register map and redirection-table entry (Intel 82093AA I/O APIC datasheet, 3.0): two
 * memory-mapped registers, IOREGSEL (the index) and IOWIN (the data), reach the indirect registers: ID,
 * version (with the highest redirection entry), arbitration id, and a 64-bit redirection entry per input
 * pin as two 32-bit registers. Access (and the lock that keeps an index and its data together) is the kernel's.
 */
public final class IoApicRegisters {
    private IoApicRegisters() {
    }

    /** The register window's bytes; the I/O APIC decodes a 4 KiB page. */
    public static final int IOREGSEL = 0x00, IOWIN = 0x10, WINDOW_BYTES = 0x20;

    /** Indirect register indices: ID, version, arbitration, redirection entry 0's low word. */
    public static final int ID = 0x00, VERSION = 0x01, ARBITRATION = 0x02, REDIRECTION_TABLE = 0x10;

    /** Redirection entry, low word: vector (bits 7:0), delivery mode (10:8), destination mode, status, polarity, remote IRR, trigger, mask. */
    public static final int VECTOR_MASK = 0xFF;
    public static final int DELIVERY_FIXED = 0 << 8, DELIVERY_LOWEST_PRIORITY = 1 << 8, DELIVERY_SMI = 2 << 8, DELIVERY_NMI = 4 << 8,
            DELIVERY_INIT = 5 << 8, DELIVERY_EXTINT = 7 << 8, DELIVERY_MODE_MASK = 7 << 8;
    public static final int DESTINATION_LOGICAL = 1 << 11, DELIVERY_PENDING = 1 << 12, ACTIVE_LOW = 1 << 13, REMOTE_IRR = 1 << 14,
            LEVEL_TRIGGERED = 1 << 15, MASKED = 1 << 16;
    /** Redirection entry, high word: the destination APIC id in bits 63:56 (bits 31:24 of the high word). */
    public static final int DESTINATION_SHIFT = 24;
    /** The highest physical-mode destination id (4 bits on the 82093AA, 8 in later chipsets' entries). */
    public static final int MAX_DESTINATION = 0xFF;

    /** The index of pin's redirection entry's low word (its high word is the next index). */
    public static int redirectionLow(int pin) {
        return REDIRECTION_TABLE + 2 * pin;
    }

    public static int redirectionHigh(int pin) {
        return redirectionLow(pin) + 1;
    }

    /** The number of input pins: the version register's maximum redirection entry (bits 23:16) plus one. */
    public static int lines(int version) {
        return (version >>> 16 & 0xFF) + 1;
    }

    /** The implementation's version (bits 7:0 of the version register; 0x11 or 0x20 on real chips). */
    public static int version(int version) {
        return version & 0xFF;
    }

    /** The I/O APIC's id (bits 27:24 of the ID register). */
    public static int id(int idRegister) {
        return idRegister >>> 24 & 0xF;
    }

    /**
     * The low word of an entry delivering vector as a fixed interrupt in physical destination mode, with
     * the given polarity and trigger, masked or not.
     */
    public static int low(int vector, boolean activeLow, boolean levelTriggered, boolean masked) {
        return (vector & VECTOR_MASK) | DELIVERY_FIXED | (activeLow ? ACTIVE_LOW : 0) | (levelTriggered ? LEVEL_TRIGGERED : 0)
                | (masked ? MASKED : 0);
    }

    /** The high word naming the local APIC with id apicId (physical destination mode). */
    public static int high(int apicId) {
        return (apicId & MAX_DESTINATION) << DESTINATION_SHIFT;
    }

    /** The whole 64-bit entry, high word above low. */
    public static long entry(int low, int high) {
        return (long) high << 32 | low & 0xFFFF_FFFFL;
    }

    /**
     * Reads register index of the I/O APIC whose register window is at registers: the index goes to
     * IOREGSEL, the data comes from IOWIN, so the caller serializes every access to one I/O APIC.
     */
    public static int read(long registers, int index) {
        Memory.writeVolatile32(registers + IOREGSEL, index);
        return Memory.readVolatile32(registers + IOWIN);
    }

    /** Writes register index of the I/O APIC whose register window is at registers (as {@link #read}). */
    public static void write(long registers, int index, int value) {
        Memory.writeVolatile32(registers + IOREGSEL, index);
        Memory.writeVolatile32(registers + IOWIN, value);
    }
}
