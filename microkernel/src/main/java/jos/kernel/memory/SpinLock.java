package jos.kernel.memory;

import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;

/**
 * A test-and-set spin lock on one word (0 = free, 1 = held), for state that more than one CPU changes:
 * a word of a static array, or a u64 inside a kernel object (a run queue's lock). Not reentrant and not
 * interrupt-safe: code holding it must not be interrupted by code that takes the same lock.
 */
public final class SpinLock {
    private SpinLock() {
    }

    static void acquire(long[] word) {
        acquireAt(Memory.addressOf(word));
    }

    static void release(long[] word) {
        releaseAt(Memory.addressOf(word));
    }

    /** Takes the lock whose word is at address (8-byte aligned), spinning while another CPU holds it. */
    public static void acquireAt(long address) {
        while (Atomic.compareAndExchange64(address, 0, 1) != 0) {
            while (Atomic.load64(address) != 0) Cpu.pause();
        }
    }

    public static void releaseAt(long address) {
        Atomic.store64(address, 0);
    }
}
