package jos.kernel.time;

import jos.hw.Cpu;
import jos.kernel.apic.ApicTimer;
import jos.kernel.console.Log;

/**
 * Measures the TSC frequency and the local APIC timer's rate over {@link #WINDOW_NANOS} of a reference
 * clock, the HPET when ACPI names a usable one, else the PIT, and hands the results to {@link Clock} and
 * {@link ApicTimer}. Both are read around the same reference interval, so the timer's tick and the TSC
 * that interpolates within it agree. On the bootstrap CPU with interrupts off, once its APIC is enabled.
 *
 * <pre>
 * clock: TSC 2994.123 MHz, APIC timer 62500.000 kHz at divide 16, over 50.000 ms of the HPET
 * </pre>
 */
public final class Calibration {
    static final long WINDOW_NANOS = 50_000_000L;
    static final int PIT_WINDOW_TICKS = (int) (WINDOW_NANOS * Pit.FREQUENCY_HZ / Clock.NANOS_PER_SECOND);
    /** Bound on HPET reads while waiting: far more than the window takes, even under emulation. */
    static final long MAX_HPET_POLLS = 1L << 26;

    /** The last measurement. */
    static long tscTicks, apicCounts, nanos;

    private Calibration() {
    }

    /**
     * Calibrates against the HPET at hpetPhysical (0: none) or the PIT; true if the TSC and the APIC
     * timer now have measured rates. A failure is logged and leaves the PIT-based TSC rate in place.
     */
    public static boolean run(long hpetPhysical) {
        boolean hpet = false;
        if (hpetPhysical != 0) {
            hpet = HpetCounter.setUp(hpetPhysical);
            if (!hpet) {
                Log.begin(Log.WARN);
                Log.print("clock: the HPET at ");
                Log.hex(hpetPhysical, 8);
                Log.print(" has no usable period, calibrating against the PIT");
                Log.end();
            }
        }
        return calibrate(hpet);
    }

    /** Measures against the HPET ({@link HpetCounter} in use) or the PIT, and applies and logs the result. */
    static boolean calibrate(boolean hpet) {
        ApicTimer.startCountdown();
        boolean measured = hpet ? measureHpet() : measurePit();
        ApicTimer.stop();
        String reference = hpet ? "HPET" : "PIT";
        long tscHz = perSecond(tscTicks, nanos), apicHz = perSecond(apicCounts, nanos);
        if (!measured || !Clock.recalibrate(tscHz)) {
            Log.begin(Log.WARN);
            Log.print("clock: calibration against the ");
            Log.print(reference);
            Log.print(" failed (TSC ticks ");
            Log.dec(tscTicks);
            Log.print(", APIC counts ");
            Log.dec(apicCounts);
            Log.print(", ns ");
            Log.dec(nanos);
            Log.print("): no timer");
            Log.end();
            return false;
        }
        Log.begin(Log.INFO);
        Log.print("clock: TSC ");
        Clock.megahertz(tscHz);
        Log.print(", APIC timer ");
        Log.dec(apicHz / 1000);
        Log.print(".");
        Log.dec(apicHz % 1000, 3);
        Log.print(" kHz at divide ");
        Log.dec(ApicTimer.DIVIDE_BY);
        Log.print(", over ");
        Log.dec(nanos / 1_000_000);
        Log.print(".");
        Log.dec(nanos / 1000 % 1000, 3);
        Log.print(" ms of the ");
        Log.print(reference);
        Log.end();
        return ApicTimer.configure(apicHz);
    }

    /** count events in ns nanoseconds, per second; 0 when there is nothing to divide by. */
    static long perSecond(long count, long ns) {
        if (count <= 0 || ns <= 0) return 0;
        return count / ns * Clock.NANOS_PER_SECOND + count % ns * Clock.NANOS_PER_SECOND / ns;
    }

    private static boolean measureHpet() {
        long window = HpetCounter.ticksIn(WINDOW_NANOS);
        long h0 = HpetCounter.read();
        long t0 = Cpu.rdtsc();
        long a0 = ApicTimer.remaining();
        long h1 = h0;
        for (long polls = 0; HpetCounter.since(h0, h1) < window; polls++) {
            if (polls == MAX_HPET_POLLS) return false;
            h1 = HpetCounter.read();
        }
        long t1 = Cpu.rdtsc();
        long a1 = ApicTimer.remaining();
        return record(t1 - t0, a0 - a1, HpetCounter.nanos(HpetCounter.since(h0, h1)));
    }

    private static boolean measurePit() {
        int portB = Pit.start();
        Pit.sample();
        long a0 = ApicTimer.remaining();
        int c0 = Pit.sampleCount;
        long t0 = Pit.sampleTsc;
        long elapsed = Pit.awaitTicksSince(c0, PIT_WINDOW_TICKS);
        long a1 = ApicTimer.remaining();
        Pit.stop(portB);
        return elapsed > 0 && record(Pit.sampleTsc - t0, a0 - a1, Pit.nanos(elapsed));
    }

    private static boolean record(long tsc, long apic, long ns) {
        tscTicks = tsc;
        apicCounts = apic;
        nanos = ns;
        return tsc > 0 && apic > 0 && ns > 0;
    }
}
