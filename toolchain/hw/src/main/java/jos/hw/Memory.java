package jos.hw;

import jos.hw.sim.Machine;

/**
 * Raw memory at virtual addresses, by width. Plain accesses may be combined or reordered by the
 * compiler like any C access; the volatile ones are each performed exactly once, in program order
 * (for MMIO and for memory another agent writes). Addresses are not checked: on the machine a bad one
 * faults, in simulation it throws {@link jos.hw.sim.SimulatedFault}.
 */
public final class Memory {
    private Memory() {
    }

    public static byte read8(long address) {
        return Machine.current().memory().read8(address);
    }

    public static short read16(long address) {
        return Machine.current().memory().read16(address);
    }

    public static int read32(long address) {
        return Machine.current().memory().read32(address);
    }

    public static long read64(long address) {
        return Machine.current().memory().read64(address);
    }

    public static void write8(long address, byte value) {
        Machine.current().memory().write8(address, value);
    }

    public static void write16(long address, short value) {
        Machine.current().memory().write16(address, value);
    }

    public static void write32(long address, int value) {
        Machine.current().memory().write32(address, value);
    }

    public static void write64(long address, long value) {
        Machine.current().memory().write64(address, value);
    }

    public static byte readVolatile8(long address) {
        return Machine.current().memory().read8(address);
    }

    public static short readVolatile16(long address) {
        return Machine.current().memory().read16(address);
    }

    public static int readVolatile32(long address) {
        return Machine.current().memory().read32(address);
    }

    public static long readVolatile64(long address) {
        return Machine.current().memory().read64(address);
    }

    public static void writeVolatile8(long address, byte value) {
        Machine.current().memory().write8(address, value);
    }

    public static void writeVolatile16(long address, short value) {
        Machine.current().memory().write16(address, value);
    }

    public static void writeVolatile32(long address, int value) {
        Machine.current().memory().write32(address, value);
    }

    public static void writeVolatile64(long address, long value) {
        Machine.current().memory().write64(address, value);
    }

    /** Copies length bytes; the ranges may overlap. */
    public static void copy(long destination, long source, long length) {
        Machine.current().memory().copy(destination, source, length);
    }

    /** Sets length bytes to value. */
    public static void fill(long destination, byte value, long length) {
        Machine.current().memory().fill(destination, value, length);
    }

    /**
     * The address of element 0 of a primitive array. On the machine this is where the array's data
     * lives (for an array placed with {@link Section}, inside that section). In simulation the array is
     * given a stable home in simulated memory the first time it is asked for, and reads and writes there
     * are reads and writes of the array.
     */
    public static long addressOf(long[] array) {
        return Machine.current().memory().addressOf(array);
    }

    public static long addressOf(int[] array) {
        return Machine.current().memory().addressOf(array);
    }

    public static long addressOf(byte[] array) {
        return Machine.current().memory().addressOf(array);
    }
}
