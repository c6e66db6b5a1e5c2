package jos.kernel.console;

import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.hw.Naked;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.x86.apic.Vectors;
import jos.kernel.x86.cpu.Idle;
import jos.kernel.x86.PerCpu;

/**
 * The spinlock that makes each emitted line whole on every console. The lock word holds the owner's
 * CPU id + 1 (0 = free). Taking it disables interrupts on this CPU and {@link #release} restores
 * them, so an interrupt handler that logs cannot spin on a lock its own CPU holds. A CPU that finds
 * itself the owner (a fault while emitting) proceeds without taking it again rather than deadlock.
 * After {@link #enterPanicMode()} a CPU spins at most {@link #PANIC_SPINS} times and then writes
 * without the lock, so a panic is never stuck behind another CPU. A waiting CPU whose local APIC is up
 * halts instead of spinning (it counts itself in the waiter count first, and the releasing CPU wakes the
 * waiters with an IPI): with many CPUs, spinning waiters would take the time the holder needs, which
 * under emulation slows logging to a crawl.
 */
final class LogLock {
    /** Bits of the token acquire returns. */
    static final int HELD = 1, INTERRUPTS_WERE_ON = 2;
    /** About 0.05-0.3 s of pause instructions: enough for another CPU to finish a serial line. */
    static final long PANIC_SPINS = 1L << 22;
    private static final long RFLAGS_IF = 1L << 9;

    /** The lock word (the low 32 bits of element 0). */
    private static final long[] WORD = new long[1];
    /** [0]: CPUs halted waiting for the lock (atomic). */
    private static final int[] WAITERS = new int[1];
    private static volatile boolean panic;
    /**
     * Whether acquire masks interrupts. Always true on the machine; false only on the simulated
     * machine, which has no flags register for {@link #readFlags()} to read.
     */
    static boolean maskInterrupts = true;

    private LogLock() {
    }

    /** The address of the lock word. */
    static long word() {
        return Memory.addressOf(WORD);
    }

    static void enterPanicMode() {
        panic = true;
    }

    static boolean panicMode() {
        return panic;
    }

    /** Takes the lock for CPU cpuId; returns the token to pass to {@link #release}. */
    static int acquire(int cpuId) {
        int token = 0;
        if (maskInterrupts) {
            if ((readFlags() & RFLAGS_IF) != 0) token |= INTERRUPTS_WERE_ON;
            Cpu.cli();
        }
        long word = word();
        int me = cpuId + 1;
        if (Atomic.load32(word) == me) return token;     // already ours: re-entered on this CPU
        for (long spins = 0; ; spins++) {
            if (Atomic.load32(word) == 0 && Atomic.compareAndExchange32(word, 0, me) == 0) return token | HELD;
            if (panic && spins >= PANIC_SPINS) return token;
            if (!panic && maskInterrupts && PerCpu.apicReady()) {
                waitForRelease(word);
            } else {
                Cpu.pause();
            }
        }
    }

    /**
     * Halts until the holder releases. Counting in before the last look at the lock word closes the race:
     * a release that comes after the count sees it and sends the wake-up (which, if it arrives before the
     * hlt, stays pending and ends the hlt at once).
     */
    private static void waitForRelease(long word) {
        long waiters = Memory.addressOf(WAITERS);
        Atomic.getAndAdd32(waiters, 1);
        if (Atomic.load32(word) != 0) Idle.haltHoldingLocks();   // the logging code may hold locks: not an idle halt
        Atomic.getAndAdd32(waiters, -1);
    }

    static void release(int token) {
        if ((token & HELD) != 0) {
            Atomic.store32(word(), 0);
            if (maskInterrupts && Atomic.load32(Memory.addressOf(WAITERS)) > 0 && PerCpu.apicReady()) {
                LocalApic.sendAllButSelf(Vectors.WAKE);
            }
        }
        if ((token & INTERRUPTS_WERE_ON) != 0) Cpu.sti();
    }

    @Naked({"pushfq", "pop %rax", "ret"})
    private static native long readFlags();
}
