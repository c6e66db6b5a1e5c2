package jos.kernel.memory;

import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;

/**
 * A test-and-set spin lock on one word of a static array (0 = free, 1 = held), for state that more
 * than one CPU changes. Not reentrant and not interrupt-safe: code holding it must not be interrupted
 * by code that takes the same lock.
 */
final class SpinLock {
    private SpinLock() {
    }

    static void acquire(long[] word) {
        long address = Memory.addressOf(word);
        while (Atomic.compareAndExchange64(address, 0, 1) != 0) {
            while (Atomic.load64(address) != 0) Cpu.pause();
        }
    }

    static void release(long[] word) {
        Atomic.store64(Memory.addressOf(word), 0);
    }
}
