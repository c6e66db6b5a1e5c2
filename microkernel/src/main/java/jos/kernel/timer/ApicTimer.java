package jos.kernel.timer;

import jos.hw.Cpu;
import jos.kernel.time.Clock;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.x86.apic.Vectors;
import jos.kernel.console.Log;
import jos.x86.LocalApicRegisters;

/**
 * The local APIC timer. It counts down at the APIC's bus clock divided by {@link #DIVIDE_BY}, a rate that
 * differs between machines and must be measured: {@link #startCountdown}/{@link #remaining} give the
 * calibration (jos.kernel.timer.Calibration) a free-running count to read against a reference clock,
 * {@link #configure} turns the rate found into a tick of {@link #HZ} per second, and {@link #start}
 * makes each CPU's timer periodic on {@link Vectors#TIMER}. Every CPU's APIC runs from the same bus
 * clock, so one calibration serves all.
 */
public final class ApicTimer {
    private static final int LVT_TIMER = LocalApicRegisters.LVT_TIMER, INITIAL_COUNT = LocalApicRegisters.TIMER_INITIAL_COUNT,
            CURRENT_COUNT = LocalApicRegisters.TIMER_CURRENT_COUNT, DIVIDE_CONFIGURATION = LocalApicRegisters.TIMER_DIVIDE;
    private static final int LVT_MASKED = LocalApicRegisters.LVT_MASKED, LVT_PERIODIC = LocalApicRegisters.LVT_TIMER_PERIODIC;
    private static final int DIVIDE_BY_16 = LocalApicRegisters.TIMER_DIVIDE_BY_16;
    public static final int DIVIDE_BY = 16;
    /** Ticks per second on every CPU. */
    public static final int HZ = 100;
    /** A tick shorter than this many counts would be too coarse to be a known length. */
    static final long MIN_COUNTS_PER_TICK = 1000;
    static final long MAX_COUNT = 0xffff_ffffL;

    private static long countsPerSecond;
    private static long countsPerTick;

    private ApicTimer() {
    }

    /** Starts a one-shot countdown from the largest count, its interrupt masked: for calibration. */
    public static void startCountdown() {
        LocalApic.write(DIVIDE_CONFIGURATION, DIVIDE_BY_16);
        LocalApic.write(LVT_TIMER, LVT_MASKED | Vectors.TIMER);
        LocalApic.write(INITIAL_COUNT, (int) MAX_COUNT);
    }

    /** The countdown's current count. */
    public static long remaining() {
        return LocalApic.read(CURRENT_COUNT) & MAX_COUNT;
    }

    /** Stops the timer (a zero initial count stops it in any mode). */
    public static void stop() {
        LocalApic.write(INITIAL_COUNT, 0);
    }

    /**
     * Sets the tick from the measured rate (counts per second at divide 16) and logs it; false (and the
     * timer stays unusable) for a rate that cannot make a tick of {@link #HZ} per second.
     */
    public static boolean configure(long measuredCountsPerSecond) {
        long perTick = measuredCountsPerSecond / HZ;
        if (perTick < MIN_COUNTS_PER_TICK || perTick > MAX_COUNT) {
            Log.begin(Log.WARN);
            Log.print("apic: timer rate of ");
            Log.dec(measuredCountsPerSecond);
            Log.print(" counts per second cannot make a ");
            Log.dec(HZ);
            Log.print(" Hz tick: no timer");
            Log.end();
            return false;
        }
        countsPerSecond = measuredCountsPerSecond;
        countsPerTick = perTick;
        Log.begin(Log.INFO);
        Log.print("apic: timer at ");
        Log.dec(HZ);
        Log.print(" Hz, ");
        Log.dec(tickNanos() / 1000);
        Log.print(" us per tick (");
        Log.dec(countsPerTick);
        Log.print(" counts, bus clock ");
        Log.dec(countsPerSecond * DIVIDE_BY / 1000);
        Log.print(" kHz)");
        Log.end();
        return true;
    }

    public static boolean configured() {
        return countsPerTick != 0;
    }

    /** The length of a tick, exactly as the counts make it. */
    public static long tickNanos() {
        return countsPerSecond == 0 ? 0 : countsPerTick * 1_000_000_000L / countsPerSecond;
    }

    public static long countsPerTick() {
        return countsPerTick;
    }

    /** How far this CPU's periodic timer is into its current period, in counts. */
    public static long countsIntoTick() {
        long left = remaining();
        return left == 0 || left > countsPerTick ? 0 : countsPerTick - left;
    }

    /** On each CPU, once configured: the periodic tick on {@link Vectors#TIMER}. */
    public static void start() {
        LocalApic.write(DIVIDE_CONFIGURATION, DIVIDE_BY_16);
        LocalApic.write(LVT_TIMER, LVT_PERIODIC | Vectors.TIMER);
        LocalApic.write(INITIAL_COUNT, (int) countsPerTick);
    }

    /**
     * The TSC at which this CPU's current timer period began: now, less how far the timer's count is into
     * the period (so a tick taken late still dates from its period's start). Interrupts off.
     */
    public static long periodStart() {
        long tsc = Cpu.rdtsc();
        long perTick = countsPerTick();
        return perTick > 0 ? tsc - countsIntoTick() * Clock.tscPerTick() / perTick : tsc;
    }
}
