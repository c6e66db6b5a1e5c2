package jos.kernel.x86.cpu;

import jos.hw.Naked;

/** Waiting for an interrupt without losing one. */
public final class Idle {
    private Idle() {
    }

    /**
     * Enables interrupts and halts until one arrives, then disables them again. sti takes effect after
     * the next instruction, so an interrupt that became pending before this call still wakes the hlt.
     * Only for a caller holding no lock (an idle loop): see {@link #haltedAddress}.
     */
    @Naked({"sti", "hlt", "jos_idle_halted:", "cli", "ret"})
    public static native void haltUntilInterrupt();

    /**
     * Where an interrupt taken in {@link #haltUntilInterrupt}'s hlt returns to: its callers halt only with
     * no lock held, so a handler that finds an interrupted context here may take any (trap.TimerTick).
     */
    @Naked({"leaq jos_idle_halted(%rip), %rax", "ret"})
    public static native long haltedAddress();

    /** As {@link #haltUntilInterrupt}, for a wait that may hold locks (the log lock's): not at {@link #haltedAddress}. */
    @Naked({"sti", "hlt", "cli", "ret"})
    public static native void haltHoldingLocks();
}
