package jos.kernel.scenario;

import jos.hw.Atomic;
import jos.hw.Memory;
import jos.kernel.x86.apic.Vectors;
import jos.kernel.trap.Interrupts;

/** The IPI ping of {@code test=ipi-ping}: the kernel's spare vector, counted by every CPU that takes it. */
final class Pings implements Interrupts.Handler {
    /** The vector a ping is sent on. */
    static final int VECTOR = Vectors.EXTENSION;
    /** [0]: pings received, over all CPUs (atomic). */
    static final int[] RECEIVED = new int[1];

    @Override
    public void interrupt(int vector) {
        Atomic.getAndAdd32(Memory.addressOf(RECEIVED), 1);
    }

    static int received() {
        return Atomic.load32(Memory.addressOf(RECEIVED));
    }
}
