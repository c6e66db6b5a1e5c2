package jos.kernel.x86.cpu;

import jos.hw.Naked;

/** Waiting for an interrupt without losing one. */
public final class Idle {
    private Idle() {
    }

    /**
     * Enables interrupts and halts until one arrives, then disables them again. sti takes effect after
     * the next instruction, so an interrupt that became pending before this call still wakes the hlt.
     */
    @Naked({"sti", "hlt", "cli", "ret"})
    public static native void haltUntilInterrupt();
}
