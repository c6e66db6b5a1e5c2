package jos.hw;

import jos.hw.sim.Machine;

/**
 * Sequentially consistent atomic operations on raw addresses (naturally aligned), for memory shared
 * between CPUs or with another agent. Each is one locked instruction on the machine.
 */
public final class Atomic {
    private Atomic() {
    }

    public static int load32(long address) {
        synchronized (Machine.current()) {
            return Machine.current().memory().read32(address);
        }
    }

    public static long load64(long address) {
        synchronized (Machine.current()) {
            return Machine.current().memory().read64(address);
        }
    }

    public static void store32(long address, int value) {
        synchronized (Machine.current()) {
            Machine.current().memory().write32(address, value);
        }
    }

    public static void store64(long address, long value) {
        synchronized (Machine.current()) {
            Machine.current().memory().write64(address, value);
        }
    }

    /** Sets the value to update if it is expected; returns the value found. */
    public static int compareAndExchange32(long address, int expected, int update) {
        synchronized (Machine.current()) {
            int found = Machine.current().memory().read32(address);
            if (found == expected) Machine.current().memory().write32(address, update);
            return found;
        }
    }

    public static long compareAndExchange64(long address, long expected, long update) {
        synchronized (Machine.current()) {
            long found = Machine.current().memory().read64(address);
            if (found == expected) Machine.current().memory().write64(address, update);
            return found;
        }
    }

    /** Adds delta; returns the previous value. */
    public static int getAndAdd32(long address, int delta) {
        synchronized (Machine.current()) {
            int found = Machine.current().memory().read32(address);
            Machine.current().memory().write32(address, found + delta);
            return found;
        }
    }

    public static long getAndAdd64(long address, long delta) {
        synchronized (Machine.current()) {
            long found = Machine.current().memory().read64(address);
            Machine.current().memory().write64(address, found + delta);
            return found;
        }
    }

    /** Stores value; returns the previous value. */
    public static int exchange32(long address, int value) {
        synchronized (Machine.current()) {
            int found = Machine.current().memory().read32(address);
            Machine.current().memory().write32(address, value);
            return found;
        }
    }

    public static long exchange64(long address, long value) {
        synchronized (Machine.current()) {
            long found = Machine.current().memory().read64(address);
            Machine.current().memory().write64(address, value);
            return found;
        }
    }
}
