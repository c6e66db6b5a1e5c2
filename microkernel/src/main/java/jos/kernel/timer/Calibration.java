package jos.kernel.timer;

import jos.kernel.time.Clock;
import jos.hw.Cpu;
import jos.kernel.console.Log;
import jos.x86.PitPorts;

/**
 * Starts kernel time ({@link #initClock}) and measures the TSC frequency and the local APIC timer's rate over {@link #WINDOW_NANOS} of a reference
 * clock, the HPET when ACPI names a usable one, else the PIT, and hands the results to {@link Clock} and
 * {@link ApicTimer}. Both are read around the same reference interval, so the timer's tick and the TSC
 * that interpolates within it agree. On the bootstrap CPU with interrupts off, once its APIC is enabled.
 *
 * <pre>
 * clock: TSC 2596.135 MHz, APIC timer 62500.107 kHz at divide 16, over 50.011 ms of the HPET
 * </pre>
 */
public final class Calibration {
    static final long WINDOW_NANOS = 50_000_000L;
    /** The first calibration's window, on the PIT. */
    static final long CALIBRATION_NANOS = 10_000_000L;
    private static final long HZ_PER_KHZ = 1000, KHZ_PER_MHZ = 1000;
    /** The reference clocks. */
    static final int HPET = 1, PIT = 2;
    /** Bound on samples while waiting: far more than a window takes, even under emulation. */
    static final int MAX_POLLS = 1 << 22;
    /** A reference whose count has not moved after this many samples is not there (ports reading all ones). */
    static final int STILL_POLLS = 100;
    private static final int READS_PER_SAMPLE = 3;

    /** The last measurement. */
    static long tscTicks, apicCounts, nanos;
    /** The last {@link #sample}. */
    static long sampleReference, sampleApic, sampleTsc;

    private Calibration() {
    }

    /**
     * Starts kernel time ({@link Clock}): marks boot and measures the TSC's frequency against the PIT;
     * logs the frequency found (or assumed). Call once, on the bootstrap CPU.
     */
    public static void initClock() {
        Clock.markBoot();
        long hz = measure(PIT, false, CALIBRATION_NANOS) ? perSecond(tscTicks, nanos) : 0;
        if (Clock.useFrequency(hz)) {
            Log.begin(Log.INFO);
            Log.print("clock: TSC ");
            megahertz(hz);
            Log.print(", calibrated against the PIT");
        } else {
            Log.begin(Log.WARN);
            Log.print("clock: TSC calibration against the PIT failed, assuming ");
            Log.dec(Clock.ASSUMED_TSC_HZ / HZ_PER_KHZ / KHZ_PER_MHZ);
            Log.print(" MHz");
        }
        Log.end();
    }

    /** Logs hz as "2994.123 MHz". */
    static void megahertz(long hz) {
        long khz = hz / HZ_PER_KHZ;
        Log.dec(khz / KHZ_PER_MHZ);
        Log.print(".");
        Log.dec(khz % KHZ_PER_MHZ, 3);
        Log.print(" MHz");
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
        boolean measured = measure(hpet ? HPET : PIT, true, WINDOW_NANOS);
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
        megahertz(tscHz);
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

    /**
     * Measures the TSC (and, if withApic, the APIC countdown) over at least windowNanos of the reference:
     * true with {@link #tscTicks}, {@link #apicCounts} and {@link #nanos} set, false if the reference
     * never moved (none there) or the window never passed.
     */
    static boolean measure(int reference, boolean withApic, long windowNanos) {
        int portB = reference == PIT ? Pit.start() : 0;
        long window = reference == PIT ? windowNanos * PitPorts.FREQUENCY_HZ / Clock.NANOS_PER_SECOND : HpetCounter.ticksIn(windowNanos);
        sample(reference, withApic);
        long t0 = sampleTsc, a0 = sampleApic, previous = sampleReference;
        long elapsed = 0;
        boolean passed = false;
        for (int polls = 0; polls < MAX_POLLS && !passed; polls++) {
            sample(reference, withApic);
            elapsed += reference == PIT ? previous - sampleReference & Pit.MAX_COUNT : HpetCounter.since(previous, sampleReference);
            previous = sampleReference;
            passed = elapsed >= window;
            if (polls == STILL_POLLS && elapsed == 0) break;
        }
        if (reference == PIT) Pit.stop(portB);
        tscTicks = passed ? sampleTsc - t0 : 0;
        apicCounts = passed && withApic ? a0 - sampleApic : 0;
        nanos = !passed ? 0 : reference == PIT ? Pit.nanos(elapsed) : HpetCounter.nanos(elapsed);
        return tscTicks > 0 && nanos > 0 && (apicCounts > 0 || !withApic);
    }

    /**
     * Reads the reference, the APIC countdown (if withApic) and the TSC around them, three times, and
     * keeps the read that took the fewest TSC ticks, its TSC the middle of it. Reading counters at both
     * ends, rather than waiting for an edge, keeps a late look (an SMI, or a host that descheduled the
     * emulated CPU) from lengthening the interval; bracketing keeps it from splitting one end's readings.
     */
    static void sample(int reference, boolean withApic) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < READS_PER_SAMPLE; i++) {
            long before = Cpu.rdtsc();
            long count = reference == PIT ? Pit.count() : HpetCounter.read();
            long apic = withApic ? ApicTimer.remaining() : 0;
            long after = Cpu.rdtsc();
            if (after - before < best) {
                best = after - before;
                sampleReference = count;
                sampleApic = apic;
                sampleTsc = before + (after - before) / 2;
            }
        }
    }
}
