package jos.kernel.memory;

import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;

/**
 * A test-and-set spin lock on one 64-bit word (0 = free, 1 = held), for state that more than one CPU
 * changes: a word of a static array, or a word inside a kernel object (a capability table's, a run
 * queue's, an endpoint's lock). Not reentrant and not interrupt-safe: code holding it must not be
 * interrupted by code that takes the same lock.
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

    /**
     * Takes the lock whose word is at address (8-byte aligned), spinning while another CPU holds it. The
     * spin serves TLB shootdowns: the kernel runs with interrupts masked, and the holder may be waiting for
     * this CPU to answer one before it can go on and release the lock.
     */
    public static void acquire(long address) {
        while (Atomic.compareAndExchange64(address, 0, 1) != 0) {
            while (Atomic.load64(address) != 0) relax();
        }
    }

    /**
     * One step of any spin wait in the kernel: serves a TLB shootdown another CPU may be waiting for (this
     * CPU has interrupts masked), then pauses.
     */
    public static void relax() {
        TlbShootdown.service();
        Cpu.pause();
    }

    /** Takes the lock at address if it is free; true if taken (for taking a lock against the lock order). */
    public static boolean tryAcquire(long address) {
        return Atomic.compareAndExchange64(address, 0, 1) == 0;
    }

    public static void release(long address) {
        Atomic.store64(address, 0);
    }

    /** True if the lock at address is held (by anyone): for checks that a caller holds it. */
    public static boolean held(long address) {
        return Atomic.load64(address) != 0;
    }
}
