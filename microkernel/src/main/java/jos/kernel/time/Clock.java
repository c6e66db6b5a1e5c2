package jos.kernel.time;

import jos.hw.Cpu;
import jos.kernel.console.Log;

/**
 * Time since boot, from the TSC. {@link #init()} takes the TSC reading that counts as boot and
 * measures the TSC frequency once against 10 ms of the PIT; if that fails it assumes
 * {@link #ASSUMED_TSC_HZ} and says so in the log. Before init the time is 0. Assumes an invariant TSC
 * synchronized across CPUs (a CPU whose TSC lags the boot reading sees 0). No floating point, no
 * division by zero.
 */
public final class Clock {
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** 10 ms of PIT ticks. */
    static final int CALIBRATION_PIT_TICKS = Pit.FREQUENCY_HZ / 100;
    static final long ASSUMED_TSC_HZ = 2_000_000_000L;
    /** Plausible TSC frequencies; the upper bound also keeps (ticks % hz) * 10^9 within a long. */
    static final long MIN_TSC_HZ = 1_000_000L, MAX_TSC_HZ = 9_000_000_000L;
    private static final long HZ_PER_KHZ = 1000, KHZ_PER_MHZ = 1000;

    private static long bootTsc;
    private static long tscHz;
    private static boolean calibrated;

    private Clock() {
    }

    /** Marks boot time and calibrates; logs the frequency found (or assumed). Call once, on the bootstrap CPU. */
    public static void init() {
        bootTsc = Cpu.rdtsc();
        long ticks = Pit.tscTicksDuring(CALIBRATION_PIT_TICKS);
        long hz = ticks > 0 && ticks <= MAX_TSC_HZ ? ticks * Pit.FREQUENCY_HZ / CALIBRATION_PIT_TICKS : 0;
        calibrated = hz >= MIN_TSC_HZ && hz <= MAX_TSC_HZ;
        tscHz = calibrated ? hz : ASSUMED_TSC_HZ;
        if (calibrated) {
            Log.begin(Log.INFO);
            Log.print("clock: TSC ");
            long khz = hz / HZ_PER_KHZ;
            Log.dec(khz / KHZ_PER_MHZ);
            Log.print(".");
            Log.dec(khz % KHZ_PER_MHZ, 3);
            Log.print(" MHz, calibrated against the PIT");
        } else {
            Log.begin(Log.WARN);
            Log.print("clock: TSC calibration against the PIT failed, assuming ");
            Log.dec(ASSUMED_TSC_HZ / HZ_PER_KHZ / KHZ_PER_MHZ);
            Log.print(" MHz");
        }
        Log.end();
    }

    /** Nanoseconds since {@link #init()}; 0 before it. */
    public static long nanosSinceBoot() {
        long hz = tscHz;
        if (hz <= 0) return 0;
        long ticks = Cpu.rdtsc() - bootTsc;
        if (ticks <= 0) return 0;
        return ticks / hz * NANOS_PER_SECOND + ticks % hz * NANOS_PER_SECOND / hz;
    }

    /** The TSC frequency in use (measured or assumed); 0 before init. */
    public static long tscHz() {
        return tscHz;
    }

    /** Whether the frequency was measured rather than assumed. */
    public static boolean calibrated() {
        return calibrated;
    }
}
