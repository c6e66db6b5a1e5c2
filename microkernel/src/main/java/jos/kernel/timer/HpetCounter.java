package jos.kernel.timer;

import jos.hw.Memory;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.KernelAddressSpace;

/**
 * The HPET's main counter (IA-PC HPET specification 1.0a, 2.3), the kernel's reference clock for
 * calibration: a free-running up-counter whose period the capabilities register gives in femtoseconds.
 * {@link #setUp} maps the 1 KiB register block uncacheable, checks the period and starts the counter
 * if the firmware left it stopped. A 32-bit counter wraps (every 5 minutes at 14.3 MHz): differences
 * are taken modulo 2^32 then.
 */
public final class HpetCounter {
    static final int CAPABILITIES = 0x000, CONFIGURATION = 0x010, MAIN_COUNTER = 0x0f0;
    static final long COUNT_SIZE_64 = 1L << 13;
    static final long ENABLE = 1;
    /** The specification's bound: the period is at most 100 ns (a counter of at least 10 MHz). */
    static final long MAX_PERIOD_FS = 100_000_000L;
    static final long BLOCK_BYTES = 1024;

    private static long registers;
    private static long periodFs;
    private static boolean wide;

    private HpetCounter() {
    }

    /** Maps the register block at physical and starts the counter; false (and unusable) if its period is out of range. */
    public static boolean setUp(long physical) {
        registers = 0;
        if (!KernelAddressSpace.mapUncacheable(physical, BLOCK_BYTES)) return false;
        return use(Hhdm.virt(physical));
    }

    /** Uses the register block mapped at block: checks the period and starts the counter. */
    static boolean use(long block) {
        registers = 0;
        long capabilities = Memory.readVolatile64(block + CAPABILITIES);
        long period = capabilities >>> 32;
        if (period == 0 || period > MAX_PERIOD_FS) return false;
        long configuration = Memory.readVolatile64(block + CONFIGURATION);
        if ((configuration & ENABLE) == 0) Memory.writeVolatile64(block + CONFIGURATION, configuration | ENABLE);
        periodFs = period;
        wide = (capabilities & COUNT_SIZE_64) != 0;
        registers = block;
        return true;
    }

    public static boolean available() {
        return registers != 0;
    }

    /** The main counter now. */
    static long read() {
        return wide ? Memory.readVolatile64(registers + MAIN_COUNTER) : Memory.readVolatile32(registers + MAIN_COUNTER) & 0xffffffffL;
    }

    /** Counter ticks from earlier to later, modulo the counter's width. */
    static long since(long earlier, long later) {
        return wide ? later - earlier : later - earlier & 0xffffffffL;
    }

    /** The counter ticks in nanos nanoseconds (at least 1). */
    static long ticksIn(long nanos) {
        long ticks = nanos * 1_000_000L / periodFs;
        return ticks > 0 ? ticks : 1;
    }

    /** Nanoseconds of ticks counter ticks (exact for spans up to hours). */
    static long nanos(long ticks) {
        return ticks / 1_000_000L * periodFs + ticks % 1_000_000L * periodFs / 1_000_000L;
    }
}
