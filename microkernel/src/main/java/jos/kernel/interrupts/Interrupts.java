package jos.kernel.interrupts;

import jos.hw.Atomic;
import jos.hw.Memory;
import jos.hw.Naked;
import jos.kernel.apic.LocalApic;
import jos.kernel.apic.Vectors;

/**
 * Interrupts (vectors 32 and up), with interrupts off and the interrupted state saved: a wake-up IPI only
 * ends a hlt; a ping is counted; a spurious interrupt is ignored (and, as the APIC requires, not
 * acknowledged). {@link #haltUntilInterrupt()} is the race-free way to wait for one.
 */
public final class Interrupts {
    /** [0]: pings received, over all CPUs (atomic). */
    static final int[] PINGS = new int[1];

    private Interrupts() {
    }

    static void dispatch(int vector) {
        if (vector == Vectors.SPURIOUS) return;
        if (vector == Vectors.PING) Atomic.getAndAdd32(Memory.addressOf(PINGS), 1);
        LocalApic.endOfInterrupt();
    }

    public static int pingsReceived() {
        return Atomic.load32(Memory.addressOf(PINGS));
    }

    /**
     * Enables interrupts and halts until one arrives, then disables them again. sti takes effect after
     * the next instruction, so an interrupt that became pending before this call still wakes the hlt.
     */
    @Naked({"sti", "hlt", "cli", "ret"})
    public static native void haltUntilInterrupt();
}
