package jos.kernel.timer;

import jos.kernel.time.Clock;
import jos.hw.Cpu;
import jos.x86.PitPorts;

/**
 * The 8254 programmable interval timer's channel 2 as a stopwatch for calibration ({@link Calibration}):
 * gated on through port 0x61 (speaker off), mode 0 counts down from 0xffff at {@link PitPorts#FREQUENCY_HZ} and
 * wraps, and the count is read latched (both bytes from one moment). Ports and commands are jos.x86's.
 */
final class Pit {
    /** The count's range: it wraps every 65536 ticks (54.9 ms). */
    static final int MAX_COUNT = 0xffff;

    private static final int CHANNEL2_DATA = PitPorts.CHANNEL2_DATA, COMMAND = PitPorts.COMMAND, PORT_B = PitPorts.PORT_B;
    private static final int GATE2 = PitPorts.PORT_B_GATE2, SPEAKER = PitPorts.PORT_B_SPEAKER;
    private static final int CHANNEL2_COUNTDOWN = PitPorts.CHANNEL2_MODE0, CHANNEL2_LATCH = PitPorts.CHANNEL2_LATCH;

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

    /** The nanoseconds count PIT ticks take. */
    static long nanos(long count) {
        return count * Clock.NANOS_PER_SECOND / PitPorts.FREQUENCY_HZ;
    }
}
