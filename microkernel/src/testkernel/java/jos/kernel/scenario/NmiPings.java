package jos.kernel.scenario;

import jos.hw.Atomic;
import jos.hw.Memory;
import jos.kernel.trap.Interrupts;

/**
 * The NMIs of {@code test=nmi-storm}: while armed, every NMI that is not a panic's is counted and
 * claimed; unarmed, it is left to the kernel, which panics as for any unexpected NMI.
 */
final class NmiPings implements Interrupts.NmiHandler {
    /** [0]: 1 while armed; [1]: NMIs counted (atomic). */
    static final int[] STATE = new int[2];

    @Override
    public boolean claim() {
        if (Atomic.load32(Memory.addressOf(STATE)) == 0) return false;
        Atomic.getAndAdd32(Memory.addressOf(STATE) + 4, 1);
        return true;
    }

    static void arm(boolean armed) {
        Atomic.store32(Memory.addressOf(STATE), armed ? 1 : 0);
    }

    static int counted() {
        return Atomic.load32(Memory.addressOf(STATE) + 4);
    }
}
