package jos.kernel.time;

import jos.hw.Cpu;

/**
 * The 8254 programmable interval timer's channel 2 as a stopwatch for calibration: gated on through port
 * 0x61 (speaker off), mode 0 counts down from 0xffff at {@link #FREQUENCY_HZ}, and the count is read
 * latched (both bytes from one moment). Measuring by reading the count at both ends, rather than by
 * waiting for the output to rise, keeps a late look (an SMI, or a host that descheduled the emulated
 * CPU) from lengthening the interval: each end is the shortest of three TSC-bracketed reads.
 */
final class Pit {
    /** The PIT's input clock. */
    static final int FREQUENCY_HZ = 1_193_182;
    /** The count's range: it wraps every 65536 ticks (54.9 ms). */
    static final int MAX_COUNT = 0xffff;

    private static final int CHANNEL2_DATA = 0x42, COMMAND = 0x43, PORT_B = 0x61;
    /** Port 0x61: channel 2 gate, speaker data enable. */
    private static final int GATE2 = 0x01, SPEAKER = 0x02;
    /** Command: channel 2, low then high byte, mode 0, binary; and channel 2's counter latch. */
    private static final int CHANNEL2_COUNTDOWN = 0xb0, CHANNEL2_LATCH = 0x80;
    /** A PIT whose count has not moved after this many reads is not there (the ports read all ones). */
    static final int MIN_POLLS = 100;
    /** About a few seconds of reads: the interval never passed. */
    static final int MAX_POLLS = 1 << 20;
    private static final int READS_PER_SAMPLE = 3;

    /** The last {@link #sample}: the count, and the TSC in the middle of its read. */
    static int sampleCount;
    static long sampleTsc;

    private Pit() {
    }

    /** Starts channel 2 counting down from {@link #MAX_COUNT}; returns port 0x61 as it was, for {@link #stop}. */
    static int start() {
        int portB = Cpu.in8(PORT_B) & 0xff;
        Cpu.out8(PORT_B, (byte) (portB & ~SPEAKER | GATE2));
        Cpu.out8(COMMAND, (byte) CHANNEL2_COUNTDOWN);
        Cpu.out8(CHANNEL2_DATA, (byte) MAX_COUNT);
        Cpu.out8(CHANNEL2_DATA, (byte) (MAX_COUNT >>> 8));
        return portB;
    }

    static void stop(int portB) {
        Cpu.out8(PORT_B, (byte) portB);
    }

    /** Channel 2's count now. */
    static int count() {
        Cpu.out8(COMMAND, (byte) CHANNEL2_LATCH);
        int low = Cpu.in8(CHANNEL2_DATA) & 0xff;
        return (Cpu.in8(CHANNEL2_DATA) & 0xff) << 8 | low;
    }

    /** Reads the count three times, keeping the read that took the fewest TSC ticks (sampleCount, sampleTsc). */
    static void sample() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < READS_PER_SAMPLE; i++) {
            long before = Cpu.rdtsc();
            int count = count();
            long after = Cpu.rdtsc();
            if (after - before < best) {
                best = after - before;
                sampleCount = count;
                sampleTsc = before + (after - before) / 2;
            }
        }
    }

    /**
     * After a {@link #sample} at the start: samples until at least ticks PIT ticks have passed since it
     * and returns how many did (the count wraps every {@link #MAX_COUNT} ticks; the samples follow it
     * across the wrap as long as two of them are less than 54.9 ms apart). -1 if the count never moves
     * (no PIT) or the interval never passes.
     */
    static long awaitTicksSince(int startCount, int ticks) {
        long elapsed = 0;
        int previous = startCount;
        for (int polls = 0; polls < MAX_POLLS; polls++) {
            sample();
            elapsed += previous - sampleCount & MAX_COUNT;
            previous = sampleCount;
            if (elapsed >= ticks) return elapsed;
            if (polls == MIN_POLLS && elapsed == 0) return -1;
        }
        return -1;
    }

    /**
     * The TSC ticks in countTicks PIT ticks, or -1 when the PIT did not behave. Port 0x61 is restored
     * afterwards.
     */
    static long tscTicksDuring(int countTicks) {
        int portB = start();
        sample();
        long startTsc = sampleTsc;
        long elapsed = awaitTicksSince(sampleCount, countTicks);
        stop(portB);
        if (elapsed <= 0) return -1;
        return (sampleTsc - startTsc) * countTicks / elapsed;
    }

    /** The nanoseconds count PIT ticks take. */
    static long nanos(long count) {
        return count * Clock.NANOS_PER_SECOND / FREQUENCY_HZ;
    }
}
