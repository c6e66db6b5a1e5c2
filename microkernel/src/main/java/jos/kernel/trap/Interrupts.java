package jos.kernel.trap;

import jos.kernel.timer.ApicTimer;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.x86.apic.Vectors;
import jos.kernel.console.Log;
import jos.kernel.x86.PerCpu;
import jos.kernel.memory.TlbShootdown;
import jos.kernel.time.Clock;
import jos.kernel.irq.Lines;

/**
 * Interrupts (vectors 32 and up), with interrupts off and the interrupted state saved: a timer tick is
 * counted on its CPU (ticks the APIC merged while interrupts were masked included) and, on the bootstrap
 * CPU, advances kernel time (ExceptionHandler then fires the CPU's due timers, {@link TimerTick}); a TLB shootdown drops the range it
 * names; a wake-up IPI only ends a hlt; an APIC error is logged; a device vector goes to the line table
 * (jos.kernel.irq.Lines); a spurious interrupt is ignored (and,
 * as the APIC requires, not acknowledged); {@link Vectors#EXTENSION}, which the kernel does not use
 * itself, goes to the {@link Handler} a kernel built on this one installs (the test kernel counts IPI
 * pings with it), and is only acknowledged without one. Likewise an installed {@link NmiHandler} may claim
 * NMIs that are not a panic's (ExceptionHandler asks it). {@link jos.kernel.x86.cpu.Idle#haltUntilInterrupt()}
 * is the race-free way to wait for an interrupt.
 */
public final class Interrupts {
    /** The handler of {@link Vectors#EXTENSION}; null in the product kernel. */
    static Handler extension;
    /** The NMI handler consulted before an NMI is taken as a hardware error; null in the product kernel. */
    static NmiHandler nmiHandler;

    private Interrupts() {
    }

    /** Serves {@link Vectors#EXTENSION} on any CPU, with interrupts masked; the end of interrupt follows. */
    public interface Handler {
        void interrupt(int vector);
    }

    /**
     * Asked about an NMI on any CPU that is not a panic stopping it, in NMI context (no allocation, no
     * locks): true if the NMI was one the installer sent and it is done with, false to have it taken as a
     * hardware error (a panic).
     */
    public interface NmiHandler {
        boolean claim();
    }

    /** Installs the NMI handler (before any CPU is sent an NMI it should claim). */
    public static void installNmi(NmiHandler handler) {
        nmiHandler = handler;
    }

    /** Whether the installed NMI handler, if any, claims this NMI. */
    static boolean nmiClaimed() {
        NmiHandler handler = nmiHandler;
        return handler != null && handler.claim();
    }

    /** Installs the handler of {@link Vectors#EXTENSION} (before any CPU is sent one). */
    public static void install(Handler handler) {
        extension = handler;
    }

    static void dispatch(int vector) {
        if (vector == Vectors.SPURIOUS) return;
        if (vector == Vectors.TIMER) {
            long periodStart = ApicTimer.periodStart();
            long previous = PerCpu.tickPeriodStart();
            PerCpu.countTicks(previous == 0 ? 1 : Clock.ticksBetween(previous, periodStart), periodStart);
            if (PerCpu.cpuId() == 0) Clock.onTick(periodStart);
        } else if (vector == Vectors.TLB_SHOOTDOWN) {
            TlbShootdown.service();
        } else if (vector == Vectors.EXTENSION) {
            Handler handler = extension;
            if (handler != null) handler.interrupt(vector);
        } else if (vector == Vectors.APIC_ERROR) {
            apicError();
        } else if (Vectors.isDevice(vector)) {
            Lines.interrupt(vector);   // masks its line until the driver acknowledges: the EOI below cannot let it storm
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
}
