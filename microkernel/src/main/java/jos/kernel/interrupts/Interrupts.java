package jos.kernel.interrupts;

import jos.hw.Atomic;
import jos.hw.Memory;
import jos.hw.Naked;
import jos.kernel.apic.LocalApic;
import jos.kernel.apic.Vectors;
import jos.kernel.console.Log;
import jos.kernel.smp.PerCpu;
import jos.kernel.smp.TlbShootdown;
import jos.kernel.time.Clock;

/**
 * Interrupts (vectors 32 and up), with interrupts off and the interrupted state saved: a timer tick is
 * counted on its CPU (ticks the APIC merged while interrupts were masked included) and, on the bootstrap
 * CPU, advances kernel time; a TLB shootdown drops the range it
 * names; a wake-up IPI only ends a hlt; a ping is counted; an APIC error is logged; a spurious interrupt
 * is ignored (and, as the APIC requires, not acknowledged). {@link #haltUntilInterrupt()} is the race-free way to wait for one.
 */
public final class Interrupts {
    /** [0]: pings received, over all CPUs (atomic). */
    static final int[] PINGS = new int[1];

    private Interrupts() {
    }

    static void dispatch(int vector) {
        if (vector == Vectors.SPURIOUS) return;
        if (vector == Vectors.TIMER) {
            long periodStart = Clock.periodStart();
            long previous = PerCpu.tickPeriodStart();
            PerCpu.countTicks(previous == 0 ? 1 : Clock.ticksBetween(previous, periodStart), periodStart);
            if (PerCpu.cpuId() == 0) Clock.onTick(periodStart);
        } else if (vector == Vectors.TLB_SHOOTDOWN) {
            TlbShootdown.service();
        } else if (vector == Vectors.PING) {
            Atomic.getAndAdd32(Memory.addressOf(PINGS), 1);
        } else if (vector == Vectors.APIC_ERROR) {
            apicError();
        }
        LocalApic.endOfInterrupt();
    }

    /** "apic: error status 0x40 on cpu 2" (bit 6: an illegal vector was sent or received, SDM 11.5.3). */
    private static void apicError() {
        Log.begin(Log.ERROR);
        Log.print("apic: error status ");
        Log.hex(LocalApic.takeErrors(), 2);
        Log.print(" on cpu ");
        Log.dec(PerCpu.cpuId());
        Log.end();
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
