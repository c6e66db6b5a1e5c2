package jos.kernel.memory;

import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;

/**
 * A test-and-set spin lock on one word (0 = free, 1 = held): of a static array, or at an address inside
 * a kernel object (a capability table's or a run queue's lock), for state that more than one CPU changes. Not reentrant
 * and not interrupt-safe: code holding it must not be interrupted by code that takes the same lock.
 */
public final class SpinLock {
    private SpinLock() {
    }

    public static void acquire(long[] word) {
        acquire(Memory.addressOf(word));
    }

    public static void release(long[] word) {
        release(Memory.addressOf(word));
    }

    /** Takes the lock whose 8-byte aligned word is at address. */
    public static void acquire(long address) {
        while (Atomic.compareAndExchange64(address, 0, 1) != 0) {
            while (Atomic.load64(address) != 0) Cpu.pause();
        }
    }

    public static void release(long address) {
        Atomic.store64(address, 0);
    }
}
