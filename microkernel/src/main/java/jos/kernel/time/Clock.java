package jos.kernel.time;

import jos.hw.Cpu;

/**
 * Kernel time: nanoseconds since boot, the same on every CPU.
 *
 * <p>Until the local APIC timer runs it is the TSC: {@link #markBoot()} takes the TSC reading that counts as
 * boot, {@link #useFrequency} the TSC's frequency measured against 10 ms of the PIT (or assumes {@link
 * #ASSUMED_TSC_HZ}), and {@link #recalibrate} refines it against the HPET later, rebasing so that time
 * never jumps. The measuring and its log lines are {@code jos.kernel.timer.Calibration}'s: the log's
 * timestamps read this class, so it logs nothing. Once the timer runs ({@link #startTicking}) time is counted in the bootstrap CPU's timer ticks
 * ({@link #onTick}, a known number of nanoseconds each), and the TSC only interpolates within the current
 * tick, capped below a whole tick, so time never runs backwards and never runs ahead of the ticks. Each
 * tick is placed at the start of the timer period it ends, which the timer's current count gives, so a
 * tick delivered late (interrupts were masked) is not late in kernel time; ticks the APIC merged because
 * interrupts stayed masked for more than a period are counted from the distance between period starts
 * and reported by {@link #lostTicks()}.
 *
 * <p>One writer (the bootstrap CPU), any number of readers: a sequence counter, odd while the tick state
 * changes, lets a reader on another CPU retry instead of reading a torn state, a bounded number of times
 * (a writer stopped half-way by a panic must not hang the panic's log). No floating point, no
 * division by zero, no allocation. Assumes an invariant TSC synchronized across CPUs (a CPU whose TSC
 * lags sees the time of the last tick).
 */
public final class Clock {
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long ASSUMED_TSC_HZ = 2_000_000_000L;
    /** Plausible TSC frequencies; the upper bound also keeps (ticks % hz) * 10^9 within a long. */
    static final long MIN_TSC_HZ = 1_000_000L, MAX_TSC_HZ = 9_000_000_000L;
    private static final long HZ_PER_KHZ = 1000;
    /** Reads of a changing tick state before a reader takes what it has (a tick takes far fewer). */
    static final int MAX_READ_ATTEMPTS = 100_000;

    /** Before ticking: time = baseNanos + the TSC since baseTsc at tscHz. */
    private static long baseTsc, baseNanos;
    private static long tscHz;
    private static boolean calibrated;

    private static volatile int sequence;
    private static volatile boolean ticking;
    /** Ticking: time = tickStartNanos + ticks * tickNanos + the TSC since anchorTsc, below one tick. */
    private static volatile long ticks, anchorTsc, tickStartNanos;
    private static long tickNanos, tscPerTick;
    private static volatile long lostTicks;
    /** The most ticks merged into one interrupt since ticking began (one masked stretch, not the sum). */
    private static volatile long longestMerge;

    /** Realtime (ns since 1970 UTC) at kernel time 0: set once at boot from the RTC, 0 if it gave no date. */
    private static volatile long realtimeAtBoot;

    private Clock() {
    }

    /** Marks the TSC reading that counts as boot. Call once, on the bootstrap CPU, before {@link #useFrequency}. */
    public static void markBoot() {
        baseTsc = Cpu.rdtsc();
        baseNanos = 0;
    }

    /**
     * Counts the TSC at hz from now on if hz is plausible (measured), else at {@link #ASSUMED_TSC_HZ};
     * whether it was plausible. After {@link #markBoot}, before any {@link #recalibrate}.
     */
    public static boolean useFrequency(long hz) {
        calibrated = plausible(hz);
        tscHz = calibrated ? hz : ASSUMED_TSC_HZ;
        return calibrated;
    }

    static boolean plausible(long hz) {
        return hz >= MIN_TSC_HZ && hz <= MAX_TSC_HZ;
    }

    /**
     * Uses a better measured TSC frequency from now on, continuing from the time reached so far. Before
     * {@link #startTicking}; false (and unchanged) for an implausible frequency.
     */
    public static boolean recalibrate(long hz) {
        if (!plausible(hz) || ticking) return false;
        long now = Cpu.rdtsc();
        baseNanos = nanosBeforeTicking(now);
        baseTsc = now;
        tscHz = hz;
        calibrated = true;
        return true;
    }

    /**
     * From now on, counts time in ticks of nanosPerTick: call on the bootstrap CPU with interrupts off,
     * right after its periodic timer was started. {@link #onTick} must then run on each of its ticks.
     */
    public static void startTicking(long nanosPerTick) {
        startTicking(nanosPerTick, Cpu.rdtsc());
    }

    public static void startTicking(long nanosPerTick, long tsc) {
        if (nanosPerTick <= 0 || ticking) return;
        tickStartNanos = nanosBeforeTicking(tsc);
        tickNanos = nanosPerTick;
        tscPerTick = scaledToTsc(nanosPerTick);
        anchorTsc = tsc;
        ticks = 0;
        lostTicks = longestMerge = 0;
        ticking = true;
    }

    /**
     * Whole ticks from the period that began at earlier to the one that began at later: normally one; more
     * when interrupts stayed masked for longer than a period and the APIC merged ticks into one interrupt.
     * At least one, as an interrupt is a tick; one before the TSC's rate per tick is known.
     */
    public static long ticksBetween(long earlier, long later) {
        long passed = tscPerTick > 0 ? (later - earlier + tscPerTick / 2) / tscPerTick : 1;
        return passed < 1 ? 1 : passed;
    }

    /**
     * The bootstrap CPU's timer tick, for the period that began at periodStart (interrupts off): normally
     * one tick; when interrupts were masked for longer than a tick the APIC merged several into this
     * interrupt, and the distance between the period starts says how many.
     */
    public static void onTick(long periodStart) {
        if (!ticking) return;
        long passed = ticksBetween(anchorTsc, periodStart);
        sequence++;
        ticks += passed;
        lostTicks += passed - 1;
        if (passed - 1 > longestMerge) longestMerge = passed - 1;
        anchorTsc = periodStart;
        sequence++;
    }

    /** Nanoseconds since {@link #markBoot()}; 0 before a frequency is set. */
    public static long nanosSinceBoot() {
        if (!ticking) return nanosBeforeTicking(Cpu.rdtsc());
        for (int attempt = 0; ; attempt++) {
            int before = sequence;
            long t = ticks, anchor = anchorTsc;
            long nanos = nanosTicking(t, anchor, Cpu.rdtsc());
            if ((before & 1) == 0 && sequence == before) return nanos;
            // The writer stopped half-way (an NMI halted the bootstrap CPU in its tick for a panic):
            // a reading at most a tick off beats a panic report that never comes.
            if (attempt == MAX_READ_ATTEMPTS) return nanos;
            Cpu.pause();
        }
    }

    static long nanosTicking(long tickCount, long anchor, long tsc) {
        long within = tsc - anchor > 0 ? scaledToNanos(tsc - anchor) : 0;
        if (within >= tickNanos) within = tickNanos - 1;
        return tickStartNanos + tickCount * tickNanos + within;
    }

    private static long nanosBeforeTicking(long tsc) {
        if (tscHz <= 0) return 0;
        long elapsed = tsc - baseTsc;
        return elapsed <= 0 ? baseNanos : baseNanos + scaledToNanos(elapsed);
    }

    /** TSC ticks to nanoseconds at tscHz, without overflow for any positive span. */
    private static long scaledToNanos(long tscTicks) {
        long hz = tscHz;
        return tscTicks / hz * NANOS_PER_SECOND + tscTicks % hz * NANOS_PER_SECOND / hz;
    }

    /** Nanoseconds (below about 9 s) to TSC ticks at tscHz. */
    private static long scaledToTsc(long nanos) {
        return nanos * (tscHz / HZ_PER_KHZ) / (NANOS_PER_SECOND / HZ_PER_KHZ);
    }

    /** TSC ticks per timer tick once ticking (0 before). */
    public static long tscPerTick() {
        return tscPerTick;
    }

    /** The TSC frequency in use (measured or assumed); 0 before init. */
    public static long tscHz() {
        return tscHz;
    }

    /** Whether the frequency was measured rather than assumed. */
    public static boolean calibrated() {
        return calibrated;
    }

    /** Whether time is counted in timer ticks. */
    public static boolean ticking() {
        return ticking;
    }

    /** The bootstrap CPU's ticks since {@link #startTicking}, recovered ones included. */
    public static long ticks() {
        return ticks;
    }

    /** Ticks the timer merged while interrupts were masked, recovered from the TSC. */
    public static long lostTicks() {
        return lostTicks;
    }

    /**
     * The most ticks the timer merged into one interrupt since ticking began: how long the longest stretch
     * with interrupts masked (or, emulated, with the CPU not run) lasted, in ticks.
     */
    public static long longestMerge() {
        return longestMerge;
    }

    /** The wall clock reads epochNanos (ns since 1970 UTC) now; called once at boot (timer.Rtc). */
    public static void setRealtime(long epochNanos) {
        realtimeAtBoot = epochNanos - nanosSinceBoot();
    }

    /** Nanoseconds since 1970-01-01 00:00 UTC: the boot's wall-clock reading advanced by kernel time. */
    public static long realtimeNanos() {
        return realtimeAtBoot + nanosSinceBoot();
    }

    /** Back to the state before {@link #markBoot()} (for tests). */
    public static void reset() {
        baseTsc = baseNanos = tscHz = 0;
        calibrated = ticking = false;
        ticks = anchorTsc = tickStartNanos = tickNanos = tscPerTick = lostTicks = longestMerge = 0;
        sequence = 0;
        realtimeAtBoot = 0;
    }
}
